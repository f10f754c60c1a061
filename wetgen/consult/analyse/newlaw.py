"""Divisions of a bill that enacts a new law: "afdeling 4.1" in a text on the Energiewet, whose
articles 4.7 and 4.11 show a hoofdstuk 4, is the bill's own afdeling."""

from __future__ import annotations

import re

_DOTTED = re.compile(r"(\d+)\.\d+[a-z]?")


def own_division(kind: str, number: str, article_numbers: list[str], named_law: bool) -> bool:
    """Tell whether a division named without a law ("afdeling 4.1", "titel 2.3") is one of a
    bill that amends no law: numbered within a hoofdstuk that the bill's own article numbers
    show ("4.7"), and no law named with it or before it."""
    found = _DOTTED.fullmatch(number)
    if named_law or kind not in ("afdeling", "titel") or not found:
        return False
    return any(n.split(".")[0] == found.group(1) and "." in n for n in article_numbers)
