"""What every wetgen AKN document shares: the FRBR identification, the references (TLC
organisations and roles), a preface with the opschrift and the kind of document, and the
signatures. All dates are the version date of the draft; nothing reads the clock.
"""

from __future__ import annotations

from lxml import etree

from wetgen import ids
from wetgen.model import Bill
from wetgen.render.akn.builder import element, p, sub

SOURCE_ID = "wetgen"


def mvt_work(bill: Bill) -> str:
    """Return the FRBR Work URI of the memorie van toelichting: /akn/nl/doc/<date>/<slug>-mvt."""
    return f"/akn/nl/doc/{bill.version.date}/{ids.slug(bill.citeertitel)}-memorie-van-toelichting"


def meta(doc: etree._Element, bill: Bill, work: str, frbr_name: str) -> etree._Element:
    """Add `meta` with the identification (FRBR Work, Expression, Manifestation) to `doc`."""
    meta = sub(doc, "meta")
    ident = sub(meta, "identification", source="#" + SOURCE_ID)
    expression = f"{work}/nld@{bill.version.date}"
    date = bill.version.date
    author = "#" + ministry_id(bill)
    _frbr(ident, "FRBRWork", work, date, "Voorstel van wet", author,
          [("FRBRcountry", "nl"), ("FRBRsubtype", frbr_name), ("FRBRnumber", ids.slug(bill.citeertitel)),
           ("FRBRname", bill.citeertitel or bill.opschrift), ("FRBRprescriptive", "true")])  # fmt: skip
    _frbr(ident, "FRBRExpression", expression, date, bill.version.stage.value, author,
          [("FRBRversionNumber", bill.version.label or bill.version.date), ("FRBRlanguage", "nld")])  # fmt: skip
    _frbr(ident, "FRBRManifestation", expression + "/!main.xml", date, "Generatie", "#" + SOURCE_ID,
          [("FRBRformat", "application/akn+xml")])  # fmt: skip
    return meta


def _frbr(parent: etree._Element, tag: str, uri: str, date: str, date_name: str, author: str,
          extra: list[tuple[str, str]]) -> None:  # fmt: skip
    level = sub(parent, tag)
    sub(level, "FRBRthis", value=uri if tag == "FRBRManifestation" else uri + "/!main")
    sub(level, "FRBRuri", value=uri)
    sub(level, "FRBRdate", date=date, name=date_name)
    sub(level, "FRBRauthor", href=author)
    for name, value in extra:
        attr = "language" if name == "FRBRlanguage" else "value"
        sub(level, name, **{attr: value})


def references(bill: Bill) -> etree._Element:
    """Return `references`: the ministry and wetgen as TLCOrganization, each signatory a TLCRole."""
    refs = element("references", source="#" + SOURCE_ID)
    ministry = bill.ministry or "onbekend"
    sub(refs, "TLCOrganization", eId=ministry_id(bill), href="/ontology/organization/nl/" + ids.slug(ministry),
        showAs=f"Ministerie van {ministry}" if bill.ministry else ministry)  # fmt: skip
    sub(refs, "TLCOrganization", eId=SOURCE_ID, href="/ontology/organization/nl/wetgen",
        showAs="wetgen")  # fmt: skip
    for signatory, eid in role_ids(bill.signatories).items():
        role = signatory.rstrip(", ")
        sub(refs, "TLCRole", eId=eid, href="/ontology/role/nl/" + ids.slug(role), showAs=role)
    return refs


def role_ids(signatories: tuple[str, ...]) -> dict[str, str]:
    """Return a distinct TLCRole eId for each distinct signatory ("rol-de-minister-van-…")."""
    found: dict[str, str] = {}
    for signatory in signatories:
        if signatory in found:
            continue
        base = "rol-" + ids.slug(signatory)
        eid, n = base, 1
        while eid in found.values():
            n += 1
            eid = f"{base}-{n}"
        found[signatory] = eid
    return found


def ministry_id(bill: Bill) -> str:
    """Return the eId of the ministry's TLCOrganization ("ministerie-volkshuisvesting-…")."""
    return "ministerie-" + ids.slug(bill.ministry or "onbekend")


def titled_preface(doc: etree._Element, title: str, doc_type: str) -> None:
    """Add a `preface` with the title in `longTitle` and the kind of document as `docType`."""
    preface = sub(doc, "preface")
    p(sub(preface, "longTitle"), title)
    sub(sub(preface, "p", **{"class": "docType"}), "docType", doc_type)


def signatures(signing: etree._Element, bill: Bill) -> None:
    """Add a `p/signature/role` per signatory to `signing`, each referring to its TLCRole."""
    roles = role_ids(bill.signatories)
    for signatory in bill.signatories:
        signature = sub(sub(signing, "p"), "signature")
        sub(signature, "role", signatory, refersTo="#" + roles[signatory])
