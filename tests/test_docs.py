"""The docs cannot drift from the code: every command and option is in docs/commands.md, every
module of wetgen/ is in its package's table in docs/architecture.md, and the layer tables there
are the import-linter contracts."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import click

from tests.conftest import ROOT
from wetgen.cli.main import cli

COMMANDS_DOC = ROOT / "docs" / "commands.md"
ARCHITECTURE_DOC = ROOT / "docs" / "architecture.md"


def command_tree(group: click.Group, prefix: str = "wetgen") -> dict[str, click.Command]:
    """Return every command under `group` by its full name, lazily registered ones included."""
    ctx = click.Context(group)
    found: dict[str, click.Command] = {}
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        full = f"{prefix} {name}"
        found[full] = command
        if isinstance(command, click.Group):
            found.update(command_tree(command, full))
    return found


def sections(text: str) -> dict[str, str]:
    """Return the text under each `### heading`, up to the next heading of any level."""
    parts = re.split(r"^(#{2,3} .*)$", text, flags=re.M)
    return {parts[i][4:].strip(): parts[i + 1] for i in range(1, len(parts), 2) if parts[i].startswith("### ")}


def mentions(option: str, text: str) -> bool:
    """Tell whether `text` names the option `-o` or `--output` as a whole word."""
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def test_every_command_has_a_section_in_the_docs():
    documented = sections(COMMANDS_DOC.read_text(encoding="utf-8"))
    missing = [name for name in command_tree(cli) if name not in documented]
    assert missing == []


def test_every_option_of_every_command_is_in_its_section():
    documented = sections(COMMANDS_DOC.read_text(encoding="utf-8"))
    missing = []
    for name, command in command_tree(cli).items():
        for param in command.params:
            if isinstance(param, click.Option):
                missing += [f"{name} {opt}" for opt in (*param.opts, *param.secondary_opts)
                            if not mentions(opt, documented.get(name, ""))]  # fmt: skip
    assert missing == []


def test_each_synopsis_names_only_options_the_command_has():
    documented = sections(COMMANDS_DOC.read_text(encoding="utf-8"))
    stale = []
    for name, command in command_tree(cli).items():
        synopsis = re.search(r"```\n(.*?)```", documented.get(name, ""), flags=re.S)
        assert synopsis, f"{name} has no synopsis block"
        known = {opt for p in command.params for opt in (*p.opts, *getattr(p, "secondary_opts", []))}
        stale += [f"{name} {opt}" for opt in re.findall(r"(?<![\w-])--?[a-z][\w-]*", synopsis[1])
                  if opt not in known | {"--help", "-h"}]  # fmt: skip
    assert stale == []


def modules_of(folder: Path) -> set[str]:
    """Return the modules a package's table must list: every .py but a docstring-only __init__."""
    names = set()
    for path in folder.glob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        code = [n for n in body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
                and not (isinstance(n, ast.ImportFrom) and n.module == "__future__")]  # fmt: skip
        if path.name != "__init__.py" or code:
            names.add(path.name)
    return names


def module_tables(text: str) -> dict[str, set[str]]:
    """Return, per package heading (### `wetgen/x/`), the module names in its table's first column."""
    tables = {}
    for heading, body in sections(text).items():
        package = re.fullmatch(r"`(wetgen/(?:[\w/]+/)?)`", heading)
        if package:
            tables[package[1]] = set(re.findall(r"^\| `([\w]+\.py)` \|", body, flags=re.M))
    return tables


def test_every_module_is_in_its_package_table_and_every_row_is_a_module():
    tables = module_tables(ARCHITECTURE_DOC.read_text(encoding="utf-8"))
    packages = sorted({p.parent for p in (ROOT / "wetgen").rglob("*.py")})
    missing, stale = [], []
    for folder in packages:
        key = folder.relative_to(ROOT).as_posix() + "/"
        listed = tables.get(key, set())
        missing += [key + name for name in sorted(modules_of(folder) - listed)]
        stale += [key + name for name in sorted(listed - {p.name for p in folder.glob("*.py")})]
    assert missing == [] and stale == []
    assert set(tables) <= {p.relative_to(ROOT).as_posix() + "/" for p in packages}


def layer_tables(text: str) -> list[list[set[str]]]:
    """Return the layer tables of the Layers section: per table, the modules of each row."""
    section = text.split("\n## Layers\n", 1)[1].split("\n## ", 1)[0]
    tables = []
    for table in re.split(r"\n\n(?=\|)", section)[1:]:
        rows = re.findall(r"^\| \d+ \| (.*?) \|", table, flags=re.M)
        tables.append([set(re.findall(r"`(wetgen[\w.]*)`", row)) for row in rows])
    return tables


def test_the_layer_tables_are_the_import_linter_contracts():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = [c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    expected = [[{m.strip() for m in re.split(r"[:|]", layer)} for layer in c["layers"]] for c in contracts]
    assert layer_tables(ARCHITECTURE_DOC.read_text(encoding="utf-8")) == expected


def test_the_readme_quick_start_has_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("## ", 1)[0]
    blocks = [b for b in quick_start.split("```sh")[1:]]
    assert len(blocks) == 2
    assert "wetgen build" in blocks[0] and "pytest" in blocks[1]
