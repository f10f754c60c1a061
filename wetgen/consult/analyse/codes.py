"""The Burgerlijk Wetboek cited by book: "artikel 7:907 BW", "artikel 907 van Boek 7 van het
Burgerlijk Wetboek" and "titel 7.10 NBW" all name Boek 7 (split from lawnames.py)."""

from __future__ import annotations

import re

from wetgen import ids

BW = "Burgerlijk Wetboek"
BW_BOOKS = frozenset("1 2 3 4 5 6 7 7a 8 10".split())  # the books of the BW in force
_BOOK = re.compile(
    r"(?i)^(?P<code>burgerlijk\s+wetboek(?:\s+bes)?)(?:\s+boek\s+(?P<book>\d+[a-z]?))?$"
)
BOOK_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende")
# "Boek 7 van het Burgerlijk Wetboek", and as older acts write it "het tweede boek van het Burgerlijk Wetboek"
BOOK_FIRST = re.compile(
    rf"(?i)(?:boek\s+(?P<book>\d+[a-z]?)|(?P<ordinal>{'|'.join(BOOK_ORDINALS)})\s+boek)\s+(?:\([^()\d]{{2,40}}\)\s+)?(?:van\s+het\s+)?"
    r"(?P<code>(?:nieuwe?\s+)?burgerlijk\s+wetboek|n?bw|n?b\.w\.)(?P<bes>\s+bes)?(?![^\W\d_]|-)"
)


def book_number(book: re.Match[str]) -> str:
    """Return the number of the book a `BOOK_FIRST` match names ("tweede boek": "2")."""
    ordinal = book.group("ordinal")
    return str(ids.ordinal_value(ordinal)) if ordinal else book.group("book")

def with_book(law: str, number: str) -> tuple[str, str]:
    """Return (law, number) with a code's book made part of the law: ("BW", "7:907") is
    ("Burgerlijk Wetboek Boek 7", "907"), and so is ("Burgerlijk Wetboek Boek 3", "7:907"):
    the number names its book. A number without a book is left as it is."""
    code = _BOOK.match(" ".join(law.split()))
    if not code or ":" not in number:
        return law, number
    book, _, rest = number.partition(":")
    base = "Burgerlijk Wetboek BES" if code.group("code").lower().endswith("bes") else BW
    return f"{base} Boek {book}", rest


def code_citeertitel(name: str) -> str:
    """Return a book of the Burgerlijk Wetboek as the BWB names it ("Boek 7 van het Burgerlijk
    Wetboek" is "Burgerlijk Wetboek Boek 7"), any other name as it is."""
    book = BOOK_FIRST.fullmatch(re.sub(r"^(?:het|Het)\s+", "", " ".join(name.split())))
    if not book:
        return name
    return f"{'Burgerlijk Wetboek BES' if book.group('bes') else BW} Boek {book_number(book)}"


def book_of(law: str) -> str:
    """Return the book of a Burgerlijk Wetboek citeertitel ("7" for Boek 7), else ""."""
    code = _BOOK.match(code_citeertitel(" ".join(law.split())))
    return (code.group("book") or "") if code else ""


def is_code(law: str) -> bool:
    """Tell whether a law is the Burgerlijk Wetboek (any book)."""
    return bool(_BOOK.match(code_citeertitel(" ".join(law.split()))))
