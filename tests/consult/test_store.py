"""The store: idempotent, incremental ingest that keeps every staff edit; versioned schema."""

from __future__ import annotations

import sqlite3

import pytest

from wetgen.consult.analyse.specs import node_for
from wetgen.consult.errors import ConsultInputError, StoreError
from wetgen.consult.ingest import ingest
from wetgen.consult.store import (
    DERIVED_TABLES,
    MIGRATIONS,
    POINT_KEYS,
    SCHEMA_VERSION,
    TABLES,
    migrate,
    open_store,
)

from .conftest import DRAFT


def _ingest(sample, bill, db):
    return ingest([sample], bill, db, bill_path=str(DRAFT))


def test_ingesting_twice_gives_the_same_store(sample, bill, tmp_path):
    db = tmp_path / "a.sqlite"
    first = _ingest(sample, bill, db)
    with open_store(db) as store:
        before = store.dump()
    second = _ingest(sample, bill, db)
    with open_store(db) as store:
        assert store.dump() == before
    assert first.added > 300 and second.added == 0 and second.unchanged == first.read
    other = tmp_path / "b.sqlite"
    _ingest(sample, bill, other)
    assert open_store(other).dump() == before  # the same store from a fresh ingest, too


def test_worker_processes_give_the_same_store(sample, bill, tmp_path, monkeypatch):
    from wetgen.consult.analyse import derive

    inline = tmp_path / "inline.sqlite"
    _ingest(sample, bill, inline)
    monkeypatch.setattr(derive, "PARALLEL_FROM", 1)
    monkeypatch.setattr(derive, "_CHUNK", 7)
    monkeypatch.setattr(derive, "_usable_cores", lambda: 2)
    spread = tmp_path / "spread.sqlite"
    _ingest(sample, bill, spread)
    assert open_store(spread).dump() == open_store(inline).dump()


def _staff_edits(store):
    point = store.conn.execute("SELECT id, response_id FROM points ORDER BY id LIMIT 1").fetchone()
    store.assign(point["id"], ["art_II__para_2"], "handmatig: gaat over overgangsrecht")
    store.set_category(point["response_id"], "wetenschap", "bekende onderzoeker")
    store.add_tag(point["id"], "kosten")
    store.add_note(point["response_id"], "nabellen")
    store.set_reaction(point["id"], "De termijn wordt verlengd.", "Artikel II, tweede lid gewijzigd")
    return point["id"], point["response_id"]


def test_staff_edits_survive_reingest_and_changed_exports(sample, bill, tmp_path):
    db = tmp_path / "s.sqlite"
    _ingest(sample, bill, db)
    with open_store(db) as store:
        pid, rid = _staff_edits(store)
        staff_before = {
            t: store.dump()[t]
            for t in ("manual_assignments", "category_overrides", "tags", "notes", "reactions")
        }
    # a new export: one response more, one response's text changed
    csv = sample / "export-internetconsultatie.csv"
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append('Nieuwe Inzender,Ede,20 december 2026 (10:00),https://www.internetconsultatie.nl/x/reactie/'
                 '00000000-0000-4000-8000-000000000001,Artikel 28a is te vrijblijvend.,\n')  # fmt: skip
    csv.write_text("".join(lines), encoding="utf-8")
    report = _ingest(sample, bill, db)
    assert report.added == 1 and report.updated == 0
    store = open_store(db)
    after = store.dump()
    for table, rows in staff_before.items():
        assert after[table] == rows, table
    rows = {r.point_id: r.method for r in store.node_points("art_II__para_2")}
    assert rows[pid] == "manual"
    category = {r.id: r.category for r in store.respondents()}[rid]
    assert category == "wetenschap"
    assert store.orphans() == dict.fromkeys(store.orphans(), 0)


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
    assert len(open_store(db).respondents()) == report.read


def test_schema_is_versioned_and_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, to=1)
    raw.execute("INSERT INTO reactions VALUES ('R1-abc', 'antwoord', '', '')")
    raw.close()
    store = open_store(path)
    assert store.version == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.reactions() == {"R1-abc": ("antwoord", "", "")}
    assert store.dump()["tags"] == []


def test_a_store_of_schema_4_keeps_its_points_and_their_keys_after_the_rebuild(
    tmp_path, monkeypatch
):
    from wetgen.consult.store.base import Waiting

    told: list[str] = []
    monkeypatch.setattr(Waiting, "notice", staticmethod(told.append))
    path = tmp_path / "v4.sqlite"
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, to=4)
    rows = {
        "points": [("R2-b", "R2", 0, "answer", "twee"), ("R1-a", "R1", 0, "answer", "een")],
        "refs": [("R2-b", 0, "artikel 1", "resolved", "artikel 1", "art_1", "")],
        "assignments": [("R2-b", "art_1", "reference", "artikel 1", "", 1.0)],
        "unassigned": [("R1-a", "geen verwijzing")],
        "manual_assignments": [("R1-a", "art_2", "")],
    }
    for table, values in rows.items():
        raw.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(values[0]))})", values)
    raw.close()
    store = open_store(path)
    assert store.version == 5
    assert told == [f"updating {path} from schema version 4 to 5, once"]
    for table, values in rows.items():
        stored = store.conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        assert [tuple(row) for row in stored] == values, table
    effective = store.conn.execute("SELECT point_id, node_eid FROM effective_assignments ORDER BY 1")
    assert [tuple(row) for row in effective] == [("R1-a", "art_2"), ("R2-b", "art_1")]
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert set(POINT_KEYS) <= names
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.insert("refs", rows["refs"])


def test_every_table_has_the_columns_of_its_row_layout(tmp_path):
    store = open_store(tmp_path / "layout.sqlite")
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == set(TABLES)
    for table, row in TABLES.items():
        assert store.columns(table) == row._fields, table


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
    store = open_store(sample_store)
    rows = store.summary()
    points = store.placed_points()
    general = next(r for r in rows if r.eid == "algemeen")
    assert general.points == sum(1 for p in points if not p.nodes)
    assert set(DERIVED_TABLES) <= set(store.dump())


def test_assign_rejects_unknown_targets(sample_store, tmp_path):
    store = open_store(sample_store)
    with pytest.raises(ConsultInputError, match="no point or response"):
        store.assign("R-nope", ["art_II"])
    with pytest.raises(ConsultInputError, match="names no article"):
        node_for("artikel 99", store.known_nodes())
    with pytest.raises(ConsultInputError, match="unknown category"):
        store.set_category("R-nope", "marsmannetje")
    assert node_for("het nieuwe artikel 28a", store.known_nodes()) == ["art_I__point_B"]


def test_a_newer_bill_version_keeps_the_points_on_the_consulted_version(sample, bill, tmp_path):
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
    report = ingest([extra], newer, step)  # then only the extra response, with the newer version
    assert not report.rebound and report.newer and report.added == 1
    fresh = tmp_path / "fresh.sqlite"
    ingest([sample, extra], bill, fresh)  # everything against the consultatieversie at once
    ingest([], newer, fresh)  # and then the newer version
    stepped, direct = open_store(step), open_store(fresh)
    for table in ("nodes", "points", "refs", "assignments", "unassigned", "version_units"):
        assert stepped.dump()[table] == direct.dump()[table], table
    late = [p for p in stepped.placed_points() if p.text == "Artikel 28c is een goede aanvulling."]
    assert late[0].nodes == ("art_I__point_D",)  # what the respondent read; now onderdeel E
    # the responses are in another order (seq), so the representatives may differ; the
    # campaigns themselves may not
    assert _campaign_groups(stepped) == _campaign_groups(direct)


def _campaign_groups(store) -> set[frozenset[str]]:
    return {frozenset(c.members) for c in store.campaigns()}
