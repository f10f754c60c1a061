"""Item 1 of issue 17: the MvT's table of contents carries page numbers in the PDF and in the
Word file made with it, and the page after the contents is not left almost empty."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import DEFAULT_DRAFT_DIR
from wetgen.render import pdf
from wetgen.render.toc_pages import heading_pages, page_lines
from wetgen.word import xml

needs_soffice = pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice (soffice) is not installed")


def test_headings_are_found_after_the_contents_that_list_them():
    lines = [(1, "Inhoudsopgave"), (1, "I. ALGEMEEN DEEL"), (1, "1. Inleiding"), (1, "Artikel I"),
             (2, "I. ALGEMEEN DEEL"), (2, "1. Inleiding"), (2, "Artikel I bevat de wijzigingen."),
             (3, "tekst"), (4, "Artikel I")]  # fmt: skip
    assert heading_pages(lines, ["I. Algemeen deel", "1. Inleiding", "Artikel I"]) == ["2", "2", "4"]


def test_a_heading_that_wraps_is_found_on_its_first_line_and_a_missing_one_stays_blank():
    long = "2.2 De kern: voorrang eindigt zodra een alternatief beschikbaar is"
    lines = [(1, long + " 3"), (1, "Weg 4"), (3, "2.2 De kern: voorrang eindigt zodra"), (3, "een alternatief")]
    assert heading_pages(lines, [long, "Weg"]) == ["3", ""]


def test_the_contents_entries_take_a_tab_and_their_page():
    paragraphs = xml.toc_paragraphs([(1, "Inleiding"), (2, "Doel")], {1: "TOC1", 2: "TOC2"}, pages=["2", "3"])
    assert "<w:tab/>" in paragraphs[0] and ">2</w:t>" in paragraphs[0] and ">3</w:t>" in paragraphs[1]
    bare = xml.toc_paragraphs([(1, "Inleiding")], {1: "TOC1"})
    assert "<w:tab/>" not in bare[0]


@needs_soffice
def test_build_pdf_numbers_the_contents_with_the_pages_of_the_headings(run_cli, tmp_path):
    out = tmp_path / "out"
    code, _, err = run_cli("build", str(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml"), "-o", str(out), "--pdf",
                           "--format", "docx")  # fmt: skip
    assert code == 0, err
    lines = page_lines(next(out.glob("*-memorie-van-toelichting.pdf")))
    numbered = _contents(next(out.glob("*-memorie-van-toelichting.docx")))
    assert len(numbered) > 30 and all(page.isdigit() for _, page in numbered), numbered
    after_contents = lines[[text for _, text in lines].index("I. ALGEMEEN DEEL", 30) :]
    for heading, page in numbered:
        assert (int(page), heading) in after_contents, (heading, page)  # the heading stands on that page
    printed = [text for number, text in lines[:120] if number == 1 and text.isdigit()]
    assert Counter(page for _, page in numbered[:20]) <= Counter(printed), printed  # the PDF shows them too
    assert sum(page == 2 for page, _ in lines) > 20, "page 2 is almost empty"


def _contents(docx) -> list[tuple[str, str]]:
    """Return the (heading, page) of each contents entry of a Word file."""
    from zipfile import ZipFile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.fromstring(ZipFile(docx).read("word/document.xml"))
    found = []
    for paragraph in root.iter(f"{w}p"):
        style = paragraph.find(f"{w}pPr/{w}pStyle")
        if style is not None and style.get(f"{w}val", "").startswith("TOC") and style.get(f"{w}val") != "TOCHeading":
            texts = [t.text for t in paragraph.iter(f"{w}t")]
            found.append((texts[0], texts[-1] if len(texts) > 1 else ""))
    return found
