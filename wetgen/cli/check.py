"""`wetgen check`: report every problem in one or more drafts."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape

from wetgen.check import check_file
from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, console, default_versions
from wetgen.errors import Diagnostic, Severity, UsageError
from wetgen.render.akn import validate_bill
from wetgen.source import excerpt

_COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@click.command()
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for tools.")  # fmt: skip
@click.pass_context
def check(ctx: click.Context, drafts: tuple[Path, ...], fmt: str) -> int:
    """Check drafts: schema, structure, references, the Aanwijzingen and the AKN schema.

    With no DRAFTS, every version of the default draft is checked. Exits 0 when clean, 1 when
    there are errors or warnings, 2 on a usage error (such as a directory or a missing file).
    """
    paths = list(drafts) or default_versions()
    out, err = console(), console(stderr=True)
    reports, usage_errors = [], 0
    for path in paths:
        try:
            reports.append(check_file(path, when_clean=[validate_bill]))
        except UsageError as exc:
            err.print(f"[bold red]error:[/] {exc}")
            usage_errors += 1
    findings = [d for r in reports for d in r.diagnostics]
    if fmt == "json":
        out.print_json(json.dumps([d.as_dict() for d in findings], ensure_ascii=False))
    else:
        for report in reports:
            for diagnostic in report.diagnostics:
                _print_text(out, diagnostic, report.text)
        _print_summary(err, len(reports), findings)
    failing = any(d.severity is not Severity.INFO for d in findings)
    code = EXIT_USAGE if usage_errors else EXIT_FINDINGS if failing else EXIT_OK
    ctx.exit(code)
    return code


def _print_text(out, diagnostic: Diagnostic, source: str) -> None:
    colour = _COLOURS[diagnostic.severity]
    loc = diagnostic.location
    rule = f" ({diagnostic.rule})" if diagnostic.rule else ""
    label = escape(f"{diagnostic.severity.value}[{diagnostic.code}]")
    out.print(f"{escape(str(loc))}: [{colour}]{label}[/]: {escape(diagnostic.message + rule)}",
              markup=True, highlight=False)  # fmt: skip
    snippet = excerpt(source, loc.line, loc.col)
    if snippet:
        out.print(snippet, markup=False, highlight=False)
    if diagnostic.hint:
        out.print(f"  [dim]hint:[/] {escape(diagnostic.hint)}", markup=True, highlight=False)


def _print_summary(err, files: int, findings: list[Diagnostic]) -> None:
    counts = {s: sum(d.severity is s for d in findings) for s in Severity}
    parts = [f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    noun = "draft" if files == 1 else "drafts"
    err.print(f"{files} {noun} checked: {', '.join(parts) if parts else 'no findings'}")
