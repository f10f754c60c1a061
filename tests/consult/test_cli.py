"""`wetgen consult ingest / show / assign` as a user runs them."""

from __future__ import annotations

from wetgen.cli.main import main
from wetgen.consult.store import open_store

from .conftest import DRAFT


def _run(args, capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_show_assign_and_reingest(sample, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = sample / "consult.sqlite"
    code, out, err = _run(["consult", "ingest", str(sample), "--bill", str(DRAFT)], capsys)
    assert (
        code == 0 and "328 responses read: 328 added" in out and db.exists()
    )  # default: next to the data
    code, out, _ = _run(["consult", "show", "--db", str(db)], capsys)
    assert (
        code == 0
        and "Artikel I, onderdeel B" in out
        and "Memorie van toelichting" in out
        and "Campagne" in out
    )
    code, out, _ = _run(
        ["consult", "show", "--db", str(db), "--article", "het nieuwe artikel 28a", "--limit", "3"],
        capsys,
    )
    assert code == 0 and out.startswith("Artikel I, onderdeel B")
    with open_store(db) as store:
        point = min(p.id for p in store.placed_points() if not p.nodes)
        response = point.split("-")[0]
    code, out, _ = _run(["consult", "assign", point, "--db", str(db), "--article", "artikel III, tweede lid, onderdeel d",
                         "--note", "over de evaluatie"], capsys)  # fmt: skip
    assert code == 0 and "Artikel III, tweede lid, onderdeel d" in out
    code, out, _ = _run(
        ["consult", "assign", response, "--db", str(db), "--category", "wetenschap"], capsys
    )
    assert code == 0
    code, out, _ = _run(["consult", "ingest", str(sample), "--bill", str(DRAFT)], capsys)
    assert "0 added, 0 updated, 328 unchanged" in out
    code, out, _ = _run(
        ["consult", "show", "--db", str(db), "--article", "III lid 2 sub d", "--limit", "1000"],
        capsys,
    )
    assert point in out and "manual" in out
    assert {r.id: r.category for r in open_store(db).respondents()}[response] == "wetenschap"
    code, out, _ = _run(["consult", "assign", point, "--db", str(db), "--clear"], capsys)
    assert code == 0 and "removed" in out


def test_assign_usage_errors(sample_store, capsys):
    code, _, err = _run(
        ["consult", "assign", "R-nope", "--db", str(sample_store), "--article", "II"], capsys
    )
    assert code == 2 and "no point or response" in err
    code, _, err = _run(["consult", "assign", "R-nope", "--db", str(sample_store)], capsys)
    assert code == 2 and "say what to do" in err
    code, _, err = _run(
        ["consult", "show", "--db", str(sample_store), "--article", "artikel 77"], capsys
    )
    assert code == 2 and "names no article" in err
