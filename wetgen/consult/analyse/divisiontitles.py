"""Divisions named with their titles: "de hoofdstukken I (Algemene bepalingen), III (Toelating tot
de weg) en V", "hoofdstuk VI Rijvaardigheid en rijbevoegdheid van de Wegenverkeerswet 1994"."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.lawtail import CAPTION, law_tail

_NEXT_AFTER_CAPTION = re.compile(
    r"(?:\s*,\s*(?:en\s+)?|\s+en\s+|\s+of\s+)(?P<number>\d+[a-z]?(?:\.\d+[a-z]?)*|[IVXLC]+[A-Z]?)(?![\w°])"
)
# a title written out after the number, up to the law: "Rijvaardigheid en rijbevoegdheid"
_TITLE = re.compile(r"\s+[A-Z][a-zëéï-]+(?:\s+(?:[a-zëéï-]+|[A-Z]{2,}))*?(?=\s*,?\s+van\s)")


def captioned(text: str, pos: int) -> re.Match[str] | None:
    """Return the next number of a list of divisions after a caption in brackets ("I (Algemene
    bepalingen), III"), else None."""
    caption = CAPTION.match(text, pos)
    return _NEXT_AFTER_CAPTION.match(text, caption.end()) if caption else None


def title_then_law(text: str, pos: int, lexicon: LawLexicon) -> tuple[str, int] | None:
    """Return (law, end) of a law named after a division's written-out title (at most eight
    words, the first capitalised), else None: without the law the words are prose."""
    title = _TITLE.match(text, pos)
    if not title or len(title.group(0).split()) > 8:
        return None
    law, _, _, end, foreign = law_tail(text, title.end(), lexicon)
    return (law, end) if law and not foreign else None
