"""A range written as two whole references: "art. 143 Rv. tot en met art. 148 Rv.", "artikel 3
tot en met artikel 7 van de Woningwet". Commentaries and judgments repeat the word and the law at
both ends; the range names every article between them, as "de artikelen 143 tot en met 148" does."""

from __future__ import annotations

import re

from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.numberranges import expand
from wetgen.consult.analyse.refs import ARTICLE, Ref

_THROUGH = re.compile(r"\.?\s*(?:tot\s+en\s+met|t/m)\s*", re.I)  # ".": of an abbreviation ("Rv.")


def _bare_article(ref: Ref) -> str:
    """Return the one article a reference names without lid or onderdeel, or ""."""
    if ref.kind != ARTICLE or len(ref.parts) != 1 or ref.this_bill or ref.that_law or ref.foreign:
        return ""
    part = ref.parts[0]
    return part.artikel if not (part.lid or part.item or part.sub) else ""


def joined_ranges(refs: list[Ref], segment: str) -> list[Ref]:
    """Join two references to one article each, "tot en met" between them and the same law (or
    the law named at the end only), into one reference to every article of the range."""
    if "t" not in segment:
        return refs
    out: list[Ref] = []
    for ref in refs:
        before = out[-1] if out else None
        first, last = (_bare_article(before), _bare_article(ref)) if before else ("", "")
        if (first and last and ref.law and before.law in ("", ref.law)
                and _THROUGH.fullmatch(segment, before.end, ref.start)
                and (between := expand(first, last))):  # fmt: skip
            numbers = (first, *between, last)
            out[-1] = ref._replace(raw=segment[before.start : ref.end], start=before.start,
                                   parts=tuple(Part(artikel=n) for n in numbers))  # fmt: skip
            continue
        out.append(ref)
    return out
