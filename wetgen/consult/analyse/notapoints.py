"""The numbered points of the bill's own onderdelen, as a nota van wijziging or an amendment names
them: below "Artikel I, onderdeel F, wordt als volgt gewijzigd:", "1. Onder 1 wordt … vervangen
door: …" and "2. Onderdeel 2 komt te luiden:" change points 1 and 2 of onderdeel F. The drafting
convention keeps them apart from a law's subonderdelen: the points of an amending onderdeel are
numbered 1, 2 and named "onder 1"; a law's subonderdelen are 1°, 2° and named "onder 1°"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wetgen.consult.analyse.sentencebounds import sentence_end

if TYPE_CHECKING:  # (context.py reads this module through grammar.py)
    from wetgen.consult.analyse.context import Context

# "Onder 2 vervalt", "onder 1 wordt": a point named as the subject of an instruction
POINT_ANCHOR = r"\d{1,2}\s+(?=(?:wordt|worden|vervalt|vervallen|komt|komen)\b)"
# "in punt 1", "de punten 1 tot en met 4": the points of a bill's onderdeel as a nota van wijziging
# names them, in the instruction that names the onderdeel ("In artikel I, onderdeel C, wordt in punt 1 …")
# (and "onderdeel 1", in lower case, as an amendement names the points of the bill's onderdeel: "In artikel I, onderdeel E,
# wordt voor onderdeel 1 een onderdeel ingevoegd"; not a numbered onderdeel with its letters, "onderdeel 2, onder b")
POINTS = r"(?:de\s+)?(?:punt(?:en)?|(?-i:onderdeel)(?=\s+\d{1,2}(?!\s*,\s*(?:onder|sub)\w*\s)))(?=\s+\d{1,2}\b(?!\s*[°.:,]\s*\d|[a-z]))"
POINT_LIST = r"\d{1,2}(?:(?:\s+en\s+|\s+of\s+|\s+(?:tot\s+en\s+met|t/m)\s+)\d{1,2})*"
_POINT = re.compile(rf"onder(?:deel)?\s+\d{{1,2}}(?:\s*,\s*onder\s+[a-z])?|{POINTS}\s+{POINT_LIST}", re.I)  # "onderdeel 4, onder a"
# the bill's onderdeel earlier in the instruction, with no law's article between ("In artikel I, onderdeel
# C, wordt in punt 1"; not "Artikel I, onderdeel A, punt 3, wordt", where the point is part of the place)
_BILL_ONDERDEEL_BEFORE = re.compile(r"\b[Aa]rtikel\s+[IVXLC]+[a-z]?\s*,\s*onderdeel\s+(?-i:[A-Z]{1,2}[a-z]?)\s*,\s*"
                                    r"(?=[^\s.;:«»])(?:(?!\bartikel\s+\d)[^.;:«»])*$", re.I)
# what an instruction does, in the same sentence; and a point of another document ("punt 3 van het advies")
_CHANGES = re.compile(r"«|\b(?:vervangen|ingevoegd|toegevoegd|vervalt|vervallen|luiden|geletterd|vernummerd)\b", re.I)
_OF_OTHER = re.compile(rf"\s+{POINT_LIST}\s*,?\s+(?:van|uit|in|bij)\b", re.I)


def points_of_onderdeel(text: str, start: int, end: int) -> bool:
    """Tell whether "punt 1" at start:end (the word) is a point of the bill's onderdeel that its
    instruction names before it: in an instruction, not of another document."""
    return (bool(_BILL_ONDERDEEL_BEFORE.search(text, max(0, start - 160), start)) and not _OF_OTHER.match(text, end)
            and bool(_CHANGES.search(text, max(0, start - 160), sentence_end(text, end))))


def onderdeel_point(raw: str, context: Context | None = None) -> bool:
    """Tell whether a reference is a bare point of an onderdeel ("Onder 2", "Onderdeel 2"), not
    of a lid or a law's subonderdeel ("onder 2°"); one with its letter ("onderdeel 4, onder a") only below
    the bill's onderdeel under discussion, named last ("Artikel I, onderdeel G, wordt als volgt gewijzigd:"; below
    "Artikel 12 wordt als volgt gewijzigd:" it is that article's onderdeel 4)."""
    if not _POINT.fullmatch(raw):
        return False
    if "," not in raw:
        return True
    last = context.last[-1] if context is not None and context.last else None  # what the instruction above named
    return bool(context is not None and context.onderdeel and (last is None or last.scope == "bill"))


def of_onderdeel(raw: str, part, base, open_onderdeel: str) -> bool:
    """Tell whether a unit named without its article (`part`, with `base` the provision under
    discussion) is a point of the bill's onderdeel under discussion: "het eerste subonderdeel"
    below "Onderdeel E wordt als volgt gewijzigd:", and "In artikel I, onderdeel H, komt onderdeel b
    te luiden:" where no article of the law is under discussion (a law's onderdeel b needs the
    article it is in, which neither names)."""
    if not open_onderdeel or (base is not None and base.item):
        return False
    if part.sub and not part.item:
        return "subonderde" in raw.lower()
    law_article = base is not None and base.artikel and base.scope != "bill"
    return (part.item.islower() and not (part.sub or part.lid or law_article)
            and raw.lower().startswith("onderdeel "))  # fmt: skip
