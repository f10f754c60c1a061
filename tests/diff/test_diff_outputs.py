"""`wetgen diff -o FILE`: the format follows the file's suffix when that is unambiguous, a
mismatch is refused in one line (exit 2), and what was written is confirmed; --author and
--date go on the tracked changes."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from wetgen.diff.compare import diff_bills
from wetgen.diff.outputs import choose_output, mvt_redline_path
from wetgen.errors import UsageError

V1 = "drafts/huisvesting-vergunninghouders/01-consultatieversie.yaml"
V2 = "drafts/huisvesting-vergunninghouders/02-adviesaanvraag.yaml"


@pytest.mark.parametrize(
    ("fmt", "name", "kind", "medium"),
    [
        (None, None, "text", "terminal"),
        (None, "diff.docx", "redline", "docx"),
        ("docx", "diff.docx", "redline", "docx"),
        ("compare", "x.docx", "compare", "docx"),
        ("nota", "nota.docx", "nota", "docx"),
        (None, "diff.json", "json", "text"),
        (None, "diff.txt", "text", "text"),
        (None, "diff.md", "text", "text"),
        ("nota", "nota.md", "nota", "text"),
        (None, "nota.akn.xml", "nota", "akn"),
        ("nota", "nota.xml", "nota", "akn"),
        (None, "diff.pdf", "redline", "pdf"),
        ("nota", "nota.pdf", "nota", "pdf"),
        ("compare", "vergelijking.PDF", "compare", "pdf"),
        ("json", "diff.out", "json", "text"),
        ("nota", None, "nota", "terminal"),
    ],
)
def test_the_format_follows_the_suffix(fmt, name, kind, medium):
    chosen = choose_output(fmt, Path(name) if name else None)
    assert (chosen.kind, chosen.medium) == (kind, medium)


@pytest.mark.parametrize(
    ("fmt", "name", "message"),
    [
        ("text", "diff.docx", "--format text cannot be written to diff.docx"),
        ("json", "diff.pdf", "--format json cannot be written to diff.pdf"),
        ("docx", "diff.json", "--format docx cannot be written to diff.json"),
        ("compare", "diff.txt", "--format compare cannot be written to diff.txt"),
        ("text", "diff.akn.xml", "--format text cannot be written to diff.akn.xml"),
        (None, "diff.out", "cannot tell the format from diff.out"),
        ("docx", None, "--format docx writes a Word document: name it with -o FILE.docx"),
    ],
)
def test_a_mismatch_is_refused(fmt, name, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        choose_output(fmt, Path(name) if name else None)


def test_a_docx_without_format_is_a_redline_and_is_confirmed(run_cli, tmp_path, versions):
    changes = diff_bills(*versions)
    total = len(changes.changes) + len(changes.considerans) + len(changes.toelichting) + len(changes.metadata)
    target = tmp_path / "diff.docx"
    code, out, err = run_cli("diff", V1, V2, "-o", str(target))
    assert (code, err) == (0, "")
    assert zipfile.is_zipfile(target)
    assert "w:ins " in zipfile.ZipFile(target).read("word/document.xml").decode()
    mvt = tmp_path / "diff-mvt-redline.docx"
    assert zipfile.is_zipfile(mvt)
    assert out.splitlines() == [
        f"schreef redline naar {target} ({total} wijzigingen)",
        f"schreef redline van de memorie van toelichting naar {mvt} ({len(changes.toelichting)} wijzigingen)",
    ]


def test_a_redline_named_redline_gets_its_mvt_beside_it(run_cli, tmp_path):
    code, out, _ = run_cli("diff", V1, V2, "-o", str(tmp_path / "wet-redline.docx"))
    assert code == 0 and (tmp_path / "wet-mvt-redline.docx").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "text", "-o", "{tmp}/diff.docx"), "--format text cannot be written to diff.docx"),
        (("--format", "nota", "-o", "{tmp}/nota.json"), "--format nota cannot be written to nota.json"),
        (("-o", "{tmp}/diff.out"), "cannot tell the format from diff.out"),
        (("--date", "15-03-2027", "-o", "{tmp}/x.docx"), "--date: expected YYYY-MM-DD"),
        (("--author", "X", "-o", "{tmp}/diff.json"), "--author and --date apply to the redline"),
    ],
)
def test_the_cli_refuses_a_mismatch_in_one_line_and_writes_nothing(run_cli, tmp_path, args, message):
    args = tuple(a.format(tmp=tmp_path) for a in args)
    code, out, err = run_cli("diff", V1, V2, *args)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_json_and_text_files_are_confirmed_with_their_count(run_cli, tmp_path, versions):
    total = diff_bills(*versions).count()
    code, out, _ = run_cli("diff", V1, V2, "-o", str(tmp_path / "d.json"))
    assert code == 0 and out == f"schreef JSON naar {tmp_path / 'd.json'} ({total} wijzigingen)\n"
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["schema"] == "wetgen-diff/1"
    code, out, _ = run_cli("diff", V1, V2, "--format", "nota", "-o", str(tmp_path / "n.md"))
    assert code == 0 and out == f"schreef nota van wijziging naar {tmp_path / 'n.md'} (5 onderdelen)\n"


def test_author_and_date_go_on_every_tracked_change(run_cli, tmp_path):
    target = tmp_path / "r.docx"
    code, _, err = run_cli("diff", V1, V2, "-o", str(target), "--author", "J. de Vries", "--date", "2027-04-01")
    assert code == 0, err
    for name in (target, tmp_path / "r-mvt-redline.docx"):
        xml = zipfile.ZipFile(name).read("word/document.xml").decode()
        tags = re.findall(r"<w:(?:ins|del|moveFrom|moveTo|pPrChange)\b[^>]*>", xml)
        assert tags and all('w:author="J. de Vries"' in t and 'w:date="2027-04-01T00:00:00Z"' in t for t in tags)
        core = zipfile.ZipFile(name).read("docProps/core.xml").decode()
        assert "<cp:lastModifiedBy>J. de Vries</cp:lastModifiedBy>" in core
    compare = tmp_path / "c.docx"
    code, _, _ = run_cli("diff", V1, V2, "--format", "compare", "-o", str(compare), "--author", "J. de Vries")
    core = zipfile.ZipFile(compare).read("docProps/core.xml").decode()
    assert code == 0 and "<cp:lastModifiedBy>J. de Vries</cp:lastModifiedBy>" in core


def test_the_same_options_give_the_same_bytes(run_cli, tmp_path):
    for name in ("a.docx", "b.docx"):
        assert run_cli("diff", V1, V2, "-o", str(tmp_path / name), "--date", "2027-04-01")[0] == 0
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    assert (tmp_path / "a-mvt-redline.docx").read_bytes() == (tmp_path / "b-mvt-redline.docx").read_bytes()


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice not installed")
def test_a_pdf_is_the_word_output_converted_by_libreoffice(run_cli, tmp_path):
    from pdfminer.high_level import extract_text

    code, out, err = run_cli("diff", V1, V2, "--format", "nota", "-o", str(tmp_path / "nota.pdf"))
    assert code == 0, err
    assert out == f"schreef nota van wijziging naar {tmp_path / 'nota.pdf'} (5 onderdelen)\n"
    text = extract_text(tmp_path / "nota.pdf")
    assert "NOTA VAN WIJZIGING" in text and "TOELICHTING" in text
    code, out, err = run_cli("diff", V1, V2, "-o", str(tmp_path / "diff.pdf"))
    assert code == 0, err
    for name in ("diff.pdf", "diff-mvt-redline.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert "twaalf" in extract_text(tmp_path / "diff.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diff-mvt-redline.pdf", "diff.pdf", "nota.pdf"]


def test_the_mvt_redline_is_named_beside_the_bills_without_doubling_redline():
    assert mvt_redline_path(Path("wet.docx")) == Path("wet-mvt-redline.docx")
    assert mvt_redline_path(Path("out/wet-redline.pdf")) == Path("out/wet-mvt-redline.pdf")
    assert mvt_redline_path(Path("redline.docx")) == Path("mvt-redline.docx")
    assert mvt_redline_path(Path("wet_redline.docx")) == Path("wet-mvt-redline.docx")
