"""A ChangeSet as JSON text, in the schema docs/diff.md documents."""

from __future__ import annotations

import json

from wetgen.diff.changes import ChangeSet


def render_json(changes: ChangeSet) -> str:
    """Return the change set as indented JSON with a final newline; the same input gives the same bytes."""
    return json.dumps(changes.as_dict(), ensure_ascii=False, indent=2) + "\n"
