"""Every CLI command is documented in docs/commands.md."""

import click

from tests.conftest import ROOT
from wetgen.cli.main import cli


def command_names(group: click.Group, prefix: str = "wetgen") -> list[str]:
    ctx = click.Context(group)
    names = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        full = f"{prefix} {name}"
        names.append(full)
        if isinstance(command, click.Group):
            names.extend(command_names(command, full))
    return names


def test_every_command_has_a_section_in_the_docs():
    docs = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    missing = [name for name in command_names(cli) if f"### {name}\n" not in docs]
    assert missing == []


def test_the_readme_quick_start_has_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("## ", 1)[0]
    blocks = [b for b in quick_start.split("```sh")[1:]]
    assert len(blocks) == 2
    assert "wetgen build" in blocks[0] and "pytest" in blocks[1]
