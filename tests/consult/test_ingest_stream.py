"""Ingest in chunks (a large CSV export read as a stream): the same responses, points and campaigns
as a batch ingest, idempotent, edited rows recognised, collisions reported."""

from __future__ import annotations

import sqlite3

import pytest

import wetgen.consult.ingest as ingest_module
import wetgen.consult.ingest_stream as stream_module
from tests.consult.conftest import write_export as _write
from wetgen.consult.errors import StoreError
from wetgen.consult.ingest import ingest
from wetgen.consult.store import open_store
from wetgen.consult.store.schema import POINT_KEYS

TEXT = ("Artikel 28a legt gemeenten een termijn op van {n} weken; dat is te kort voor de huisvesting "
        "van vergunninghouders.\n###\nDe memorie van toelichting rekent met {m} woningen per jaar.")  # fmt: skip
CAMPAIGN = ("Geachte minister, ik maak bezwaar tegen dit wetsvoorstel omdat de wachtlijsten voor een "
            "sociale huurwoning al jaren te lang zijn en artikel 28a daar niets aan verandert. "
            "Met vriendelijke groet, {name}")  # fmt: skip


def _rows(n: int) -> list[tuple[str, str, str, str]]:
    rows = []
    for i in range(n):
        name = f"Inzender {i}"
        text = CAMPAIGN.format(name=name) if i % 3 == 0 else TEXT.format(n=i % 13, m=i * 7)
        rows.append((name, "Utrecht", f"{i % 28 + 1} december 2026", text))
    return rows


@pytest.fixture
def streaming(monkeypatch):
    monkeypatch.setattr(ingest_module, "STREAM_FROM", 0)
    monkeypatch.setattr(stream_module, "CHUNK", 40)  # several chunks even for a small export


def test_a_streamed_ingest_stores_what_a_batch_ingest_stores(tmp_path, bill, monkeypatch):
    source = _write(tmp_path / "export.csv", _rows(120))
    batch = ingest([source], bill, tmp_path / "batch.sqlite")
    monkeypatch.setattr(ingest_module, "STREAM_FROM", 0)
    monkeypatch.setattr(stream_module, "CHUNK", 40)
    streamed = ingest([source], bill, tmp_path / "stream.sqlite")
    assert (streamed.read, streamed.added, streamed.points) == (
        batch.read,
        batch.added,
        batch.points,
    )
    assert (
        (streamed.campaigns, streamed.in_campaigns)
        == (batch.campaigns, batch.in_campaigns)
        == (2, 120)
    )
    a, b = open_store(tmp_path / "batch.sqlite"), open_store(tmp_path / "stream.sqlite")
    for table in ("points", "refs", "assignments", "unassigned"):
        assert a.dump()[table] == b.dump()[table], table
    # a batch is stored in the order of its sources as text ("e.csv:10" before "e.csv:2"), a
    # stream in file order: the seqs differ, and with them which member represents a campaign
    for query in ("SELECT id, key, text, digest, category FROM responses ORDER BY id",
                  "SELECT response_id FROM campaign_members ORDER BY 1"):  # fmt: skip
        assert a.conn.execute(query).fetchall() == b.conn.execute(query).fetchall()
    again = ingest([source], bill, tmp_path / "stream.sqlite")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 120)


def test_a_streamed_reexport_keeps_ids_and_staff_work(tmp_path, bill, streaming):
    rows = _rows(90)
    source, db = _write(tmp_path / "export.csv", rows), tmp_path / "s.sqlite"
    ingest([source], bill, db)
    with open_store(db) as store:
        point = next(p for p in store.report_data().points if "rekent met 7 woningen" in p.text)
        store.set_reaction(point.id, "Het aantal wordt herzien.")
    rows[1] = (
        *rows[1][:3],
        rows[1][3].replace("rekent met 7 woningen", "rekent met 7 woningen per gemeente"),
    )
    report = ingest([_write(source, rows)], bill, db)
    assert (report.added, report.updated, report.recognised, report.detached) == (0, 1, 1, [])
    with open_store(db) as store:
        moved = next(p for p in store.report_data().points if "per gemeente" in p.text)
        assert (
            moved.response_id == point.response_id and moved.reaction == "Het aantal wordt herzien."
        )


def test_a_forced_collision_in_a_streamed_ingest_is_reported(
    tmp_path, bill, streaming, monkeypatch
):
    monkeypatch.setattr("wetgen.consult.store.identity.response_id", lambda key: "R" + "1" * 24)
    report = ingest([_write(tmp_path / "e.csv", _rows(90))], bill, tmp_path / "c.sqlite")
    assert report.added == 90
    assert sum("is already that of" in p.message for p in report.problems) == 89
    with open_store(tmp_path / "c.sqlite") as store:
        assert len({r.id for r in store.respondents()}) == 90


def test_an_ingest_stopped_in_the_campaign_search_keeps_the_responses_and_says_so(
    tmp_path, bill, streaming, monkeypatch
):
    source, db = _write(tmp_path / "export.csv", _rows(120)), tmp_path / "s.sqlite"

    def interrupted(store, progress):
        raise KeyboardInterrupt

    monkeypatch.setattr(stream_module, "_campaigns", interrupted)
    _stopped_ingest_keeps(source, bill, db, responses=120)
    with open_store(db) as store:  # the keys built meanwhile were rolled back with the search
        assert not _point_keys(store)
    monkeypatch.undo()
    monkeypatch.setattr(ingest_module, "STREAM_FROM", 0)
    again = ingest([source], bill, db)
    assert (again.added, again.unchanged, again.campaigns, again.in_campaigns) == (0, 120, 2, 120)
    with open_store(db) as store:
        assert len(store.campaigns()) == 2
        assert _point_keys(store) == set(POINT_KEYS)


def test_keys_built_meanwhile_are_rolled_back_with_a_failed_block_and_built_at_the_next_write(
    tmp_path,
):
    with open_store(tmp_path / "s.sqlite") as store:
        with store.transaction():
            store.defer_point_keys()
        with pytest.raises(KeyError), store.transaction():
            with store.point_keys_built_meanwhile():
                raise KeyError("the campaign search failed")
        assert not _point_keys(store)
        with store.transaction():
            pass
        assert _point_keys(store) == set(POINT_KEYS)


def test_a_failure_of_the_keys_built_meanwhile_is_raised_after_the_block(tmp_path):
    point = ("R1-a", "R1", 0, "antwoord", "een")
    with open_store(tmp_path / "s.sqlite") as store:
        with store.transaction():
            store.defer_point_keys()
            store.insert("points", [point, point])  # no key refuses the second one yet
        with pytest.raises(StoreError, match="two rows with one key"), store.transaction():
            with store.point_keys_built_meanwhile():
                pass
        assert not _point_keys(store)


def test_a_ctrl_c_while_waiting_for_the_keys_stops_the_build_before_the_rollback(
    tmp_path, monkeypatch
):
    import threading

    with open_store(tmp_path / "s.sqlite") as store:
        with store.transaction():
            store.defer_point_keys()
        building = threading.Event()

        def slow_build(stop):  # a long build that ends when it is told to stop
            building.set()
            while not stop.wait(0.01):
                pass

        join = threading.Thread.join

        def interrupted_join(thread, timeout=None):
            if timeout is None and thread.name == "point keys":
                building.wait()
                raise KeyboardInterrupt
            return join(thread, timeout)

        monkeypatch.setattr(store, "build_point_keys", slow_build)
        monkeypatch.setattr(threading.Thread, "join", interrupted_join)
        with pytest.raises(KeyboardInterrupt), store.transaction():
            with store.point_keys_built_meanwhile():
                pass
        monkeypatch.undo()
        assert "point keys" not in [t.name for t in threading.enumerate()]
        assert not store.keys_deferred and not store.conn.in_transaction


def test_a_first_ingest_stopped_in_a_chunk_keeps_the_chunks_before_and_a_rerun_goes_on(
    tmp_path, bill, streaming, monkeypatch
):
    source, db = _write(tmp_path / "export.csv", _rows(120)), tmp_path / "s.sqlite"
    write_chunk, calls = stream_module._write_chunk, []

    def third_fails(*args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return write_chunk(*args)

    monkeypatch.setattr(stream_module, "_write_chunk", third_fails)
    _stopped_ingest_keeps(source, bill, db, responses=80)
    with open_store(db) as store:  # a first ingest builds the point keys at its end
        assert not _point_keys(store)
    monkeypatch.setattr(stream_module, "_write_chunk", write_chunk)
    again = ingest([source], bill, db)
    assert (again.added, again.unchanged, again.campaigns, again.in_campaigns) == (40, 80, 2, 120)
    with open_store(db) as store:  # the next write built them
        assert _point_keys(store) == set(POINT_KEYS)
    ingest([source], bill, tmp_path / "whole.sqlite")
    a, b = open_store(db), open_store(tmp_path / "whole.sqlite")
    for table in ("responses", "points", "refs", "assignments", "campaign_members"):
        assert a.dump()[table] == b.dump()[table], table


def _point_keys(store) -> set[str]:
    names = store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {name for (name,) in names} & set(POINT_KEYS)


def test_a_first_ingest_builds_the_point_keys_that_refuse_a_second_point_of_one_id(
    tmp_path, bill, streaming
):
    ingest([_write(tmp_path / "export.csv", _rows(120))], bill, tmp_path / "s.sqlite")
    with open_store(tmp_path / "s.sqlite") as store:
        assert _point_keys(store) == set(POINT_KEYS)
        point = store.conn.execute("SELECT * FROM points LIMIT 1").fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            store.insert("points", [tuple(point)])


def _stopped_ingest_keeps(source, bill, db, responses: int) -> None:
    """Run an ingest that is stopped; check what it kept and that campaigns are refused."""
    with pytest.raises(KeyboardInterrupt):
        ingest([source], bill, db)
    with open_store(db) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == responses
        with pytest.raises(StoreError, match="stopped before it stored the campaigns"):
            store.campaigns()


def test_a_writer_that_takes_the_store_between_two_chunks_stops_the_ingest_in_one_line(
    tmp_path, bill, streaming, monkeypatch
):
    from wetgen.consult.errors import StoreBusy
    from wetgen.consult.store import base

    source, db = _write(tmp_path / "export.csv", _rows(120)), tmp_path / "s.sqlite"
    begin, calls = base.begin_writing, []

    def busy_after_two(conn, where):
        calls.append(1)
        if len(calls) == 3:  # a transaction after the first chunk
            raise StoreBusy(f"{where} stayed locked by another wetgen process")
        return begin(conn, where)

    monkeypatch.setattr(base, "begin_writing", busy_after_two)
    with pytest.raises(StoreBusy):
        ingest([source], bill, db)
    monkeypatch.undo()
    with open_store(db) as store:  # the chunks committed before are kept
        kept = store.conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        assert kept and kept % 40 == 0 and kept < 120


def test_a_key_repeated_in_the_next_chunk_is_one_response_while_workers_derive_ahead(
    tmp_path, bill, streaming, monkeypatch
):
    # chunk 2 is given its ids while chunk 1 is still being derived: the key it repeats from
    # chunk 1 is not in the store yet, and must still count as that response (edited)
    rows = [(f"r{i}", *row) for i, row in enumerate(_rows(120))]
    rows[45] = ("r5", *rows[45][1:])
    source = _write(tmp_path / "export.csv", rows, header=("id", "Naam", "Plaats", "Datum", "text"))
    alone = ingest([source], bill, tmp_path / "alone.sqlite")
    monkeypatch.setattr(stream_module, "PARALLEL_FROM", 0)  # worker processes even for 120 rows
    ahead = ingest([source], bill, tmp_path / "ahead.sqlite")
    assert (ahead.added, ahead.updated) == (alone.added, alone.updated) == (119, 1)
    assert (ahead.read, ahead.points, ahead.problems) == (alone.read, alone.points, alone.problems)
    a, b = open_store(tmp_path / "alone.sqlite"), open_store(tmp_path / "ahead.sqlite")
    for table in ("responses", "points", "refs", "assignments", "unassigned", "campaign_members"):
        assert a.dump()[table] == b.dump()[table], table
    assert _point_keys(b) == set(POINT_KEYS)  # built early, to find the repeated key's points


def test_a_first_ingest_looks_up_only_what_it_has_given_out_and_still_finds_a_repeat(
    tmp_path, bill, streaming, monkeypatch
):
    # a key repeated two chunks later is in the store, not in the chunk being derived: the
    # first ingest must still look it up there, and nothing it has not read or given out
    from wetgen.consult.store.bulk import BulkReads

    rows = [(f"r{i}", *row) for i, row in enumerate(_rows(130))]
    rows[100] = ("r5", *rows[100][1:])
    source = _write(tmp_path / "export.csv", rows, header=("id", "Naam", "Plaats", "Datum", "text"))
    asked: list[list[str]] = []
    identities = BulkReads.identities
    monkeypatch.setattr(BulkReads, "identities",
                        lambda self, keys: asked.append(list(keys)) or identities(self, keys))  # fmt: skip
    report = ingest([source], bill, tmp_path / "c.sqlite")
    assert (report.added, report.updated) == (129, 1)
    assert [k for keys in asked for k in keys] == ["id:r5"]
    asked.clear()
    again = ingest([source], bill, tmp_path / "c.sqlite")  # not a first ingest: every key is asked
    assert again.added == 0 and sum(map(len, asked)) == 130
    with open_store(tmp_path / "c.sqlite") as store:
        assert len(store.respondents()) == 129


def test_an_ingest_that_waited_for_another_writer_looks_up_what_that_one_stored(
    tmp_path, bill, streaming, monkeypatch
):
    # the other ingest stores the same export just before this one takes the store: this one
    # must see the responses, not take the store for empty and add them a second time
    from wetgen.consult.store.base import StoreBase

    source = _write(tmp_path / "e.csv", _rows(100))
    prepare, transaction = stream_module.prepare_campaign_search, StoreBase.transaction
    waiting = []

    def about_to_write(progress):
        prepare(progress)
        waiting.append(True)

    def other_writer_first(self):
        if waiting:
            waiting.clear()
            monkeypatch.setattr(StoreBase, "transaction", transaction)
            ingest([source], bill, tmp_path / "c.sqlite")
        return transaction(self)

    monkeypatch.setattr(stream_module, "prepare_campaign_search", about_to_write)
    monkeypatch.setattr(StoreBase, "transaction", other_writer_first)
    report = ingest([source], bill, tmp_path / "c.sqlite")
    assert (report.added, report.unchanged) == (0, 100)
    with open_store(tmp_path / "c.sqlite") as store:
        assert len(store.respondents()) == 100


class _CountingStore:
    commits = 0

    def commit_and_continue(self):
        self.commits += 1


@pytest.mark.parametrize(("first", "expected"), [(True, [1, 2, 4, 8]), (False, [])])
def test_a_first_ingest_commits_each_time_what_it_wrote_has_doubled(first, expected):
    store, at = _CountingStore(), []
    commits = stream_module.Commits(store, first)
    for chunk in range(1, 11):
        before = store.commits
        commits.written(40)
        if store.commits > before:
            at.append(chunk)
    assert at == expected


def test_campaign_texts_found_by_seq_are_those_streamed_in_store_order(sample_store):
    from wetgen.consult.ingest_stream import READ

    store = open_store(sample_store, create=False)
    streamed = {seq: text for _, text, _, seq in store.stream_campaign_texts(READ)}
    seqs = sorted(streamed, reverse=True) + [max(streamed) + 1]  # asked out of order, one missing
    found = store.campaign_texts_at(seqs, READ)
    assert found == [streamed[seq] for seq in seqs[:-1]] + [""]
    assert len(found) > 100 and all(found[:-1])  # every response has a text
