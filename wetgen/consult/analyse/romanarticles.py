"""Where a Roman article number lands that no law names with it ("artikel I, onderdeel A", "ARTIKEL IIA"): the
bill's own article, an article of the act the bill amends, or of the act a commencement decree puts into force."""

from __future__ import annotations

from wetgen.consult.analyse.amendedbill import in_amending_onderdeel
from wetgen.consult.analyse.commencement import commenced_law
from wetgen.consult.analyse.context import BILL, LAW, OTHER_LAW, UNKNOWN, Context
from wetgen.consult.analyse.insertedarticles import extended_article, sibling_heading


def roman_scope(raw: str, number: str, context: Context, articles: dict, styled: bool, inserted: bool,
                commenced: str) -> tuple[str, str, str]:  # fmt: skip
    """Return (scope, law, number) of a Roman article named without a law; `styled`: the law under discussion has
    a known numbering of its own, `commenced`: the act the bill (a commencement decree) puts into force."""
    # "In artikel I, onderdeel A, wordt …" of an act the bill amends; not in a law numbered otherwise (a
    # toelichting's "Artikel I, onderdeel E (artikel II, onderdeel E)" on a bill amending the Gemeentewet)
    if in_amending_onderdeel(raw, context, articles) and not styled:
        return LAW, context.law, number
    if number.upper() in articles or extended_article(number, articles, True):
        return BILL, "", number
    if sibling_heading(raw, number, articles):  # "ARTIKEL Xd" after the bill's Xc (insertedarticles.py)
        return BILL, "", number
    if not context.law and (act := commenced_law("", inserted, context, commenced)):
        return OTHER_LAW, act, number  # "Artikel I, onderdeel J, treedt in werking …" (commencement.py)
    return (LAW, context.law, number) if context.law else (UNKNOWN, "", number)
