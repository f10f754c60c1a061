"""A heading that is only "Artikel 2" below an amending article of the bill that has an article 2
of its own (an aanpassingswet numbers its amending articles 1, 2, 3 …, each amending another law):
the heading opens the bill's next article, not article 2 of the law the article above amends."""

from __future__ import annotations

import re
from collections.abc import Mapping

from wetgen.consult.analyse.context import Context

_ARTICLE_ALONE = re.compile(r"(?i:artikel)\s+(?P<number>\d+(?:[.:]\d+)*[a-z]?)\s*\.?\s*")  # "Artikel 2", "Artikel 1.2"


def opens_own_article(heading: str, context: Context, articles: Mapping) -> bool:
    """Tell whether `heading` is only "Artikel N", stands below an amending article of the bill
    and the bill has an article N of its own other than that one: outside new text any, inside it
    (a list of laws the article puts in, "… vervangen door: 1. Wet X a. …") only the bill's next article, and not the
    number of the law's article the new text is of: "Artikel 2 komt te luiden: Artikel 2" in a besluit whose next
    article is 2 is the new text's heading."""
    alone = _ARTICLE_ALONE.fullmatch(heading.strip())
    if alone is None or not context.structural or not context.bill_article:
        return False
    number = alone.group("number").upper()
    here = articles.get(context.bill_article.upper())
    if here is None or not here.is_amending or number == here.number.upper() or number not in articles:
        return False
    if context.inserted:
        numbers = [n.upper() for n in articles]
        after = numbers[numbers.index(here.number.upper()) + 1 :]
        return bool(after) and after[0] == number and (context.article is None or context.article.artikel.upper() != number)
    return True


def leave_amended_law(heading: str, context: Context, articles: Mapping) -> Context:
    """Return the context in which such a heading is read: no amended law, no onderdeel."""
    if opens_own_article(heading, context, articles):
        return context._replace(law="", onderdeel="", article=None, inserted=False)
    return context
