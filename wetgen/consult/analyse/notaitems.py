"""The items of a nota van wijziging or an amendment below an instruction that changes one of the
bill's own articles as a whole: "ARTIKEL I wordt als volgt gewijzigd:\n\nA. Na onderdeel D wordt
ingevoegd: …\n\nB. Onderdeel F vervalt." A bill heads its amending articles with "ARTIKEL I" and
a line that names the law it amends ("De Woningwet wordt als volgt gewijzigd:"), and only then
are the letters below its onderdelen; where the bill's article is itself the subject of the
instruction, the text is a nota or an amendment changing the bill, and the letters, numbers and
numerals below are its own items: the bill's onderdelen are then named with their noun
("onderdeel D")."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context

_WHOLE_ARTICLE = re.compile(
    r"(?:ARTIKEL|Artikel)\s+[IVXLC]+[a-z]?\s+(?:wordt|komt)\s+(?:als\s+volgt\s+gewijzigd"
    r"|gewijzigd\s+als\s+volgt|als\s+volgt\s+te\s+luiden)\s*:?\s*$"
)


def items_below(context: Context, segment: str, ref_start: int) -> Context:
    """Return the context after a reference in `segment`: where it is a bill's article that the
    segment changes as a whole ("ARTIKEL II wordt als volgt gewijzigd:"), the bare letters and
    numerals below are the nota's own items, not the onderdelen of that article."""
    if ref_start == 0 and context.structural and _WHOLE_ARTICLE.match(segment):
        return context._replace(structural=False)
    return context
