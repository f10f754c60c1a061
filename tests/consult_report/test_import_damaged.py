"""`consult import-reactions` on damaged, hostile and wrong staff files: each is refused in one
line, nothing is imported, no traceback (the issue found 3 of 11 malformed files crashing it)."""

from __future__ import annotations

import io
import os
import time
import zipfile

import pytest
from openpyxl import load_workbook

from tests.consult.hostile import builders as b
from wetgen.consult.publish import build_report, reactions_import
from wetgen.consult.publish.xlsx import render_xlsx
from wetgen.consult.store import open_store

_SHEET_XML = "xl/worksheets/sheet1.xml"


def _repack(data: bytes, replace: dict[str, bytes] | None = None, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return the package with some members replaced, every member compressed by `method`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", method) as new:
        for info in old.infolist():
            member = zipfile.ZipInfo(info.filename, b.FIXED_TIME)
            member.compress_type = method
            new.writestr(member, (replace or {}).get(info.filename) or old.read(info))
    return out.getvalue()


def _without_manifest(data: bytes) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    del wb["wetgen"]
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _damaged(good: bytes, outside: str) -> dict[str, bytes]:
    """Return a file name → bytes for every kind of malformed reactietabel."""
    stored = _repack(good, method=zipfile.ZIP_STORED)
    sheet = zipfile.ZipFile(io.BytesIO(good)).read(_SHEET_XML)
    xxe = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file://' + outside.encode()
           + b'">]>' + sheet.split(b"?>", 1)[1].replace(b"<sheetData>", b"<sheetData>&x;", 1))  # fmt: skip
    return {
        "afgekapt.xlsx": good[: len(good) // 2],
        "leeg.xlsx": b"",
        "versleuteld.xlsx": b.CFB_HEADER + b"\0" * 4096,
        "versleutelde-leden.xlsx": b.patch_headers(good, flags=0x1),
        "deflate64.xlsx": b.patch_headers(good, method=9),
        "crc-fout.xlsx": b.corrupt_member(stored, b"<sheetData>"),
        "kapotte-xml.xlsx": _repack(good, {_SHEET_XML: sheet[: len(sheet) // 2]}),
        "xxe.xlsx": _repack(good, {_SHEET_XML: xxe}),
        "bom.xlsx": _repack(good, {_SHEET_XML: sheet[:-20] + b" " * (40 * 1024 * 1024) + sheet[-20:]}),
        # one 20 MB tag, stored: expat parses it again on every read (about 30 s unbounded)
        "lange-tag.xlsx": _repack(good, {_SHEET_XML: sheet[:-20] + b" " * (20 * 1024 * 1024) + sheet[-20:]},
                                  zipfile.ZIP_STORED),
        "zonder-verborgen-blad.xlsx": _without_manifest(good),
        "is-pdf.xlsx": b.pdf_page(b"BT ET"),
        "is-csv.xlsx": b"ID,Reactie\nR001-1,ja\n",
    }


@pytest.fixture
def exported(store_path):
    """The reactietabel exported from the synthetic store, as bytes."""
    with open_store(store_path, create=False) as store:
        return render_xlsx(build_report(store, public=False))


def test_every_damaged_reactietabel_is_refused_in_one_line_and_nothing_is_imported(
    store_path, tmp_path, run_cli, exported, monkeypatch
):
    monkeypatch.setattr(reactions_import, "SECONDS", 2.0)
    (tmp_path / "geheim.txt").write_text("NAALD-import\n", encoding="utf-8")
    files = _damaged(exported, str(tmp_path / "geheim.txt"))
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    os.mkfifo(tmp_path / "fifo.xlsx")
    (tmp_path / "map.xlsx").mkdir()
    names = [*files, "fifo.xlsx", "map.xlsx"]
    before = _reactions(store_path)
    wrong = []
    for name in names:
        start = time.monotonic()
        code, out, err = run_cli("consult", "import-reactions", str(tmp_path / name), "--db", str(store_path))
        lines, seconds = err.strip().splitlines(), time.monotonic() - start
        if code not in (1, 2) or len(lines) != 1 or "Traceback" in out + err or "NAALD" in out + err:
            wrong.append(f"{name}: exit {code}, {err.strip()!r}")
        if seconds > 5:
            wrong.append(f"{name}: {seconds:.0f} s, over the 2 s budget")
    assert not wrong, "\n".join(wrong)
    assert _reactions(store_path) == before


def test_the_good_reactietabel_still_imports(store_path, tmp_path, run_cli, exported):
    path = tmp_path / "goed.xlsx"
    path.write_bytes(exported)
    code, out, err = run_cli("consult", "import-reactions", str(path), "--db", str(store_path))
    assert code == 0 and not err, err


def _reactions(path) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM reactions ORDER BY point_id").fetchall()
