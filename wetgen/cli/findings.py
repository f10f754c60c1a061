"""The one way every command prints an error and a draft's findings, escaped for the terminal.

`wetgen check` prints every finding on stdout; any other command that meets a draft with errors
prints its error findings the same way on stderr, at most MAX_SHOWN of them, through the
common error funnel (`cli.common.run_guarded`).
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from wetgen.errors import Diagnostic, Severity
from wetgen.source import UNKNOWN, excerpt

MAX_SHOWN = 20
COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def print_error(err: Console, message: str, label: str = "error") -> None:
    """Print `label: message` as one line, the label coloured and the message escaped."""
    colour = "yellow" if label == "warning" else "bold red"
    err.print(f"[{colour}]{label}:[/] {escape(one_line(message))}", markup=True)


def one_line(message: str) -> str:
    """Join the lines of a message, so every error is one line on the terminal."""
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


def print_diagnostic(out: Console, diagnostic: Diagnostic, source: str) -> None:
    """Print a finding with its location, the source line and a caret under the column."""
    colour = COLOURS[diagnostic.severity]
    loc = diagnostic.location
    where = f"{escape(str(loc))}: " if loc != UNKNOWN else ""
    rule = f" ({diagnostic.rule})" if diagnostic.rule else ""
    label = escape(f"{diagnostic.severity.value}[{diagnostic.code}]")
    out.print(f"{where}[{colour}]{label}[/]: {escape(diagnostic.message + rule)}", markup=True)
    snippet = excerpt(source, loc.line, loc.col) if source else ""
    if snippet:
        out.print(snippet, markup=False)
    if diagnostic.hint:
        out.print(f"  [dim]hint:[/] {escape(diagnostic.hint)}", markup=True)


def print_draft_errors(err: Console, diagnostics: list[Diagnostic], source: str) -> None:
    """Print why a draft cannot be used: its first MAX_SHOWN errors as `wetgen check` does, and a total."""
    for diagnostic in diagnostics[:MAX_SHOWN]:
        print_diagnostic(err, diagnostic, source)
    hidden = len(diagnostics) - MAX_SHOWN
    path = diagnostics[0].location.path if diagnostics else "the draft"
    more = f" ({hidden} not shown; `wetgen check` lists every finding)" if hidden > 0 else ""
    noun = "error" if len(diagnostics) == 1 else "errors"
    print_error(err, f"cannot use {path}: {len(diagnostics)} {noun} in the draft{more}")
