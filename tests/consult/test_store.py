"""The store: idempotent, incremental ingest that keeps every staff edit; versioned schema."""

from __future__ import annotations

import sqlite3

import pytest

from wetgen.consult.errors import ConsultError, StoreError
from wetgen.consult.ingest import ingest
from wetgen.consult.store import (
    DERIVED_TABLES,
    MIGRATIONS,
    SCHEMA_VERSION,
    dump,
    migrate,
    open_store,
    staff,
)
from wetgen.consult.store.views import node_points, summary

from .conftest import DRAFT


def _ingest(sample, bill, db):
    return ingest([sample], bill, db, bill_path=str(DRAFT))


def test_ingesting_twice_gives_the_same_store(sample, bill, tmp_path):
    db = tmp_path / "a.sqlite"
    first = _ingest(sample, bill, db)
    conn = open_store(db)
    before = dump(conn)
    conn.close()
    second = _ingest(sample, bill, db)
    conn = open_store(db)
    assert dump(conn) == before
    assert first.added > 300 and second.added == 0 and second.unchanged == first.read
    other = tmp_path / "b.sqlite"
    _ingest(sample, bill, other)
    assert dump(open_store(other)) == before  # the same store from a fresh ingest, too


def test_worker_processes_give_the_same_store(sample, bill, tmp_path, monkeypatch):
    from wetgen.consult.analyse import derive

    inline = tmp_path / "inline.sqlite"
    _ingest(sample, bill, inline)
    monkeypatch.setattr(derive, "PARALLEL_FROM", 1)
    monkeypatch.setattr(derive, "_CHUNK", 7)
    monkeypatch.setattr(derive, "_usable_cores", lambda: 2)
    spread = tmp_path / "spread.sqlite"
    _ingest(sample, bill, spread)
    assert dump(open_store(spread)) == dump(open_store(inline))


def _staff_edits(conn):
    point = conn.execute("SELECT id, response_id FROM points ORDER BY id LIMIT 1").fetchone()
    staff.assign(conn, point["id"], ["art_II__para_2"], "handmatig: gaat over overgangsrecht")
    staff.set_category(conn, point["response_id"], "wetenschap", "bekende onderzoeker")
    staff.add_tag(conn, point["id"], "kosten")
    staff.add_note(conn, point["response_id"], "nabellen")
    staff.set_reaction(
        conn, point["id"], "De termijn wordt verlengd.", "Artikel II, tweede lid gewijzigd"
    )
    return point["id"], point["response_id"]


def test_staff_edits_survive_reingest_and_changed_exports(sample, bill, tmp_path):
    db = tmp_path / "s.sqlite"
    _ingest(sample, bill, db)
    conn = open_store(db)
    pid, rid = _staff_edits(conn)
    staff_before = {
        t: dump(conn)[t]
        for t in ("manual_assignments", "category_overrides", "tags", "notes", "reactions")
    }
    conn.close()
    # a new export: one response more, one response's text changed
    csv = sample / "export-internetconsultatie.csv"
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append('Nieuwe Inzender,Ede,20 december 2026 (10:00),https://www.internetconsultatie.nl/x/reactie/'
                 '00000000-0000-4000-8000-000000000001,Artikel 28a is te vrijblijvend.,\n')  # fmt: skip
    csv.write_text("".join(lines), encoding="utf-8")
    report = _ingest(sample, bill, db)
    assert report.added == 1 and report.updated == 0
    conn = open_store(db)
    after = dump(conn)
    for table, rows in staff_before.items():
        assert after[table] == rows, table
    rows = {r["point_id"]: r["method"] for r in node_points(conn, "art_II__para_2")}
    assert rows[pid] == "manual"
    category = conn.execute("SELECT category FROM respondents WHERE id = ?", (rid,)).fetchone()[0]
    assert category == "wetenschap"


def test_a_changed_response_is_updated_in_place(sample, bill, tmp_path):
    db = tmp_path / "u.sqlite"
    _ingest(sample, bill, db)
    csv = sample / "export-internetconsultatie.csv"
    text = csv.read_text(encoding="utf-8")
    csv.write_text(
        text.replace("Zie bijlage.", "Zie bijlage. Wij verwijzen ook naar artikel III.", 1),
        encoding="utf-8",
    )
    report = _ingest(sample, bill, db)
    assert report.updated == 1 and report.added == 0
    conn = open_store(db)
    assert conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == report.read


def test_schema_is_versioned_and_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, to=1)
    raw.execute("INSERT INTO reactions VALUES ('R1-abc', 'antwoord', '', '')")
    raw.close()
    conn = open_store(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("SELECT reaction FROM reactions").fetchone()[0] == "antwoord"
    assert conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0] == 0


def test_a_newer_or_broken_store_is_refused(tmp_path):
    newer = tmp_path / "newer.sqlite"
    raw = sqlite3.connect(newer)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="schema version"):
        open_store(newer)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        open_store(junk)
    with pytest.raises(StoreError, match="no consultation store"):
        open_store(tmp_path / "missing.sqlite", create=False)


def test_summary_counts_every_response(sample_store):
    conn = open_store(sample_store)
    rows = summary(conn)
    total = conn.execute("SELECT COUNT(*) FROM points").fetchone()[0]
    on_nodes = conn.execute(
        "SELECT COUNT(DISTINCT point_id) FROM effective_assignments"
    ).fetchone()[0]
    general = next(r for r in rows if r.eid == "algemeen")
    assert general.points == total - on_nodes
    assert set(DERIVED_TABLES) <= {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }


def test_assign_rejects_unknown_targets(sample_store, tmp_path):
    conn = open_store(sample_store)
    with pytest.raises(ConsultError, match="no point or response"):
        staff.assign(conn, "R-nope", ["art_II"])
    with pytest.raises(ConsultError, match="names no article"):
        staff.node_for("artikel 99", conn)
    with pytest.raises(ConsultError, match="unknown category"):
        staff.set_category(conn, "R-nope", "marsmannetje")


def test_a_new_bill_version_reanalyses_the_responses_already_stored(sample, bill, tmp_path):
    from wetgen.loader import load_bill

    newer = load_bill(DRAFT.with_name("02-adviesaanvraag.yaml"))
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "Naam,Plaats,Datum,url,text,attachment\nNieuwe Inzender,Ede,20 december 2026 (10:00),"
        "https://www.internetconsultatie.nl/x/reactie/00000000-0000-4000-8000-000000000002,"
        "Artikel 28c is een goede aanvulling.,\n",
        encoding="utf-8",
    )
    step = tmp_path / "step.sqlite"
    ingest([sample], bill, step)  # the sample against the consultatieversie, first
    report = ingest([extra], newer, step)  # then only the extra response, against the newer version
    assert report.rebound and report.added == 1
    fresh = tmp_path / "fresh.sqlite"
    ingest([sample, extra], newer, fresh)
    stepped, direct = open_store(step), open_store(fresh)
    for table in ("nodes", "points", "refs", "assignments", "unassigned"):
        assert dump(stepped)[table] == dump(direct)[table], table
    # the responses are in another order (seq), so the representatives may differ; the
    # campaigns themselves may not
    assert _campaign_groups(stepped) == _campaign_groups(direct)


def _campaign_groups(conn) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for rid, cid in conn.execute("SELECT response_id, campaign_id FROM campaign_members"):
        groups.setdefault(cid, set()).add(rid)
    return {frozenset(g) for g in groups.values()}
