"""Staff work survives edits: responses keep their id when their text changes, staff work follows
the edited point or is detached (reported, listed, kept), ids are wide and collisions reported."""

from __future__ import annotations

import sqlite3

import pytest

from tests.consult.conftest import write_export as _write
from wetgen.cli.main import main
from wetgen.consult.analyse.identity import assign_best, match_points
from wetgen.consult.ingest import ingest
from wetgen.consult.store import MIGRATIONS, SCHEMA_VERSION, open_store, response_id

POINT_TWO = (
    "Het tweede punt: de termijn in artikel 28a is te kort voor gemeenten om woningen te vinden."
)
FIXED_TWO = (
    "Het tweede punt: de termijn in artikel 28a is te kort voor gemeenten om woonruimte te vinden."
)
OTHER_TWO = (
    "Iets heel anders: wij vragen geld voor begeleiding van statushouders bij de inburgering."
)
ROWS = [
    ("Jan de Vries", "Utrecht", "3 december 2026",
     "Het eerste punt gaat over artikel 28a en de huisvesting van vergunninghouders in de gemeente."
     f"\n###\n{POINT_TWO}\n###\nHet derde punt: de toelichting noemt geen kosten voor de uitvoering."),
    ("Woningcorporatie Oost", "Deventer", "4 december 2026",
     "Wij steunen het voorstel, maar artikel 28b vraagt om overleg met de corporaties in de regio."),
    ("Anoniem", "", "5 december 2026",
     "Ik ben het oneens met dit wetsvoorstel omdat de wachtlijsten al lang genoeg zijn."),
]  # fmt: skip


def _point(store, words):
    return next(p for p in store.report_data().points if words in p.text)


@pytest.fixture
def worked(tmp_path, bill):
    """A store of three rows without id or url, with staff work on Jan's second point."""
    source, db = _write(tmp_path / "export.csv", ROWS), tmp_path / "s.sqlite"
    ingest([source], bill, db)
    with open_store(db) as store:
        point = _point(store, "tweede punt")
        store.assign(point.id, ["art_II__para_2"], note="handmatig")
        store.set_reaction(point.id, "De termijn wordt verlengd.", "artikel 28a gewijzigd")
        store.add_tag(point.id, "termijn")
        store.add_tag(point.response_id, "belangrijk")
    return source, db, point


def test_an_edited_row_keeps_its_id_and_its_staff_work(worked, bill):
    source, db, point = worked
    rows = [(*ROWS[0][:3], ROWS[0][3].replace(POINT_TWO, FIXED_TWO)), *ROWS[1:]]
    report = ingest([_write(source, rows)], bill, db)
    assert (report.added, report.updated, report.recognised, report.detached) == (0, 1, 1, [])
    with open_store(db) as store:
        assert len(store.respondents()) == 3
        moved = _point(store, "woonruimte")
        assert moved.response_id == point.response_id and moved.id != point.id
        assert moved.reaction == "De termijn wordt verlengd."
        assert moved.nodes == ("art_II__para_2",)
        assert store.dump()["tags"] == sorted(
            [(moved.id, "termijn"), (point.response_id, "belangrijk")]
        )
        assert store.orphan_work() == []


def test_an_edited_respondent_with_the_same_text_is_recognised_by_text(worked, bill):
    source, db, point = worked
    rows = [("Jan de Vries-Smit", *ROWS[0][1:]), *ROWS[1:]]
    report = ingest([_write(source, rows)], bill, db)
    assert (report.added, report.updated, report.recognised) == (0, 1, 1)
    with open_store(db) as store:
        assert _point(store, "tweede punt").reaction == "De termijn wordt verlengd."


def test_work_on_a_rewritten_point_is_detached_reported_and_listed(worked, bill, capsys):
    source, db, point = worked
    rows = [(*ROWS[0][:3], ROWS[0][3].replace(POINT_TWO, OTHER_TWO)), *ROWS[1:]]
    report = ingest([_write(source, rows)], bill, db)
    assert report.recognised == 1 and len(report.detached) == 1
    assert point.id in report.detached[0] and "show --orphans" in report.detached[0]
    with open_store(db) as store:
        orphans = store.orphan_work()
        assert {o.kind for o in orphans} == {"manual_assignments", "reactions", "tags"}
        assert {o.target for o in orphans} == {point.id}
        assert all("tweede punt" in o.text for o in orphans)
        assert "De termijn wordt verlengd." in next(
            o.data for o in orphans if o.kind == "reactions"
        )
        assert store.reactions() == {}  # nothing left on a point that no longer exists
        assert store.orphans()["detached_work"] == 3
    assert main(["consult", "--db", str(db), "show", "--orphans"]) == 1
    out = capsys.readouterr().out
    assert f"reactions on {point.id}: no point of the edited response matches it" in out
    assert "De termijn wordt verlengd." in out


def test_ingest_reports_detached_work_on_the_command_line(worked, capsys):
    source, db, point = worked
    rows = [(*ROWS[0][:3], ROWS[0][3].replace(POINT_TWO, OTHER_TWO)), *ROWS[1:]]
    _write(source, rows)
    assert main(["consult", "ingest", str(source), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert f"point {point.id}" in captured.err and "detached" in captured.err
    assert "1 responses with an edited text were recognised" in captured.out


def test_a_new_response_of_the_same_respondent_stays_a_new_response(worked, bill):
    source, db, _ = worked
    extra = (
        *ROWS[0][:3],
        "Nog een reactie: de memorie van toelichting rekent met te lage aantallen.",
    )
    report = ingest([_write(source, [*ROWS, extra])], bill, db)
    assert (report.added, report.updated, report.recognised) == (1, 0, 0)


def test_an_anonymous_look_alike_from_another_file_is_not_merged(worked, bill, tmp_path):
    _, db, _ = worked
    other = tmp_path / "andere-export.csv"
    edited = (*ROWS[2][:3], ROWS[2][3].replace("al lang", "echt al lang"))
    report = ingest([_write(other, [edited])], bill, db)
    assert (report.added, report.recognised) == (1, 0)


def test_an_anonymous_row_edited_in_its_own_file_is_recognised(worked, bill):
    source, db, _ = worked
    edited = (*ROWS[2][:3], ROWS[2][3].replace("al lang", "echt al lang"))
    report = ingest([_write(source, [*ROWS[:2], edited])], bill, db)
    assert (report.added, report.updated, report.recognised) == (0, 1, 1)


def test_look_alikes_are_never_swapped():
    notes: list[str] = []
    chosen = assign_best([("a", "x", 90.0), ("a", "y", 89.0), ("b", "z", 80.0)], notes)
    assert chosen == [("b", "z", 80.0)] and len(notes) == 1
    assert assign_best([("a", "x", 95.0), ("a", "y", 70.0)]) == [("a", "x", 95.0)]


def test_points_match_by_id_then_by_close_text():
    old = {"R1-aa": "De termijn is te kort.", "R1-bb": "Geen geld voor gemeenten voorzien."}
    new = {"R1-aa": "De termijn is te kort.", "R1-cc": "Geen geld voor de gemeenten voorzien.",
           "R1-dd": "Iets heel anders."}  # fmt: skip
    assert {o: n for o, (n, _) in match_points(old, new).items()} == {
        "R1-aa": "R1-aa",
        "R1-bb": "R1-cc",
    }


def test_ids_are_96_bits():
    assert len(response_id("guid:x")) == 1 + 24
    # birthday bound at a million responses: n² / 2^(bits + 1)
    assert (10**6) ** 2 / 2 ** (96 + 1) < 1e-9


def test_a_forced_id_collision_is_reported_not_a_crash(tmp_path, bill, monkeypatch):
    monkeypatch.setattr("wetgen.consult.store.identity.response_id", lambda key: "R" + "0" * 24)
    report = ingest([_write(tmp_path / "e.csv", ROWS)], bill, tmp_path / "c.sqlite")
    collisions = [p for p in report.problems if "is already that of" in p.message]
    assert report.added == 3 and len(collisions) == 2
    with open_store(tmp_path / "c.sqlite") as store:
        ids = [r.id for r in store.respondents()]
        assert len(set(ids)) == 3 and "R" + "0" * 24 in ids
        assert len(store.dump()["problems"]) >= 2


def test_a_store_of_schema_3_keeps_its_ids_and_staff_work(tmp_path, bill):
    source, db = _write(tmp_path / "export.csv", ROWS), tmp_path / "old.sqlite"
    ingest([source], bill, db)
    with open_store(db) as store:
        old_ids = {r.id for r in store.respondents()}
        point = _point(store, "tweede punt")
        store.set_reaction(point.id, "Oud werk.")
    raw = sqlite3.connect(db)  # make it a version-3 store again, as an older wetgen left it
    raw.executescript(
        "DROP TABLE detached_work; DROP INDEX responses_seq; PRAGMA user_version = 3;"
    )
    raw.close()
    assert len(MIGRATIONS) == SCHEMA_VERSION == 5
    report = ingest([source], bill, db)
    assert report.unchanged == 3
    with open_store(db) as store:
        assert store.version == 5 and {r.id for r in store.respondents()} == old_ids
        assert store.reactions()[point.id][0] == "Oud werk."


def test_a_file_read_only_in_part_is_known_by_its_bytes_so_a_re_read_changes_nothing():
    """A PDF cut at the time limit keeps more or less text from one run (and machine) to the next: its bytes stand for
    its text in the digest, so that re-ingesting the unchanged file leaves it unchanged; a whole read keeps its text."""
    from wetgen.consult.ingest import response_digest
    from wetgen.consult.read import RawResponse
    from wetgen.consult.read.collect import CUT

    cut = [RawResponse("file:1:a.pdf", "file", "a.pdf", text=text, extra={CUT: "ab12"}) for text in ("kort", "wat langer")]
    assert response_digest(cut[0]) == response_digest(cut[1])
    whole = [RawResponse("file:1:a.pdf", "file", "a.pdf", text=text) for text in ("kort", "wat langer")]
    assert response_digest(whole[0]) != response_digest(whole[1])
