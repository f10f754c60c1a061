"""The numbers and letters between the two ends of a range: articles 12 to 14, onderdelen a to e."""

from __future__ import annotations

import re

from wetgen import ids

# A range is read completely ("de artikelen 7:201-7:310 BW": every whole number in it, lettered
# articles not guessed), up to a whole titel of a code; the bound only stops a misread or hostile
# number ("artikel 1-99999") from making a target per number
RANGE_LIMIT = 400


def letter_range(first: str, last: str) -> list[str]:
    """Return the letters of a range of single letters of one case, both ends included ("a" to
    "d": a, b, c, d), and of a list's small letters past z ("j" to "ff": j … z, aa … ff; "y" to "ac": y, z, aa, ab, ac);
    any other pair as its two ends."""
    if (len(first) == len(last) == 1 and first.isalpha() and last.isalpha()
            and first.islower() == last.islower() and ord(first) <= ord(last)):  # fmt: skip
        return [chr(c) for c in range(ord(first), ord(last) + 1)]
    if _doubled(last) and first.isalpha() and first.islower() and (len(first) == 1 or _doubled(first) and first[0] <= last[0]):
        # "j tot en met ff": past z a law's list goes on with aa, bb … (the Aanwijzingen's lettering)
        singles = [chr(c) for c in range(ord(first), ord("z") + 1)] if len(first) == 1 else []
        return singles + [chr(c) * 2 for c in range(ord(first[0]) if len(first) == 2 else ord("a"), ord(last[0]) + 1)]
    if first.isalpha() and last.isalpha() and first.islower() and last.islower() and len(last) <= 2:
        low, high = _letters_value(first), _letters_value(last)  # "y tot en met ac": past z as a list letters on
        if 0 < low <= high <= low + 60:
            return [_letters_of(n) for n in range(low, high + 1)]
    return [first, last]


def _doubled(letters: str) -> bool:
    """Tell whether a list's letter is one of those after z: "aa", "bb" … "zz"."""
    return len(letters) == 2 and letters.islower() and letters.isalpha() and letters[0] == letters[1]


_IN_CHAPTER = re.compile(r"(.+[:.])(\d+[a-z]?)")  # "7:" and "1" of "7:1", "5.2." and "1a" of "5.2.1a"


def _letters_value(letters: str) -> int:
    """Return the place of a letter suffix in a code's lettering: "" 0, "a" 1, "z" 26, "aa" 27."""
    value = 0
    for letter in letters:
        value = value * 26 + ord(letter) - ord("a") + 1
    return value


def _letters_of(value: int) -> str:
    """Return the letter suffix at a place in a code's lettering (27: "aa")."""
    out = ""
    while value:
        value, rest = divmod(value - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def expand(first: str, last: str) -> list[str]:
    """Return the numbers strictly between two ends of a range: 12–14, 28a–28c, VI–XII, 7:1–7:4,
    8:55b–8:55e, A1–A5."""
    x, y = _IN_CHAPTER.fullmatch(first), _IN_CHAPTER.fullmatch(last)
    if x and y and x.group(1) == y.group(1):  # the same chapter: the range of what follows it
        return [x.group(1) + number for number in expand(x.group(2), y.group(2))]
    if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= RANGE_LIMIT:
        return [str(n) for n in range(int(first) + 1, int(last))]
    x, y = re.fullmatch(r"(\d+)([a-z]{0,2})", first), re.fullmatch(r"(\d+)([a-z]{1,2})", last)
    one_letter = len(x.group(2)) < 2 and len(y.group(2)) == 1 if x and y else False
    if x and y and x.group(1) != y.group(1) and one_letter and 0 < int(y.group(1)) - int(x.group(1)) <= RANGE_LIMIT:
        # "81 tot en met 92a": the numbers after 81 up to 92, then 92a itself
        return [str(n) for n in range(int(x.group(1)) + 1, int(y.group(1)) + 1)]
    if x and y and x.group(1) == y.group(1):  # "28a-28c"; past z as the codes letter on: "38z-38ag"
        low, high = _letters_value(x.group(2)), _letters_value(y.group(2))
        return [f"{x.group(1)}{_letters_of(n)}" for n in range(low + 1, high)] if high - low <= RANGE_LIMIT else []
    x, y = re.fullmatch(r"([A-Z]{1,2})(\d+)", first), re.fullmatch(r"([A-Z]{1,2})(\d+)", last)
    if x and y and x.group(1) == y.group(1):  # the Kieswet's "A 1 tot en met A 5" (its chapter's letter)
        return [x.group(1) + n for n in expand(x.group(2), y.group(2))]
    a, b = ids.roman_value(first.upper()), ids.roman_value(last.upper())
    if a and b and 0 < b - a <= 50 and not first[0].isdigit():
        return [ids.roman(n) for n in range(a + 1, b)]
    return []
