"""`wetgen check`: report every problem in one or more drafts."""

from __future__ import annotations

import json
from pathlib import Path

import click

from wetgen.check import check_file, in_source_order
from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, console
from wetgen.cli.findings import print_diagnostic, print_error
from wetgen.cli.language import current, lang_option, say, text
from wetgen.cli.options import (
    amending_article_option,
    base_option,
    cache_option,
    date_option,
    drafts_argument,
    format_option,
)
from wetgen.errors import Diagnostic, Severity, UsageError
from wetgen.render.akn import validate_bill, warm_schema


@click.command()
@drafts_argument
@format_option(["text", "json"], "text for people, json for tools.", default="text")
@base_option("Also check every instruction against this law: a BWB toestand, AKN or draft file, or a BWB id.")
@amending_article_option("With --base: only this amending article (e.g. I).")
@date_option
@cache_option
@lang_option
@click.pass_context
def check(ctx: click.Context, drafts: list[Path], fmt: str, base: str | None, article: str | None,
          on: str | None, cache: Path | None) -> int:  # fmt: skip
    """Check drafts: schema, structure, references, the Aanwijzingen and the AKN schema.

    With --base, every instruction is also applied to the law it amends: the place must exist,
    quoted words occur once (or with "telkens" at least once), a new number be free and in
    order, and references in the new text exist in the law as amended. With no DRAFTS, every
    version of the default draft is checked. Exits 0 when clean, 1 when there are errors or
    warnings, 2 on a usage error (such as a directory or a missing file). Findings are in
    English or Dutch (--lang, default from the locale), with the same codes.
    """
    from wetgen.api import resolve_base

    warm_schema()
    out, err = console(), console(stderr=True)
    reports, usage_errors = [], 0
    law = resolve_base(base, on, cache=cache) if base else None
    for path in drafts:
        try:
            report = check_file(path, when_clean=[validate_bill])
            if law is not None and report.bill is not None:
                report.diagnostics = in_source_order([*report.diagnostics, *_against(report.bill, law, article)])
            reports.append(report)
        except UsageError as exc:
            print_error(err, exc.localized(current()))
            usage_errors += 1
    findings = [d for r in reports for d in r.diagnostics]
    if fmt == "json":
        rows = [{**d.as_dict(), "message": text(d.message), "hint": text(d.hint)} for d in findings]
        out.print_json(json.dumps(rows, ensure_ascii=False))
    else:
        for report in reports:
            for diagnostic in report.diagnostics:  # a finding in the toelichting has no line here
                print_diagnostic(out, diagnostic, report.text if diagnostic.location.path == report.path else "")
        _print_summary(err, len(reports), findings)
    failing = any(d.severity is not Severity.INFO for d in findings)
    code = EXIT_USAGE if usage_errors else EXIT_FINDINGS if failing else EXIT_OK
    ctx.exit(code)
    return code


def _against(bill, law, article: str | None) -> list[Diagnostic]:
    from wetgen.consolidate.check import check_against

    if not bill.is_amending_law:
        return []
    return check_against(bill, law, article)


def _print_summary(err, files: int, findings: list[Diagnostic]) -> None:
    counts = {s: sum(d.severity is s for d in findings) for s in Severity}
    plural = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "infos"}
    parts = [say(f"cli.one-{s.value}") if n == 1 else say(f"cli.{plural[s]}", count=n)
             for s, n in counts.items() if n]  # fmt: skip
    noun = say("cli.draft" if files == 1 else "cli.drafts")
    err.print(say("cli.checked", count=files, noun=noun, findings=", ".join(parts) or say("cli.no-findings")))
