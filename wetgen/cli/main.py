"""The `wetgen` command group; each subcommand lives in its own module under wetgen.cli."""

from __future__ import annotations

import sys

import click

from wetgen import __version__
from wetgen.cli.common import run_guarded


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wetgen")
def cli() -> None:
    """Draft, check, render and compare Dutch bills, and process their consultations."""


def _register() -> None:
    from wetgen.cli.build import build
    from wetgen.cli.check import check
    from wetgen.cli.consult import consult
    from wetgen.cli.diff import diff

    cli.add_command(check)
    cli.add_command(consult)
    from wetgen.cli.consult_report import register_report_commands

    register_report_commands(consult)
    cli.add_command(build)
    cli.add_command(diff)


_register()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (0 clean, 1 findings, 2 usage errors)."""
    return run_guarded(cli, argv)


if __name__ == "__main__":
    sys.exit(main())
