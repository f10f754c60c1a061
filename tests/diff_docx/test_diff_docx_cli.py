"""`wetgen diff --format docx|compare` writes the Word documents; without -o it refuses."""

from __future__ import annotations

from tests.conftest import DEFAULT_DRAFT_DIR

from .resolve import paragraphs, resolve

OLD = str(DEFAULT_DRAFT_DIR / "01-consultatieversie.yaml")
NEW = str(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml")


def test_format_docx_writes_the_redline(run_cli, tmp_path):
    target = tmp_path / "wijzigingen.docx"
    code, out, err = run_cli("diff", OLD, NEW, "--format", "docx", "-o", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(f"schreef redline naar {target} (")
    redline = target.read_bytes()
    code, _, _ = run_cli("build", NEW, "-o", str(tmp_path / "new"), "--format", "docx")
    assert code == 0
    (built,) = (tmp_path / "new").glob("*-wetsvoorstel.docx")
    assert resolve(redline, "accept") == paragraphs(built.read_bytes())


def test_format_compare_writes_the_wetsvergelijking(run_cli, tmp_path):
    target = tmp_path / "wetsvergelijking.docx"
    code, _, err = run_cli("diff", OLD, NEW, "--format", "compare", "-o", str(target))
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"PK")


def test_word_formats_need_an_output_file(run_cli):
    code, out, err = run_cli("diff", OLD, NEW, "--format", "docx")
    assert code == 2 and out == ""
    assert "--format docx writes a Word document: name it with -o FILE.docx" in err
