"""An amendement or nota that rewrites an article of the bill whole ("Artikel IV komt te luiden: / De Wet
inkomstenbelasting 2001 wordt als volgt gewijzigd: / A / In artikel 2.10 …"): the bare letters below the new
text's opening are that article's onderdelen, as they are below its ARTIKEL heading in the bill itself."""

from __future__ import annotations

from collections.abc import Mapping

from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.context import BILL, Context


def rewritten_article(context: Context, letter: str, articles: Mapping) -> Context:
    """Return the context below a bare onderdeel letter that stands under "Artikel IV komt te luiden: De <the law
    artikel IV amends> wordt als volgt gewijzigd:": artikel IV opened as it is below its heading; else unchanged."""
    if not letter or context.structural or not context.bill_article or not context.lead_in_law or context.inserted:
        return context
    here = articles.get(context.bill_article.upper())
    if here is None or not here.is_amending or not here.amends or amended_name(here.amends) != context.lead_in_law:
        return context
    last = context.last[-1] if context.last else None
    if last is None or last.scope != BILL or last.artikel.upper() != here.number.upper():
        return context  # the article was named just before the law's lead, by nothing else in between
    return context._replace(structural=True)
