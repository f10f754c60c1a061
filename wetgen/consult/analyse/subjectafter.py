"""The context after a reference outside new text: the bill article, onderdeel and law it opens
as the subject of what follows (split from analyser.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wetgen.consult.analyse import context as ctx_rules
from wetgen.consult.analyse.aanwijzingen import AR
from wetgen.consult.analyse.amendedbill import beyond_unit
from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.context import BILL, Context, Target
from wetgen.consult.analyse.lawinforce import after_reference
from wetgen.consult.analyse.owncitations import cited_in_passing
from wetgen.consult.analyse.refs import ANAPHOR, ARTICLE, LOOSE, Ref

if TYPE_CHECKING:
    from wetgen.consult.analyse.resolve import BillIndex, Resolution


def context_after(
    index: BillIndex, context: Context, ref: Ref, resolutions: list[Resolution], heading: bool, subject: bool,
    structure: bool = True,
) -> Context:  # fmt: skip
    """Return the context after a reference outside new text. `structure`: the reference
    stands in a heading or a wijzigingsopdracht, so an amending article it names sets the
    law that bare numbers below name (in running prose it does not)."""
    return beyond_unit(_after(index, context, ref, resolutions, heading, subject, structure), resolutions)  # amendedbill.py


def _after(
    index: BillIndex, context: Context, ref: Ref, resolutions: list[Resolution], heading: bool, subject: bool,
    structure: bool,
) -> Context:  # fmt: skip
    if ref.kind == ANAPHOR or not resolutions:
        return context
    context = after_reference(context, ref.this_bill, resolutions[0].place, heading)  # lawinforce.py
    if not (heading or subject) and all(r.place.law == AR for r in resolutions):
        return context  # an aanwijzing cited after an article: not what "dat artikel" names
    # a citation that names its instrument ("artikel 15 van de Veerwet", "artikel I, onderdeel F, van deze wet"), as a
    # statute's own text does, or any citation in a lid of the article (its own number opened the paragraph: "2. Naast
    # zijn taken, voortvloeiend uit artikel 3, … de in het eerste lid genoemde"): a response's "artikel I, onderdeel A"
    # under the heading is its new subject
    if not heading and ref.start > 0 and (ref.law or ref.this_bill or context.own_lid and not _opens_lid_whole(ref)) and not context.added and cited_in_passing(context, index.articles.get(context.bill_article.upper()), resolutions, True):
        return ctx_rules.remember(context, tuple(r.place for r in resolutions), False)
    first = resolutions[0]
    articles = {r.place.artikel for r in resolutions}
    # a unit named below the onderdeel under discussion ("onderdeel b", "Onderdeel 1" of its
    # text) opens no new one, nor becomes the subject that the leden below belong to
    below = ref.kind == LOOSE and first.place.onderdeel == context.onderdeel != ""
    onderdeel_ref = ref.kind == ARTICLE or (ref.kind == LOOSE and first.place.onderdeel and not below)
    if first.status == "bill" and onderdeel_ref and len(articles) == 1 and first.place.artikel:
        article = index.own_article(first.place.artikel)
        if article is not None and article.is_amending:
            law = (amended_name(article.amends) if article.amends else "") if structure else context.law
            onderdeel = first.place.onderdeel if len(resolutions) == 1 else ""
            only = index.only_article(article.number, onderdeel) if onderdeel or not first.place.onderdeel else None
            if onderdeel and any(p.sub and (p.artikel or p.item) for p in ref.parts):  # not "Onder 2"
                # "In artikel I, onderdeel A, onder 1, wordt … onderdeel b …": a nota van
                # wijziging changing the bill's own text; its units are the onderdeel's
                only = Target(BILL, "", article.number, onderdeel=onderdeel)
            context = context._replace(bill_article=article.number, law=law, onderdeel=onderdeel,
                                       article=only, structural=heading or context.structural,
                                       inserted=False, own_heading="")  # fmt: skip
            return ctx_rules.remember(context, tuple(r.place for r in resolutions), False)
        if article is not None:
            context = context._replace(bill_article=first.place.artikel, law="", onderdeel="",
                                       structural=heading or context.structural,
                                       own_heading=article.number if heading else context.own_heading)  # fmt: skip
    passing = cited_in_passing(context, index.own_article(context.bill_article), resolutions)  # owncitations.py
    return ctx_rules.remember(context, tuple(r.place for r in resolutions), subject and not below and not passing)


def _opens_lid_whole(ref: Ref) -> bool:
    """Tell whether a reference is a whole article that opens its lid's sentence ("4. Artikel 4 is, met uitzondering van
    het eerste lid, van overeenkomstige toepassing"): the subject of that sentence, whose leden it goes on to name."""
    return ref.start <= 4 and not any(p.lid or p.item for p in ref.parts)
