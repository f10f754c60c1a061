"""The first public output after installing waits one to two minutes for deduce to build its
name lists: the CLI says so first, on stderr, instead of sitting silent."""

from __future__ import annotations

import importlib.util
from types import SimpleNamespace

from wetgen.consult.publish import names


def _deduce_at(tmp_path, monkeypatch, *, lookup: bool, built: bool) -> None:
    package = tmp_path / "deduce"
    (package / "data" / "lookup" / "cache").mkdir(parents=True, exist_ok=True) if lookup else package.mkdir()
    if built:
        (package / "data" / "lookup" / "cache" / "lookup_structs.pickle").write_bytes(b"built")
    spec = SimpleNamespace(origin=str(package / "__init__.py"))
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec if name == "deduce" else None)


def test_deduce_is_prepared_once_its_lookup_tables_are_built(tmp_path, monkeypatch):
    _deduce_at(tmp_path, monkeypatch, lookup=True, built=False)
    assert names.deduce_prepared() is False
    _deduce_at(tmp_path, monkeypatch, lookup=True, built=True)
    assert names.deduce_prepared() is True


def test_a_deduce_laid_out_otherwise_is_taken_as_prepared(tmp_path, monkeypatch):
    _deduce_at(tmp_path, monkeypatch, lookup=False, built=False)
    assert names.deduce_prepared() is True


def test_the_report_says_it_waits_for_the_name_lists_before_a_public_output(run_cli, store_path, tmp_path,
                                                                            monkeypatch):  # fmt: skip
    monkeypatch.setattr(names, "deduce_prepared", lambda: False)
    code, _, err = run_cli("consult", "report", "--db", str(store_path), "-o", str(tmp_path / "a"), "--format", "md")
    assert code == 0 and err.count("note: the first public output after installing") == 1
    code, _, err = run_cli("consult", "report", "--db", str(store_path), "-o", str(tmp_path / "b"), "--format", "md",
                           "--internal")  # fmt: skip
    assert code == 0 and "note:" not in err
    monkeypatch.setattr(names, "deduce_prepared", lambda: True)
    code, _, err = run_cli("consult", "report", "--db", str(store_path), "-o", str(tmp_path / "c"), "--format", "md")
    assert code == 0 and "note:" not in err
