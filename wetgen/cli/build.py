"""`wetgen build`: render a draft to Word, Akoma Ntoso, HTML and Markdown (and PDF)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import click

from wetgen.build import FORMATS, house_style, parse_formats
from wetgen.build import build as build_outputs
from wetgen.cli.common import (
    EXIT_FINDINGS,
    add_pdfs,
    console,
    default_draft,
    exit_with,
    progress_bar,
)
from wetgen.cli.language import current, lang_option, say
from wetgen.errors import DraftInvalid, UsageError
from wetgen.loader import load_bill
from wetgen.model import Bill
from wetgen.source import visible

DEFAULT_OUT = Path("out")


@click.command("build")
@click.argument("draft", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder to write the files to.")  # fmt: skip
@click.option("-f", "--format", "formats", default=",".join(FORMATS), show_default=True,
              metavar="LIST", help="Comma-separated formats: docx, akn, html, md.")  # fmt: skip
@click.option("--pdf", is_flag=True, help="Also convert the Word files to PDF (needs LibreOffice).")
@click.option("--templates", type=click.Path(path_type=Path), default=None, metavar="DIR|DOCX",
              help="House style: a folder with reference.docx and/or templates, or a reference .docx.")  # fmt: skip
@click.option("--reference", type=click.Path(path_type=Path), default=None, metavar="DOCX",
              help="A ministry's Word template to take the styles and page from.")  # fmt: skip
@click.option("--styles", "style_map", type=click.Path(path_type=Path), default=None, metavar="YAML",
              help="Style map: the build's style names to the reference's own (e.g. 'Lid: BZK Lid').")  # fmt: skip
@lang_option
def build(draft: Path | None, out_dir: Path, formats: str, pdf: bool, templates: Path | None,
          reference: Path | None, style_map: Path | None) -> None:  # fmt: skip
    """Render DRAFT (default: the newest version of the default draft) into a folder.

    Writes the wetsvoorstel and the memorie van toelichting as Word (.docx) and Akoma Ntoso
    (.akn.xml, validated against the strict OASIS schema), plus an HTML preview and a
    Markdown text. The same draft always gives byte-identical files.
    """
    chosen = parse_formats(formats)
    if pdf and "docx" not in chosen:
        chosen = parse_formats(("docx", *chosen))
    path = _draft_path(draft)
    started = time.perf_counter()
    bill = _load(path)
    pdf_problem = ""
    style = house_style(templates, reference, style_map)
    with progress_bar() as progress:
        written = build_outputs(bill, out_dir, chosen, templates, progress, style)
        if pdf:
            pdf_problem = add_pdfs(written, out_dir, progress, bill, style)
    elapsed = time.perf_counter() - started
    console().print(summary(path, out_dir, written, elapsed), markup=False)
    if pdf_problem:
        console(stderr=True).print(f"[bold red]error:[/] {pdf_problem}", markup=True)
        exit_with(EXIT_FINDINGS)


def summary(draft: Path, out_dir: Path, written: list[Path], seconds: float) -> str:
    """Return the one-line summary: how many files of which kinds went where, from which draft."""
    kinds = Counter(_kind(p) for p in written)
    parts = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
    noun = "file" if len(written) == 1 else "files"
    return f"wrote {len(written)} {noun} ({parts}) to {out_dir}/ from {draft} in {seconds:.2f} s"


def _kind(path: Path) -> str:
    name = path.name
    if name.endswith(".akn.xml"):
        return "akn"
    return path.suffix.lstrip(".")


def _draft_path(draft: Path | None) -> Path:
    if draft is None:
        return default_draft()
    if draft.is_dir():
        versions = sorted(draft.glob("*.yaml"))
        if not versions:
            raise UsageError(f"no *.yaml drafts in {draft}/")
        return versions[-1]
    return draft


def _load(path: Path) -> Bill:
    try:
        return load_bill(path)
    except DraftInvalid as exc:
        err = console(stderr=True)
        for diagnostic in exc.diagnostics:
            err.print(visible(diagnostic.headline(current())), markup=False)
        err.print(say("cli.not-built", path=str(path), count=len(exc.diagnostics)), markup=False)
        exit_with(EXIT_FINDINGS)
        raise  # unreachable; exit_with raises
