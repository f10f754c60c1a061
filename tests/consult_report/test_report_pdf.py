"""`wetgen consult report --pdf`: the consultatieverslag as PDF, through LibreOffice."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from wetgen.render.pdf import ENV_OVERRIDE, find_soffice


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_report_pdf_writes_the_verslag_as_pdf(run_cli, store_path, tmp_path):
    out = tmp_path / "verslag"
    code, stdout, err = run_cli("consult", "report", "--db", str(store_path), "-o", str(out),
                                "-f", "html", "--pdf")  # fmt: skip
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    # the Word verslag is what LibreOffice converts, so --pdf adds it to the formats
    assert names == ["consultatieverslag-openbaar.docx", "consultatieverslag-openbaar.html",
                     "consultatieverslag-openbaar.pdf"]  # fmt: skip
    pdf = out / "consultatieverslag-openbaar.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "wrote 3 files" in stdout
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Advies en consultatie" in text and "Gemeente Zwolle" in text
        assert "Geertruida" not in text  # the public verslag, also as PDF


def test_report_pdf_without_libreoffice_writes_the_rest_and_says_why(run_cli, store_path,
                                                                     tmp_path, monkeypatch):  # fmt: skip
    monkeypatch.setenv(ENV_OVERRIDE, str(tmp_path / "no-soffice-here"))
    out = tmp_path / "verslag"
    code, stdout, err = run_cli("consult", "report", "--db", str(store_path), "-o", str(out),
                                "-f", "md", "--pdf")  # fmt: skip
    assert code == 1
    assert err.splitlines() == [
        "error: cannot make PDF: LibreOffice (soffice) is not installed or not on PATH; install "
        f"LibreOffice or set {ENV_OVERRIDE} to the soffice binary"
    ]
    assert (out / "consultatieverslag-openbaar.docx").is_file()
    assert (out / "consultatieverslag-openbaar.md").is_file()
    assert not list(out.glob("*.pdf"))
    assert "wrote" in stdout
