"""The `wetgen` command group; each subcommand lives in its own module under wetgen.cli.

Subcommands are imported only when they are run (or listed by --help), so `wetgen check` does
not pay for the plotting and spreadsheet libraries that the consultation reports need.
"""

from __future__ import annotations

import importlib
import sys

import click

from wetgen import __version__
from wetgen.cli.common import run_guarded

# command name → (module, attribute)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("wetgen.cli.check", "check"),
    "build": ("wetgen.cli.build", "build"),
    "diff": ("wetgen.cli.diff", "diff"),
    "consult": ("wetgen.cli.consult", "consult"),
    "law": ("wetgen.cli.law", "law"),
    "consolidate": ("wetgen.cli.consolidate", "consolidate"),
    "import": ("wetgen.cli.import_bill", "import_bill"),
    "amend": ("wetgen.cli.amend", "amend"),
}


class LazyGroup(click.Group):
    """A click group that imports each subcommand's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return the names of every subcommand, without importing them."""
        return sorted({*COMMANDS, *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """Import and return the subcommand called `name`, or None."""
        if name in self.commands or name not in COMMANDS:
            return super().get_command(ctx, name)
        module, attribute = COMMANDS[name]
        command = getattr(importlib.import_module(module), attribute)
        if name == "consult":
            from wetgen.cli.consult_report import register_report_commands

            register_report_commands(command)
        self.add_command(command, name)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wetgen")
def cli() -> None:
    """Draft, check, render and compare Dutch bills, and process their consultations."""


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (0 clean, 1 findings, 2 usage errors)."""
    return run_guarded(cli, argv)


if __name__ == "__main__":
    sys.exit(main())
