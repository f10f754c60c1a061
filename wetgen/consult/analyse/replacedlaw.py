"""An article named with the bill's own citeertitel in a numbering the bill does not use: a bill
that enacts a new code under the name of the law in force ("artikel 3.2.1 Sv" of the new
Wetboek van Strafvordering) leaves that law's articles ("art. 12 Sv") to the law in force."""

from __future__ import annotations

import re

from wetgen.consult.analyse.numbering import number_style

_IN_FORCE = re.compile(r"\b(?:huidige|geldende|bestaande|oude|vigerende)\s+\S+", re.I)


def replaced_article(number: str, articles: dict) -> bool:
    """Tell whether an article named with the bill's own name is the law in force's: the bill
    has no article of that number and numbers its own articles in another style (plain, dot,
    colon or Roman)."""
    if not number or number.upper() in articles:
        return False
    styles = {number_style(a.number) for a in articles.values() if not a.is_amending}
    return bool(styles) and number_style(number) not in styles


def in_force(raw: str) -> bool:
    """Tell whether a reference names the law in force of the bill's name ("hoofdstuk 5 van de
    huidige Woningwet" where the bill enacts a new Woningwet)."""
    return bool(_IN_FORCE.search(raw))
