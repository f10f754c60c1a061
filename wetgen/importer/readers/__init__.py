"""Readers: one module per kind of source, each turning bytes into a `blocks.Source`."""
