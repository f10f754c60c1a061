"""An Arabic article number of the bill named as a proposal ("artikel 2 van het wetsvoorstel") where
the bill numbers its own articles I, II, …: its ARTIKEL II, unless the bill changes the amended law's
artikel 2 (then that article as the bill makes it). "deze wet" is not such a name: in a law's words it
is the law itself."""

from __future__ import annotations

import re

from wetgen import ids

_NAMES_PROPOSAL = re.compile(r"voorstel|ontwerp", re.I)


def proposal_article(raw: str, number: str, articles: dict, inserted: bool, touched: bool) -> str:
    """Return the bill's Roman article that `raw` names by the Arabic `number`, or "" (`touched`:
    the bill changes that article of the amended law; `inserted`: the words are a law's own)."""
    if inserted or touched or not number.isdigit() or not 0 < int(number) < 100 or not _NAMES_PROPOSAL.search(raw):
        return ""
    roman = ids.roman(int(number))
    return roman if roman in articles else ""
