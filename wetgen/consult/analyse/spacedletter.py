"""An article number written apart from its letter ("Artikel 28 a van de Huisvestingswet", "art.
28 a, tweede lid"): lay respondents and scanned texts put a space there. The two are one number
only where that article is known (the bill has it, or changes it in a law it amends) or the text
names it joined elsewhere, so that "artikel 3 a" in other senses stays artikel 3."""

from __future__ import annotations

import re

# one small letter after a space, not a word, a range or a list of letters ("137 c tot met f")
_LETTER = re.compile(r" (?P<letter>[a-z])(?![\w°'’-]|\.\w|\s+(?:tot|t/m|en|of|[-–])\s+[a-z](?![\w°]))")


def joined_letter(text: str, end: int, number: str, known: frozenset[str]) -> int:
    """Return where the letter written apart after the article `number` ending at `end` ends,
    where the number and the letter name a known article or one the text names joined; else `end`."""
    found = _LETTER.match(text, end)
    if not found:
        return end
    joined = number + found.group("letter")
    if joined.lower() in known or re.search(rf"(?<![\w.:]){joined}(?!\w)", text, re.I):
        return found.end()
    return end
