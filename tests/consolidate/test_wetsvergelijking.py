"""The wetsvergelijking and the amended law in Word and HTML: only the changed articles, whole;
tracked changes that give the new text when accepted and the current one when rejected; zero
OOXML validator findings; LibreOffice opens them with the changes tracked and the table landscape."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest
from lxml import etree

from tests.consolidate.conftest import CASES, base_of
from wetgen.consolidate.comparison import comparison
from wetgen.consolidate.select import consolidate_bill
from wetgen.consolidate.wetsvergelijking import render_compare_html
from wetgen.consolidate.wetsvergelijking_docx import render_compare_docx, render_law_docx
from wetgen.loader import load_bill
from wetgen.render import pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def case():
    bill = load_bill(CASES / "01-alle-opdrachten" / "draft.yaml")
    law = base_of(bill)
    return law, consolidate_bill(bill, law)


@pytest.fixture(scope="module")
def files(case, tmp_path_factory):
    law, result = case
    folder = tmp_path_factory.mktemp("wv")
    compare, amended = folder / "wetsvergelijking.docx", folder / "wet.docx"
    compare.write_bytes(render_compare_docx(law, result, "Zoals gewijzigd bij de Wet toets", "2026-12-01"))
    amended.write_bytes(render_law_docx(result, "Zoals gewijzigd bij de Wet toets", "2026-12-01"))
    return compare, amended


def test_only_the_changed_articles_whole_and_their_divisions_once(case):
    law, result = case
    blocks = comparison(law, result)
    headings = [r.new.text if r.new else r.old.text for b in blocks for r in b.rows if (r.new or r.old).heading]
    assert headings == ["Artikel 2. Huisvestingsverordening", "Artikel 3. Aanvraag", "Artikel 3a. Ontvangstbevestiging",
                        "Artikel 5", "Artikel 6. Voorrang", "Artikel 6c", "Artikel 7", "Artikel 9"]  # fmt: skip
    assert [b.context for b in blocks] == ["Hoofdstuk 1", "Hoofdstuk 2 › § 2.1", "", "", "Hoofdstuk 2 › § 2.2", "",
                                           "Hoofdstuk 3", ""]  # fmt: skip
    unchanged = [r for r in blocks[0].rows if not r.changed]
    assert any(r.new.text.startswith("Bij algemene maatregel van bestuur") for r in unchanged)  # context


def test_accepting_every_change_gives_the_new_text_and_rejecting_the_current_one(case, files):
    law, result = case
    body = etree.fromstring(zipfile.ZipFile(files[0]).read("word/document.xml")).find(W + "body")
    tracked = []
    for p in body.iter(W + "p"):
        if p.find(f"{W}pPr/{W}sectPr") is not None:
            break  # the tracked changes end where the landscape table begins
        tracked.append(p)
    blocks = comparison(law, result)
    front = {"Wetsvergelijking Wet gemeentelijke woonruimteverdeling", "Zoals gewijzigd bij de Wet toets",
             *(b.context for b in blocks if b.context)}  # fmt: skip
    accepted = [_text(p, True) for p in tracked if p.find(f"{W}pPr/{W}rPr/{W}del") is None]
    rejected = [_text(p, False) for p in tracked if p.find(f"{W}pPr/{W}rPr/{W}ins") is None]
    rows = [r for b in blocks for r in b.rows]
    assert [t for t in accepted if t not in front] == [_para(r.new) for r in rows if r.new is not None]
    assert [t for t in rejected if t not in front] == [_para(r.old) for r in rows if r.old is not None]


def _para(para) -> str:
    return f"{para.label}\t{para.text}" if para.label else para.text


def _text(p, accept: bool) -> str:
    """Return a paragraph's text with every change accepted (or rejected)."""
    out = []
    for node in p.iter(W + "t", W + "delText", W + "tab"):
        inside = {a.tag for a in node.iterancestors()}
        if (W + "ins" in inside and not accept) or (W + "del" in inside and accept):
            continue
        out.append("\t" if node.tag == W + "tab" else node.text or "")
    return "".join(out)


def test_the_table_marks_words_and_the_second_section_is_landscape(files):
    xml = zipfile.ZipFile(files[0]).read("word/document.xml").decode()
    sizes = re.findall(r"<w:pgSz [^>]*>", xml)
    assert len(sizes) == 2 and 'w:orient="landscape"' in sizes[1] and "orient" not in sizes[0]
    assert xml.count("<w:tblHeader/>") == 1 and "Huidige tekst" in xml and "Tekst na wijziging" in xml
    assert "<w:strike/>" in xml and '<w:u w:val="single"/>' in xml
    assert xml.count("<w:ins ") > 10 and xml.count("<w:del ") > 10


def test_the_amended_law_in_word_has_a_footnote_per_changed_unit(case, files):
    _, result = case
    package = zipfile.ZipFile(files[1])
    notes = package.read("word/footnotes.xml").decode()
    assert notes.count("Gewijzigd bij artikel I, onderdeel A, onder 1, van de Wet toets woonruimteverdeling.") == 1
    assert package.read("word/document.xml").decode().count("<w:footnoteReference ") == len(result.provenance)


def test_zero_openxml_audit_findings(files):
    from openxml_audit import FileFormat, OpenXmlValidator

    for path in files:
        result = OpenXmlValidator(file_format=FileFormat.OFFICE_2019).validate(path)
        assert [f"{e.part_uri}: {e.description}" for e in result.errors] == []


def test_the_outputs_are_deterministic(case, files):
    law, result = case
    again = render_compare_docx(law, result, "Zoals gewijzigd bij de Wet toets", "2026-12-01")
    assert again == files[0].read_bytes()


def test_the_html_table_escapes_and_marks(case):
    law, result = case
    page = render_compare_html(law, result, "Zoals gewijzigd bij <de> Wet toets")
    assert "Zoals gewijzigd bij &lt;de&gt; Wet toets" in page
    assert "<del>eenmaal</del>" in page.replace("<del>eenmaal </del>", "<del>eenmaal</del>")
    assert "<ins>ook langs elektronische weg, </ins>" in page
    assert page.count('<tr class="context">') == 4


@pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice (soffice) is not installed on this machine")
def test_libreoffice_opens_both_with_the_changes_tracked(files, tmp_path):
    soffice = pdf.find_soffice()
    profile = (tmp_path / "profile").as_uri()
    for path in files:
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "odt", "--outdir", str(tmp_path), str(path)]  # fmt: skip
        subprocess.run(command, capture_output=True, timeout=180, check=True)
    content = zipfile.ZipFile(tmp_path / "wetsvergelijking.odt").read("content.xml").decode()
    regions = re.findall(r"<text:changed-region\b.*?</text:changed-region>", content, re.S)
    assert len(regions) > 10
    styles = zipfile.ZipFile(tmp_path / "wetsvergelijking.odt").read("styles.xml").decode()
    assert 'style:print-orientation="landscape"' in styles
    assert (tmp_path / "wet.odt").is_file()
