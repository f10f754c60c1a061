"""Comparing versions of a bill: unit trees, pairing, word-level changes and their renderings."""
