"""`wetgen import` as a user runs it: the files it writes, the summary, and bad input refused
with one line and exit code 2, never a traceback."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.importer.word_fixtures import FIXTURES
from wetgen.importer.readers.docx_package import OLE_MAGIC
from wetgen.loader import load_draft


def test_import_writes_a_draft_that_checks_and_builds(run_cli, tmp_path):
    draft = tmp_path / "voorbeeld.yaml"
    code, out, err = run_cli("import", str(FIXTURES / "multilevel.docx"), "-o", str(draft))
    assert code == 0, err
    assert "5 articles, 5 leden, 6 list onderdelen" in out and "wrote" in out
    assert (tmp_path / "voorbeeld.mvt.md").read_text(encoding="utf-8").startswith("Dit voorstel regelt")
    assert "warning:" in err and "paragraph 21" in err  # the footnote kept aside, with its place
    assert load_draft(draft).ok
    code, _, err = run_cli("build", str(draft), "-o", str(tmp_path / "out"), "-f", "md,akn")
    assert code == 0, err


def test_a_published_bill_without_citeertitel_builds(run_cli, tmp_path):
    draft = tmp_path / "paspoortwet.yaml"
    code, _, err = run_cli("import", str(FIXTURES.parent / "real" / "stb-2020-104.txt"), "-o", str(draft))
    assert code == 0, err
    code, out, err = run_cli("build", str(draft), "-o", str(tmp_path / "out"), "-f", "docx,md")
    assert code == 0, err  # the file names come from the long opschrift, cut at a word
    assert all(len(p.name) < 120 for p in (tmp_path / "out").iterdir())


def test_default_output_is_beside_the_file(run_cli, tmp_path):
    source = tmp_path / "wet.akn.xml"
    code, _, err = run_cli("build", "-o", str(tmp_path / "b"), "-f", "akn")
    assert code == 0, err
    built = next((tmp_path / "b").glob("*[0-9].akn.xml"))
    source.write_bytes(built.read_bytes())
    code, out, err = run_cli("import", str(source))
    assert code == 0, err
    assert (tmp_path / "wet.yaml").exists()


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


BOMB = _zip({"word/document.xml": b" " * (20 * 1024 * 1024), "[Content_Types].xml": b"<Types/>"})
ENTITIES = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><officiele-publicatie>&b;</officiele-publicatie>'


@pytest.mark.parametrize(("name", "data", "message"), [
    ("damaged.docx", b"PK\x03\x04 this is not a zip at all", "not a Word file"),
    ("encrypted.docx", OLE_MAGIC + bytes(512), "encrypted (password-protected)"),
    ("bomb.docx", BOMB, "zip bomb"),
    ("no-document.docx", _zip({"word/other.xml": b"<x/>"}), "no word/document.xml"),
    ("entities-in-word.docx", _zip({"word/document.xml": ENTITIES, "[Content_Types].xml": b"<Types/>"}), "DTD or entities"),
    ("entities.xml", ENTITIES, "entities"),
    ("broken.xml", b"<officiele-publicatie><artikel>", "not well-formed XML"),
    ("other.xml", b"<toestand/>", "not a bill format"),
    ("entities.html", b'<!DOCTYPE html [<!ENTITY x "y">]><html><body><p>&x;</p></body></html>', "entities"),
    ("binary.txt", bytes(range(256)) * 8, "binary data"),
    ("empty.txt", b"", "no bill found"),
    ("letter.txt", b"Geachte heer,\n\nDank voor uw brief.\n", "no bill found"),
    ("bill.pdf", b"%PDF-1.4", "cannot read .pdf"),
])  # fmt: skip
def test_bad_input_is_refused_in_one_line(run_cli, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run_cli("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in out + err
    assert not (tmp_path / "out.yaml").exists()


def test_an_oversized_file_is_refused_without_reading_it(run_cli, tmp_path):
    path = tmp_path / "huge.docx"
    with path.open("wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    code, _, err = run_cli("import", str(path))
    assert code == 2 and "over the 25 MB limit" in err


def test_a_word_file_that_is_a_spreadsheet_is_refused(run_cli, tmp_path):
    import openpyxl

    path = tmp_path / "sheet.docx"
    workbook = openpyxl.Workbook()
    workbook.save(path)
    code, _, err = run_cli("import", str(path))
    assert code == 2 and "damaged Word file" in err


@pytest.mark.parametrize(("args", "message"), [
    (("missing.docx",), "no such file"),
    ((".",), "is a folder"),
])  # fmt: skip
def test_usage_errors(run_cli, tmp_path, args, message):
    code, _, err = run_cli("import", *args, cwd=tmp_path)
    assert code == 2 and message in err


def test_the_output_may_not_be_the_input(run_cli, tmp_path):
    path = tmp_path / "wet.md"
    path.write_text("ARTIKEL 1\n\nDeze wet treedt in werking.\n", encoding="utf-8")
    code, _, err = run_cli("import", str(path), "-o", str(path))
    assert code == 2 and "is the file being imported" in err


def test_text_that_is_not_utf8_is_read_with_a_warning(run_cli, tmp_path):
    path = tmp_path / "wet.txt"
    path.write_bytes("Artikel 1\n\nDe café-regeling geldt.\n".encode("cp1252"))
    code, _, err = run_cli("import", str(path), "-o", str(tmp_path / "wet.yaml"))
    assert code == 0
    assert "not UTF-8, read as Windows-1252" in err
    assert "café-regeling" in (tmp_path / "wet.yaml").read_text(encoding="utf-8")
