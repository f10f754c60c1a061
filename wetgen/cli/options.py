"""The arguments and options commands share, each defined once (as sqlite-utils does).

A command takes the same option with the same name, short form, metavar and meaning wherever it
has it: the draft argument and its default, `-o/--output`, `-f/--format`, `--templates`,
`--bill`, `--db`, `--public/--internal`, `--pdf`, `-q/--quiet`, and the law's `--date` and `--cache`.
`docs/commands.md` documents each of them per command (a test walks the command tree).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import click

from wetgen.cli.common import QUIET_KEY, console, default_draft, default_versions, quiet
from wetgen.cli.findings import print_error
from wetgen.errors import UsageError, WetgenError
from wetgen.loader import load_bill
from wetgen.model import Bill, Stage

F = TypeVar("F", bound=Callable[..., object])
Decorator = Callable[[F], F]

STORE_NAME = "consult.sqlite"
CACHE_HELP = "The cache folder (default $WETGEN_CACHE_DIR, else ~/.cache/wetgen)."
DATE_HELP = "The date the toestand must be valid on, YYYY-MM-DD (default today)."


def newest_version(folder: Path) -> Path:
    """Return the newest `*.yaml` version in a draft folder."""
    versions = sorted(folder.glob("*.yaml"))
    if not versions:
        raise UsageError(f"no *.yaml drafts in {folder}/")
    return versions[-1]


def _one_draft(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    if value is None:
        return default_draft()
    return newest_version(value) if value.is_dir() else value


def _every_draft(ctx: click.Context, param: click.Parameter, value: tuple[Path, ...]) -> list[Path]:
    return list(value) or default_versions()


def draft_argument(command: F) -> F:
    """Add DRAFT: a draft file or a folder of versions (its newest); default the default draft's newest."""
    return click.argument("draft", required=False, type=click.Path(path_type=Path),
                          callback=_one_draft)(command)  # fmt: skip


def drafts_argument(command: F) -> F:
    """Add DRAFT…: draft files; with none, every version of the default draft."""
    return click.argument("drafts", nargs=-1, type=click.Path(path_type=Path),
                          callback=_every_draft)(command)  # fmt: skip


def output_option(help: str, *, folder: bool, default: Path | None = None,
                  metavar: str | None = None) -> Decorator:  # fmt: skip
    """Return `-o/--output`: the folder (`folder=True`) or the file a command writes."""
    return click.option("-o", "--output", "output", type=click.Path(path_type=Path),
                        default=default, show_default=default is not None,
                        metavar=metavar or ("DIR" if folder else "FILE"), help=help)  # fmt: skip


def format_option(choices: Sequence[str], help: str, *, default: str | None,
                  many: bool = False) -> Decorator:  # fmt: skip
    """Return `-f/--format`: one of `choices`, or with `many` a comma-separated list of them."""
    if not many:
        return click.option("-f", "--format", "fmt", type=click.Choice(list(choices)),
                            default=default, show_default=True, help=help)  # fmt: skip
    shown = "" if default is not None else "  [default: all]"
    return click.option("-f", "--format", "formats", default=default, metavar="LIST",
                        show_default=default is not None,
                        help=f"{help} Comma-separated: {', '.join(choices)}.{shown}")  # fmt: skip


def templates_option(help: str) -> Decorator:
    """Return `--templates DIR|DOCX`: the house style, a reference .docx or a folder holding one."""
    return click.option("--templates", type=click.Path(path_type=Path), default=None,
                        metavar="DIR|DOCX", help=help)  # fmt: skip


def pdf_option(help: str) -> Decorator:
    """Return `--pdf`: also convert the Word output to PDF with LibreOffice."""
    return click.option("--pdf", is_flag=True, help=help)


def consulted_among(versions: Sequence[Path]) -> Path:
    """Return the consultatieversie among a draft's versions (oldest first), else the newest."""
    for path in versions:
        try:
            if load_bill(path).version.stage is Stage.CONSULTATIEVERSIE:
                return path
        except WetgenError:
            continue
    return versions[-1]


def _consulted_version(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    if value is None or not value.is_dir():
        return value
    versions = sorted(value.glob("*.yaml"))
    if not versions:
        raise UsageError(f"no *.yaml drafts in {value}/")
    return consulted_among(versions)


def bill_option(help: str) -> Decorator:
    """Return `--bill DRAFT`: the bill version a consultation command works against (a draft
    folder means its consultatieversie, else its newest version; a bill document is imported)."""
    return click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None,
                        metavar="DRAFT", callback=_consulted_version,
                        help=f"{help} A draft folder means its consultatieversie; a bill as a "
                             ".docx, .xml, .html or .txt file is read as `wetgen import` reads it.")  # fmt: skip


def read_bill(path: Path) -> Bill:
    """Load a draft, or import a bill document (saying so on stderr), and return its Bill."""
    from wetgen.importer.draft import read_bill as load_or_import

    bill, result = load_or_import(path)
    if result is None:
        return bill
    warned = f"; `wetgen import {path}` shows the warnings" if result.warnings else ""
    if not quiet():
        print_error(console(stderr=True), f"{path} read as a bill ({result.kind}: {result.stats.summary()}){warned}",
                    "note")  # fmt: skip
    return bill


def public_option(default: bool) -> Decorator:
    """Return `--public/--internal`: what may be published, or everything (for staff), clearly marked."""
    return click.option("--public/--internal", "public", default=default, show_default=True,
                        help="Public: only what may be published, through the one privacy gate (no "
                             "non-public names, places, organisations or wording; personal data "
                             "redacted). Internal: everything, clearly marked.")  # fmt: skip


def db_option(command: F) -> F:
    """Add `--db FILE`: the consultation store."""
    return click.option(
        "--db", "store_path", type=click.Path(path_type=Path), default=None, metavar="FILE",
        help=f"The consultation store (default: the group's --db, else the one {STORE_NAME} "
             "in ./ or ./consultations/*/).",
    )(command)  # fmt: skip


def base_option(help: str, *, required: bool = False) -> Decorator:
    """Return `--base FILE|BWBR…`: the law a bill amends, a file or a BWB id."""
    return click.option("--base", required=required, default=None, metavar="FILE|BWBR…", help=help)


def amending_article_option(help: str) -> Decorator:
    """Return `--article I`: one amending article of a bill."""
    return click.option("--article", default=None, metavar="I", help=help)


def date_option(command: F) -> F:
    """Add `--date YYYY-MM-DD`: the day a law's toestand must be valid on."""
    return click.option("--date", "on", default=None, metavar="YYYY-MM-DD", help=DATE_HELP)(command)


def cache_option(command: F) -> F:
    """Add `--cache DIR`: where fetched laws are kept."""
    return click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None,
                        metavar="DIR", help=CACHE_HELP)(command)  # fmt: skip


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[QUIET_KEY] = True


def quiet_option(command: F) -> F:
    """Add `-q/--quiet`: no progress bar and no closing summary; warnings and errors still show."""
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet,
                        help="Print no progress and no summary line; warnings and errors still "
                             "go to stderr.")(command)  # fmt: skip


def tracked_changes_options(author: str) -> Decorator:
    """Return `--author NAME` and `--date YYYY-MM-DD`: who made the tracked changes of a Word
    output, and on which day."""

    def decorate(command: F) -> F:
        command = click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
                               help="The date of the tracked changes and of the Word files. "
                                    "[default: NEW's date]")(command)  # fmt: skip
        return click.option("--author", default=None, metavar="NAME",
                            help=f"The author of the tracked changes. [default: {author}]")(command)  # fmt: skip

    return decorate
