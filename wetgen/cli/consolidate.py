"""`wetgen consolidate`: apply a bill to the law it amends and write the law as amended."""

from __future__ import annotations

from pathlib import Path

import click

from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, console, default_draft
from wetgen.cli.findings import print_diagnostic, print_error
from wetgen.cli.options import (
    amending_article_option,
    base_option,
    cache_option,
    date_option,
    format_option,
    output_option,
)
from wetgen.errors import UsageError
from wetgen.loader import load_bill

FORMATS = ("md", "html", "docx", "akn", "bwb")
BINARY = ("docx",)


@click.command("consolidate", short_help="Apply a bill to the law it amends; write the law as amended.")
@click.argument("drafts", nargs=-1, type=click.Path(path_type=Path))
@base_option("The law amended: a BWB toestand, AKN or draft file, or a BWB id (fetched once, then cached).",
             required=True)
@amending_article_option("Apply only this amending article (e.g. I).")
@format_option(FORMATS, "md, html (standard output without -o), akn (an Akoma Ntoso act), bwb (a BWB "
               "toestand), docx.", default="md")
@output_option("The file to write (required for docx).", folder=False)
@click.option("--provenance", is_flag=True, help="Markdown: a footnote on each changed unit naming the onderdeel that changed it.")
@click.option("--compare", is_flag=True, help="Write the wetsvergelijking: the current law beside the amended law (html, docx).")
@click.option("--partial", is_flag=True, help="Write the result even when instructions could not be applied (still exits 1).")
@date_option
@cache_option
def consolidate(drafts: tuple[Path, ...], base: str, article: str | None, fmt: str, output: Path | None,
                provenance: bool, compare: bool, partial: bool, on: str | None, cache: Path | None) -> int:  # fmt: skip
    """Apply the instructions of DRAFTS (default: the newest default draft) to the law BASE.

    Each amending article for BASE is applied in order (onderdeel A before B, 1. before 2.).
    An instruction that cannot be applied is named with its onderdeel, line and why; then
    nothing is written (unless --partial) and the exit code is 1. With two DRAFTS, each
    provision both change is named (samenloop), with both orders' results when they differ.
    Exits 0 when every instruction was applied, 1 when one was not, 2 on a usage error.
    """
    from wetgen.api import resolve_base
    from wetgen.consolidate.samenloop import samenloop
    from wetgen.consolidate.select import ops_for

    paths = list(drafts) or [default_draft()]
    if len(paths) > 2:
        raise UsageError("give one draft, or two to see their samenloop")
    if fmt in BINARY and output is None:
        raise UsageError(f"--format {fmt} writes a file: name it with -o")
    if compare and fmt not in ("html", "docx"):
        raise UsageError("--compare writes html or docx: add --format html or --format docx")
    law = resolve_base(base, on, cache=cache)
    bills = [(path, load_bill(path)) for path in paths]
    ops = [ops_for(bill, law, article) for _, bill in bills]
    if len(bills) == 1:
        from wetgen.consolidate.engine import consolidate as apply

        result = apply(law, ops[0])
    else:
        overlap = samenloop(law, ops[0], ops[1])
        _report_samenloop(overlap, [bill.citeertitel for _, bill in bills])
        result = overlap.result
    failed = _report_failures(result, {str(path): path for path, _ in bills})
    if failed and not partial:
        console(stderr=True).print("nothing written: fix the instructions above, or pass --partial")
        return EXIT_FINDINGS
    when = max(bill.version.date for _, bill in bills)
    data = _render(result, law, fmt, compare, provenance, when, [bill for _, bill in bills])
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        console(stderr=True).print(f"wrote {output}")
    return EXIT_FINDINGS if failed else EXIT_OK


def _render(result, law, fmt: str, compare: bool, provenance: bool, when: str, bills) -> bytes:
    subtitle = "Zoals gewijzigd bij " + " en ".join(f"de {bill.citeertitel}" for bill in bills)
    if compare and fmt == "html":
        from wetgen.consolidate.wetsvergelijking import render_compare_html

        return render_compare_html(law, result, subtitle).encode("utf-8")
    if compare:
        from wetgen.consolidate.wetsvergelijking_docx import render_compare_docx

        return render_compare_docx(law, result, subtitle, when)
    if fmt == "md":
        from wetgen.consolidate.notes import markdown

        return markdown(result, provenance=provenance).encode("utf-8")
    if fmt == "html":
        from wetgen.consolidate.html import render_law_html

        return render_law_html(result, subtitle).encode("utf-8")
    if fmt == "akn":
        from wetgen.consolidate.akn import render_act

        return render_act(result, when)
    if fmt == "bwb":
        from wetgen.law.bwb_writer import write_bwb

        return write_bwb(result.law)
    from wetgen.consolidate.wetsvergelijking_docx import render_law_docx

    return render_law_docx(result, subtitle, when)


def _report_failures(result, sources: dict[str, Path]) -> bool:
    """Print each instruction that could not be applied, with its line and a caret."""
    from wetgen.consolidate.check import finding

    err = console(stderr=True)
    for failure in result.failures:
        diagnostic = finding(failure)
        path = sources.get(diagnostic.location.path)
        text = path.read_text(encoding="utf-8", errors="replace") if path is not None else ""
        print_diagnostic(err, diagnostic, text)
    if result.failures:
        count = len(result.failures)
        err.print(f"{count} instruction{'s' if count != 1 else ''} could not be applied")
    return bool(result.failures)


def _report_samenloop(overlap, names: list[str]) -> None:
    """Warn for each article both bills change, with both orders' text when they differ."""
    from wetgen.law.markdown import article_markdown

    err = console(stderr=True)
    for item in overlap.overlaps:
        where = item.label()
        first = ", ".join(sorted({m.source.label() for m in item.first}))
        second = ", ".join(sorted({m.source.label() for m in item.second}))
        print_error(err, f"samenloop: {where} is changed by the {names[0]} ({first}) "
                         f"and by the {names[1]} ({second})", label="warning")  # fmt: skip
        if item.same:
            err.print("  both orders give the same text", highlight=False)
            continue
        for title, article in ((f"{names[0]}, then {names[1]}", item.one_then_two),
                               (f"{names[1]}, then {names[0]}", item.two_then_one)):  # fmt: skip
            err.print(f"  {title}:", highlight=False)
            text = "\n\n".join(article_markdown(article, 4)) if article is not None else "(not there)"
            err.print("\n".join("    " + line for line in text.splitlines()), markup=False, highlight=False)
