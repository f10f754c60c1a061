"""Two writers on one store, as two real processes: the second waits with a message, or fails in
one line after the wait; an assign during an ingest, and two ingests at once, lose no work."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wetgen.consult.ingest import ingest
from wetgen.consult.store import open_store
from wetgen.consult.store.base import Waiting, _write_ahead

ROOT = Path(__file__).resolve().parents[2]
WETGEN = "import sys; from wetgen.cli.main import main; sys.exit(main(sys.argv[1:]))"
HOLDER = """
import sys, time
from wetgen.consult.store import open_store
from wetgen.consult.store.base import Waiting, _write_ahead
with open_store(sys.argv[1]) as store, store.transaction():
    store.set_meta("holder", "was here")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **extra}


def _csv(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "Naam", "Plaats", "text"])
        for i in range(start, start + n):
            writer.writerow([f"r{i}", f"Inzender {i}", "Utrecht",
                             f"Reactie {i}: artikel 28a legt gemeenten een termijn op die te kort is "
                             f"voor huisvesting van {i % 97} vergunninghouders.\n###\n"
                             f"Over de toelichting: de kosten in paragraaf {i % 7} zijn te laag."])  # fmt: skip
    return path


def _hold(db: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)],
                              env=_env(), stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _wetgen(*args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WETGEN, *args], env=_env(**env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


@pytest.fixture
def store_db(tmp_path, bill):
    db = tmp_path / "c.sqlite"
    ingest([_csv(tmp_path / "first.csv", 20)], bill, db)
    with open_store(db) as store:
        point = store.report_data().points[0].id
    return db, point


def test_a_second_writer_waits_with_a_message(store_db):
    db, point = store_db
    holder = _hold(db, 2.0)
    assign = _wetgen("consult", "--db", str(db), "assign", point, "--article", "28a")
    out, err = assign.communicate(timeout=120)
    holder.wait(timeout=60)
    assert assign.returncode == 0, err
    assert err.count("\n") == 1 and err.startswith("waiting:") and "another wetgen process" in err
    with open_store(db) as store:
        assert store.meta("holder") == "was here"
        assert [r[0] for r in store.dump()["manual_assignments"]] == [point]


def test_a_writer_that_waits_too_long_fails_in_one_line(store_db):
    db, point = store_db
    holder = _hold(db, 8.0)
    assign = _wetgen("consult", "--db", str(db), "assign", point, "--article", "28a",
                     WETGEN_STORE_WAIT="0.5")  # fmt: skip
    out, err = assign.communicate(timeout=120)
    holder.wait(timeout=60)
    assert assign.returncode == 1
    lines = [line for line in err.splitlines() if not line.startswith("waiting:")]
    assert len(lines) == 1 and "stayed locked" in lines[0] and "Traceback" not in err
    with open_store(db) as store:
        assert store.dump()["manual_assignments"] == []


def test_an_assign_during_an_ingest_loses_neither(store_db, tmp_path):
    db, point = store_db
    more = _csv(tmp_path / "more.csv", 2500, start=20)
    running = _wetgen("consult", "ingest", str(more), "--db", str(db), "--quiet")
    assign = _wetgen("consult", "--db", str(db), "assign", point, "--article", "28a")
    for process in (running, assign):
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    with open_store(db) as store:
        assert len(store.respondents()) == 2520
        assert [r[0] for r in store.dump()["manual_assignments"]] == [point]


def test_two_ingests_at_once_store_both(tmp_path):
    db = tmp_path / "two.sqlite"
    one, two = _csv(tmp_path / "one.csv", 300), _csv(tmp_path / "two.csv", 300, start=300)
    first = _wetgen("consult", "ingest", str(one), "--db", str(db), "--quiet")
    second = _wetgen("consult", "ingest", str(two), "--db", str(db), "--quiet")
    for process in (first, second):
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    with open_store(db) as store:
        assert len(store.respondents()) == 600


class _Converting:
    """A connection on which switching to WAL reports "locked" a number of times first, as SQLite
    does without waiting when two processes convert a new file at the same moment."""

    def __init__(self, refusals: int) -> None:
        self.refusals, self.tries = refusals, 0

    def execute(self, statement: str) -> None:
        self.tries += 1
        if self.tries <= self.refusals:
            raise sqlite3.OperationalError("database is locked")


def test_switching_a_new_store_to_wal_retries_while_another_process_converts_it():
    conn = _Converting(refusals=3)
    _write_ahead(conn)  # type: ignore[arg-type]
    assert conn.tries == 4


def test_switching_to_wal_gives_up_after_the_wait(monkeypatch):
    monkeypatch.setattr(Waiting, "seconds", 0.05)
    conn = _Converting(refusals=10_000)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _write_ahead(conn)  # type: ignore[arg-type]
    assert 1 < conn.tries < 10_000
