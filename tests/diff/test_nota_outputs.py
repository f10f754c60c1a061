"""The nota van wijziging as Word (house style) and as Akoma Ntoso: content, determinism,
LibreOffice conversion and the CLI's choice by the -o suffix."""

import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from test_properties import bills

from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import nota_items
from wetgen.diff.nota_akn import nota_document, render_nota_akn
from wetgen.diff.nota_docx import TITLE, UNCHANGED, render_nota_docx
from wetgen.errors import UsageError
from wetgen.render.akn import AKN_NS, validate
from wetgen.typography import typographic

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = ROOT / "drafts" / "huisvesting-vergunninghouders"
V1 = "drafts/huisvesting-vergunninghouders/01-consultatieversie.yaml"
V2 = "drafts/huisvesting-vergunninghouders/02-adviesaanvraag.yaml"


def paragraphs(data: bytes) -> list[str]:
    """Return the text of each paragraph of the main document part."""
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    return [
        html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        for p in re.findall(r"<w:p>.*?</w:p>", xml)
    ]


def test_the_word_nota_has_title_opening_letters_sentences_and_signature(versions):
    old, new = versions
    text = paragraphs(render_nota_docx(old, new, diff_bills(old, new)))
    assert TITLE in text
    assert text[text.index(TITLE) + 1] == "Het voorstel van wet wordt als volgt gewijzigd:"
    items = nota_items(old, new, diff_bills(old, new))
    for letter, item in zip("ABCDE", items, strict=True):
        at = text.index(item.sentence)
        assert text[at - 1] == letter
    inserted = text.index(items[2].sentence)
    assert text[inserted + 1 : inserted + 4] == [
        "D",
        "Na artikel 28b wordt een artikel ingevoegd, luidende:",
        "Artikel 28c",
    ]
    assert text[-1] == "De Minister van Volkshuisvesting en Ruimtelijke Ordening,"


def test_the_word_nota_is_deterministic(versions):
    old, new = versions
    changes = diff_bills(old, new)
    assert render_nota_docx(old, new, changes) == render_nota_docx(old, new, changes)


def test_an_unchanged_bill_gets_a_nota_saying_so(versions):
    old, _ = versions
    assert UNCHANGED in paragraphs(render_nota_docx(old, old, diff_bills(old, old)))


def test_the_cli_writes_the_nota_as_word_for_a_docx_file(run_cli, tmp_path):
    target = tmp_path / "nota.docx"
    code, _, err = run_cli("diff", V1, V2, "--format", "nota", "-o", str(target))
    assert code == 0, err
    assert TITLE in paragraphs(target.read_bytes())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_converts_the_word_nota_to_pdf(versions, tmp_path):
    old, new = versions
    path = tmp_path / "nota.docx"
    path.write_bytes(render_nota_docx(old, new, diff_bills(old, new)))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "nota.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        text = " ".join(text.split())
        assert "NOTA VAN WIJZIGING" in text and "onder vernummering van het vierde" in text


A = f"{{{AKN_NS}}}"


def test_the_akn_nota_is_a_strictly_valid_amendment_with_lettered_onderdelen(versions):
    old, new = versions
    changes = diff_bills(old, new)
    document = nota_document(old, new, changes)
    assert validate(document) == []
    (doc,) = document.root
    assert doc.tag == A + "amendment" and doc.get("name") == "notaVanWijziging"
    blocks = doc.findall(f".//{A}blockContainer[@class='onderdeel']")
    items = nota_items(old, new, changes)
    assert [b.findtext(A + "num") for b in blocks] == list("ABCDE")
    assert [b.findtext(A + "p") for b in blocks] == [item.sentence for item in items]
    inserted = blocks[2].find(f"{A}blockContainer[@class='nieuweTekst']")
    assert [p.text for p in inserted][:3] == [
        "D",
        "Na artikel 28b wordt een artikel ingevoegd, luidende:",
        "Artikel 28c",
    ]


def test_the_akn_nota_is_deterministic_and_valid_when_nothing_changed(versions):
    old, new = versions
    assert render_nota_akn(old, new, diff_bills(old, new)) == render_nota_akn(
        old, new, diff_bills(old, new)
    )
    assert UNCHANGED.encode() in render_nota_akn(old, old, diff_bills(old, old))


def test_the_cli_writes_the_nota_as_akn_for_an_xml_file(run_cli, tmp_path):
    target = tmp_path / "nota.akn.xml"
    code, _, err = run_cli("diff", V1, V2, "--format", "nota", "-o", str(target))
    assert code == 0, err
    assert b'<amendment name="notaVanWijziging">' in target.read_bytes()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bills(), bills())
def test_the_nota_of_generated_bills_renders_as_valid_akn_and_as_word(old, new):
    changes = diff_bills(old, new)
    try:
        document = nota_document(old, new, changes)
    except UsageError:
        return
    assert validate(document) == []
    text = paragraphs(render_nota_docx(old, new, changes))
    assert TITLE in text
    for item in nota_items(old, new, changes):
        assert typographic(item.sentence) in text  # Word prints typographic quotes
