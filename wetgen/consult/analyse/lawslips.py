"""A law's name as a text writes it with a slip: a word cut short, inflected or mistyped, a small word left
out ("Wet Bijzondere opneming psychiatrische ziekenhuizen" for "Wet bijzondere opnemingen in psychiatrische
ziekenhuizen"), which resolve.py takes for the amended law it nearly names."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from wetgen.consult.analyse.lawnames import normal


def misspelled(written: str, citeertitel: str) -> bool:
    """Tell whether a law's name as a text writes it is its citeertitel with a slip ("Wet Bijzondere
    opneming psychiatrische ziekenhuizen" for "Wet bijzondere opnemingen in psychiatrische
    ziekenhuizen", a copy's cut "… wetenschappelijk on"): word for word the same, each word whole, cut
    short, inflected or with one letter wrong, at most one small word left out. Another instrument
    ("Besluit …" for "Wet …"), a word more or other ("Wet ambulancevoorzieningen", "Wet ruimtelijke
    ordening" for "Wet op de ruimtelijke ordening") is another law."""
    a, b = normal(written).split(), normal(citeertitel).split()
    if a == b or not a or not b or not _same_words(a[:1], b[:1]) or len(" ".join(a)) < 15:
        return False
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return len(longer) - len(shorter) == 1 and any(
            word in _SMALL_WORDS and _same_words(longer[:k] + longer[k + 1 :], shorter) for k, word in enumerate(longer))
    return _same_words(a, b)


_SMALL_WORDS = frozenset("in op de het van en inzake ter tot voor der".split())


def _same_words(a: list[str], b: list[str]) -> bool:
    """Tell whether two lists of words are the same but for cut, inflected or mistyped words (not numbers)."""
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if any(c.isdigit() for c in x + y):
            return False  # "Boek 7A" is not "Boek 7", 2001 not 1964
        cut = len(min(x, y, key=len)) >= 2 and (x.startswith(y) or y.startswith(x))
        if not (cut or min(len(x), len(y)) >= 8 and Levenshtein.distance(x, y) <= 1):
            return False
    return True
