"""Hostile files are refused or truncated with a clear message, and the rest of the batch goes on."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from wetgen.cli.main import main
from wetgen.consult.ingest import ingest
from wetgen.consult.store import open_store
from wetgen.inputs import Limits

from .conftest import DRAFT

XXE = b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def hostile(tmp_path) -> Path:
    """A folder with one good letter and every kind of hostile file."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "goed.txt").write_text(
        "Wij vinden artikel 28a te vrijblijvend voor gemeenten.", encoding="utf-8"
    )
    (folder / "bom.zip").write_bytes(_zip({"reactie.txt": b"0" * (60 * 1024 * 1024)}))
    (folder / "nep.pdf").write_bytes(b"MZ\x90\x00 this is an executable, not a PDF")
    page = (
        XXE
        + b"<html><body><table class='table__data-overview'><tr><th>Naam</th><td>&xxe;</td></tr></table><blockquote>x</blockquote></body></html>"
    )
    (folder / "reactie-xxe.html").write_bytes(page)
    content = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    )
    (folder / "xxe.odt").write_bytes(
        _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content})
    )
    (folder / "leeg.docx").write_bytes(_zip({"iets.txt": b"geen Word-bestand"}))
    (folder / "kapot.xlsx").write_bytes(b"\x00\x01garbage" * 100)
    (folder / "binair.txt").write_bytes(b"\x00\x01\x02\x03" * 1000)
    (folder / "latin1.txt").write_bytes(
        "Caf\xe9: artikel II, tweede lid \x81 is onduidelijk.".encode("latin-1")
    )
    with (folder / "groot.txt").open("wb") as handle:
        handle.write(b"Artikel 12 is te streng. " * (100 * 1024 * 1024 // 25))
    return folder


def test_hostile_batch_is_read_without_failing(hostile, bill, tmp_path):
    report = ingest(
        [hostile],
        bill,
        tmp_path / "h.sqlite",
        bill_path=str(DRAFT),
        limits=Limits(max_text_chars=200_000),
    )
    messages = {Path(p.source.split("!")[0]).name: p.message for p in report.problems}
    assert "zip bomb" in messages["bom.zip"]
    assert "not a PDF" in messages["nep.pdf"]
    assert "entities" in messages["reactie-xxe.html"]
    assert "entities" in messages["xxe.odt"]
    assert "Word" in messages["leeg.docx"] or "docx" in messages["leeg.docx"].lower()
    assert "xlsx" in messages["kapot.xlsx"]
    assert "binary" in messages["binair.txt"]
    assert "only the first" in messages["groot.txt"]
    assert "Windows-1252" in messages["latin1.txt"] or "replaced" in messages["latin1.txt"]
    conn = open_store(tmp_path / "h.sqlite").conn
    texts = [r[0] for r in conn.execute("SELECT text FROM responses")]
    assert any("artikel 28a te vrijblijvend" in t for t in texts)  # the good file went through
    assert any(t.startswith("Café: artikel II") for t in texts)
    assert max(len(t) for t in texts) <= 200_000
    assert not any("root:" in t for t in texts)


def test_hostile_batch_through_the_cli_gives_messages_not_tracebacks(hostile, tmp_path, capsys):
    code = main(
        [
            "consult",
            "ingest",
            str(hostile),
            "--bill",
            str(DRAFT),
            "--db",
            str(tmp_path / "c.sqlite"),
        ]
    )
    out = capsys.readouterr()
    assert code == 1  # files were refused; everything else was stored
    assert "Traceback" not in out.err + out.out
    assert "zip bomb" in out.err and "not a PDF" in out.err
    assert "responses read" in out.out


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["consult", "show", "--db", str(tmp_path / "none.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "Traceback" not in err
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    assert main(["consult", "show", "--db", str(bad)]) == 2
    assert "not a usable consultation store" in capsys.readouterr().err
    assert main(["consult", "ingest", str(tmp_path), "--bill", str(tmp_path / "geen.yaml")]) != 0
    assert "Traceback" not in capsys.readouterr().err
