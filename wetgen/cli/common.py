"""What every command shares: the console, error printing, exit codes and progress bars."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from wetgen.cli import language
from wetgen.errors import UsageError, WetgenError
from wetgen.source import visible

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
DEFAULT_DRAFT_DIR = Path("drafts/huisvesting-vergunninghouders")


def console(stderr: bool = False) -> Console:
    """Return a rich console that respects NO_COLOR and plain pipes."""
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(stderr=stderr, no_color=no_color, highlight=False, soft_wrap=True)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """Print a one-line error to stderr and exit with `code`."""
    console(stderr=True).print(f"[bold red]error:[/] {escape(message)}", markup=True)
    raise SystemExit(code)


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
        disable=not err.is_terminal,
    )
    with bar:
        yield RichProgress(bar)


def add_pdfs(written: list[Path], out_dir: Path, progress: RichProgress, bill=None, style=None) -> str:
    """Convert the Word files among `written` to PDF, adding them to it; return why not, or "".
    With the `bill`, the MvT's contents get their page numbers (`wetgen.build.pdf_from`)."""
    from wetgen.build import pdf_from
    from wetgen.render.pdf import PdfUnavailable

    progress.start("PDF (LibreOffice)", 1)
    try:
        written.extend(pdf_from(written, out_dir, bill, style))
    except PdfUnavailable as exc:
        return str(exc)
    finally:
        progress.advance()
    return ""


def run_guarded(command: click.Command, argv: list[str] | None) -> int:
    """Run a click command; turn WetgenError into a one-line message and exit code, never a traceback."""
    language.reset()
    try:
        result = command.main(args=argv, prog_name="wetgen", standalone_mode=False)
    except click.exceptions.Abort:
        console(stderr=True).print("aborted")
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except UsageError as exc:
        console(stderr=True).print(f"[bold red]{language.say('cli.error')}[/] {escape(_shown(exc))}", markup=True)
        return EXIT_USAGE
    except WetgenError as exc:
        console(stderr=True).print(f"[bold red]{language.say('cli.error')}[/] {escape(_shown(exc))}", markup=True)
        return EXIT_FINDINGS
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except (OSError, MemoryError, RecursionError) as exc:
        console(stderr=True).print(
            f"[bold red]error:[/] {exc.__class__.__name__}: {escape(str(exc))}"
        )
        return EXIT_USAGE
    return result if isinstance(result, int) else EXIT_OK


def _shown(exc: WetgenError) -> str:
    return visible(exc.localized(language.current()))


def exit_with(code: int) -> None:
    """Leave the command with an exit code without printing."""
    sys.exit(code)
