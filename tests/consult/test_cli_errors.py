"""The consult commands take the common error path: one line, and the exit codes of
docs/commands.md (0 ok, 1 findings or failed work, 2 usage or input error)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.loader import load_draft

from .conftest import DRAFT, ROOT, SAMPLE

BAD = ROOT / "tests" / "cases" / "bad"
NEWER = DRAFT.with_name("02-adviesaanvraag.yaml")


@pytest.mark.parametrize("case", ["unknown-actie", "bad-date", "malformed-yaml"])
def test_the_same_bad_draft_gives_the_same_message_and_exit_code_everywhere(case, run_cli,
                                                                             tmp_path):  # fmt: skip
    draft = BAD / case / "draft.yaml"
    (finding,) = [d for d in load_draft(draft).diagnostics if d.severity.value == "error"]
    where, message = f"{finding.location}: ", finding.message
    commands = {
        "build": ["build", str(draft), "-o", str(tmp_path / "out")],
        "check": ["check", str(draft)],
        "diff": ["diff", str(draft), str(NEWER)],
        "consult ingest": ["consult", "ingest", str(SAMPLE / "export-internetconsultatie.csv"),
                           "--bill", str(draft), "--db", str(tmp_path / "c.sqlite")],
    }  # fmt: skip
    for name, args in commands.items():
        code, out, err = run_cli(*args)
        said = [line for line in (out + err).splitlines() if where in line and message in line]
        assert code == 1, (name, code, out + err)
        assert said, (name, out + err)
        assert "Traceback" not in out + err
    assert not (tmp_path / "c.sqlite").exists()  # nothing was ingested against a bad bill


def _store(tmp_path: Path) -> Path:
    from wetgen.consult.ingest import ingest
    from wetgen.loader import load_bill

    db = tmp_path / "small.sqlite"
    ingest([SAMPLE / "export-internetconsultatie.csv"], load_bill(DRAFT), db)
    return db


def test_consult_usage_and_input_errors_exit_2_and_failed_work_1(run_cli, tmp_path):
    db = _store(tmp_path)
    words = tmp_path / "woorden.txt"
    words.write_text("marsmannetje\tkeyword\n", encoding="utf-8")
    not_a_table = tmp_path / "tabel.xlsx"
    not_a_table.write_bytes(b"PK\x03\x04 no zip at all")
    cases = {
        ("consult", "show", "--db", str(tmp_path / "none.sqlite")): (2, "no consultation store"),
        ("consult", "show", "--db", str(db), "--article", "artikel 77"): (2, "names no article"),
        ("consult", "assign", "R-nope", "--db", str(db), "--clear"): (2, "no point or response"),
        ("consult", "assign", "R-nope", "--db", str(db)): (2, "say what to do"),
        ("consult", "ingest", str(SAMPLE), "--db", str(tmp_path / "x.sqlite"), "--bill",
         str(DRAFT), "--columns", "naam"): (2, "is not FIELD=COLUMN"),
        ("consult", "ingest", str(SAMPLE), "--db", str(tmp_path / "x.sqlite"), "--bill",
         str(DRAFT), "--categorieen", str(words)): (2, "unknown category 'marsmannetje'"),
        ("consult", "ingest", str(SAMPLE), "--db", str(tmp_path / "x.sqlite"), "--bill",
         str(tmp_path / "missing.yaml")): (2, "no such file"),
        ("consult", "report", "--db", str(db), "-f", "pdf"): (2, "unknown report format"),
        ("consult", "import-reactions", str(not_a_table), "--db", str(db)): (1, "not a readable"),
    }  # fmt: skip
    for args, (expected, message) in cases.items():
        code, out, err = run_cli(*args)
        assert (code, message in err) == (expected, True), (args, code, out + err)
        assert len(err.strip().splitlines()) == 1, err
