"""The wetsvoorstel as an Akoma Ntoso `bill`: preface, preamble (aanhef, considerans), body
(divisions, articles, leden, onderdelen; amending articles through `mods`) and conclusions.

The code builds the structure (elements, eIds, FRBR metadata); every text node comes from the
model or from `wetgen.amend.wording`. Nothing here reads the clock, so output is reproducible.
(`_sub` and `_p` are the builder's `sub` and `p` under the names this code had in akn.py.)
"""

from __future__ import annotations

from lxml import etree

from wetgen import address, ids
from wetgen.address import Address
from wetgen.formulas import CONSIDERANS_INTRO, aanhef, doc_type, enacting_formula, slotformulier
from wetgen.model import Article, Bill, Division, Item, Lid, Unit
from wetgen.render.akn.builder import AknDocument
from wetgen.render.akn.builder import p as _p
from wetgen.render.akn.builder import sub as _sub
from wetgen.render.akn.context import BillContext
from wetgen.render.akn.meta import SOURCE_ID, meta, references, signatures
from wetgen.render.akn.mods import amending_article
from wetgen.render.akn.validate import checked

DIVISIONS = {"hoofdstuk": "chapter", "afdeling": "division", "paragraaf": "section"}


def render_bill_akn(bill: Bill) -> bytes:
    """Return the bill as a strictly valid AKN `bill`; raise RenderError if it does not validate."""
    return checked(bill_document(bill), "wetsvoorstel")


def bill_document(bill: Bill) -> AknDocument:
    """Build the AKN `bill` tree of a wetsvoorstel."""
    ctx = BillContext(bill, _payload_unit)
    doc = ctx.doc
    meta_element = meta(doc, bill, ids.frbr_work(bill), "wetsvoorstel")
    _preface(doc, bill)
    _preamble(doc, bill)
    body = _sub(doc, "body")
    _body(body, bill.body, address.BILL, ctx)
    _conclusions(doc, bill)
    if ctx.mods:
        analysis = _sub(meta_element, "analysis", source="#" + SOURCE_ID)
        _sub(analysis, "activeModifications").extend(ctx.mods)
    meta_element.append(references(bill))
    return ctx.document()


# --- preface, preamble, conclusions -----------------------------------------------------------


def _preface(doc: etree._Element, bill: Bill) -> None:
    preface = _sub(doc, "preface")
    long_title = _sub(preface, "longTitle")
    p = _sub(long_title, "p")
    p.text = bill.opschrift
    if bill.citeertitel:
        p.text += " ("
        short = _sub(p, "shortTitle", bill.citeertitel)
        short.tail = ")"
    _sub(_sub(preface, "p", **{"class": "voorstel"}), "docType", doc_type(bill.formulier))


def _preamble(doc: etree._Element, bill: Bill) -> None:
    preamble = _sub(doc, "preamble")
    formula = _sub(preamble, "formula", name="aanhef")
    for line in aanhef(bill.formulier):
        _p(formula, line)
    if bill.considerans:
        recitals = _sub(preamble, "recitals", eId="recs")
        _p(_sub(recitals, "intro"), CONSIDERANS_INTRO)
        for n, clause in enumerate(bill.considerans, start=1):
            _p(_sub(recitals, "recital", eId=f"recs__rec_{n}"), clause)
    _p(_sub(preamble, "formula", name="enactingFormula"), enacting_formula(bill.formulier))


def _conclusions(doc: etree._Element, bill: Bill) -> None:
    conclusions = _sub(doc, "conclusions")
    _p(_sub(conclusions, "formula", name="slotformulier"), slotformulier(bill.formulier))
    signing = _sub(conclusions, "blockContainer", eId="ondertekening", **{"class": "ondertekening"})
    _p(signing, "Gegeven")
    signatures(signing, bill)


# --- body ---------------------------------------------------------------------------------------


def _body(
    parent: etree._Element, nodes: tuple[Division | Article, ...], place: Address, ctx: BillContext
) -> None:
    amending_law = ctx.bill.is_amending_law
    for node in nodes:
        if isinstance(node, Division):
            _division(parent, node, place, ctx, amending_law)
        else:
            _article(parent, node, place, ctx, amending_law)


def _division(
    parent: etree._Element, division: Division, place: Address, ctx: BillContext, amending_law: bool
) -> None:
    """Add a hoofdstuk, afdeling or paragraaf with its articles and smaller divisions."""
    tag = DIVISIONS.get(division.kind, "hcontainer")
    element = _sub(parent, tag)
    own = address.division(place, division)
    ctx.mark(element, own.eid, division.loc)
    if tag == "hcontainer":
        element.set("name", division.kind)
    _sub(element, "num", f"{division.kind.capitalize()} {division.number}")
    if division.opschrift:
        _sub(element, "heading", division.opschrift)
    for child in division.children:
        if isinstance(child, Division):
            _division(element, child, own, ctx, amending_law)
        else:
            _article(element, child, own, ctx, amending_law)


def _article(
    parent: etree._Element, article: Article, place: Address, ctx: BillContext, amending_law: bool
) -> None:
    element = _sub(parent, "article")
    own = address.article(place, article)
    ctx.mark(element, own.eid, article.loc)
    _sub(element, "num", ids.article_heading(article.number, amending_law))
    if article.opschrift:
        _sub(element, "heading", article.opschrift)
    if article.is_amending:
        amending_article(element, article, own, ctx)
    elif article.leden:
        for lid in article.leden:
            _lid(element, lid, own, ctx)
    else:
        _text_with_items(element, article.text, article.items, own, ctx, 1)


def _lid(parent: etree._Element, lid: Lid, place: Address, ctx: BillContext) -> None:
    element = _sub(parent, "paragraph")
    own = address.lid(place, lid)
    ctx.mark(element, own.eid, lid.loc)
    _sub(element, "num", ids.lid_label(lid.number))
    _text_with_items(element, lid.text, lid.items, own, ctx, 1)


def _text_with_items(element: etree._Element, text: str, items: tuple[Item, ...], place: Address,
                     ctx: BillContext, depth: int) -> None:  # fmt: skip
    if not items:
        _p(_sub(element, "content"), text)
        return
    if text:
        _p(_sub(element, "intro"), text)
    for item in items:
        _item(element, item, place, ctx, depth)


def _item(parent: etree._Element, item: Item, place: Address, ctx: BillContext, depth: int) -> None:
    element = _sub(parent, "point")
    own = address.item(place, item, depth)
    ctx.mark(element, own.eid, item.loc)
    _sub(element, "num", ids.item_label(item.number, depth))
    _text_with_items(element, item.text, item.items, own, ctx, depth + 1)


def _payload_unit(parent: etree._Element, unit: Unit, place: Address, ctx: BillContext) -> None:
    if isinstance(unit, Division):
        _division(parent, unit, place, ctx, False)
    elif isinstance(unit, Article):
        _article(parent, unit, place, ctx, False)
    elif isinstance(unit, Lid):
        _lid(parent, unit, place, ctx)
    else:
        _item(parent, unit, place, ctx, 1)
