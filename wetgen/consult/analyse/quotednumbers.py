"""Bare article numbers quoted in an instruction whose other quoted words show that they are articles: "In
artikel 6, eerste lid, wordt «4, derde lid, 5 tot en met 9, 11 tot en met 14,» vervangen door «14,», wordt na «70
tot en met 74,» ingevoegd «76 tot en met 79,» …". One quote names a lid after a bare number, so it lists articles;
the other quotes of the same step list them as well. A bare number quoted alone is read nowhere else."""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.consult.analyse.refkinds import ARTICLE, Ref

# a quote that holds a list of bare numbers and nothing else: «14,», «, 128a en 133a», «101 en 103 tot en met 106»
_QUOTED_NUMBERS = re.compile(
    r"«\s*(?:,\s*|en\s+|of\s+)?(?P<list>\d{1,4}[a-z]{0,3}(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+tot\s+en\s+met\s+)\d{1,4}[a-z]{0,3})*)\s*,?\s*»"
)
_QUOTE_OPENS = re.compile(r"«\s*(?:,\s*|en\s+|of\s+)?$")
_STEP_BREAK = re.compile(r"\n|(?<=[.;])\s+(?=\d{1,2}\.\s|[A-Z])")  # a new line, or the next step of the instruction


def quoted_numbers(text: str, found: list[Ref], chain: Callable[[int], list[Ref]]) -> list[Ref]:
    """Return the article references of the bare-number quotes in a step of an instruction where one quoted
    bare number was read as an article (with its lid); `chain` reads the articles from a position."""
    if "«" not in text:
        return []
    quoted = [r for r in found if r.kind == ARTICLE and r.raw[:1].isdigit() and _QUOTE_OPENS.search(text, max(0, r.start - 6), r.start)]
    articles = [r for r in found if r.kind == ARTICLE and not r.law]
    if not quoted and not articles:
        return []  # nothing in the text shows a quoted number to be an article
    taken = [(r.start, r.end) for r in found]
    out: list[Ref] = []
    for match in _QUOTED_NUMBERS.finditer(text):
        at = match.start("list")
        if any(s <= at < e for s, e in taken):
            continue
        refs = [r for r in chain(at) if r.end <= match.end() and not r.law]
        numbers = {n for r in refs for n in r.articles}
        # a quote in the same step lists bare numbers with a lid, or names one of these numbers as an article
        # ("wordt « en 128a» vervangen door «, 128a en 133a», en «artikel 128a» door …")
        if any(_same_step(text, at, r.start) for r in quoted) or any(numbers & set(r.articles) and _same_step(text, at, r.start) for r in articles):
            out.extend(refs)
    return out


def _same_step(text: str, one: int, other: int) -> bool:
    """Tell whether two places stand in the same step of an instruction (no line or step break between)."""
    low, high = min(one, other), max(one, other)
    return _STEP_BREAK.search(text, low, high) is None
