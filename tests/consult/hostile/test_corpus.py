"""The hostile corpus, ingested as staff would: no traceback, no good response lost, every file
within its budget, nothing read from outside the input, nothing a terminal would obey printed.

The corpus (corpus.py) is the sample consultation (328 good responses) plus good files of every
kind and about eighty hostile, damaged or careless ones, with a needle planted outside the
input that links and external entities point at. The ingest runs in a process of its own
(run_ingest.py) so that its peak memory is measured; the figures are printed with -s.
"""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.consult.hostile.corpus import NEEDLE, PARTIAL, PASSWD, READ, REFUSED, SKIPPED, build
from wetgen.consult.publish.write import write_report
from wetgen.consult.read.collect import collect
from wetgen.consult.store import open_store

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "consultations" / "huisvesting-vergunninghouders"
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # but \t and \n
MB = 1024 * 1024


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """Build the corpus, ingest it in a process of its own, write the public and internal
    reports; return (manifest, store, completed process, figures, report folder)."""
    root = tmp_path_factory.mktemp("hostile")
    manifest = build(root / "corpus")
    db, result = root / "hostile.sqlite", root / "result.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "300"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.consult.hostile.run_ingest", str(manifest.batch), str(db), str(result)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.exists(), done.stderr[-3000:]
    figures = json.loads(result.read_text(encoding="utf-8"))
    reports = root / "reports"
    with open_store(db, create=False) as store:
        for public in (True, False):
            write_report(store, reports / ("public" if public else "internal"), public=public)
    return manifest, db, done, figures, reports


def test_no_traceback_one_line_per_problem_and_exit_1(run):
    manifest, _, done, figures, _ = run
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert done.returncode == figures["code"] == 1  # files were refused; the rest was stored
    lines = done.stderr.splitlines()
    assert len(lines) == len(figures["problems"])
    assert all(line.startswith(("error: ", "warning: ")) for line in lines), lines
    assert not OBEYED.search(output), "a control character, escape or bidi override was printed"
    assert "\\x1b[31mrood" in done.stderr or "rood" not in done.stderr  # odd names shown, escaped


def test_no_good_response_is_lost(run):
    manifest, db, *_ = run
    # a page or a row is known by its id; a letter by its place in the folder
    copy = str(manifest.batch / "goed")
    expected = {r.source.replace(str(SAMPLE), copy) if r.key.startswith("file:") else r.key
                for r in collect([SAMPLE]).responses.values()}  # fmt: skip
    with sqlite3.connect(db) as conn:
        stored = {s if k.startswith("file:") else k
                  for k, s in conn.execute("SELECT key, source FROM responses")}  # fmt: skip
        texts = "\n".join(t for (t,) in conn.execute("SELECT text FROM responses UNION ALL SELECT text FROM attachments"))
    assert len(expected) == 328 and expected <= stored, sorted(expected - stored)[:5]
    missing = [f"{marker} ({name})" for marker, name in manifest.markers.items() if marker not in texts]
    assert not missing, missing


def test_every_file_gives_what_it_should(run):
    manifest, _, _, figures, _ = run
    problems: dict[str, list[tuple[str, str]]] = {}
    for source, message, severity in figures["problems"]:
        rel = source.removeprefix(str(manifest.batch) + "/")
        problems.setdefault(re.split(r"[!:]", rel, maxsplit=1)[0], []).append((severity, message))
    wrong = []
    for name, expect in manifest.expect.items():
        got = problems.get(name, [])
        errors = [m for s, m in got if s == "error"]
        ok = {
            REFUSED: bool(errors),
            PARTIAL: bool(got),
            READ: not errors,
            SKIPPED: bool(got) and not errors,
        }[expect]
        if not ok:
            wrong.append(f"{name}: expected {expect}, got {got or 'nothing'}")
    for name in manifest.special:
        if not any("link" in m or "FIFO" in m for s, m in problems.get(name, []) if s == "error"):
            wrong.append(f"{name}: a link or special file not named in an error")
    assert not wrong, "\n".join(wrong)
    print(f"\nhostile corpus: {len(manifest.expect) + len(manifest.special)} files, "
          f"{manifest.hostile} hostile, {len(figures['problems'])} problems reported")


def test_every_problem_is_kept_in_the_store(run):
    _, db, _, figures, _ = run
    with sqlite3.connect(db) as conn:
        stored = set(conn.execute("SELECT source, message, severity FROM problems"))
    reported = {tuple(p) for p in figures["problems"]}
    assert reported and reported <= stored, sorted(reported - stored)[:3]


def test_every_file_stays_within_its_budget(run):
    manifest, _, _, figures, _ = run
    limits = figures["limits"]
    slowest = sorted(figures["seconds"].items(), key=lambda kv: -kv[1])
    table = (".csv", ".xlsx")
    for where, seconds in slowest:
        budget = limits["seconds_per_table"] if where.endswith(table) else limits["seconds_per_file"]
        assert seconds <= budget + 2.0, f"{where} took {seconds:.1f} s, over its {budget:.0f} s"
    assert figures["reader_peak_bytes"] <= limits["memory_bytes"] + 256 * MB
    assert figures["peak_bytes"] <= 700 * MB
    print(f"\nslowest files: {', '.join(f'{Path(w).name} {s:.1f} s' for w, s in slowest[:4])}")
    print(f"peak memory: ingest process {figures['peak_bytes'] / MB:.0f} MB, "
          f"reader process {figures['reader_peak_bytes'] / MB:.0f} MB")


def test_nothing_outside_the_input_is_read(run):
    manifest, db, done, _, reports = run
    places = {"store": db.read_bytes(), "output": (done.stdout + done.stderr).encode()}
    for path in sorted(reports.rglob("*")):
        if path.is_file():
            places[str(path.relative_to(reports))] = _all_text(path.read_bytes())
    assert len(places) >= 8  # the store, the output and both reports in four formats
    for secret in (NEEDLE, PASSWD):
        leaked = [where for where, data in places.items() if secret.encode() in data]
        assert not leaked, f"{secret} found in {leaked}"


def test_show_prints_nothing_a_terminal_would_obey(run, run_cli):
    _, db, *_ = run
    for args in (["--public"], [], ["--article", "algemeen", "--limit", "400"]):
        code, out, err = run_cli("consult", "show", "--db", str(db), *args)
        assert code == 0 and out and not OBEYED.search(out + err), args


def test_public_outputs_hold_nothing_a_terminal_or_viewer_would_obey(run):
    # escapes and bidi overrides from the input are shown as visible text, never passed on
    manifest, *_, reports = run
    obeyed, texts = {}, []
    for path in sorted((reports / "public").rglob("*")):
        if path.is_file():
            text = _all_text(path.read_bytes(), only_xml=True).decode("utf-8", "replace")
            texts.append(text)
            found = sorted({f"U+{ord(c):04X}" for c in OBEYED.findall(text)} - {"U+000D"})
            if found:
                obeyed[path.name] = found
    assert not obeyed, obeyed
    hostile = [m for m, name in manifest.markers.items() if m.startswith(("GOED-ESC-", "GOED-BIDI-"))]
    assert hostile and all(any(m in t for t in texts) for m in hostile)  # they were published


def _all_text(data: bytes, only_xml: bool = False) -> bytes:
    """Return a file's bytes, with every member of a zip package (docx, xlsx) unpacked (with
    `only_xml`, its XML members only, not its images)."""
    if not data.startswith(b"PK"):
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if not only_xml or n.endswith((".xml", ".rels"))]
        return b"\n".join(archive.read(name) for name in names)
