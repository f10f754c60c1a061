"""Numbers of law units as drafters write them: cleaned, compared and sorted naturally.

Natural order: 2 < 10 < 10a < 10b < 11; 1.9 < 1.10; 4:8 < 4:10; 5 < 5A < 6; a < z < aa < bb
for letters (Ar 6.15); I < II < IV < X for a Roman-numbered division. Numbers are never turned into floats: "3.10" follows "3.9".
"""

from __future__ import annotations

import re
from functools import lru_cache

from wetgen.ids import roman_value

_PIECES = re.compile(r"\d+|[^\W\d_]+")
_LETTERS_NOT_ROMAN = frozenset("LCDM")  # Afdeling C follows Afdeling B; it is not 100


def clean(number: str) -> str:
    """Strip what a designation adds to a number: "1." → "1", "1°." → "1", " a " → "a"."""
    return number.strip().rstrip(".°º )").lstrip("(").strip()


def same_number(written: str, number: str) -> bool:
    """Tell whether two written numbers name the same unit ("12A" and "12a", "1." and "1")."""
    return clean(written).casefold() == clean(number).casefold()


@lru_cache(maxsize=65536)
def sort_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """Return a key that sorts numbers naturally: digit runs by value, letter runs as letters run.

    A number that is wholly a Roman numeral sorts by its value; an empty number sorts first.
    """
    text = clean(number)
    value = roman_value(text) if text not in _LETTERS_NOT_ROMAN else None
    if value:
        return ((0, value, ""),)
    key: list[tuple[int, int, str]] = []
    for piece in _PIECES.findall(text):
        if piece.isdigit():
            key.append((0, int(piece), ""))
        else:
            key.append((1, len(piece), piece.casefold()))  # z < aa < bb, as letters run (Ar 6.15)
    return tuple(key)


def is_ordered(numbers: list[str] | tuple[str, ...]) -> bool:
    """Tell whether numbers follow each other in natural order, each greater than the last."""
    keys = [sort_key(n) for n in numbers]
    return all(a < b for a, b in zip(keys, keys[1:], strict=False))

