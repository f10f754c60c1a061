"""Consolidation: a bill's instructions applied to the law it amends, checked, compared and written.

`ops` reads a draft's instructions into the engine's own small interface; `engine.consolidate`
applies them to a base law (`wetgen.law`) with the mechanism `wetgen.amend.edit` shares with
the nota van wijziging; `select` picks the articles of a bill that amend a given law.
"""
