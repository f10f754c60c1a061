"""The law that the name of a besluit or regeling holds: "artikel 5 van het Algemeen uitvoeringsbesluit
Drank- en horecawet jo. artikel 37 van die wet", where "die wet" is the Drank- en Horecawet, not the besluit."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon

_THAT_WET = re.compile(r"\b(?:die|dezelfde|laatstgenoemde|voornoemde|genoemde)\s+wet\b", re.I)
_WET = re.compile(r"wet(?:boek)?\b", re.I)
_YEAR_AT_END = re.compile(r"\s+\d{4}$")
_INSTRUMENT_WORD = re.compile(r"\w*(?:besluit|regeling|reglement|verordening)\b", re.I)  # a besluit's or regeling's name


def enclosed_law(raw: str, named: str, lexicon: LawLexicon) -> str:
    """Return the law that "die wet" in `raw` names where the instrument named last (`named`) is no
    wet but its name ends in one's ("Uitvoeringsbesluit Wet X"); else `named`."""
    if not named or not _THAT_WET.search(raw) or _WET.match(named.split()[0]) or not _INSTRUMENT_WORD.search(named):
        return named  # (the Algemene Ouderdomswet is a wet: "die wet" is that one)
    # the year at the end is the wet's where the lexicon knows the wet with it ("Uitvoeringsbesluit Wet
    # inkomstenbelasting 2001"), else the besluit's own ("Regeling Woningwet 2015": the Woningwet)
    unyeared = _YEAR_AT_END.sub("", named)
    for name in dict.fromkeys((named, unyeared)):
        for word in re.finditer(r"(?<=\s)\S", name):
            found = lexicon.match(name, word.start())
            if found is not None and found.end == len(name) and _WET.search(found.law) and (found.law in lexicon.laws or name == unyeared):
                return found.law
    return named
