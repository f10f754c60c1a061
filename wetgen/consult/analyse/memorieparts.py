"""Which mentions of a memorie van toelichting are the bill's own: "het algemeen deel (van deze
toelichting)" is; "de memorie van toelichting bij de eerste tranche van de Awb (Kamerstukken
II 1988/89, 21 221, nr. 3)", "die toelichting" after it, the short name given to it ("aangeduid
als «MvT u.o.v.»") and a part heading of the document itself ("II ARTIKELSGEWIJZE
TOELICHTING") are not."""

from __future__ import annotations

import re

# the general part of the MvT, not of another document ("het algemeen deel van dit advies")
_GENERAL_PART = re.compile(
    r"\bhet\s+algeme(?:en|ne)\s+(?:deel|gedeelte)\b"
    r"(?:\s+van\s+(?:deze|de)\s+(?:memorie\s+van\s+)?toel(?:ichting\b|\w*(?=\s*(?:\[…\]|…|$))))?"
    r"(?!\s+(?:van|bij|in)\s+(?:dit|deze|het|de|ons)\s+(?!(?:memorie|toelichting)\b))"
    r"(?!\s+van\s+(?:Boek|titel|hoofdstuk|afdeling)\s)",  # "het algemene gedeelte van Boek 2": a law's part
    re.I,
)
# "bij het aan de genoemde wet ten grondslag liggende wetsvoorstel", "bij de eerste tranche
# van de Awb", "bij de Woningwet": the memorie of another bill or law ("bij het wetsvoorstel"
# alone is the bill's own)
_OF_ANOTHER = re.compile(
    r"\s+(?:bij|op)\s+(?:de|het)\s+[^.;()]{0,100}?\b(?:wet|tranche|[A-Z]\w*wet(?:\s+\d{4})?)\b", re.I
)
# the toelichting of a plan, verordening or other instrument that is no bill: "de toelichting bij een
# bestemmingsplan", "de toelichting op het uitwerkings- of wijzigingsplan"
_OF_AN_INSTRUMENT = re.compile(
    r"\s+(?:bij|op|van)\s+(?:een|het|de|dat|dit|die|deze|zo'n)\s+(?:[\w-]+\s+of\s+)?[\w-]*"
    r"(?:plan|plannen|verordening|verordeningen|beschikking|beschikkingen|aanvraag|programma|begroting)\b",
    re.I,
)
# a Kamerstuk number standing with the memorie it names: "(Kamerstukken II …)", ", Kamerstukken …"
_WITH_IT = re.compile(r"[^.;]{0,110}?[(,]\s*$")
_THAT_ONE = re.compile(r"\bdie\s+$", re.I)
# a short name the text gives to the memorie it named just before: "die toelichting wordt
# kortweg aangeduid als «MvT u.o.v.»" (the bill's own: "(hierna: memorie van toelichting)")
_NAMING = re.compile(r"(?:aangeduid\s+als|hierna(?:\s+te\s+noemen)?\s*:?)\s*[«\"“‘']?\s*$", re.I)
# a part heading of the document itself: "II ARTIKELSGEWIJZE TOELICHTING", "DEEL II TOELICHTING"
_PART_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:DEEL\s+)?(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.?[ \t]+$")


def own_memorie(text: str, places: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return the places of the bill's own memorie van toelichting among `places` (start, end,
    detail), with the general part ("het algemeen deel") added."""
    kept: list[tuple[int, int, str]] = []
    other_end = -1  # where the last mention of another bill's memorie ended
    for start, end, detail in places:
        words = text[start:end]
        if (_OF_ANOTHER.match(text, end) or _OF_AN_INSTRUMENT.match(text, end)) and not detail:
            other_end = end
            continue
        cited = words.lower().startswith("kamerstuk") and _WITH_IT.fullmatch(text, other_end, start)
        if other_end >= 0 and (cited or _THAT_ONE.search(text, 0, start)):
            other_end = end
            continue
        if other_end >= 0 and _NAMING.search(text, max(other_end, start - 30), start):
            other_end = end  # the short name given to the other bill's memorie
            continue
        if words.isupper() and _PART_LABEL.search(text, 0, start):
            continue
        kept.append((start, end, detail))
    for match in _GENERAL_PART.finditer(text):
        kept = [p for p in kept if not (p[0] < match.end() and match.start() < p[1])]
        kept.append((match.start(), match.end(), ""))
    return sorted(kept)
