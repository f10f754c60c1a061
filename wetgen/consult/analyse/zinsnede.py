"""The law a zinsnede of a list is about: an amendment of the Wet op de economische delicten (or of any
list of laws) changes the words that list holds on one law, "In artikel 1, onder 4°, van de Wet op de
economische delicten wordt in de zinsnede met betrekking tot de Winkeltijdenwet «de artikelen 2, 3» …":
the articles in its quoted words are that law's, not those of the law the instruction amends."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon

_ABOUT = re.compile(
    r"\bzinsnede\s+(?:met\s+betrekking\s+tot|betreffende|inzake|die\s+betrekking\s+heeft\s+op)\s+(?:de\s+|het\s+)?", re.I
)
_SENTENCE_END = re.compile(r"\.\s+[A-Z]")


def zinsnede_law(text: str, start: int, lexicon: LawLexicon) -> str:
    """Return the law whose zinsnede the words at `start` stand in ("in de zinsnede met betrekking tot
    de Winkeltijdenwet «de artikelen 2, 3 …»"): the law named right after those words in its sentence, or ""."""
    about = None
    for about in _ABOUT.finditer(text, max(0, start - 400), start):  # noqa: B007 - the last one is kept
        pass
    if about is None or _SENTENCE_END.search(text, about.end(), start):
        return ""
    found = lexicon.match(text, about.end())
    return found.law if found is not None and found.end <= start else ""
