"""`wetgen check`: report every problem in one or more drafts."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape

from wetgen.check import check_file, in_source_order
from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, console, default_versions
from wetgen.errors import Diagnostic, Severity, UsageError
from wetgen.render.akn import validate_bill
from wetgen.source import excerpt

_COLOURS = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@click.command()
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for tools.")  # fmt: skip
@click.option("--base", default=None, metavar="FILE|BWBR…",
              help="Also check every instruction against this law: a BWB toestand, AKN or draft file, or a BWB id.")  # fmt: skip
@click.option("--article", default=None, metavar="I", help="With --base: only this amending article (e.g. I).")
@click.option("--date", "on", default=None, metavar="YYYY-MM-DD", help="With a BWB id: the toestand valid on this date.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="With a BWB id: the cache folder (default $WETGEN_CACHE_DIR, else ~/.cache/wetgen).")  # fmt: skip
@click.pass_context
def check(ctx: click.Context, drafts: tuple[Path, ...], fmt: str, base: str | None, article: str | None,
          on: str | None, cache: Path | None) -> int:  # fmt: skip
    """Check drafts: schema, structure, references, the Aanwijzingen and the AKN schema.

    With --base, every instruction is also applied to the law it amends: the place must exist,
    quoted words occur once (or with "telkens" at least once), a new number be free and in
    order, and references in the new text exist in the law as amended. With no DRAFTS, every
    version of the default draft is checked. Exits 0 when clean, 1 when there are errors or
    warnings, 2 on a usage error (such as a directory or a missing file).
    """
    paths = list(drafts) or default_versions()
    out, err = console(), console(stderr=True)
    reports, usage_errors = [], 0
    law = _base_law(base, on, cache) if base else None
    for path in paths:
        try:
            report = check_file(path, when_clean=[validate_bill])
            if law is not None and report.bill is not None:
                report.diagnostics = in_source_order([*report.diagnostics, *_against(report.bill, law, article)])
            reports.append(report)
        except UsageError as exc:
            err.print(f"[bold red]error:[/] {exc}")
            usage_errors += 1
    findings = [d for r in reports for d in r.diagnostics]
    if fmt == "json":
        out.print_json(json.dumps([d.as_dict() for d in findings], ensure_ascii=False))
    else:
        for report in reports:
            for diagnostic in report.diagnostics:
                print_diagnostic(out, diagnostic, report.text)
        _print_summary(err, len(reports), findings)
    failing = any(d.severity is not Severity.INFO for d in findings)
    code = EXIT_USAGE if usage_errors else EXIT_FINDINGS if failing else EXIT_OK
    ctx.exit(code)
    return code


def _base_law(base: str, on: str | None, cache: Path | None):
    from datetime import date

    from wetgen.law.fetch import check_date, resolve_base, settings

    today = date.today().isoformat()
    return resolve_base(base, check_date(on) if on else today, today, settings(cache))


def _against(bill, law, article: str | None) -> list[Diagnostic]:
    from wetgen.consolidate.check import check_against

    if not bill.is_amending_law:
        return []
    return check_against(bill, law, article)


def print_diagnostic(out, diagnostic: Diagnostic, source: str) -> None:
    """Print a finding with its location, the source line and a caret under the column."""
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
