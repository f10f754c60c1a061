"""Each source kind read into the same structure: publication XML, web pages, text copied from
a page, and wetgen's own Akoma Ntoso."""

from __future__ import annotations

from tests.conftest import DEFAULT_DRAFT_DIR
from tests.importer.word_fixtures import FIXTURES
from wetgen.importer import import_bill, import_data
from wetgen.loader import load_bill
from wetgen.model import Action, Target
from wetgen.render.akn import render_bill_akn

ROOT = FIXTURES.parents[2]


def _numbers(result) -> list[tuple[str, list[str]]]:
    return [(a.number, [o.number for o in a.onderdelen]) for a in result.bill.articles()]


def test_kamerstuk_xml():
    result = import_bill(FIXTURES / "kst-32522-2.xml")
    bill = result.bill
    assert result.kind == "opxml"
    assert bill.opschrift.startswith("Verklaring dat er grond bestaat")
    assert bill.version.stage.value == "ingediend" and bill.version.date == "2010-11-04"
    assert bill.considerans == ("dat er grond bestaat een voorstel in overweging te nemen tot verandering in de "
                                "Grondwet, strekkende tot het opnemen van een bepaling over de Nederlandse taal "
                                "en het doen vervallen van additionele artikelen die zijn uitgewerkt;",)  # fmt: skip
    assert [a.number for a in bill.body] == ["I", "II", "III", "IV"]
    inserted = bill.body[1].onderdelen[0].instructions[0].payload[0]
    assert inserted.number == "23a" and len(inserted.leden) == 4
    additional = bill.body[2].onderdelen[0].instructions[0].payload[0]
    assert additional.number == "III"  # the additional article, not a fifth article of the bill
    assert bill.signatories == ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,",)
    assert ("tests/importer/fixtures/kst-32522-2.xml:19", "Nr. 2 VOORSTEL VAN WET") in [
        (w.split(f"{ROOT}/")[-1], t) for w, t in result.unplaced]


def test_staatsblad_xml_with_divisions_nested_changes_and_a_footnote():
    result = import_bill(FIXTURES / "stb-2005-530.xml")
    bill = result.bill
    assert [(d.kind, d.number, d.opschrift) for d in bill.body] == [
        ("hoofdstuk", "1", "MINISTERIE VAN JUSTITIE"),
        ("hoofdstuk", "2", "MINISTERIE VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES")]
    assert _numbers(result) == [("I", ["A", "B"]), ("III", ["A", "B"])]
    first = bill.body[0].children[0]
    assert first.amends.citeertitel == "Boek 1 van het Burgerlijk Wetboek"  # the footnote mark is not in it
    changes = bill.body[1].children[0].onderdelen[1].instructions
    assert [i.target.artikel for i in changes] == ["3", "3"]
    assert bill.version.date == "2005-10-06" and bill.ministry == "Binnenlandse Zaken en Koninkrijksrelaties"
    assert bill.signatories == ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,", "J.W. Remkes")
    kept = [text for _, text in result.unplaced]
    assert "voetnoot 1: Stb. 1969, 167." in kept and "Gegeven te 's-Gravenhage, 6 oktober 2005" in kept


def test_staatsblad_page_html():
    result = import_bill(FIXTURES / "stb-2008-551.html")
    bill = result.bill
    assert bill.citeertitel == "Wet elektronische bekendmaking"
    assert _numbers(result) == [("I", ["A"])]
    change = bill.body[0].onderdelen[0].instructions[0]
    assert (change.action, change.target) == (Action.REPLACE, Target(artikel="1"))  # "A Artikel 1 komt te luiden:"
    assert [lid.number for lid in change.payload[0].leden] == ["1", "2"]
    kept = [text for _, text in result.unplaced]
    assert "voetnoot 1: Stb. 1987, 625." in kept
    assert not any("Over deze site" in t or "Home" in t for t in kept)  # page furniture left out


def test_text_copied_from_a_page_with_bullets_and_guillemets():
    text = (REAL_TEXT := (FIXTURES.parent / "real" / "stb-2005-530.txt").read_text(encoding="utf-8"))
    result = import_data(text.encode(), "stb-2005-530.txt")
    assert [n for n, _ in _numbers(result)] == ["I", "II", "III"]
    lid = result.bill.body[1].children[0].onderdelen[0].instructions[0].payload[0]
    assert (lid.number, lid.text[:34]) == ("2", "Burgemeester en wethouders regelen")  # "• 2." read as lid 2
    assert "«gemeentebesturen» telkens vervangen door:" in REAL_TEXT


def test_wrapped_text_is_joined_into_paragraphs():
    lines = [
        "ARTIKEL 1",
        "Dit is een lange bepaling die op een vaste breedte is afgebroken, zoals tekst die uit een",
        "pagina of een e-mail is gekopieerd, en die hier weer een alinea moet worden, zonder dat er",
        "een woord verloren gaat of een regel een eigen lid wordt van het artikel dat hier staat.",
        "",
        "ARTIKEL 2",
        "Deze wet treedt in werking met ingang van de dag na de datum van uitgifte van het",
        "Staatsblad waarin zij wordt geplaatst, en geldt voor onbepaalde tijd zoals gebruikelijk is.",
    ]
    result = import_data("\n".join(lines).encode(), "wrapped.txt")
    texts = [a.text for a in result.bill.articles()]
    assert texts[0].startswith("Dit is een lange bepaling") and texts[0].endswith("dat hier staat.")
    assert texts[1].endswith("zoals gebruikelijk is.")


def test_akn_carries_the_bwb_id_of_the_amended_law():
    bill = load_bill(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml")
    result = import_data(render_bill_akn(bill), "wet.akn.xml")
    assert result.bill.body[0].amends.bwb == "BWBR0035303"
    assert result.warnings == ()
