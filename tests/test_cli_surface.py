"""One CLI surface: every command takes the common error funnel with the exit codes of
docs/commands.md, prints a draft's errors one way, shares its options' definitions, and never
lets text from a user or a file be read as terminal markup."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest

from tests.conftest import ROOT
from tests.test_docs import command_tree
from wetgen.cli.findings import MAX_SHOWN
from wetgen.cli.main import cli

GOOD = "drafts/huisvesting-vergunninghouders/01-consultatieversie.yaml"
NEWER = "drafts/huisvesting-vergunninghouders/02-adviesaanvraag.yaml"
BAD = "tests/cases/bad/unknown-actie/draft.yaml"
LAW = "tests/cases/good/zelfstandige-wet.yaml"
CLI = ROOT / "wetgen" / "cli"


def exit_cases(tmp: Path) -> list[tuple[tuple[str, ...], int]]:
    """Return (arguments, expected exit code) for ok, usage and findings cases of each command."""
    out = str(tmp / "out")
    return [
        (("check", GOOD), 0), (("check", BAD), 1), (("check", str(tmp / "nope.yaml")), 2),
        (("check", "--format", "xml"), 2),
        (("build", GOOD, "-o", out, "-f", "md"), 0), (("build", BAD, "-o", out), 1),
        (("build", GOOD, "-f", "pdf"), 2), (("build", "nope.yaml"), 2),
        (("diff", GOOD, NEWER), 0), (("diff", BAD, NEWER), 1), (("diff", GOOD), 2),
        (("diff", GOOD, NEWER, "-f", "docx"), 2),
        (("import", str(tmp / "missing.docx")), 2), (("import", str(ROOT / "README.md"), "-o", str(tmp / "r.yaml")), 2),
        (("law", "show", LAW, "--article", "1"), 0), (("law", "show", LAW, "--article", "999"), 1),
        (("law", "fetch", "BWB-nonsense"), 2), (("law", "show", BAD), 1),
        (("nonsense",), 2), (("build", "--no-such-option"), 2),
    ]  # fmt: skip


def test_every_command_exits_as_docs_commands_md_promises(run_cli, tmp_path):
    wrong = []
    for args, expected in exit_cases(tmp_path):
        code, out, err = run_cli(*args)
        if code != expected or "Traceback" in out + err:
            wrong.append((args, code, err[-300:]))
    assert wrong == []


def test_usage_errors_are_one_error_line(run_cli):
    for args in (("build", "--no-such-option"), ("diff", GOOD), ("check", "-f", "xml"), ("nonsense",)):
        code, _, err = run_cli(*args)
        assert code == 2 and err.count("\n") == 1 and err.startswith("error: "), (args, err)


def many_errors(tmp_path: Path, count: int) -> Path:
    keys = "".join(f"  onbekend{i}: x\n" for i in range(count - 1))
    path = tmp_path / "veel-fouten.yaml"
    path.write_text("wetsvoorstel:\n" + keys, encoding="utf-8")
    return path


def test_a_draft_with_many_errors_shows_the_first_ones_with_carets_and_counts_the_rest(run_cli, tmp_path):
    draft = many_errors(tmp_path, MAX_SHOWN + 7)
    _, check_out, _ = run_cli("check", str(draft))
    total = check_out.count(": error[")
    assert total > MAX_SHOWN
    for args in (("build", str(draft), "-o", str(tmp_path / "out")), ("diff", str(draft), NEWER)):
        code, out, err = run_cli(*args)
        assert code == 1 and out == ""
        assert err.count(": error[") == MAX_SHOWN
        assert err.count("^\n") == MAX_SHOWN  # every shown finding with its caret
        assert err.splitlines()[-1] == (f"error: cannot use {draft}: {total} errors in the draft "
                                        f"({total - MAX_SHOWN} not shown; `wetgen check` lists every finding)")  # fmt: skip
        check_errors = [line for line in check_out.splitlines() if ": error[" in line]
        assert [line for line in err.splitlines() if ": error[" in line] == check_errors[:MAX_SHOWN]


def test_markup_in_names_and_messages_is_printed_as_it_is(run_cli, tmp_path):
    odd = tmp_path / "[bold red]x.yaml"
    code, _, err = run_cli("build", str(odd), "-o", str(tmp_path / "out"))
    assert code == 2 and f"{odd}: no such file" in err
    odd.write_text((ROOT / BAD).read_text(encoding="utf-8"), encoding="utf-8")
    for args in (("check", str(odd)), ("build", str(odd), "-o", str(tmp_path / "out")), ("diff", str(odd), NEWER)):
        code, out, err = run_cli(*args)
        assert code == 1 and f"{odd}:13:23: error[SCH004]" in out + err, args
        assert "\\[" not in out + err


def test_an_option_has_one_definition_wherever_it_is_used():
    forms: dict[str, set[tuple[str, ...]]] = {}
    for command in command_tree(cli).values():
        for param in command.params:
            if isinstance(param, click.Option):
                long = max(param.opts, key=len)
                forms.setdefault(long, set()).add(tuple(sorted((*param.opts, *param.secondary_opts))))
    assert {name: shapes for name, shapes in forms.items() if len(shapes) > 1} == {}
    for name, short in (("--output", "-o"), ("--format", "-f"), ("--quiet", "-q")):
        assert forms[name] == {tuple(sorted((short, name)))}, name


def test_every_command_module_takes_its_shared_options_from_options_py():
    # a second definition of a shared option drifts; they live in wetgen/cli/options.py only
    shared = ('"--output"', '"--format"', '"--templates"', '"--db"', '"--bill"', '"--pdf"',
              '"--quiet"', '"--date"', '"--cache"', '"--public')  # fmt: skip
    defined_twice = [f"{path.name}: {name}" for path in sorted(CLI.glob("*.py")) if path.name != "options.py"
                     for name in shared if name in path.read_text(encoding="utf-8")]  # fmt: skip
    assert defined_twice == []


TAG = re.compile(r"\[/\]|\[/?(?:bold|dim|red|yellow|green|cyan|magenta|italic)\b")


def _strings(node: ast.AST) -> str:
    return "".join(n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str))


def _calls(node: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name]


def _safe(value: ast.FormattedValue) -> bool:
    inner = value.value
    called = inner.func.id if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) else ""
    return called in ("escape", "len") or value.format_spec is not None  # a format spec: a number


def markup_problems(path: Path) -> list[str]:
    """Return the console calls in `path` that print markup unasked or print unescaped text as markup."""
    problems = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        where = f"{path.name}:{call.lineno}"
        if call.func.attr in ("add_row", "add_column") or (isinstance(call.func.value, ast.Name) and call.func.attr == "Table"):
            problems += [f"{where}: escape() in a table cell shows backslashes"] if _calls(call, "escape") else []
            continue
        if call.func.attr != "print":
            continue
        markup = any(k.arg == "markup" and isinstance(k.value, ast.Constant) and k.value.value is True
                     for k in call.keywords)  # fmt: skip
        text = "".join(_strings(arg) for arg in call.args)
        if TAG.search(text) and not markup:
            problems.append(f"{where}: markup tags printed without markup=True")
        if markup:
            unescaped = [v for arg in call.args for v in ast.walk(arg) if isinstance(v, ast.FormattedValue) and not _safe(v)]
            problems += [f"{where}: {ast.unparse(v.value)} is not escaped" for v in unescaped]
        elif _calls(call, "escape"):
            problems.append(f"{where}: escape() without markup=True shows backslashes")
    return problems


def test_text_is_markup_only_where_a_call_asks_for_it_and_then_escaped():
    # consoles read no markup unless a call passes markup=True (cli.common.console)
    problems = [p for path in sorted(CLI.glob("*.py")) for p in markup_problems(path)]
    assert problems == []


@pytest.mark.parametrize("bad", ['console().print(f"[bold]{name}[/]", markup=True)',
                                 'console().print(f"[red]oops[/]")',
                                 'console().print(escape(name))',
                                 'table.add_row(escape(name))'])  # fmt: skip
def test_the_markup_check_finds_each_kind_of_mistake(tmp_path, bad):
    sample = tmp_path / "sample.py"
    sample.write_text(bad + "\n", encoding="utf-8")
    assert len(markup_problems(sample)) == 1


def test_no_module_of_wetgen_is_above_450_lines():
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in (ROOT / "wetgen").rglob("*.py")}  # fmt: skip
    assert {path: n for path, n in sizes.items() if n > 450} == {}
