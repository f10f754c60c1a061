"""Items 6 of issue 17 (issue 16, item 8): control characters in a draft give a located error,
never a traceback; deep nesting is refused; a flood of unknown keys is reported per key, capped,
in linear time."""

from __future__ import annotations

import time

import pytest

CONTROL = ["\\0", "\\a", "\\e", "\\uFFFE", "\\x1b", "\\x7f", "\\u202e", "\\x85"]


@pytest.mark.parametrize("escape", CONTROL)
@pytest.mark.parametrize("where", ["citeertitel", "toelichting"])
def test_an_escaped_control_character_is_a_located_error(run_cli, variant, tmp_path, escape, where):
    if where == "citeertitel":
        path = variant(("citeertitel: Wet uitvoerbare huisvesting vergunninghouders",
                        f'citeertitel: "Wet uitvoerbare {escape} huisvesting vergunninghouders"'))
    else:
        path = variant(("      toelichting: |\n        Artikel I bevat",
                        f'      toelichting: "Artikel I{escape} bevat"\n      x_: |\n        Artikel I bevat'))
    code, out, err = run_cli("check", str(path))
    assert code == 1
    assert "Traceback" not in out + err
    assert "[SCH011]" in out, out
    line = int(out.split("[SCH011]")[0].rsplit(":", 3)[1])
    assert where in path.read_text().splitlines()[line - 1] or escape in path.read_text().splitlines()[line - 1]
    assert not any(ch in out + err for ch in "\x00\x07\x1b\ufffe\x7f\u202e\x85")
    code, out, err = run_cli("build", str(path), "-o", str(tmp_path / "out"))
    assert code == 1 and "Traceback" not in out + err and "SCH011" in err


def test_a_deeply_nested_draft_is_refused_with_a_located_error(run_cli, tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("wetsvoorstel:\n  artikelen:\n    - tekst: " + "[" * 100_000 + "]" * 100_000 + "\n")
    code, out, err = run_cli("check", str(path))
    assert code == 1 and "[READ005]" in out and "Traceback" not in out + err


def _flood(tmp_path, count: int, same: bool = False):
    keys = "".join(f"  onbekend{0 if same else n}: x\n" for n in range(count))
    lids = "".join(f"      - {{tekst: Tekst.;, tekts{0 if same else n}: y}}\n" for n in range(count))
    path = tmp_path / f"flood-{count}-{same}.yaml"
    path.write_text("wetsvoorstel:\n" + keys + "  artikelen:\n  - leden:\n" + lids)
    return path


def test_an_unknown_key_flood_is_capped(run_cli, tmp_path):
    code, out, err = run_cli("check", str(_flood(tmp_path, 20_000)))
    assert code == 1
    assert out.count("[SCH001]") <= 60, out.count("[SCH001]")
    assert "more unknown keys" in out
    assert len(out.splitlines()) < 600


def test_one_misspelt_key_in_many_places_is_reported_once_with_its_lines(run_cli, tmp_path):
    code, out, err = run_cli("check", str(_flood(tmp_path, 50, same=True)))
    assert out.count("unknown key 'tekts0'") == 1
    assert "also at line" in out


def test_checking_an_unknown_key_flood_grows_linearly(run_cli, tmp_path):
    small, large = _flood(tmp_path, 5_000), _flood(tmp_path, 40_000)
    run_cli("check", str(small))  # warm up imports
    started = time.perf_counter()
    run_cli("check", str(small))
    t_small = time.perf_counter() - started
    started = time.perf_counter()
    run_cli("check", str(large))
    t_large = time.perf_counter() - started
    assert t_large < 8 * t_small * 2.5, (t_small, t_large)
