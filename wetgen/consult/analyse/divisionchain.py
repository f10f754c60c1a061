"""Divisions named from large to small, as commentary names them: "Boek 7, titel 12, afdeling 1"
is afdeling 7.12.1, "hoofdstuk 7, titel 3, paragraaf 1" paragraaf 7.3.1, "hoofdstuk 4, afdeling 1, paragraaf 3" paragraaf 4.1.3, and a bare "afdeling 2" after it is afdeling 2 of that titel."""

from __future__ import annotations

import re

from wetgen.consult.analyse.codes import book_of, is_code
from wetgen.consult.analyse.context import Target
from wetgen.consult.analyse.numbering import is_roman

_BOOK_BEFORE = re.compile(r"\bBoek\s+(?P<book>\d+)\s*,\s*$")
# "hoofdstuk I, § 3" as "hoofdstuk I, paragraaf 3": the sign is the word in many printed laws
_INNER = re.compile(r"\s*,\s*(?:(?P<kind>titel|afdeling|paragraaf)\s+|(?P<sign>§)\s*)(?P<number>\d+[a-z]?)(?![\w.:°])", re.I)
# "hoofdstuk III, paragrafen 4a en 4b": several units of one Roman chapter (the others follow: divisionwords.py)
_INNER_MANY = re.compile(r"\s*,\s*(?P<kind>titels|afdelingen|paragrafen)\s+(?P<number>\d+[a-z]?)(?![\w.:°])", re.I)
_ONE = {"titels": "titel", "afdelingen": "afdeling", "paragrafen": "paragraaf"}
_HOLDS = {"titel": ("afdeling", "paragraaf"), "hoofdstuk": ("titel", "afdeling", "paragraaf"), "afdeling": ("paragraaf",)}


def _kind(inner: re.Match) -> str:
    """Return the kind of division an inner step names ("§" is a paragraaf)."""
    if inner.groupdict().get("sign"):
        return "paragraaf"
    return _ONE.get(inner.group("kind").lower(), inner.group("kind").lower())


def chained(text: str, start: int, end: int, word: str, numbers: list[str]) -> tuple[int, str, list[str], int, str] | None:
    """Return (start, kind, numbers, end, chapter it is within) of the smallest of a chain of divisions ("Boek 7, titel
    12, afdeling 1": afdeling 7.12.1, from "Boek" on; "hoofdstuk 7, titel 3, paragraaf 1": paragraaf
    7.3.1; "Hoofdstuk E, paragraaf 1" of the Kieswet: paragraaf 1; "hoofdstuk III, paragraaf 1": paragraaf 1 within
    hoofdstuk III, as a law with Roman chapters numbers its paragrafen); None where no smaller one follows."""
    lettered = word == "hoofdstuk" and len(numbers) == 1 and len(numbers[0]) == 1 and numbers[0] in "ABDEFGHJKMNOPQRSTUWYZ"  # not I, V, X, L, C
    if word == "hoofdstuk" and len(numbers) == 1 and is_roman(numbers[0]) and not lettered:
        inner = _INNER.match(text, end) or _INNER_MANY.match(text, end)
        kind = _kind(inner) if inner else ""
        return (start, kind, [inner.group("number")], inner.end(), f"hoofdstuk {numbers[0]}") if inner else None
    if len(numbers) != 1 or not (numbers[0].isdigit() or lettered):
        return None
    kind, number, stop = word, numbers[0], end
    while (inner := _INNER.match(text, stop)) and _kind(inner) in _HOLDS.get(kind, ()):
        # a lettered chapter's units are numbered on their own: "Hoofdstuk E, paragraaf 1" (Kieswet)
        inner_number = inner.group("number") if lettered and kind == word else f"{number}.{inner.group('number')}"
        kind, number, stop = _kind(inner), inner_number, inner.end()
    if stop == end:
        return None
    book = _BOOK_BEFORE.search(text, max(0, start - 12), start) if word == "titel" else None
    if book:
        return book.start(), kind, [f"{book.group('book')}.{number}"], stop, ""
    return start, kind, [number], stop, ""


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
