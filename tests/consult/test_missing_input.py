"""A typo in an ingest source is an input error: one line, exit 2, and no store is created."""

from __future__ import annotations

from .conftest import DRAFT, SAMPLE


def test_a_missing_source_folder_exits_2_and_creates_no_store(run_cli, tmp_path):
    typo = tmp_path / "huisvesting-vergunninghoudrs"
    code, out, err = run_cli("consult", "ingest", str(typo), "--bill", str(DRAFT), cwd=tmp_path)
    assert code == 2
    assert err.splitlines() == [f"error: {typo}: no such file or folder; nothing was ingested"]
    assert out == ""
    assert list(tmp_path.rglob("*.sqlite*")) == []


def test_one_missing_source_among_good_ones_stops_the_whole_ingest(run_cli, tmp_path):
    good = SAMPLE / "export-internetconsultatie.csv"
    missing = tmp_path / "export-backoffice.xlsx"
    db = tmp_path / "consult.sqlite"
    code, _, err = run_cli("consult", "ingest", str(good), str(missing), "--bill", str(DRAFT),
                           "--db", str(db), cwd=tmp_path)  # fmt: skip
    assert code == 2
    assert err.splitlines() == [f"error: {missing}: no such file or folder; nothing was ingested"]
    assert not db.exists()


def test_several_missing_sources_are_named_on_one_line(run_cli, tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b"
    code, _, err = run_cli("consult", "ingest", str(first), str(second), "--bill", str(DRAFT),
                           cwd=tmp_path)  # fmt: skip
    assert code == 2
    assert err.splitlines() == [
        f"error: {first}, {second}: no such file or folder; nothing was ingested"
    ]
    assert list(tmp_path.iterdir()) == []
