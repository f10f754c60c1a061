"""The words of places in a law: the unit nouns, their plurals and articles, and the ordinals;
one table that both printing (wetgen.places.phrase) and reading (wetgen.places.parse) use."""

from __future__ import annotations

import re
from typing import NamedTuple

_FIRST_TWENTY = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()
_UNITS = "een twee drie vier vijf zes zeven acht negen".split()
_TENS = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()


def _compound(n: int) -> str:
    """Return the ordinal word of 21-99: "eenentwintigste", "tweeëntwintigste", "dertigste"."""
    tens, unit = _TENS[n // 10 - 2], n % 10
    if not unit:
        return f"{tens}ste"
    word = _UNITS[unit - 1]
    return f"{word}{'ën' if word.endswith('e') else 'en'}{tens}ste"  # "twee-ën-twintig": a diaeresis after e


# an EU regulation defines its terms in 29 or more leden ("artikel 3, negenentwintigste lid, van verordening 2017/625")
_ORDINALS = [*_FIRST_TWENTY, *(_compound(n) for n in range(21, 100))]


class Word(NamedTuple):
    """How a unit is named: singular and plural noun, its article when it leads a phrase, and
    whether its numbers are ordinal words before the noun ("eerste lid")."""

    singular: str
    plural: str  # as in a place: "de artikelen 3 en 4", but "het derde en vierde lid"
    article: str  # "het" or "de", when the unit leads a phrase (plurals take "de", leden "het")
    ordinal: bool = False
    counted: str = ""  # the plural after a count, when it differs: "twee leden"

    def count(self, n: int) -> str:
        """Return the noun for n units: "lid", "leden"."""
        return self.singular if n == 1 else (self.counted or self.plural)


WORDS: dict[str, Word] = {
    "boek": Word("boek", "boeken", "het"),
    "deel": Word("deel", "delen", "het"),
    "hoofdstuk": Word("hoofdstuk", "hoofdstukken", "het"),
    "titel": Word("titel", "titels", "de"),
    "afdeling": Word("afdeling", "afdelingen", "de"),
    "paragraaf": Word("paragraaf", "paragrafen", "de"),
    "artikel": Word("artikel", "artikelen", "het"),
    "additioneel artikel": Word("additioneel artikel", "additionele artikelen", "het"),
    "lid": Word("lid", "lid", "het", ordinal=True, counted="leden"),
    "begripsomschrijving": Word("begripsomschrijving", "begripsomschrijvingen", "de"),
    "onderdeel": Word("onderdeel", "onderdelen", "het"),
    "subonderdeel": Word("subonderdeel", "subonderdelen", "het"),
    "volzin": Word("volzin", "volzin", "de", ordinal=True, counted="volzinnen"),
    "zin": Word("zin", "zin", "de", ordinal=True, counted="zinnen"),
    "aanhef": Word("aanhef", "aanhef", "de"),
    "opschrift": Word("opschrift", "opschrift", "het"),
}
# Units named by noun and number and, when leading a singular phrase, without an article.
NIEUW = "(nieuw)"
DEFINED = "begripsomschrijving"  # named by its quoted term: "de begripsomschrijving van «woonruimte»"
OLDER_DEFINED = "omschrijving"  # the older word for it, as Stb. 2012, 319 prints it
QUOTES = "«»"
THROUGH = "tot en met"
INNER_SUB = "onder"  # a subonderdeel inside a chain: "onderdeel b, onder 2°"


def ordinal(n: int) -> str:
    """Return the Dutch ordinal word for n ("eerste", "tweede", "eenentwintigste"...), or "100e" past 99."""
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"{n}e"


def ordinal_value(word: str) -> int | None:
    """Return the number an ordinal word stands for ("tweede" → 2), or None."""
    word = re.sub(r"^(twee|drie)en(?=\w)", r"\1ën", word.lower())  # "tweeentwintigste" typed without its diaeresis
    if word in _ORDINALS:
        return _ORDINALS.index(word) + 1
    m = re.fullmatch(r"(\d+)e", word)
    return int(m.group(1)) if m else None


def join_and(words: list[str]) -> str:
    """Join words the Dutch way: "a", "a en b", "a, b en c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " en " + words[-1]
