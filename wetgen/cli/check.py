"""`wetgen check`: report every problem in one or more drafts."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape

from wetgen.check import check_file
from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, console, default_versions
from wetgen.cli.language import lang_option, say, text
from wetgen.errors import Diagnostic, Severity, UsageError
from wetgen.render.akn import validate_bill
from wetgen.source import excerpt_of, visible

_COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@click.command()
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for tools.")  # fmt: skip
@lang_option
@click.pass_context
def check(ctx: click.Context, drafts: tuple[Path, ...], fmt: str) -> int:
    """Check drafts: schema, structure, references, the Aanwijzingen and the AKN schema.

    With no DRAFTS, every version of the default draft is checked. Exits 0 when clean, 1 when
    there are errors or warnings, 2 on a usage error (such as a directory or a missing file).
    Findings are in English or Dutch (--lang), with the same codes.
    """
    paths = list(drafts) or default_versions()
    out, err = console(), console(stderr=True)
    reports, usage_errors = [], 0
    for path in paths:
        try:
            reports.append(check_file(path, when_clean=[validate_bill]))
        except UsageError as exc:
            err.print(f"[bold red]{escape(say('cli.error'))}[/] {escape(visible(text(exc.args[0])))}")
            usage_errors += 1
    findings = [d for r in reports for d in r.diagnostics]
    if fmt == "json":
        rows = [{**d.as_dict(), "message": text(d.message), "hint": text(d.hint)} for d in findings]
        out.print_json(json.dumps(rows, ensure_ascii=False))
    else:
        for report in reports:
            lines = report.text.splitlines()  # once per draft: each finding shows a line of it
            for diagnostic in report.diagnostics:
                _print_text(out, diagnostic, lines if diagnostic.location.path == report.path else [])
        _print_summary(err, len(reports), findings)
    failing = any(d.severity is not Severity.INFO for d in findings)
    code = EXIT_USAGE if usage_errors else EXIT_FINDINGS if failing else EXIT_OK
    ctx.exit(code)
    return code


def _print_text(out, diagnostic: Diagnostic, lines: list[str]) -> None:
    colour = _COLOURS[diagnostic.severity]
    loc = diagnostic.location
    rule = f" ({diagnostic.rule})" if diagnostic.rule else ""
    label = escape(f"{say('term.' + diagnostic.severity.value)}[{diagnostic.code}]")
    message = visible(text(diagnostic.message) + rule)
    out.print(f"{escape(visible(str(loc)))}: [{colour}]{label}[/]: {escape(message)}", markup=True,
              highlight=False)  # fmt: skip
    snippet = excerpt_of(lines, loc.line, loc.col, loc.width)
    if snippet:
        out.print(visible(snippet), markup=False, highlight=False)
    if diagnostic.hint:
        out.print(f"  [dim]{escape(say('cli.hint'))}[/] {escape(visible(text(diagnostic.hint)))}",
                  markup=True, highlight=False)  # fmt: skip


def _print_summary(err, files: int, findings: list[Diagnostic]) -> None:
    counts = {s: sum(d.severity is s for d in findings) for s in Severity}
    plural = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "infos"}
    parts = [say(f"cli.one-{s.value}") if n == 1 else say(f"cli.{plural[s]}", count=n)
             for s, n in counts.items() if n]  # fmt: skip
    noun = say("cli.draft" if files == 1 else "cli.drafts")
    err.print(say("cli.checked", count=files, noun=noun, findings=", ".join(parts) or say("cli.no-findings")),
              markup=False)  # fmt: skip
