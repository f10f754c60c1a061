"""The Aanwijzingen voor de regelgeving cited by number: "aanwijzing 6.15", "Aanwijzing 4.42 Ar",
"de aanwijzingen 6.9 tot en met 6.12 en 6.16", "Ar 5.59", "Ar 5.62 en Ar 5.63". Drafters, the
Raad van State and the KCBR cite them so; each is a provision of that regeling, not of the bill
or a law it amends. Since 2018 the aanwijzingen are numbered by chapter ("6.15"); a bare
"aanwijzing 3" (a minister's instruction, or the numbering before 2018) is read only where the
regeling is named after it, or before it in the same paragraph."""

from __future__ import annotations

import re
from collections.abc import Callable

AR = "Aanwijzingen voor de regelgeving"
_WORD = r"(?:(?P<word>[Aa]anwijzing(?:en)?)|Ar\.?)"
_START = re.compile(rf"(?<![\w-]){_WORD}\s+(?=[0-9])")
# the next number of a list with the word again: "Ar 5.62 en Ar 5.63", "aanwijzing 6.9 en aanwijzing 6.10"
_AGAIN = re.compile(rf"(?:\s*,\s*(?:en\s+)?|\s+en\s+|\s+of\s+){_WORD}\s+(?=[0-9])")
_DOTTED = re.compile(r"[0-9]+\.[0-9]+[a-z]?")
# where the numbers read after the word go on with an article of their own ("Ar 4.42 en artikel 12",
# "aanwijzing 5.60 en het eerste lid van artikel 12") or are another document's ("aanwijzing 2.3 van
# de minister", "… van de Aanwijzingen inzake de rijksbegroting")
_ARTICLE_WORD = re.compile(r"(?:artikel(?:en)?|artt?\.|art)\b", re.I)
_OWN_ARTICLE_AFTER = re.compile(r"\s+(?:van|in)\s+(?:het\s+|de\s+)?(?:artikel|art\b|artt?\.)", re.I)
_OF_ANOTHER = re.compile(r"\s*,?\s+(?:van|uit)\s+(?:de|het|een|den)\s+(?!Aanwijzingen\s+voor\s+de\s+regelgeving\b)", re.I)
_NAMED = re.compile(r"\bAanwijzingen\s+voor\s+de\s+regelgeving\b", re.I)
# a wijzigingsopdracht on an aanwijzing, in a regeling that amends the Aanwijzingen: "Aanwijzing 1 wordt als volgt
# gewijzigd:", "In aanwijzing 19 wordt …" (a minister's "bij aanwijzing 2 aan de korpschef" stays unread)
_CHANGED_AFTER = re.compile(r"\s+(?:wordt|worden|vervalt|vervallen|komt|komen)\b")
_CHANGE_BEFORE = re.compile(r"(?:^|(?<=[\s:.]))(?:In|Aan|Na|Voor)\s+$")
_AR_AFTER = re.compile(r"\s*(?:,\s*)?\(?Ar\)?(?![\w-])")


def aanwijzing_refs(text: str, chain: Callable[[int, int], list], amended: bool = False) -> list:
    """Return the references to the Aanwijzingen voor de regelgeving in `text`, each one Ref
    (from `chain`, which reads the numbers at a position after a word that starts at another)
    with the regeling as its law; `amended`: the draft amends the regeling, so a bare "Aanwijzing 1" that an
    instruction changes is its."""
    found: list = []
    cursor = 0
    for start in _START.finditer(text):
        if start.start() < cursor:
            continue
        refs = _read(text, start, chain, amended)
        if not refs:
            continue
        last = refs[-1]
        while (again := _AGAIN.match(text, last.end)) and (more := _read(text, again, chain, amended)):
            last = more[-1]
            refs += more
        merged = refs[0]._replace(raw=text[refs[0].start : last.end], end=last.end,
                                  parts=tuple(dict.fromkeys(p for r in refs for p in r.parts)))  # fmt: skip
        found.append(merged)
        cursor = merged.end
    return found


def _read(text: str, start: re.Match, chain: Callable[[int, int], list], amended: bool = False) -> list:
    """Return the references read after one word of the regeling, with its law set; [] where
    they are not the regeling's (another law or document named after them, a bare number not
    marked, a lid that belongs to an article named after it)."""
    refs = chain(start.end(), start.start())
    cut = next((n for n, r in enumerate(refs) if n and _ARTICLE_WORD.match(r.raw)), len(refs))
    refs = refs[:cut]  # "Ar 4.42 en artikel 12": the article is the bill's or a law's
    if not refs or any(r.law and r.law != AR for r in refs):
        return []
    end = refs[-1].end
    if _OWN_ARTICLE_AFTER.match(text, end) or (refs[-1].law != AR and _OF_ANOTHER.match(text, end)):
        return []
    # (a bare number also where the paragraph named the regeling before it: "… als bedoeld in aanwijzing 174 van de
    # Aanwijzingen voor de regelgeving. Wel wordt afgeweken volgens aanwijzing 174 wegens …")
    changed = amended and bool(_CHANGED_AFTER.match(text, end) or _CHANGE_BEFORE.search(text, max(0, start.start() - 6), start.start()))
    marked = changed or not start.group("word") or refs[-1].law == AR or bool(_AR_AFTER.match(text, end) or _NAMED.search(text, 0, start.start()))
    if not marked and not all(_DOTTED.fullmatch(p.artikel) for r in refs for p in r.parts if p.artikel):
        return []
    return [r._replace(law=AR) for r in refs]
