"""Choosing between the laws a bill amends for a bare article it leaves alone ("de artikelen 259
en 260" in a bill that amends Boek 7 BW and the Overgangswet): the law named last is taken only
where the bill's title does not point elsewhere. A bill that amends several laws is named after
the one it is about ("Wijziging van de artikelen 215 en 244 van Boek 7 van het Burgerlijk
Wetboek"); where the law named last is another of them and the title names one that the number
also fits, the two signs disagree, and a wrong law misleads more than none."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.numbering import fits, number_style


def title_laws(title: str, lexicon: LawLexicon) -> frozenset[str]:
    """Return the laws (as the lexicon names them) that a bill's opschrift or citeertitel names."""
    found, end = set(), 0
    for start in (m.start() for m in re.finditer(r"(?<![\w-])[A-Za-z]", title)):
        if start >= end and (law := lexicon.match(title, start)):
            found.add(law.law)
            end = law.end
    return frozenset(found)


def agreed(chosen: str, number: str, styles: dict[str, set[str]], named: frozenset[str]) -> str:
    """Return the law chosen for a bare article (of the amended laws in `styles`, by the law named
    last), or "" where several laws fit its number and the title `named` one of them, not it."""
    style = number_style(number)
    fitting = [law for law, known in styles.items() if fits(law, number) and style in known]
    if chosen and len(fitting) > 1 and chosen not in named and any(law in named for law in fitting):
        return ""
    return chosen
