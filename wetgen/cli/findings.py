"""The one way every command prints an error and a draft's findings, escaped for the terminal.

`wetgen check` prints every finding on stdout; any other command that meets a draft with errors
prints its error findings the same way on stderr, at most MAX_SHOWN of them, through the
common error funnel (`cli.common.run_guarded`).
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from wetgen.cli.language import say, text
from wetgen.errors import Diagnostic, Severity
from wetgen.source import UNKNOWN, excerpt, visible

MAX_SHOWN = 20
COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def print_error(err: Console, message: str, label: str = "error") -> None:
    """Print `label: message` as one line, the label coloured and the message escaped, both
    in the language of the run (a catalogue message is translated, control characters shown)."""
    colour = "yellow" if label == "warning" else "bold red"
    shown = say(f"term.{label}") if label in ("error", "warning") else label
    err.print(Text.assemble((f"{shown}:", colour), " ", visible(one_line(text(message)))))


def one_line(message: str) -> str:
    """Join the lines of a message, so every error is one line on the terminal."""
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


def print_diagnostic(out: Console, diagnostic: Diagnostic, source: str) -> None:
    """Print a finding with its location, the source line and a caret under the column."""
    loc = diagnostic.location
    where = visible(f"{loc}: ") if loc != UNKNOWN else ""
    rule = f" ({diagnostic.rule})" if diagnostic.rule else ""
    label = (f"{say('term.' + diagnostic.severity.value)}[{diagnostic.code}]", COLOURS[diagnostic.severity])
    out.print(Text.assemble(where, label, f": {visible(text(diagnostic.message))}{rule}"))
    snippet = excerpt(source, loc.line, loc.col, loc.width) if source else ""  # carets under the words
    if snippet:
        out.print(visible(snippet))
    if diagnostic.hint:
        out.print(Text.assemble("  ", (say("cli.hint"), "dim"), f" {visible(text(diagnostic.hint))}"))


def print_draft_errors(err: Console, diagnostics: list[Diagnostic], source: str) -> None:
    """Print why a draft cannot be used: its first MAX_SHOWN errors as `wetgen check` does, and a total."""
    from wetgen.check import in_source_order  # the rules are not loaded for a command's start

    for diagnostic in in_source_order(diagnostics)[:MAX_SHOWN]:
        print_diagnostic(err, diagnostic, source)
    hidden = len(diagnostics) - MAX_SHOWN
    path = diagnostics[0].location.path if diagnostics else say("term.the-draft")
    more = say("cli.not-shown", count=hidden) if hidden > 0 else ""
    count = say("cli.one-error") if len(diagnostics) == 1 else say("cli.errors", count=len(diagnostics))
    print_error(err, say("cli.cannot-use", path=path, count=count, more=more))
