"""The law a zinsnede of a list is about: an amendment of the Wet op de economische delicten (or of any
list of laws) changes the words that list holds on one law, "In artikel 1, onder 4°, van de Wet op de
economische delicten wordt in de zinsnede met betrekking tot de Winkeltijdenwet «de artikelen 2, 3» …", or of
bijlage 2 bij de Awb, "in de zinsnede over de Wet op het hoger onderwijs … «5a.9, 5a.11,» vervangen door «5.8, …»": the
articles in its quoted words are that law's, not those of the law the instruction amends."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.leadin import listed_here

_ABOUT = re.compile(
    r"\bzinsnede\s+(?:met\s+betrekking\s+tot|betreffende|inzake|over|die\s+betrekking\s+heeft\s+op)\s+(?:de\s+|het\s+)?", re.I
)
_SENTENCE_END = re.compile(r"\.\s+[A-Z]")
_QUOTE = re.compile(r"[«‘“„\"']")


def zinsnede_law(text: str, start: int, lexicon: LawLexicon) -> str:
    """Return the law whose zinsnede the quoted words at `start` stand in ("in de zinsnede met betrekking tot
    de Winkeltijdenwet «de artikelen 2, 3 …»"): the law named right after those words in its sentence, where a
    quotation mark opens after it before `start`; or ""."""
    if "zinsnede" not in text:
        return ""  # the quick answer for nearly every article
    about = next(reversed(list(_ABOUT.finditer(text, max(0, start - 400), start))), None)
    if about is None or _SENTENCE_END.search(text, about.end(), start):
        return ""
    found = lexicon.match(text, about.end())
    # only the zinsnede's own words, quoted after it: not "in artikel 1, onder 4°," that says where it stands
    return found.law if found is not None and _QUOTE.search(text, found.end, start) else ""


def listed_or_zinsnede_law(law: str, amends: str, text: str, start: int, lexicon: LawLexicon, context: Context) -> str:
    """Return the law an article at `start` named with `law` (none, or the law its instruction `amends`) belongs to as
    words of a zinsnede about another law (zinsnede_law), or, named with none, as an item of a list of laws in new text
    (leadin.listed_here); or ""."""
    if law not in ("", amends):
        return ""
    return zinsnede_law(text, start, lexicon) or ("" if law else listed_here(context))
