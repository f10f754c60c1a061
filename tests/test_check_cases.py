"""Scenario folders: good drafts check clean; each bad draft gives its expected codes at the right lines."""

from pathlib import Path

import pytest

from tests.conftest import ROOT, default_versions

CASES = ROOT / "tests" / "cases"
GOOD = sorted((CASES / "good").glob("*.yaml"))
BAD = sorted(p for p in (CASES / "bad").iterdir() if p.is_dir())
INFO = sorted(p for p in (CASES / "info").iterdir() if p.is_dir())


def expected(case: Path) -> set[tuple[str, int]]:
    pairs = (line.split() for line in (case / "expected.txt").read_text().splitlines() if line.strip())
    return {(code, int(line)) for code, line in pairs}


def found(stdout: str) -> set[tuple[str, int]]:
    result = set()
    for line in stdout.splitlines():
        head = line.split(": ", 2)
        if len(head) >= 2 and "[" in head[1] and not line.startswith(" "):
            loc_line = int(head[0].rsplit(":", 2)[1])
            result.add((head[1].split("[")[1].rstrip("]"), loc_line))
    return result


@pytest.mark.parametrize("draft", GOOD + default_versions(), ids=lambda p: p.stem)
def test_good_drafts_check_clean(run_cli, draft):
    code, out, err = run_cli("check", str(draft))
    assert code == 0, out
    assert "no findings" in err


@pytest.mark.parametrize("case", BAD, ids=lambda p: p.name)
def test_bad_drafts_report_expected_codes(run_cli, case):
    code, out, err = run_cli("check", str(case / "draft.yaml"))
    assert code == 1
    assert expected(case) <= found(out), out
    assert "Traceback" not in out + err


@pytest.mark.parametrize("case", INFO, ids=lambda p: p.name)
def test_info_drafts_pass_with_their_expected_notes(run_cli, case):
    """Choices a drafter may make (a single date by KB, quotation marks in the quoted words)
    are noted, not failed: the check exits 0 and shows the note at its line."""
    code, out, err = run_cli("check", str(case / "draft.yaml"))
    assert code == 0, out
    assert expected(case) <= found(out), out


def test_every_line_has_the_documented_shape(run_cli):
    code, out, _ = run_cli("check", str(CASES / "bad" / "typo-in-key" / "draft.yaml"))
    assert code == 1
    assert "draft.yaml:2:3: error[SCH001]: unknown key 'opschrif' in wetsvoorstel" in out
    assert "hint: did you mean 'opschrift'?" in out
    assert "  ^" in out  # the caret under the column


def test_json_format_is_machine_readable(run_cli):
    import json

    code, out, _ = run_cli("check", "--format", "json", str(CASES / "bad" / "bad-date" / "draft.yaml"))
    assert code == 1
    records = json.loads(out)
    assert {"path", "line", "col", "severity", "code", "message", "hint", "rule"} <= set(records[0])
    assert any(r["code"] == "SCH004" and r["line"] == 4 for r in records)


def test_no_arguments_checks_every_version_of_the_default_draft(run_cli):
    code, _, err = run_cli("check")
    assert code == 0
    assert f"{len(default_versions())} drafts checked: no findings" in err
