"""Divisions named from large to small, as commentary names them: "Boek 7, titel 12, afdeling 1"
is afdeling 7.12.1, and a bare "afdeling 2" after it is afdeling 2 of that titel."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Target
from wetgen.consult.analyse.lawnames import book_of, is_code

_BOOK_BEFORE = re.compile(r"\bBoek\s+(?P<book>\d+)\s*,\s*$")
_INNER = re.compile(r"\s*,\s*(?P<kind>afdeling|paragraaf)\s+(?P<number>\d+[a-z]?)(?![\w.:°])", re.I)
_HOLDS = {"titel": ("afdeling",), "hoofdstuk": ("afdeling", "paragraaf")}


def chained(text: str, start: int, end: int, word: str, numbers: list[str]) -> tuple[int, str, list[str], int] | None:
    """Return (start, kind, numbers, end) of the smallest of a chain of divisions ("Boek 7, titel
    12, afdeling 1": afdeling 7.12.1, from "Boek" on); None where no smaller one follows."""
    inner = _INNER.match(text, end)
    if not inner or len(numbers) != 1 or not numbers[0].isdigit():
        return None
    kind = inner.group("kind").lower()
    if kind not in _HOLDS.get(word, ()):
        return None
    number = f"{numbers[0]}.{inner.group('number')}"
    book = _BOOK_BEFORE.search(text, max(0, start - 12), start) if word == "titel" else None
    if book:
        return book.start(), kind, [f"{book.group('book')}.{number}"], inner.end()
    return start, kind, [number], inner.end()


def in_titel_named(kind: str, number: str, divisions: tuple[Target, ...]) -> Target | None:
    """Return a bare "afdeling 2" as the afdeling of the titel of a code named just before
    ("titel 12" or "afdeling 12.1" of Boek 7 BW: afdeling 12.2); None where none was."""
    if kind != "afdeling" or not number.isdigit():
        return None
    for target in reversed(divisions):
        named, _, within = target.division.partition(" ")
        if is_code(target.law) and book_of(target.law) and named in ("titel", "afdeling"):
            titel = within if named == "titel" else within.rpartition(".")[0]
            if titel and "." not in titel:
                return target._replace(division=f"afdeling {titel}.{number}")
    return None
