"""The public library API: `import wetgen` is instant, every public name resolves and is
documented, and the example in docs/api.md runs and prints what the page says it prints."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
import subprocess
import sys

import wetgen
from tests.conftest import ROOT

API_DOC = ROOT / "docs" / "api.md"


def blocks(language: str) -> list[str]:
    """Return the fenced blocks of docs/api.md in `language`, in order."""
    text = API_DOC.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.S | re.M)


def test_the_example_runs_and_prints_what_the_page_shows(tmp_path, monkeypatch):
    (example,) = blocks("python")
    (shown,) = blocks("text")
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example, str(API_DOC), "exec"), {"__name__": "api_example"})
    assert printed.getvalue().rstrip() == shown.rstrip()
    assert (tmp_path / "out" / "redline.docx").stat().st_size > 1000
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".docx", ".docx", ".docx", ".md"]


def test_import_wetgen_loads_no_other_module():
    code = "import sys, json, wetgen; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          check=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})  # fmt: skip
    loaded = set(json.loads(done.stdout))
    assert {m for m in loaded if m.startswith("wetgen")} == {"wetgen"}
    assert not loaded & {"yaml", "lxml", "jinja2", "click", "rich", "numpy", "numba"}


def test_every_public_name_resolves_and_is_documented():
    doc = API_DOC.read_text(encoding="utf-8")
    undocumented = [name for name in wetgen.__all__ if f"`{name}" not in doc]
    assert undocumented == []
    for name in wetgen.__all__:
        value = getattr(wetgen, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), name
    assert set(wetgen.__all__) <= set(dir(wetgen))


def test_no_public_name_is_the_name_of_a_submodule():
    # importing wetgen.check would replace a function wetgen.check by the subpackage
    submodules = {p.stem if p.is_file() else p.name for p in (ROOT / "wetgen").iterdir()
                  if p.suffix == ".py" or (p / "__init__.py").is_file()}  # fmt: skip
    assert set(wetgen.__all__) & submodules == set()


def test_an_unknown_name_is_an_attribute_error():
    try:
        wetgen.nonsense  # noqa: B018
    except AttributeError as exc:
        assert "nonsense" in str(exc)
    else:
        raise AssertionError("wetgen.nonsense resolved")


def test_the_api_functions_never_print():
    tree = ast.parse((ROOT / "wetgen" / "api.py").read_text(encoding="utf-8"))
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    assert "print" not in calls


def test_load_imports_a_bill_document_as_wetgen_import_reads_it(tmp_path):
    text = ("Wet van 1 januari 2020 tot wijziging van de Wet op de proef\n\nARTIKEL I\n\n"
            "In artikel 3 van de Wet op de proef, wordt «a» vervangen door «b».\n")  # fmt: skip
    (tmp_path / "wet.txt").write_text(text, encoding="utf-8")
    bill = wetgen.load(tmp_path / "wet.txt")
    article = next(bill.articles())
    assert article.amends is not None and article.amends.citeertitel == "Wet op de proef"
    assert article.onderdelen[0].instructions[0].verb_comma
