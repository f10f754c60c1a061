"""An article of the bill named by what it does: "de inwerkingtredingsbepaling", "de begripsbepaling voor
«diervoeder»", "de evaluatiebepaling", "het overgangsartikel". It is the one article of the bill whose
opschrift or text does that ("Inwerkingtreding", "Deze wet treedt in werking …"); where the bill has none
or several, nothing is guessed."""

from __future__ import annotations

import re
from collections.abc import Iterable

# the noun, and what marks the article that does it: its opschrift, or a formula of its text
_FUNCTIONS = {
    "begrip": (r"begrip", r"\b(?:wordt|worden)\s+(?:mede\s+)?verstaan\s+onder\b"),
    "inwerkingtreding": (r"inwerkingtreding", r"\btre(?:edt|den)\s+in\s+werking\b"),
    "citeertitel": (r"citeertitel", r"\bwordt\s+aangehaald\s+als\b"),
    "evaluatie": (r"evaluatie", r"\bdoeltreffendheid\s+en\s+(?:de\s+)?effecten\b"),
    "overgang": (r"overgang", None),
    "vervaldatum": (r"vervaldatum|horizon", None),
    "intrekking": (r"intrekking", None),
    "samenloop": (r"samenloop", None),
}  # (no formula: only the opschrift tells)
_NOUNS = {
    "begripsbepaling": "begrip", "begripsbepalingen": "begrip", "begripsomschrijving": "begrip", "begripsomschrijvingen": "begrip",
    "definitiebepaling": "begrip", "inwerkingtredingsbepaling": "inwerkingtreding", "inwerkingtredingsartikel": "inwerkingtreding",
    "citeertitelbepaling": "citeertitel", "citeertitelartikel": "citeertitel", "evaluatiebepaling": "evaluatie",
    "evaluatieartikel": "evaluatie", "overgangsbepaling": "overgang", "overgangsartikel": "overgang",
    "horizonbepaling": "vervaldatum", "vervalbepaling": "vervaldatum", "intrekkingsbepaling": "intrekking",
    "intrekkingsartikel": "intrekking", "samenloopbepaling": "samenloop",
}  # fmt: skip
# (not a law's: "de evaluatiebepaling van de Woningwet", "de overgangsbepaling in de Omgevingswet", "het
# overgangsartikel 48", "de overgangsbepaling van artikel 48")
FUNCTIONAL = re.compile(r"\b(?:[Dd]e|[Hh]et)\s+(?P<noun>" + "|".join(sorted(_NOUNS, key=len, reverse=True)) + r")\b"
                        r"(?:\s+(?:voor|van)\s+(?:het\s+begrip\s+)?«[^«»]{1,60}»|(?!\s*\d|\s*,?\s+(?:van|in|uit|bij|op|onder)\s))")


def names_function(lowered: str) -> bool:
    """Tell whether a text (lower case) may name an article by what it does: a cheap test first."""
    return any(noun in lowered for noun in _NOUNS)


def functional_at(text: str, start: int) -> tuple[int, str] | None:
    """Return (end, function) of an article named by what it does at `start`, or None."""
    found = FUNCTIONAL.match(text, start)
    return (found.end(), _NOUNS[found.group("noun").lower()]) if found else None


def is_function(detail: str) -> bool:
    """Tell whether a described reference's detail is one of the functions above."""
    return detail in _FUNCTIONS


def functional_article(function: str, articles: Iterable) -> str:
    """Return the number of the one article of the bill that does `function` (by its opschrift, else
    by its text's formula), or "" where none or several do (or, for the definitions, where the bill amends
    a law)."""
    articles = list(articles)
    if function == "begrip" and any(a.is_amending for a in articles):
        return ""  # a bill that amends a law: "de begripsbepaling" is that law's (its artikel 1), not the bill's
    named, formula = (re.compile(p, re.I) if p else None for p in _FUNCTIONS[function])
    own = [a for a in articles if not a.is_amending]
    by_formula = [a for a in own if formula.search(_text(a))] if formula else []
    for found in ([a for a in own if named.search(a.opschrift or "")], by_formula):
        if len(found) == 1:
            return found[0].number
        if found:
            return ""
    return ""


def _text(article) -> str:  # noqa: ANN001 - model.Article
    return " ".join([article.text, *(lid.text for lid in article.leden)])
