"""The letters of onderdelen that an instruction inserts by count: "In artikel I worden na
onderdeel B twee onderdelen ingevoegd, luidende:" (Ba, Bb), "Vóór onderdeel 0A worden drie
onderdelen ingevoegd, luidende:" (0000A, 000A, 00A). The drafting convention letters an onderdeel
inserted after B as Ba, Bb, …, and one inserted before A (or 0A) with a leading nought more than
the one after it, so the count and the onderdeel named tell the letters heading the new text. Some
notas letter those before A with a small letter ("aA", "bA"), and onderdelen added after the last
one with the next letters of the alphabet ("na onderdeel J twee onderdelen toegevoegd": K, L); "de
volgende onderdelen" inserts as many as head the text below (before A in either lettering).
"""

from __future__ import annotations

import re

_COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
_COUNTED = re.compile(
    r"\b(?P<where>na|v[oó]{2}r)\s+onderdeel\s+(?P<letter>0{0,4}[A-Z]{1,2}[a-z]?)\s*,?\s+"
    r"(?:worden\s+)?(?P<count>" + "|".join(_COUNTS) + r"|\d|de\s+volgende)\s+onderdelen\s+(?:worden\s+)?"
    r"(?P<verb>ingevoegd|toegevoegd)",
    re.I,
)


def counted_letters(segment: str) -> tuple[str, ...]:
    """Return the letters of the onderdelen an instruction inserts by count after or before a
    named onderdeel, in the order they head the new text, in the drafting convention's lettering;
    () when it names none so."""
    found = letterings(segment)
    return found[0] if found else ()


def letterings(segment: str) -> tuple[tuple[str, ...], ...]:
    """Return each lettering the onderdelen an instruction inserts by count (or as "de volgende")
    may carry, each in the order they head the new text; () when it names none so."""
    match = _COUNTED.search(segment)
    if not match:
        return ()
    count_word, letter = match.group("count").lower(), match.group("letter")
    count = 10 if count_word.startswith("de") else _COUNTS.get(count_word) or int(count_word)  # "de volgende": up to ten
    if not 1 < count <= 10 or letter[0].islower():
        return ()
    if match.group("where").lower() == "na":
        if letter[-1].islower():  # after Ba: Bb, Bc
            return (tuple(letter[:-1] + chr(ord(letter[-1]) + n) for n in range(1, count + 1) if ord(letter[-1]) + n <= ord("z")),)
        inserted = tuple(letter + chr(ord("a") + n) for n in range(count))
        if match.group("verb").lower() == "toegevoegd":  # added at the end: after J, K and L
            return (next_letters(letter, count), inserted)
        return (inserted,)
    before = tuple("0" * (count - n) + letter for n in range(count))  # before 0A: 0000A, 000A, 00A
    if not letter.isalpha():
        return (before,)
    return (before, tuple(chr(ord("a") + n) + letter for n in range(count)))  # or "aA, bA"


def next_letters(letter: str, count: int) -> tuple[str, ...]:
    """Return the `count` letters after an onderdeel's letter in the alphabet: after J, K; after Z,
    AA, BB (a large bill doubles its letters); after AB, AC; after ZZ, AAA."""
    found: list[str] = []
    for _ in range(count):
        if len(set(letter)) == 1:  # J, BB, ZZ: the next letter, as many times; after Z doubled once more
            letter = chr(ord(letter[0]) + 1) * len(letter) if letter[0] != "Z" else "A" * (len(letter) + 1)
        elif letter[-1] != "Z":  # AB: AC
            letter = letter[:-1] + chr(ord(letter[-1]) + 1)
        else:
            break
        found.append(letter)
    return tuple(found)


def flat(letterings_: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Return letterings as one tuple, each after the last set apart by an empty string."""
    return tuple(x for n, lettering in enumerate(letterings_) for x in (("",) if n else ()) + lettering)


def next_in_list(listed: tuple[str, ...], letter: str) -> tuple[str, ...]:
    """Return the letters still to come once `letter` heads an onderdeel: the lettering of the
    list it comes first in, from it on; () when no lettering has it next (the list has ended)."""
    lettering: list[str] = []
    for item in (*listed, ""):
        if item:
            lettering.append(item)
            continue
        if lettering[:1] == [letter]:
            return tuple(lettering)
        lettering = []
    return ()
