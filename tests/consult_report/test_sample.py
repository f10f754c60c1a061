"""The sample consultation (consultations/), ingested and reported in every format and mode."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.consult_report.conftest import SAMPLE
from wetgen.cli.main import main
from wetgen.consult.publish.redact import identity_parts
from wetgen.consult.publish.write import FORMATS

pytestmark = pytest.mark.skipif(not SAMPLE.is_dir(), reason="sample consultation not present")


def _report(db: Path, out: Path, mode: str) -> list[Path]:
    assert main(["consult", "report", "--db", str(db), "-o", str(out), f"--{mode}"]) == 0
    return sorted(out.iterdir())


def _text(path: Path) -> str:
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return path.read_text(encoding="utf-8")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _secrets(db: Path) -> tuple[set[str], list[str]]:
    """Return the identities of non-public respondents, and 8-word runs only they wrote."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, place, organisation, email, public, text FROM responses")
    hidden_ids, public_ids, hidden_texts, public_text = set(), set(), [], []
    for name, place, org, email, public, text in rows:
        parts = {p.lower() for p in identity_parts(name, place, org, email)}
        (public_ids if public else hidden_ids).update(parts)
        (public_text if public else hidden_texts).append(text)
    points: dict[int, list[str]] = {0: [], 1: []}
    for text, public in conn.execute(
        "SELECT p.text, r.public FROM points p JOIN responses r ON r.id = p.response_id"
    ):
        points[public].append(text)
    conn.close()
    public_text += points[1]  # attachments are in the points, not in the response text
    public_words = " ".join(" ".join(_words(t)) for t in public_text)
    runs = []
    for text in points[0]:
        words = _words(text)
        for i in range(0, max(0, len(words) - 8), 4):
            run = " ".join(words[i : i + 8])
            if run not in public_words:
                runs.append(run)
                break
    return {s for s in hidden_ids - public_ids if not any(s in p for p in public_ids)}, runs


def test_sample_is_reported_in_every_format_and_regenerates_identically(sample_db, tmp_path):
    first = _report(sample_db, tmp_path / "a", "public")
    second = _report(sample_db, tmp_path / "b", "public")
    assert {p.suffix for p in first} == {".html", ".docx", ".md", ".xlsx", ".svg"}
    assert len(first) == len(FORMATS) + 3
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    html = (tmp_path / "a" / "consultatieverslag-openbaar.html").read_text(encoding="utf-8")
    assert "Artikel I, onderdeel B" in html and "Memorie van toelichting" in html


def test_public_sample_outputs_hold_no_non_public_identity_or_wording(sample_db, tmp_path):
    identities, runs = _secrets(sample_db)
    assert len(identities) >= 5 and len(runs) >= 5  # the sample has non-public respondents
    public = {p.name: _text(p).lower() for p in _report(sample_db, tmp_path / "pub", "public")}
    internal = {p.name: _text(p).lower() for p in _report(sample_db, tmp_path / "int", "internal")}
    for name, text in public.items():
        leaked = [s for s in identities if s in text]
        assert leaked == [], (name, leaked)
        flat = " ".join(_words(text))
        copied = [r for r in runs if r in flat]
        assert copied == [], (name, copied[:3])
    # the same search does find them in the internal versions
    internal_html = internal["consultatieverslag-intern.html"]
    assert sum(s in internal_html for s in identities) >= 3
    internal_table = " ".join(_words(internal["reactietabel-intern.xlsx"]))
    assert sum(r in internal_table for r in runs) >= len(runs) // 2


def test_cli_round_trip_on_the_sample(sample_db, tmp_path, capsys):
    """Export the table, fill it in with openpyxl, import, and see the reactions in the report."""
    import shutil

    from openpyxl import load_workbook

    db = tmp_path / "consult.sqlite"
    shutil.copy(sample_db, db)
    out = tmp_path / "out"
    assert main(["consult", "report", "--db", str(db), "-o", str(out), "-f", "xlsx"]) == 0
    table = out / "reactietabel-openbaar.xlsx"
    wb = load_workbook(table)
    ws = wb["Reactietabel"]
    header = [c.value for c in ws[1]]
    rows = [r for r in ws.iter_rows(min_row=2) if r[header.index("Artikel / onderdeel")].value
            == "Artikel II, tweede lid"][:2]  # fmt: skip
    assert len(rows) == 2
    for n, row in enumerate(rows):
        row[header.index("Reactie")].value = f"=Reactie nummer {n}: de termijn blijft."
        row[header.index("Aanpassing wetsvoorstel")].value = "nee" if n else "Termijn verlengd."
    wb.save(table)
    capsys.readouterr()
    assert main(["consult", "import-reactions", str(table), "--db", str(db)]) == 0
    assert "imported 2 reaction(s)" in capsys.readouterr().out
    assert main(["consult", "import-reactions", str(table), "--db", str(db)]) == 0
    assert "imported 0 reaction(s)" in capsys.readouterr().out
    assert main(["consult", "report", "--db", str(db), "-o", str(out), "-f", "html,md"]) == 0
    html = (out / "consultatieverslag-openbaar.html").read_text(encoding="utf-8")
    assert "=Reactie nummer 0: de termijn blijft." in html  # stored as typed, shown as text
    assert "Reactie nummer 1: de termijn blijft." in html
    md = (out / "consultatieverslag-openbaar.md").read_text(encoding="utf-8")
    assert "**Wetsvoorstel aangepast:** ja (Termijn verlengd)" in md
    assert "**Wetsvoorstel aangepast:** nee" in md
