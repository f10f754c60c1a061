"""The opschrift of a division, a unit only a regulation's text has: "Het opschrift van titel
VIII" names the titel (the opschrift goes in a note, as the aanhef does), and where no law is
named with it in a text on a bill that enacts a new law, the titel is the bill's own."""

from __future__ import annotations

import re

# the opschrift of a division, a unit only a regulation's text has: "Het opschrift van titel VIII"
_OPSCHRIFT = re.compile(r"(?i)\bhet\s+opschrift\s+van\s+(?:de\s+|het\s+)?$")


def opschrift_before(text: str, start: int) -> int:
    """Return where "het opschrift van" before a division at `start` begins; `start` if none."""
    found = _OPSCHRIFT.search(text, max(0, start - 30), start)
    return found.start() if found else start


def names_opschrift(raw: str) -> bool:
    """Tell whether a division's reference names its opschrift ("Het opschrift van titel VIII")."""
    return raw[:13].lower() == "het opschrift"
