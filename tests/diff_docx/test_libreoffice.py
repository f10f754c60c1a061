"""LibreOffice opens the redline with its changes tracked, and makes PDFs of both outputs.

Skips when LibreOffice is not installed locally; CI installs it, so there it must pass.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from wetgen.diff.compare_docx import render_compare_docx
from wetgen.diff.redline_docx import render_redline_docx
from wetgen.loader import load_bill
from wetgen.render import pdf

DRAFTS = Path(__file__).resolve().parents[2] / "drafts" / "huisvesting-vergunninghouders"
needs_soffice = pytest.mark.skipif(
    pdf.find_soffice() is None, reason="LibreOffice (soffice) is not installed on this machine"
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    old = load_bill(DRAFTS / "01-consultatieversie.yaml")
    new = load_bill(DRAFTS / "02-adviesaanvraag.yaml")
    folder = tmp_path_factory.mktemp("lo")
    redline, compare = folder / "redline.docx", folder / "compare.docx"
    redline.write_bytes(render_redline_docx(old, new))
    compare.write_bytes(render_compare_docx(old, new))
    return folder, redline, compare


def pdf_text(path: Path) -> str:
    """Return the text of a PDF with pdftotext, white space collapsed."""
    try:
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    except FileNotFoundError:
        pytest.skip("pdftotext is not installed")
    return " ".join(done.stdout.split())


@needs_soffice
def test_libreoffice_keeps_the_changes_tracked(outputs, tmp_path):
    _, redline, _ = outputs
    soffice = pdf.find_soffice()
    profile = (tmp_path / "profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
               "--convert-to", "odt", "--outdir", str(tmp_path), str(redline)]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    with zipfile.ZipFile(tmp_path / "redline.odt") as odt:
        content = odt.read("content.xml").decode()
    regions = re.findall(r"<text:changed-region\b.*?</text:changed-region>", content, re.S)
    kinds = {k for r in regions for k in re.findall(r"<text:(insertion|deletion)", r)}
    assert len(regions) > 10 and kinds == {"insertion", "deletion"}
    assert "dc:creator>wetgen<" in content.replace('"', "")


@needs_soffice
def test_both_outputs_convert_to_pdf(outputs):
    folder, redline, compare = outputs
    made = pdf.convert_to_pdf([redline, compare], folder / "pdf")
    redline_text, compare_text = pdf_text(made[0]), pdf_text(made[1])
    assert (
        "ten minste zestwaalf" in redline_text
    )  # the deletion, struck through, then the insertion
    assert "ten minste zes maanden" in compare_text and "ten minste twaalf maanden" in compare_text
    for text in (redline_text, compare_text):
        assert "Artikel 28c" in text and "Artikel 28d" in text  # the renumbered payload
    assert "Wetsvergelijking" in compare_text
