"""`wetgen diff` end to end: text and JSON output, files, git revisions and one-line errors."""

import io
import json
import shutil
import subprocess
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from wetgen.cli.main import main
from wetgen.diff.changes import KINDS, SCHEMA

ROOT = Path(__file__).resolve().parents[2]

V1 = "drafts/huisvesting-vergunninghouders/01-consultatieversie.yaml"
V2 = "drafts/huisvesting-vergunninghouders/02-adviesaanvraag.yaml"


def test_text_output_lists_every_change_without_colour(run_cli):
    code, out, err = run_cli("diff", V1, V2)
    assert code == 0, err
    assert out.startswith("Consultatieversie → Versie na internetconsultatie\n")
    assert "wetsvoorstel: 1 ingevoegd, 1 vervallen, 0 verplaatst, 3 vernummerd, 2 gewijzigd" in out
    assert "[-zes-]{+twaalf+}" in out
    assert "+ ingevoegd  onderdeel   Artikel I, onderdeel D\n" in out
    assert "# verletterd onderdeel   Artikel I: D → E\n" in out
    assert "Artikel 28a (nieuw) — artikel I, onderdeel B: 4 → 3, 5 → 4" in out
    assert "\x1b[" not in out


def test_json_output_follows_the_schema(run_cli):
    code, out, _ = run_cli("diff", V1, V2, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["schema", "old", "new", "summary", "changes", "considerans", "toelichting", "metadata"]
    assert data["schema"] == SCHEMA
    assert list(data["summary"]) == list(KINDS)
    keys = [
        "kind",
        "unit",
        "key",
        "old",
        "new",
        "text",
        "content",
        "renumbering",
        "caused_by",
        "consequential",
    ]
    assert all(list(c) == keys for c in data["changes"])
    inserted = [c for c in data["changes"] if c["kind"] == "inserted"]
    assert inserted[0]["old"] is None and inserted[0]["new"]["eid"] == "art_I__point_D"


def test_output_file_is_deterministic(run_cli, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run_cli("diff", V1, V2, "--format", "json", "-o", str(first))[0] == 0
    assert run_cli("diff", V1, V2, "--format", "json", "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    text = tmp_path / "diff.txt"
    assert run_cli("diff", V1, V2, "-o", str(text))[0] == 0
    assert "[-zes-]{+twaalf+}" in text.read_text(encoding="utf-8")


def test_same_version_has_no_changes(run_cli):
    code, out, _ = run_cli("diff", V2, V2)
    assert code == 0
    assert "geen wijzigingen" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("missing.yaml", V2), "missing.yaml: no such file"),
        ((V1 + "@", V2), "expected PATH@REVISION"),
        ((V1 + "@--output=x", V2), "cannot start with '-'"),
        ((V1, V2, "-o", "drafts"), "is a directory"),
        ((V1, V2, "--format", "xml"), "'--format': 'xml' is not one of"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(run_cli, args, message):
    code, out, err = run_cli("diff", *args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err + out


def test_output_into_a_folder_not_yet_there_makes_it(run_cli, tmp_path):
    target = tmp_path / "nieuw" / "map" / "wijzigingen.json"
    code, out, err = run_cli("diff", str(ROOT / V1), str(ROOT / V2), "-o", str(target))
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8"))["changes"]


def test_output_below_a_file_is_refused_before_any_work(run_cli, tmp_path):
    (tmp_path / "een-bestand").write_text("x", encoding="utf-8")
    target = tmp_path / "een-bestand" / "map" / "redline.docx"
    code, _, err = run_cli("diff", str(ROOT / V1), str(ROOT / V2), "-o", str(target))
    assert code == 2
    assert err.count("\n") == 1 and "een-bestand is a file" in err
    assert not (tmp_path / "een-bestand").is_dir()


def test_an_invalid_draft_exits_1_with_its_finding_as_check_prints_it(run_cli):
    draft = "tests/cases/bad/malformed-yaml/draft.yaml"
    code, _, err = run_cli("diff", draft, V2)
    _, check_out, _ = run_cli("check", draft)
    assert code == 1
    assert err.splitlines() == [*check_out.splitlines(), f"error: cannot use {draft}: 1 error in the draft"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_version_is_read_from_git_history(run_cli, tmp_path, monkeypatch):
    for name in ("GIT_AUTHOR", "GIT_COMMITTER"):
        monkeypatch.setenv(f"{name}_NAME", "wetgen tests")
        monkeypatch.setenv(f"{name}_EMAIL", "tests@example.org")
    source = ROOT / "drafts" / "huisvesting-vergunninghouders"
    for md in source.glob("*.mvt.md"):
        shutil.copy(md, tmp_path / md.name)
    draft = tmp_path / "wet.yaml"
    git = ["git", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    for version in (V1, V2):
        shutil.copy(ROOT / version, draft)
        subprocess.run([*git, "add", "wet.yaml"], cwd=tmp_path, check=True)
        subprocess.run([*git, "commit", "-q", "-m", version], cwd=tmp_path, check=True)
    code, out, err = run_cli(
        "diff", "wet.yaml@HEAD~1", "wet.yaml", "--format", "json", cwd=tmp_path
    )
    assert code == 0, err
    assert json.loads(out)["summary"] == {
        "inserted": 1,
        "deleted": 1,
        "moved": 0,
        "renumbered": 3,
        "changed": 2,
    }
    code, _, err = run_cli("diff", "wet.yaml@HEAD~5", "wet.yaml", cwd=tmp_path)
    assert code == 2
    assert err.startswith("error: wet.yaml@HEAD~5:") and err.count("\n") == 1


def _run_coloured(monkeypatch, no_color):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["diff", V1, V2]) == 0
    return out.getvalue()


def test_colour_is_used_unless_no_color_is_set(monkeypatch):
    green, red = "\x1b[32m", "\x1b[31m"
    coloured = _run_coloured(monkeypatch, no_color=False)
    assert green in coloured and red in coloured
    plain = _run_coloured(monkeypatch, no_color=True)
    assert green not in plain and red not in plain and "[-zes-]{+twaalf+}" in plain


def test_nota_format_writes_the_nota_van_wijziging(run_cli, tmp_path):
    code, out, err = run_cli("diff", V1, V2, "--format", "nota")
    assert code == 0, err
    assert "NOTA VAN WIJZIGING\n" in out
    assert (
        "Onder verlettering van onderdeel D tot onderdeel E wordt na artikel I, onderdeel C," in out
    )
    target = tmp_path / "nota.txt"
    assert run_cli("diff", V1, V2, "--format", "nota", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == out


def test_json_output_validates_against_the_published_schema(run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "wetgen" / "diff" / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for old, new in ((V1, V2), (V2, V1), (V1, V1)):
        code, out, _ = run_cli("diff", old, new, "--format", "json")
        assert code == 0
        jsonschema.validate(json.loads(out), schema, cls=jsonschema.Draft202012Validator)
    bad = json.loads(run_cli("diff", V1, V2, "--format", "json")[1])
    bad["changes"][0]["kind"] = "edited"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)
