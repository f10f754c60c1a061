"""Consultation is an optional extra: drafting works without numba, numpy, matplotlib and co.

The heavy libraries only `wetgen/consult/` needs are in `wetgen[consult]`; a consult command
run without them says so in one line and exits 2.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib

from tests.conftest import ROOT

# distribution → the top-level module it installs
CONSULT_DISTRIBUTIONS = {
    "deduce": "deduce",
    "numba": "numba",
    "numpy": "numpy",
    "matplotlib": "matplotlib",
    "openpyxl": "openpyxl",
    "pdfminer.six": "pdfminer",
    "python-stdnum": "stdnum",
    "simplemma": "simplemma",
    "stopwordsiso": "stopwordsiso",
    "scikit-learn": "sklearn",
    "threadpoolctl": "threadpoolctl",
}
# never needed directly: datasketch brought scipy (~100 MB) for a MinHash wetgen computes itself
# (scikit-learn, for the report's themes, still brings scipy into the consultation extra)
UNUSED = {"datasketch", "scipy", "llvmlite"}
MESSAGE = "error: wetgen consult needs the consultation extra: pip install 'wetgen[consult]'"

BLOCKER = """
import sys
BLOCKED = set(sys.argv[1].split(","))

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
        return None

sys.meta_path.insert(0, Blocker())
"""


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def names(requirements: list[str]) -> set[str]:
    """Return the distribution names of requirement strings, lower-cased, extras dropped."""
    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() for r in requirements}


def run_without_extra(code: str, tmp_path) -> subprocess.CompletedProcess:
    """Run Python `code` from the repository root with the consult extra made unimportable."""
    script = tmp_path / "script.py"
    script.write_text(BLOCKER + code, encoding="utf-8")
    blocked = ",".join(sorted({*CONSULT_DISTRIBUTIONS.values(), *UNUSED}))
    return subprocess.run([sys.executable, str(script), blocked], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env=_env())  # fmt: skip


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}


def test_the_core_dependencies_leave_out_what_only_consultation_needs():
    core = names(project()["dependencies"])
    assert core & {*CONSULT_DISTRIBUTIONS, *UNUSED} == set()
    assert {"rapidfuzz", "pillow"} <= core  # wetgen/diff and wetgen/word need these


def test_the_consult_extra_has_them_and_the_test_extra_includes_it():
    extras = project()["optional-dependencies"]
    assert names(extras["consult"]) == set(CONSULT_DISTRIBUTIONS)
    assert "wetgen[consult]" in extras["test"]


def test_the_cli_checks_exactly_the_modules_of_the_extra():
    from wetgen.cli.consult import CONSULT_MODULES

    assert set(CONSULT_MODULES) == set(CONSULT_DISTRIBUTIONS.values())


def test_no_module_outside_consult_imports_the_extra(tmp_path):
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "wetgen").rglob("*.py")
        if path.relative_to(ROOT / "wetgen").parts[0] != "consult"
    )
    assert {"wetgen.cli.consult", "wetgen.cli.consult_report", "wetgen.diff.match"} <= set(modules)
    code = f"""
import importlib, json
failed = {{}}
for name in {modules!r}:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed[name] = str(exc)
print(json.dumps(failed))
"""
    done = run_without_extra(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {}


def test_drafting_commands_run_without_the_extra(tmp_path):
    code = f"""
from wetgen.cli.main import main
assert main(["build", "-o", {str(tmp_path / "out")!r}]) == 0
assert main(["check"]) == 0
(bill,) = sorted(__import__("pathlib").Path({str(tmp_path / "out")!r}).glob("*wetsvoorstel.docx"))
assert main(["import", str(bill), "-o", {str(tmp_path / "imported.yaml")!r}]) in (0, 1)
assert main(["diff", "drafts/huisvesting-vergunninghouders/01-consultatieversie.yaml",
             "drafts/huisvesting-vergunninghouders/02-adviesaanvraag.yaml",
             "-o", {str(tmp_path / "diff.txt")!r}]) in (0, 1)
"""
    done = run_without_extra(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out").is_dir() and (tmp_path / "diff.txt").is_file()
    assert (tmp_path / "imported.yaml").is_file()


def test_a_consult_command_without_the_extra_says_how_to_install_it(tmp_path):
    code = """
import sys
from wetgen.cli.main import main
for args in (["consult", "show"], ["consult", "ingest", "consultations"], ["consult", "report"],
             ["consult", "import-reactions", "tabel.xlsx"], ["consult", "assign", "R1", "--clear"]):
    code = main(args)
    print(code, file=sys.stderr)
    assert code == 2, args
assert main(["consult", "--help"]) == 0
"""
    done = run_without_extra(code, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert all(line.startswith(MESSAGE) for line in lines[::2]), lines
    assert "pip install -e '.[consult]'" in lines[0]  # the command for a clone of the repository
    assert "missing: " + ", ".join(sorted(CONSULT_DISTRIBUTIONS.values())) in lines[0]
    assert lines[1::2] == ["2"] * 5
    assert "ingest" in done.stdout  # --help lists the subcommands
