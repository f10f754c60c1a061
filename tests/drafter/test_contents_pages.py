"""Item 1 of issue 17: the MvT's table of contents carries page numbers, also in the PDF, and
the page after the contents is not left almost empty."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from tests.conftest import DEFAULT_DRAFT_DIR
from wetgen.loader import load_bill
from wetgen.render import pdf
from wetgen.render.docx import render_mvt_docx

DRAFT = DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml"
needs_pdf_tools = pytest.mark.skipif(pdf.find_soffice() is None or shutil.which("pdftotext") is None,
                                     reason="LibreOffice or pdftotext is not installed")  # fmt: skip


def test_every_contents_line_refers_to_the_page_of_its_heading():
    document = zipfile.ZipFile(__import__("io").BytesIO(render_mvt_docx(load_bill(DRAFT)))).read("word/document.xml")
    text = document.decode()
    marks = re.findall(r'<w:bookmarkStart w:id="\d+" w:name="(_Toc\d+)"/>', text)
    references = re.findall(r"PAGEREF (_Toc\d+) \\h", text)
    assert len(marks) > 30 and references == marks  # one line per heading, in order
    assert 'w:type="page"' not in text[: text.index(marks[0])]  # no page break after the contents
    assert "TOC \\o" not in text  # no TOC field, whose cached numbers LibreOffice would print as is


@needs_pdf_tools
def test_the_pdf_shows_each_headings_page_and_page_two_is_full(run_cli, tmp_path):
    out = tmp_path / "out"
    code, _, err = run_cli("build", str(DRAFT), "-o", str(out), "--pdf", "-f", "docx")
    assert code == 0, err
    mvt = next(out.glob("*-memorie-van-toelichting.pdf"))
    pages = subprocess.run(["pdftotext", "-layout", str(mvt), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")  # fmt: skip
    contents = dict(re.findall(r"^\s*((?:Artikel [IVX]+|\d\. [A-Z][\w ]+?))\s{2,}(\d+)\s*$", pages[0], re.M))
    assert {"Artikel II", "1. Inleiding", "6. Toezicht en handhaving"} <= set(contents), contents
    for heading, number in contents.items():
        page = pages[int(number) - 1]
        assert re.search(rf"^{re.escape(heading)}\s*$", page, re.M), (heading, number)
    assert len([line for line in pages[1].splitlines() if line.strip()]) > 20, "page 2 is almost empty"
