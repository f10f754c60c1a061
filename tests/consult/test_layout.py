"""The consultation's shape: stages as packages, and every SQL statement in the store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WETGEN = ROOT / "wetgen"
STAGES = ("read", "analyse", "store", "publish")
SQL_CALLS = {"execute", "executemany", "executescript"}
SQL_TEXT = re.compile(
    r"^\s*(SELECT\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|(CREATE|DROP)\s+(TABLE|VIEW|INDEX)\s|ALTER\s+TABLE\s|PRAGMA\s)"
)


def _sql_outside_the_store(package: Path = WETGEN) -> list[str]:
    """Return every SQL call and SQL text in `package`, except in its consult/store."""
    store = package / "consult" / "store"
    found = []
    for path in sorted(package.rglob("*.py")):
        if store in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(package)}:{getattr(node, 'lineno', 0)}"
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
            ):
                found.append(f"{where}: .{node.func.attr}()")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if SQL_TEXT.match(node.value):
                    found.append(f"{where}: {node.value.split()[0]} …")
    return found


def test_only_the_store_runs_sql():
    assert _sql_outside_the_store() == []


def test_the_check_finds_sql_where_it_is(tmp_path):
    code = 'def f(conn):\n    return conn.execute("SELECT 1")\n'
    for folder in ("consult/publish", "consult/store", "cli"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "probe.py").write_text(code, encoding="utf-8")
    found = _sql_outside_the_store(tmp_path)
    assert sorted(f.split(":")[0] for f in found) == ["cli/probe.py", "cli/probe.py",
                                                      "consult/publish/probe.py",
                                                      "consult/publish/probe.py"]


def test_each_stage_is_a_package_that_says_what_it_takes_and_gives():
    for stage in STAGES:
        init = WETGEN / "consult" / stage / "__init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert doc.startswith(f"The {stage} stage"), stage
        assert "Takes" in doc and ("gives" in doc or "Gives" in doc), stage


def test_no_consult_module_is_longer_than_450_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in (WETGEN / "consult").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert long == {}
