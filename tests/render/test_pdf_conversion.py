"""The .docx files convert to PDF in LibreOffice: pages, footnote text and the formulas show.

Skips when LibreOffice is not installed locally; CI installs it, so there it must pass.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from wetgen.model import (
    Article,
    Bill,
    Division,
    Lid,
    Stage,
    Toelichting,
    Version,
)
from wetgen.render import pdf
from wetgen.render.docx import render_bill_docx, render_mvt_docx

NOTE_TEXT = "Kamerstukken II 2025/26, 36831, nr. 3."
needs_soffice = pytest.mark.skipif(
    pdf.find_soffice() is None, reason="LibreOffice (soffice) is not installed on this machine"
)


def small_bill() -> Bill:
    """Return a bill with a hoofdstuk, leden and an MvT with a footnote."""
    articles = (
        Article("1", opschrift="Begrippen", leden=(Lid("1", "Eerste lid."), Lid("2", "Tweede."))),
        Article("2", text="Deze wet wordt aangehaald als: Proefwet."),
    )
    return Bill(
        opschrift="Regels over een proef",
        citeertitel="Proefwet",
        version=Version("Consultatieversie", "2026-12-01", Stage.CONSULTATIEVERSIE),
        ministry="Volkshuisvesting en Ruimtelijke Ordening",
        signatories=("De Minister van Volkshuisvesting en Ruimtelijke Ordening,",),
        considerans=("dat het wenselijk is regels te stellen;",),
        body=(Division("hoofdstuk", "1", "Algemeen", articles),),
        toelichting=Toelichting(
            algemeen=f"## 1. Inleiding\n\nDe proef wordt geregeld.[^1]\n\n[^1]: {NOTE_TEXT}\n"
        ),
    )


def pdf_pages(path) -> list[str]:
    """Return the text of each page of a PDF, with pypdf or else pdftotext."""
    try:
        from pypdf import PdfReader
    except ImportError:
        if not shutil.which("pdftotext"):
            pytest.skip("neither pypdf nor pdftotext is available to read the PDF")
        out = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        return out.split("\f")[:-1] or [out]
    return [page.extract_text() for page in PdfReader(str(path)).pages]


@needs_soffice
def test_bill_and_mvt_convert_to_pdf(tmp_path):
    bill = small_bill()
    bill_path, mvt_path = tmp_path / "wetsvoorstel.docx", tmp_path / "mvt.docx"
    bill_path.write_bytes(render_bill_docx(bill))
    mvt_path.write_bytes(render_mvt_docx(bill))
    made = pdf.convert_to_pdf([bill_path, mvt_path], tmp_path / "pdf")
    assert [p.name for p in made] == ["wetsvoorstel.pdf", "mvt.pdf"]
    bill_pages, mvt_pages = pdf_pages(made[0]), pdf_pages(made[1])
    assert made[0].read_bytes().startswith(b"%PDF") and len(bill_pages) >= 1
    assert len(mvt_pages) >= 1
    bill_text = " ".join(" ".join(bill_pages).split())
    assert "Voorstel van wet" in bill_text
    assert "Wij Willem-Alexander, bij de gratie Gods" in bill_text
    assert "Lasten en bevelen" in bill_text
    assert "Proefwet" in bill_pages[0]  # the header
    mvt_text = " ".join(" ".join(mvt_pages).split())
    assert NOTE_TEXT in mvt_text
    assert "[^1]" not in mvt_text


def test_missing_libreoffice_is_said_clearly(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "EXTRA_LOCATIONS", ())
    monkeypatch.delenv(pdf.ENV_OVERRIDE, raising=False)
    assert pdf.find_soffice() is None
    with pytest.raises(pdf.PdfUnavailable, match="LibreOffice \\(soffice\\) is not installed"):
        pdf.convert_to_pdf([tmp_path / "x.docx"], tmp_path)


def test_failed_conversion_is_an_error(monkeypatch, tmp_path):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv(pdf.ENV_OVERRIDE, str(fake))
    with pytest.raises(pdf.PdfError, match="could not be loaded"):
        pdf.convert_to_pdf([tmp_path / "x.docx"], tmp_path / "out")
