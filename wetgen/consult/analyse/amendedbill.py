"""An act that amends another act or bill ("Indien het … voorstel van wet … tot wet wordt verheven,
wordt die wet als volgt gewijzigd: … C In artikel I, onderdeel A, wordt artikel 1 van de Woningwet
als volgt gewijzigd:"): the Roman articles its onderdelen change are the amended act's, and the
words they put into a third law's article are that law's."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context, Target
from wetgen.consult.analyse.lawnames import same_law
from wetgen.consult.analyse.numbering import is_roman

_IN_SENTENCE = re.compile(r"artikel\s+[IVXLC]+[A-Z]?,?\s+onderdeel\s+[A-Z]")  # lower case: no heading


def in_amending_onderdeel(raw: str, context: Context, articles: dict) -> bool:
    """Tell whether a Roman article with its onderdeel ("artikel I, onderdeel A", not a heading
    "ARTIKEL II") is named in a sentence of an onderdeel of one of the bill's own amending articles
    (a heading opened it): an onderdeel never changes the bill's own ARTIKEL, so the article is one
    of the law it amends (an amending act or a bill, the only laws numbered so)."""
    here = articles.get(context.bill_article.upper()) if context.bill_article else None
    return bool(_IN_SENTENCE.match(raw) and context.structural and context.onderdeel and context.law
                and here is not None and here.is_amending)  # fmt: skip


def third_law_article(context: Context) -> Target | None:
    """Return the article being changed where the instruction named it with a law other than the
    one its ARTIKEL amends ("wordt artikel 1 van de Woningwet als volgt gewijzigd" in an act that
    amends the Herzieningswet): the article numbers in the new words are that law's. Else None."""
    article = context.article
    if article is None or not (article.law and article.artikel and context.law):
        return None
    return None if same_law(article.law, context.law) else article


def _act_unit(resolution) -> bool:
    return bool(resolution.place.item and is_roman(resolution.place.artikel) and resolution.place.scope != "bill")


def holds_units(resolutions: list) -> bool:
    """Tell whether a reference names a unit that holds provisions rather than one itself: an
    onderdeel of the bill, or one of an amended act ("In artikel I, onderdeel A, wordt artikel 1
    van de Woningwet …"), so that the provision named after it is the instruction's subject."""
    return any(r.status == "bill" or _act_unit(r) for r in resolutions)


def unit_home(resolutions: list, article: Target | None) -> Target | None:
    """Return the provision under discussion after a unit that holds provisions: none after an
    amended act's onderdeel (the provision its instruction changes, of whatever law, comes next),
    else the one the context now has."""
    return None if any(_act_unit(r) for r in resolutions) else article
