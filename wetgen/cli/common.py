"""What every command shares: the console, the error funnel, exit codes and progress bars.

Every command runs through `run_guarded`, the one place that turns what the library raises into
a message and an exit code (pypa/build's funnel): 0 ok, 1 findings or failed work, 2 usage or
input error. Consoles print plain text unless a call asks for markup, so nothing a user or a
file supplies is ever read as rich markup.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from wetgen.cli import language
from wetgen.cli.findings import print_draft_errors, print_error
from wetgen.errors import DraftError, DraftInvalid, UsageError, WetgenError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
QUIET_KEY = "wetgen.quiet"
DEFAULT_DRAFT_DIR = Path("drafts/huisvesting-vergunninghouders")


def console(stderr: bool = False) -> Console:
    """Return a rich console that respects NO_COLOR and plain pipes, and reads no markup unasked."""
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(stderr=stderr, no_color=no_color, highlight=False, soft_wrap=True, markup=False)


def quiet() -> bool:
    """Tell whether the running command was given --quiet."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get(QUIET_KEY))


def say(message: str) -> None:
    """Print a command's closing summary line on stdout, unless --quiet was given."""
    if not quiet():
        console().print(message)


def default_versions() -> list[Path]:
    """Return the YAML versions of the default draft, oldest first."""
    if not DEFAULT_DRAFT_DIR.is_dir():
        raise UsageError(
            f"no draft given and the default draft folder {DEFAULT_DRAFT_DIR}/ is not here; "
            "run wetgen from the repository root or name a draft"
        )
    versions = sorted(DEFAULT_DRAFT_DIR.glob("*.yaml"))
    if not versions:
        raise UsageError(f"no *.yaml drafts in {DEFAULT_DRAFT_DIR}/")
    return versions


def default_draft() -> Path:
    """Return the newest version of the default draft."""
    return default_versions()[-1]


class RichProgress:
    """A wetgen.progress.Progress backed by a rich progress bar on stderr."""

    def __init__(self, bar: Progress) -> None:
        self._bar = bar
        self._task: object | None = None

    def start(self, description: str, total: int | None) -> None:
        """Start a new task line on the bar."""
        self._task = self._bar.add_task(description, total=total)

    def advance(self, steps: int = 1) -> None:
        """Advance the current task."""
        if self._task is not None:
            self._bar.advance(self._task, steps)  # type: ignore[arg-type]


@contextmanager
def progress_bar() -> Iterator[RichProgress]:
    """Yield a progress sink that draws on stderr when it is a terminal, and stays silent otherwise."""
    err = console(stderr=True)
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal or quiet(),
    )
    with bar:
        yield RichProgress(bar)


def add_pdfs(written: list[Path], out_dir: Path, progress: RichProgress) -> str:
    """Convert the Word files among `written` to PDF, adding them to it; return why not, or ""."""
    from wetgen.build import pdf_from
    from wetgen.render.pdf import PdfUnavailable

    progress.start("PDF (LibreOffice)", 1)
    try:
        written.extend(pdf_from(written, out_dir))
    except PdfUnavailable as exc:
        return str(exc)
    finally:
        progress.advance()
    return ""


def run_guarded(command: click.Command, argv: list[str] | None) -> int:
    """Run a click command; turn every error into a message and an exit code, never a traceback."""
    err = console(stderr=True)
    language.reset()  # each run starts from the locale; --lang chooses again
    try:
        result = command.main(args=argv, prog_name="wetgen", standalone_mode=False)
    except click.exceptions.Abort:
        print_error(err, "aborted")
        return EXIT_USAGE
    except click.ClickException as exc:
        print_error(err, usage_message(exc))
        return EXIT_USAGE
    except (DraftError, DraftInvalid) as exc:
        print_draft_errors(err, exc.diagnostics, exc.text)
        return EXIT_FINDINGS
    except UsageError as exc:
        print_error(err, exc.localized(language.current()))
        return EXIT_USAGE
    except WetgenError as exc:
        print_error(err, exc.localized(language.current()))
        return EXIT_FINDINGS
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except (OSError, MemoryError, RecursionError) as exc:
        print_error(err, f"{exc.__class__.__name__}: {exc}")
        return EXIT_USAGE
    return result if isinstance(result, int) else EXIT_OK


def usage_message(exc: click.ClickException) -> str:
    """Return click's complaint about the command line, with where to find the usage."""
    ctx = getattr(exc, "ctx", None)
    where = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
    return exc.format_message() + where


def exit_with(code: int) -> None:
    """Leave the command with an exit code without printing."""
    sys.exit(code)
