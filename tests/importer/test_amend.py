"""amend(A, nota(A, B)) == B: a nota van wijziging typed out by wetgen (text or Word) is read back
and applied to A by `wetgen.importer.nota` and the one apply mechanism (`wetgen.amend.apply`);
on the default draft in both directions and on generated pairs of bills (the generators of
tests/amend/test_apply_properties.py). Units are compared without toelichting and keys, which a
nota does not carry. An onderdeel that cannot be applied is reported with its letter."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.amend.test_apply_properties import SETTINGS, legal
from tests.conftest import DEFAULT_DRAFT_DIR
from tests.test_properties import bills
from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import render_nota
from wetgen.diff.nota_docx import render_nota_docx
from wetgen.errors import UsageError
from wetgen.importer.errors import ImportRefused
from wetgen.importer.nota import amend_bill, read_nota
from wetgen.loader import load_bill
from wetgen.model import Bill

VERSIONS = ("01-consultatieversie", "02-adviesaanvraag")


def amended(old: Bill, data: bytes, name: str) -> tuple[Bill, list]:
    return amend_bill(old, read_nota(data, name))


@pytest.mark.parametrize("forward", [True, False], ids=["v1-to-v2", "v2-to-v1"])
@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_the_default_drafts_nota_gives_the_next_version(forward, fmt):
    old, new = (load_bill(DEFAULT_DRAFT_DIR / f"{v}.yaml") for v in (VERSIONS if forward else VERSIONS[::-1]))
    changes = diff_bills(old, new)
    data = render_nota(old, new, changes).encode() if fmt == "txt" else render_nota_docx(old, new, changes)
    result, problems = amended(old, data, f"nota.{fmt}")
    assert problems == []
    assert legal(result.body, keys=False) == legal(new.body, keys=False)


@SETTINGS
@given(bills(), bills())
def test_a_generated_nota_gives_the_new_bill(old, new):
    try:
        text = render_nota(old, new, diff_bills(old, new))
    except UsageError:
        assume(False)
        return
    result, problems = amended(old, text.encode(), "nota.txt")
    assert problems == []
    assert legal(result.body, keys=False) == legal(new.body, keys=False)


NOTA = """NOTA VAN WIJZIGING

Het voorstel van wet wordt als volgt gewijzigd:

A

In artikel I, onderdeel A, onder 2, wordt in het voorgestelde zesde lid «zes» vervangen door «twaalf».

B

In artikel II, tweede lid, wordt «{words}» vervangen door «ander».

C

Artikel XC vervalt.
"""


def test_an_onderdeel_that_cannot_be_applied_is_reported_by_its_letter():
    old = load_bill(DEFAULT_DRAFT_DIR / "01-consultatieversie.yaml")
    result, problems = amended(old, NOTA.format(words="niet in de tekst").encode(), "nota.txt")
    assert [p.letter for p in problems] == ["B", "C"]
    assert "not found" in problems[0].why and "XC" in problems[1].why
    assert result != old  # onderdeel A was applied


@given(st.sampled_from(["een", "de"]))
def test_words_found_twice_without_telkens_are_reported(words):
    old = load_bill(DEFAULT_DRAFT_DIR / "01-consultatieversie.yaml")
    _, problems = amended(old, NOTA.format(words=words).encode(), "nota.txt")
    assert problems[0].letter == "B" and "times" in problems[0].why


def test_a_file_without_a_nota_is_refused():
    with pytest.raises(ImportRefused, match="no nota van wijziging"):
        read_nota(b"Dit is geen nota.\n", "nota.txt")
