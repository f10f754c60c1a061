"""A list of articles each followed by its own law: "de artikelen 180d WPO, 118te WVO en 9.8 WVO
2020", "art. 7 Gw en 8 EVRM". The grammar ends a list at the law named after it; where the list
goes on with a number and another law, that number is the next article, of the law after it."""

from __future__ import annotations

import re
from collections.abc import Callable

_NEXT = re.compile(r"(?:\s*,\s*(?:en\s+|of\s+)?|\s+en\s+|\s+of\s+)(?=\d)")


def own_laws(text: str, refs: list, chain: Callable[[int], list]) -> list:
    """Return the references that go on a list after `refs` (read by `chain` from a position),
    each number with a law of its own; empty where the list ends with the law named after it."""
    more: list = []
    while refs and refs[-1].law and (step := _NEXT.match(text, refs[-1].end)):
        refs = chain(step.end())
        if not refs or not all(r.law for r in refs) or text[refs[-1].end : refs[-1].end + 1] == "-":
            break  # "…, 2 Awb-besluiten": a count of things named after the law, no article
        more += refs
    return more
