"""Onderdeel letters written bare after an article of an amending bill: "de toelichting op
artikel III, A en B", "Artikel I, I en Artikel II, F" (older memories van toelichting and
notas van wijziging leave out the word "onderdeel")."""

from __future__ import annotations

import re

from wetgen import ids

_LETTER = r"(?-i:[A-Z]{1,2}[a-z]?)(?![\w°])"
# ", A en B" up to the end of the list: a comma, a stop, a bracket, the end, or the next
# "Artikel", or a heading's last capital run into the sentence below it ("Artikel II, F De
# wijzigingen …"); never a word ("artikel II, De wet …")
_BARE = re.compile(
    rf"\s*,\s*(?P<letters>{_LETTER}(?:(?:\s*,\s*|\s+en\s+|\s+of\s+){_LETTER})*)"
    r"(?=[ \t]*(?:[,.;:)]|\n|$)|\s+(?:en|of)\s+(?i:artikel)\b|(?<=[A-Z])\s+(?-i:[A-Z][a-z]))"
)
_SPLIT = re.compile(r"\s*,\s*|\s+en\s+|\s+of\s+")


def bare_onderdelen(text: str, pos: int, number: str) -> tuple[tuple[str, ...], int]:
    """Return the onderdeel letters written bare after the Roman article `number` ending at
    `pos` (", A en B"), and where they end; ((), pos) when none stand there. A Roman numeral
    above the article's own ("artikel I, II en III") continues a list of articles instead."""
    own = ids.roman_value(number)
    if own is None:
        return (), pos
    match = _BARE.match(text, pos)
    if not match:
        return (), pos
    letters = tuple(_SPLIT.split(match.group("letters")))
    value = ids.roman_value(letters[0])
    if value is not None and own < value <= 60:
        return (), pos
    return letters, match.end("letters")
