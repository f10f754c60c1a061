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
    (outside new text) and the bill has an article N of its own other than that one."""
    alone = _ARTICLE_ALONE.fullmatch(heading.strip())
    if alone is None or not context.structural or context.inserted or not context.bill_article:
        return False
    number = alone.group("number").upper()
    here = articles.get(context.bill_article.upper())
    return here is not None and here.is_amending and number != here.number.upper() and number in articles


def leave_amended_law(heading: str, context: Context, articles: Mapping) -> Context:
    """Return the context in which such a heading is read: no amended law, no onderdeel."""
    if opens_own_article(heading, context, articles):
        return context._replace(law="", onderdeel="", article=None)
    return context
