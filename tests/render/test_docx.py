"""Word rendering: house styles, Dutch formulas, footnotes, fields, properties, determinism.

Goldens hold canonicalised word/document.xml and word/footnotes.xml; regenerate them with
`WETGEN_REGEN_GOLDEN=1 pytest tests/render/test_docx.py`.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import docx as python_docx
import pytest
from lxml import etree

from wetgen.errors import RenderError
from wetgen.formulas import AANHEF, ENACTING_FORMULA, SLOTFORMULIER
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    LawRef,
    Lid,
    Stage,
    Target,
    Toelichting,
    Version,
)
from wetgen.render.docx import (
    check_styles,
    render_bill_docx,
    render_mvt_docx,
    required_styles,
)
from wetgen.word import package as opc
from wetgen.word import parts as word_parts
from wetgen.word import xml as wx
from wetgen.word.styles import style_ids_by_name
from wetgen.word.xml import roots

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "docx"
REGEN = os.environ.get("WETGEN_REGEN_GOLDEN") == "1"
W = f"{{{wx.W_NS}}}"
DEFAULT_DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"

ALGEMEEN = """## 1. Inleiding

Dit voorstel wijzigt de *Huisvestingswet 2014*.[^1] Het volgt het advies.[^advies]

### 1.1 Achtergrond

- eerste punt;
- tweede punt.

[^1]: Stb. 2014, 127.
[^advies]: Advies W04.25.00152/I van 17 september 2025.
"""


def version() -> Version:
    """Return the version of the test bills."""
    return Version("Consultatieversie", "2026-12-01", Stage.CONSULTATIEVERSIE)


def amending_bill() -> Bill:
    """Return a small wijzigingswet with leden, items, an inserted article and a toelichting."""
    new_article = Article(
        "28a",
        opschrift="Alternatieve huisvesting",
        leden=(Lid("1", "Burgemeester en wethouders dragen zorg voor huisvesting."),),
    )
    onderdelen = (
        AmendingOnderdeel(
            "A",
            (
                Instruction(
                    Action.REPLACE_WORDS,
                    Target(artikel="12", lid="1"),
                    old="urgent",
                    new="dringend",
                ),
                Instruction(
                    Action.ADD,
                    Target(artikel="12"),
                    payload=(Lid("5", "Dit lid is nieuw."),),
                ),
            ),
            toelichting="Dit onderdeel vervangt een woord.[^n]\n\n[^n]: Zie artikel 12.",
        ),
        AmendingOnderdeel(
            "B",
            (Instruction(Action.INSERT, Target(artikel="28"), payload=(new_article,)),),
            toelichting="Het nieuwe artikel 28a.",
        ),
    )
    articles = (
        Article(
            "I",
            amends=LawRef("Huisvestingswet 2014", "BWBR0035303"),
            onderdelen=onderdelen,
            toelichting="Artikel I wijzigt de Huisvestingswet 2014.",
        ),
        Article(
            "II",
            opschrift="Overgangsrecht",
            leden=(
                Lid("1", "Op een aanvraag blijft het oude recht van toepassing."),
                Lid(
                    "2",
                    "Het eerste lid is niet van toepassing op:",
                    items=(
                        Item("a", "een aanvraag die is ingetrokken;"),
                        Item(
                            "b",
                            "een aanvraag die:",
                            items=(Item("1", "te laat is; of"), Item("2", "onvolledig is.")),
                        ),
                    ),
                ),
            ),
        ),
        Article("III", text="Deze wet wordt aangehaald als: Voorbeeldwet & co <huisvesting>."),
    )
    return Bill(
        opschrift="Wijziging van de Huisvestingswet 2014 in verband met een voorbeeld",
        citeertitel="Voorbeeldwet huisvesting",
        version=version(),
        ministry="Volkshuisvesting en Ruimtelijke Ordening",
        signatories=("De Minister van Volkshuisvesting en Ruimtelijke Ordening,",),
        considerans=("dat het wenselijk is de Huisvestingswet 2014 te wijzigen;",),
        body=articles,
        toelichting=Toelichting(algemeen=ALGEMEEN),
    )


def plain_bill() -> Bill:
    """Return a bill with a hoofdstuk holding ordinary articles."""
    chapter = Division(
        "hoofdstuk",
        "1",
        "Algemene bepalingen",
        (
            Article("1", opschrift="Begripsbepalingen", text="In deze wet wordt verstaan onder:"),
            Article("2", leden=(Lid("1", "Eerste lid."), Lid("2", "Tweede lid."))),
        ),
    )
    return Bill(
        opschrift="Regels over een voorbeeld",
        citeertitel="Voorbeeldwet",
        version=version(),
        ministry="Justitie en Veiligheid",
        signatories=("De Minister van Justitie en Veiligheid,", "De Staatssecretaris,"),
        considerans=("dat het wenselijk is regels te stellen", "dat dit nodig is."),
        body=(chapter,),
    )


def parts(data: bytes) -> dict[str, bytes]:
    """Return the parts of a zip by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def paragraphs(xml: bytes) -> list[tuple[str, str]]:
    """Return (style id, text) for every paragraph; tabs shown as a tab character."""
    root = etree.fromstring(xml)
    out = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(
            "\t" if node.tag == f"{W}tab" else (node.text or "")
            for node in p.iter(f"{W}t", f"{W}tab")
        )
        out.append((style.get(f"{W}val") if style is not None else "", text))
    return out


def canonical(xml: bytes) -> str:
    """Return XML in C14N 2.0 form, indented one element per line for readable diffs."""
    root = etree.fromstring(xml)
    etree.indent(root, space=" ")
    return etree.canonicalize(etree.tostring(root, encoding="unicode")) + "\n"


def check_golden(name: str, xml: bytes) -> None:
    """Compare canonicalised XML with the golden file, or rewrite it when regenerating."""
    path = GOLDEN / name
    text = canonical(xml)
    if REGEN or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not REGEN:
            pytest.fail(f"golden {name} was missing and has been written; run again")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden"


@pytest.fixture(autouse=True)
def no_source_date_epoch(monkeypatch):
    """Keep SOURCE_DATE_EPOCH from the environment out of the tests."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


# --- styles and templates -------------------------------------------------------------------


def test_default_reference_has_every_required_style():
    assert check_styles() == []
    assert "Lid" in required_styles() and "Heading 1" in required_styles()


def test_reference_may_be_a_folder(tmp_path):
    assert check_styles(ROOT / "templates") == []
    data = render_bill_docx(plain_bill(), ROOT / "templates")
    assert data == render_bill_docx(plain_bill(), ROOT / "templates" / "reference.docx")


def test_missing_styles_are_named(tmp_path):
    bare = tmp_path / "bare.docx"
    python_docx.Document().save(bare)
    missing = check_styles(bare)
    assert "Lid" in missing and "Opschrift" in missing and "Heading 1" not in missing
    with pytest.raises(RenderError, match='"Lid"') as caught:
        render_bill_docx(plain_bill(), bare)
    assert '"Slotformulier"' in str(caught.value)


def test_missing_reference_is_a_clear_error(tmp_path):
    with pytest.raises(RenderError, match="reference document not found"):
        render_bill_docx(plain_bill(), tmp_path / "nope.docx")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    with pytest.raises(RenderError, match="cannot read reference"):
        check_styles(tmp_path / "broken.docx")


def test_style_ids_are_resolved_by_name(tmp_path):
    """A reference made in a Dutch Word has ids such as "Kop1"; names still match."""
    package = opc.read_package(ROOT / "templates" / "reference.docx")
    styles = package.parts["word/styles.xml"].replace(b'w:styleId="Heading1"', b'w:styleId="Kop1"')
    package.parts["word/styles.xml"] = styles
    path = tmp_path / "nl.docx"
    path.write_bytes(package.to_bytes(opc.ZIP_EPOCH))
    document = parts(render_bill_docx(plain_bill(), path))["word/document.xml"]
    assert ("Kop1", "Hoofdstuk 1. Algemene bepalingen") in paragraphs(document)


# --- the wetsvoorstel -----------------------------------------------------------------------


def test_bill_reads_in_kamerstuk_order():
    document = parts(render_bill_docx(amending_bill()))["word/document.xml"]
    texts = [text for _, text in paragraphs(document)]
    expected = [
        "Wijziging van de Huisvestingswet 2014 in verband met een voorbeeld "
        "(Voorbeeldwet huisvesting)",
        "Voorstel van wet",
        *AANHEF,
        "Alzo Wij in overweging genomen hebben, dat het wenselijk is de Huisvestingswet 2014 "
        "te wijzigen;",
        ENACTING_FORMULA,
        "ARTIKEL I",
        "De Huisvestingswet 2014 wordt als volgt gewijzigd:",
        "A",
        "Artikel 12 wordt als volgt gewijzigd:",
        '1.\tIn het eerste lid wordt «urgent» vervangen door «dringend».',
        "2.\tEr wordt een lid toegevoegd, luidende:",
        "5.\tDit lid is nieuw.",
        "B",
        "Na artikel 28 wordt een artikel ingevoegd, luidende:",
        "Artikel 28a. Alternatieve huisvesting",
        "1.\tBurgemeester en wethouders dragen zorg voor huisvesting.",
        "ARTIKEL II. Overgangsrecht",
        "1.\tOp een aanvraag blijft het oude recht van toepassing.",
        "2.\tHet eerste lid is niet van toepassing op:",
        "a.\teen aanvraag die is ingetrokken;",
        "b.\teen aanvraag die:",
        "1°.\tte laat is; of",
        "2°.\tonvolledig is.",
        "ARTIKEL III",
        "Deze wet wordt aangehaald als: Voorbeeldwet & co <huisvesting>.",
        SLOTFORMULIER,
        "Gegeven",
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,",
    ]
    assert texts == expected


def test_new_text_under_a_numbered_instruction_is_indented():
    root = etree.fromstring(parts(render_bill_docx(amending_bill()))["word/document.xml"])
    indents = {
        "".join(t.text for t in p.iter(f"{W}t")): p.find(f"{W}pPr/{W}ind")
        for p in root.iter(f"{W}p")
    }
    new_lid = indents["5.Dit lid is nieuw."]
    assert (new_lid.get(f"{W}left"), new_lid.get(f"{W}hanging")) == ("850", "425")
    assert indents["1.Burgemeester en wethouders dragen zorg voor huisvesting."] is None


def test_aanhef_formulas_are_exact():
    assert AANHEF[0] == (
        "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van "
        "Oranje-Nassau, enz. enz. enz."
    )
    assert AANHEF[1] == "Allen, die deze zullen zien of horen lezen, saluut! doen te weten:"
    assert ENACTING_FORMULA.startswith("Zo is het, dat Wij, de Afdeling advisering van de Raad van")
    assert ENACTING_FORMULA.endswith("gelijk Wij goedvinden en verstaan bij deze:")
    assert SLOTFORMULIER.startswith("Lasten en bevelen dat deze in het Staatsblad")


def test_considerans_clauses_join_with_semicolons():
    document = parts(render_bill_docx(plain_bill()))["word/document.xml"]
    texts = [text for _, text in paragraphs(document)]
    assert (
        "Alzo Wij in overweging genomen hebben, dat het wenselijk is regels te stellen; "
        "dat dit nodig is;"
    ) in texts


def test_headings_use_word_heading_styles_by_depth():
    styled = paragraphs(parts(render_bill_docx(plain_bill()))["word/document.xml"])
    assert ("Heading1", "Hoofdstuk 1. Algemene bepalingen") in styled
    assert ("Heading2", "Artikel 1. Begripsbepalingen") in styled
    assert ("Heading2", "Artikel 2") in styled
    assert ("Lid", "1.\tEerste lid.") in styled
    assert styled[-2:] == [
        ("Ondertekening", "De Minister van Justitie en Veiligheid,"),
        ("Ondertekening", "De Staatssecretaris,"),
    ]


def test_header_footer_and_page_field():
    package = parts(render_bill_docx(amending_bill()))
    header = [t for _, t in paragraphs(package["word/wetgen-header.xml"])]
    assert header == ["Voorbeeldwet huisvesting", "Consultatieversie – 1 december 2026"]
    footer = etree.fromstring(package["word/wetgen-footer.xml"])
    assert [i.text.strip() for i in footer.iter(f"{W}instrText")] == ["PAGE"]
    sect = etree.fromstring(package["word/document.xml"]).find(f"{W}body/{W}sectPr")
    refs = [child.tag.split("}")[1] for child in sect][:2]
    assert refs == ["headerReference", "footerReference"]
    assert sect.find(f"{W}pgSz").get(f"{W}w") == "11906"  # A4 from the reference


def test_document_properties():
    package = parts(render_bill_docx(amending_bill()))
    core = package["docProps/core.xml"].decode()
    assert "<dc:title>Voorbeeldwet huisvesting</dc:title>" in core
    assert "<cp:version>Consultatieversie</cp:version>" in core
    assert "<cp:contentStatus>consultatieversie</cp:contentStatus>" in core
    assert "2026-12-01T00:00:00Z" in core
    custom = package["docProps/custom.xml"].decode()
    assert 'name="Fase"><vt:lpwstr>consultatieversie</vt:lpwstr>' in custom
    assert 'name="Versie"><vt:lpwstr>Consultatieversie</vt:lpwstr>' in custom
    assert b"custom-properties" in package["_rels/.rels"]
    assert b"/docProps/custom.xml" in package["[Content_Types].xml"]


def test_package_is_consistent_and_opens_in_python_docx():
    for data in (render_bill_docx(amending_bill()), render_mvt_docx(amending_bill())):
        package = parts(data)
        for name, content in package.items():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(content)  # every part is well-formed
        types = package["[Content_Types].xml"].decode()
        for rels_name in [n for n in package if n.endswith(".rels")]:
            for rel in etree.fromstring(package[rels_name]):
                target = opc.target_part(opc.rels_owner(rels_name), rel.get("Target"))
                assert target in package, f"{rels_name} points at missing {target}"
                if target.endswith(".xml") and "customXml" not in target:
                    assert f'PartName="/{target}"' in types, target
        document = python_docx.Document(io.BytesIO(data))
        assert document.paragraphs[0].style.name == "Opschrift"


# --- the memorie van toelichting ------------------------------------------------------------


def test_mvt_has_real_footnotes_in_order():
    package = parts(render_mvt_docx(amending_bill()))
    notes = etree.fromstring(package["word/footnotes.xml"])
    bodies = {
        n.get(f"{W}id"): "".join(t.text for t in n.iter(f"{W}t")).strip()
        for n in notes.iter(f"{W}footnote")
    }
    assert bodies == {
        "-1": "",
        "0": "",
        "1": "Stb. 2014, 127.",
        "2": "Advies W04.25.00152/I van 17 september 2025.",
        "3": "Zie artikel 12.",
    }
    document = etree.fromstring(package["word/document.xml"])
    refs = [r.get(f"{W}id") for r in document.iter(f"{W}footnoteReference")]
    assert refs == ["1", "2", "3"]
    assert b"footnotes+xml" in package["[Content_Types].xml"]
    assert b'Target="footnotes.xml"' in package["word/_rels/document.xml.rels"]
    assert "[^" not in "".join(t for _, t in paragraphs(package["word/document.xml"]))


def test_mvt_structure_toc_and_artikelsgewijze_headings():
    package = parts(render_mvt_docx(amending_bill()))
    document = package["word/document.xml"]
    styled = paragraphs(document)
    instructions = [i.text for i in etree.fromstring(document).iter(f"{W}instrText")]
    headings = [(s, t) for s, t in styled if s.startswith("Heading")]
    # each contents line's page is a PAGEREF to its heading's bookmark
    assert instructions == [f" PAGEREF _Toc{n:05d} \\h " for n in range(1, len(headings) + 1)]
    assert headings == [
        ("Heading1", "I. ALGEMEEN DEEL"),
        ("Heading2", "1. Inleiding"),
        ("Heading3", "1.1 Achtergrond"),
        ("Heading1", "II. ARTIKELSGEWIJS"),
        ("Heading2", "Artikel I"),
        ("Heading2", "Artikel I, onderdeel A (artikel 12)"),
        ("Heading2", "Artikel I, onderdeel B (artikel 28a)"),
    ]
    toc = [t.rsplit("\t", 1)[0] for s, t in styled if s.startswith("TOC") and s != "TOCHeading"]
    assert toc == [t for _, t in headings]
    assert ("MvTopsomming", "–\teerste punt;") in styled
    assert styled[-1] == (
        "Ondertekening",
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,",
    )
    header = [t for _, t in paragraphs(package["word/wetgen-header.xml"])]
    assert header[0] == "Voorbeeldwet huisvesting – Memorie van toelichting"


def test_mvt_inline_formatting_survives():
    document = etree.fromstring(parts(render_mvt_docx(amending_bill()))["word/document.xml"])
    italic = [
        "".join(t.text for t in r.iter(f"{W}t"))
        for r in document.iter(f"{W}r")
        if r.find(f"{W}rPr/{W}i") is not None
    ]
    assert italic == ["Huisvestingswet 2014"]


# --- determinism and goldens ----------------------------------------------------------------


def test_builds_are_byte_identical():
    bill = amending_bill()
    assert render_bill_docx(bill) == render_bill_docx(bill)
    assert render_mvt_docx(bill) == render_mvt_docx(bill)


def test_zip_entries_are_sorted_with_fixed_times(monkeypatch):
    data = render_mvt_docx(amending_bill())
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names) and names[0] == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2026, 12, 1, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    later = render_mvt_docx(amending_bill())
    assert later != data
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(later)).infolist()} == {
        (2023, 11, 14, 22, 13, 20)
    }
    assert "2023-11-14T22:13:20Z" in parts(later)["docProps/core.xml"].decode()
    assert later == render_mvt_docx(amending_bill())


def test_bad_source_date_epoch_is_reported(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(RenderError, match="SOURCE_DATE_EPOCH"):
        render_bill_docx(plain_bill())


def test_reference_docx_is_reproducible(monkeypatch):
    from importlib import util

    script = ROOT / "templates" / "make_reference_docx.py"
    spec = util.spec_from_file_location("make_reference_docx", script)
    module = util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_reference_docx", module)
    spec.loader.exec_module(module)
    assert module.build() == (ROOT / "templates" / "reference.docx").read_bytes()


@pytest.mark.parametrize(
    ("name", "render", "part"),
    [
        ("bill.document.xml", render_bill_docx, "word/document.xml"),
        ("mvt.document.xml", render_mvt_docx, "word/document.xml"),
        ("mvt.footnotes.xml", render_mvt_docx, "word/footnotes.xml"),
    ],
)
def test_golden_parts(name, render, part):
    check_golden(name, parts(render(amending_bill()))[part])


def test_default_draft_renders():
    if not DEFAULT_DRAFT.exists():
        pytest.skip("the default draft is not there")
    from wetgen.loader import load_bill

    bill = load_bill(DEFAULT_DRAFT)
    mvt = parts(render_mvt_docx(bill))
    notes = etree.fromstring(mvt["word/footnotes.xml"]).findall(f"{W}footnote")
    expected = len(set(re.findall(r"^\[\^([^\]]+)\]:", bill.toelichting.algemeen, re.M)))
    assert len(notes) - 2 >= expected > 0
    texts = [t for _, t in paragraphs(parts(render_bill_docx(bill))["word/document.xml"])]
    assert texts[1] == "Voorstel van wet" and texts[-1].startswith("De Minister")


def test_payload_items_and_divisions_keep_their_designations():
    add = Instruction(
        Action.ADD,
        Target(artikel="12", lid="2"),
        payload=(Item("d", "een nieuw onderdeel."),),
        period_to_semicolon=True,
    )
    chapter = Division("hoofdstuk", "5A", "Tijdelijke huisvesting", (Article("40", text="Tekst."),))
    insert = Instruction(Action.INSERT, Target(hoofdstuk="5"), payload=(chapter,))
    article = Article(
        "I",
        amends=LawRef("Huisvestingswet 2014"),
        onderdelen=(AmendingOnderdeel("A", (add,)), AmendingOnderdeel("B", (insert,))),
    )
    bill = Bill(**{**plain_bill().__dict__, "body": (article,)})
    styled = paragraphs(parts(render_bill_docx(bill))["word/document.xml"])
    assert ("Onderdeel", "d.\teen nieuw onderdeel.") in styled
    assert ("Nieuwartikel", "Hoofdstuk 5A. Tijdelijke huisvesting") in styled
    assert ("Nieuwartikel", "Artikel 40") in styled
    assert ("Heading1", "ARTIKEL I") in styled


def test_enig_artikel_heading():
    bill = Bill(**{**plain_bill().__dict__, "body": (Article("enig", text="Tekst."),)})
    styled = paragraphs(parts(render_bill_docx(bill))["word/document.xml"])
    assert ("Heading1", "Enig artikel") in styled


def test_large_bill_renders_every_lid():
    """The 2,000-article bill renders completely (its speed is measured in benchmarks/, not here)."""
    articles = tuple(
        Article(str(n), leden=tuple(Lid(str(j), f"Lid {j} van artikel {n}.") for j in range(1, 6)))
        for n in range(1, 2001)
    )
    bill = Bill(**{**plain_bill().__dict__, "body": articles})
    styled = paragraphs(parts(render_bill_docx(bill))["word/document.xml"])
    assert sum(1 for style, _ in styled if style == "Lid") == 10_000


def test_reference_with_its_own_header_and_footnotes(tmp_path):
    """A reference saved by Word has a header and a footnotes part: ours replace them."""
    package = opc.read_package(ROOT / "templates" / "reference.docx")
    ct_header, ct_notes = f"{opc.CT_WML}header+xml", f"{opc.CT_WML}footnotes+xml"
    package.set_part("word/header1.xml", roots.header_root([wx.paragraph("Header")]), ct_header)
    old_rid = package.relate("word/document.xml", opc.REL_TYPE + "header", "header1.xml")
    package.set_part("word/footnotes.xml", roots.footnotes_root([]), ct_notes)
    package.relate("word/document.xml", opc.REL_TYPE + "footnotes", "footnotes.xml")
    root = etree.fromstring(package.parts["word/document.xml"])
    sect = root.find(f"{W}body/{W}sectPr")
    ref = etree.Element(
        f"{W}headerReference", {f"{W}type": "default", f"{{{wx.R_NS}}}id": old_rid}
    )
    sect.insert(0, ref)
    package.parts["word/document.xml"] = etree.tostring(root)
    path = tmp_path / "word-made.docx"
    path.write_bytes(package.to_bytes(opc.ZIP_EPOCH))
    result = parts(render_mvt_docx(amending_bill(), path))
    rels = etree.fromstring(result["word/_rels/document.xml.rels"])
    notes = [r for r in rels if r.get("Type").endswith("/footnotes")]
    assert [r.get("Target") for r in notes] == ["footnotes.xml"]
    sect = etree.fromstring(result["word/document.xml"]).find(f"{W}body/{W}sectPr")
    headers = sect.findall(f"{W}headerReference")
    assert len(headers) == 1
    header_rel = next(r for r in rels if r.get("Id") == headers[0].get(f"{{{wx.R_NS}}}id"))
    assert header_rel.get("Target") == "wetgen-header.xml"
    assert b"Stb. 2014, 127." in result["word/footnotes.xml"]
    assert b"<w:footnotePr>" in result["word/settings.xml"]


# --- tables in the MvT ----------------------------------------------------------------------

TABLE = """

| Partij | Wat verandert | Wanneer |
|---|---|--:|
| Gemeenten | Een zorgplicht.[^tabel] | Na de *inwerkingtreding* |
| Provincies | Afspraken over de verdeling. | Jaarlijks |

[^tabel]: Artikel 28a.
"""


def table_bill() -> Bill:
    """Return the amending bill with a table (holding a footnote) in its algemeen deel."""
    return replace(amending_bill(), toelichting=Toelichting(algemeen=ALGEMEEN + TABLE))


def test_markdown_table_becomes_a_styled_word_table():
    package = parts(render_mvt_docx(table_bill()))
    document = etree.fromstring(package["word/document.xml"])
    (tbl,) = document.iter(f"{W}tbl")
    styles = style_ids_by_name(package["word/styles.xml"])
    assert tbl.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") == styles["mvt tabel"]
    order = [child.tag.removeprefix(W) for child in tbl.find(f"{W}tblPr")]
    assert order == ["tblStyle", "tblW", "tblLayout", "tblLook"]  # CT_TblPr sequence
    width = word_parts.text_width(
        opc.read_package(ROOT / "templates" / "reference.docx").part("word/document.xml")
    )
    grid = [int(c.get(f"{W}w")) for c in tbl.iter(f"{W}gridCol")]
    assert len(grid) == 3 and sum(grid) == width and min(grid) > width // 8
    header, *rows = tbl.findall(f"{W}tr")
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows)
    assert all(r.find(f"{W}rPr/{W}b") is not None for r in header.iter(f"{W}r"))
    cell_styles = {p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in tbl.iter(f"{W}p")}
    assert cell_styles == {styles["normal"]}
    right = rows[0].findall(f"{W}tc")[2].find(f"{W}p/{W}pPr/{W}jc")
    assert right is not None and right.get(f"{W}val") == "right"
    assert [r.get(f"{W}id") for r in tbl.iter(f"{W}footnoteReference")] == ["3"]
    assert b"Artikel 28a." in package["word/footnotes.xml"]


def test_word_table_reads_back_with_python_docx():
    document = python_docx.Document(io.BytesIO(render_mvt_docx(table_bill())))
    (table,) = document.tables
    assert table.style.name == "MvT tabel"
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Partij", "Wat verandert", "Wanneer"],
        ["Gemeenten", "Een zorgplicht.", "Na de inwerkingtreding"],
        ["Provincies", "Afspraken over de verdeling.", "Jaarlijks"],
    ]


def test_default_draft_mvt_has_the_table_of_parties(tmp_path):
    from wetgen.build import build
    from wetgen.loader import load_bill

    draft = DEFAULT_DRAFT.with_name("02-adviesaanvraag.yaml")
    written = build(load_bill(draft), tmp_path, ("docx",))
    (mvt,) = [p for p in written if p.name.endswith("memorie-van-toelichting.docx")]
    (table,) = python_docx.Document(str(mvt)).tables
    assert [c.text for c in table.rows[0].cells] == ["Partij", "Wat verandert", "Wanneer"]
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert [row.cells[0].text for row in table.rows[1:]] == [
        "Gemeenteraad",
        "Burgemeester en wethouders",
        "Gedeputeerde staten",
        "Woningcorporaties",
        "Minister van Volkshuisvesting en Ruimtelijke Ordening",
        "Vergunninghouders",
    ]


def test_column_widths_fill_the_width_and_fit_the_longest_word():
    from wetgen.render.mvt_docx import column_widths

    widths = column_widths([["Partij", "Gemeenten"], ["een lange uitleg " * 20] * 2], 9000)
    assert sum(widths) == 9000 and widths[0] < widths[1]
    narrow = column_widths([["Woningcorporaties"], ["x " * 2000]], 9000)
    assert narrow[0] >= len("Woningcorporaties") * 110
