"""A non-amending draft and its Akoma Ntoso are laws too; an amending one is refused."""

import dataclasses

import pytest

from tests.conftest import DEFAULT_DRAFT_DIR, ROOT
from wetgen.law.errors import LawError
from wetgen.law.model import Alinea, Lijst
from wetgen.law.read import read_law
from wetgen.loader import load_bill
from wetgen.render.akn import render_bill_akn, render_mvt_akn

ZELFSTANDIG = ROOT / "tests" / "cases" / "good" / "zelfstandige-wet.yaml"
WIJZIGINGSWET = DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml"


def without_paths(unit):
    """Return a unit with every path emptied, to compare laws read from different formats."""
    if not dataclasses.is_dataclass(unit):
        return unit
    changes = {f.name: tuple(without_paths(x) for x in getattr(unit, f.name))
               for f in dataclasses.fields(unit) if isinstance(getattr(unit, f.name), tuple)}
    if any(f.name == "path" for f in dataclasses.fields(unit)):
        changes["path"] = ""
    return dataclasses.replace(unit, **changes)


def test_a_zelfstandige_wet_draft_is_read_as_a_law():
    law = read_law(ZELFSTANDIG)
    assert law.citeertitel == "Wet proef tijdelijke woonruimte"
    assert [(d.kind, d.number, d.title, d.path) for d in law.divisions()] == [
        ("hoofdstuk", "1", "Algemene bepalingen", "/Hoofdstuk1"), ("hoofdstuk", "2", "Slotbepalingen", "/Hoofdstuk2")]
    article = [a for a in law.articles()][1]
    assert (article.number, article.title, article.path) == ("2", "Proef", "/Hoofdstuk1/Artikel2")
    lid = article.leden[2]
    assert lid.path == "/Hoofdstuk1/Artikel2/Lid3"
    intro, lijst = lid.blocks
    assert intro == Alinea("Een proef duurt ten hoogste:") and isinstance(lijst, Lijst)
    assert [i.label for i in lijst.items] == ["a.", "b."]
    assert [i.label for i in lijst.items[0].blocks[1].items] == ["1°.", "2°."]


def test_the_akn_of_a_draft_reads_as_the_same_law(tmp_path):
    akn = tmp_path / "wet.akn.xml"
    akn.write_bytes(render_bill_akn(load_bill(ZELFSTANDIG)))
    from_akn, from_draft = read_law(akn), read_law(ZELFSTANDIG)
    assert from_akn.citeertitel == from_draft.citeertitel
    assert without_paths(from_akn).body == without_paths(from_draft).body
    assert next(from_akn.articles()).path == "art_1"  # the eId is the AKN path


def test_an_amending_draft_its_akn_and_a_memorie_van_toelichting_are_refused(tmp_path):
    with pytest.raises(LawError, match="is a wijzigingswet"):
        read_law(WIJZIGINGSWET)
    bill = load_bill(WIJZIGINGSWET)
    akn = tmp_path / "wijziging.akn.xml"
    akn.write_bytes(render_bill_akn(bill))
    with pytest.raises(LawError, match="amends another law"):
        read_law(akn)
    mvt = tmp_path / "mvt.akn.xml"
    mvt.write_bytes(render_mvt_akn(bill))
    with pytest.raises(LawError, match="holds no bill or act"):
        read_law(mvt)
