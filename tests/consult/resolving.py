"""What the resolution tests compare: each reference of a text with the target fields they ask for."""

from __future__ import annotations

from functools import cache

from wetgen.consult.analyse.explain import explain_references


def resolved(text: str, bill, *fields: str) -> list[tuple]:
    """Return (text, *the target's `fields`) of every reference in `text`, in order."""
    return [(r.text, *(getattr(r.target, f) for f in fields))
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid")


def article_targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "lid")


@cache
def default_bill():  # noqa: ANN201 - Bill
    """Return the consultatieversie of the default draft, loaded once (as conftest's `bill`)."""
    from wetgen.loader import load_bill

    from .conftest import DRAFT

    return load_bill(DRAFT)
