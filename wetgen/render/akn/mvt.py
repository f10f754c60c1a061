"""The memorie van toelichting as an Akoma Ntoso `doc` named memorieVanToelichting: the algemeen
deel and the artikelsgewijze toelichting, each Markdown text parsed once into prose blocks and
written by the AKN prose writer (footnote markers numbered through the whole document).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from wetgen import address, ids
from wetgen.amend.wording import onderdeel_heading
from wetgen.model import Bill
from wetgen.prose.markdown_in import parse_markdown
from wetgen.render.akn.builder import AknBuilder, AknDocument, element, sub
from wetgen.render.akn.meta import meta, mvt_work, references, titled_preface
from wetgen.render.akn.prose import ProseWriter, empty_p
from wetgen.render.akn.validate import checked
from wetgen.source import SourceLocation

NAME = "memorieVanToelichting"
EXPLANATIONS = "artikelsgewijs"  # the eId of the MvT's artikelsgewijze toelichting


def render_mvt_akn(bill: Bill) -> bytes:
    """Return the memorie van toelichting as a strictly valid AKN `doc`; raise RenderError if invalid."""
    return checked(mvt_document(bill), "memorie van toelichting")


def mvt_document(bill: Bill) -> AknDocument:
    """Build the AKN `doc` (memorieVanToelichting): algemeen deel and artikelsgewijze toelichting."""
    builder = AknBuilder("doc", NAME)
    meta(builder.doc, bill, mvt_work(bill), NAME).append(references(bill))
    titled_preface(builder.doc, bill.opschrift, "Memorie van toelichting")
    main = sub(builder.doc, "mainBody")
    prose = ProseWriter()
    general = _part(main, "algemeen", "I.", "Algemeen deel")
    general.extend(
        prose.elements(parse_markdown(bill.toelichting.algemeen), "algemeen") or [empty_p()]
    )
    specific = _part(main, EXPLANATIONS, "II.", "Artikelsgewijs")
    specific.extend(list(_article_explanations(bill, builder, prose)) or [empty_p()])
    return builder.document()


def _part(main: etree._Element, name: str, number: str, heading: str) -> etree._Element:
    """Add an hcontainer for one part of the MvT and return its `content`."""
    part = sub(main, "hcontainer", name=name, eId=name)
    sub(part, "num", number)
    sub(part, "heading", heading)
    return sub(part, "content")


def _article_explanations(
    bill: Bill, builder: AknBuilder, prose: ProseWriter
) -> Iterator[etree._Element]:
    """Yield a tblock per article and per amending onderdeel that has a toelichting."""
    amending_law = bill.is_amending_law
    for article in bill.articles():
        own = address.article(address.BILL, article)
        heading = ids.article_heading(article.number, amending_law).replace("ARTIKEL", "Artikel")
        if article.toelichting:
            eid = address.under(EXPLANATIONS, own)
            yield _tblock(heading, article.toelichting, eid, builder, prose, article.loc)
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting:
                title = onderdeel_heading(article, onderdeel)
                o_eid = address.under(EXPLANATIONS, address.onderdeel(own, onderdeel))
                yield _tblock(title, onderdeel.toelichting, o_eid, builder, prose, onderdeel.loc)


def _tblock(title: str, markdown_text: str, eid: str, builder: AknBuilder, prose: ProseWriter,
            loc: SourceLocation) -> etree._Element:  # fmt: skip
    block = element("tblock")
    builder.mark(block, eid, loc)
    sub(block, "heading", title)
    block.extend(prose.elements(parse_markdown(markdown_text), eid) or [empty_p()])
    return block
