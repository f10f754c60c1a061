"""Bad input gets a one-line error and an exit code, never a traceback; the batch goes on."""

import pytest

from tests.conftest import ROOT

GOOD = ROOT / "tests" / "cases" / "good" / "wijzigingswet.yaml"


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


ALIAS_BOMB = b"""a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
wetsvoorstel: [*g,*g,*g,*g,*g,*g,*g,*g,*g]
"""


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("malformed.yaml", b"wetsvoorstel: [unclosed\n", "YAML001"),
        ("binary.yaml", bytes(range(256)) * 4, "READ001"),
        ("empty.yaml", b"", "READ002"),
        ("bomb.yaml", ALIAS_BOMB, "YAML002"),
        ("latin1.yaml", "wetsvoorstel:\n  opschrift: Caf\u00e9\n".encode("latin-1"), "READ004"),
        ("scalar.yaml", b"just text\n", "SCH003"),
        ("list.yaml", b"- a\n- b\n", "SCH003"),
    ],
)
def test_bad_files_give_a_diagnostic_not_a_traceback(run_cli, tmp_path, name, data, code):
    path = _write(tmp_path, name, data)
    exit_code, out, err = run_cli("check", str(path), str(GOOD))
    assert exit_code == 1
    assert f"[{code}]" in out
    assert "Traceback" not in out + err
    assert "2 drafts checked" in err  # the good draft after it was still checked


def test_a_50_megabyte_file_is_refused_without_reading_it(run_cli, tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    exit_code, out, err = run_cli("check", str(path))
    assert exit_code == 1
    assert "[READ003]" in out and "MB" in out


def test_a_directory_is_a_usage_error_and_the_rest_goes_on(run_cli, tmp_path):
    exit_code, out, err = run_cli("check", str(tmp_path), str(GOOD))
    assert exit_code == 2
    assert f"{tmp_path} is a directory" in err
    assert "1 draft checked" in err
    assert "Traceback" not in out + err


def test_a_missing_file_is_a_usage_error(run_cli, tmp_path):
    exit_code, _, err = run_cli("check", str(tmp_path / "nope.yaml"))
    assert exit_code == 2
    assert "no such file" in err
