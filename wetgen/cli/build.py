"""`wetgen build`: render a draft to Word, Akoma Ntoso, HTML and Markdown (and PDF)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import click

from wetgen.build import FORMATS, house_style, parse_formats
from wetgen.build import build as build_outputs
from wetgen.cli.common import EXIT_FINDINGS, add_pdfs, console, exit_with, progress_bar, say
from wetgen.cli.findings import print_error
from wetgen.cli.language import lang_option
from wetgen.cli.options import (
    draft_argument,
    format_option,
    output_option,
    pdf_option,
    quiet_option,
    templates_option,
)
from wetgen.loader import load_bill

DEFAULT_OUT = Path("out")


@click.command("build")
@draft_argument
@output_option("Folder to write the files to.", folder=True, default=DEFAULT_OUT)
@format_option(FORMATS, "The formats to write.", default=",".join(FORMATS), many=True)
@pdf_option("Also convert the Word files to PDF (needs LibreOffice).")
@templates_option("House style: a folder with reference.docx and/or templates, or a reference .docx.")
@click.option("--reference", type=click.Path(path_type=Path), default=None, metavar="DOCX",
              help="A ministry's Word template to take the styles and page from.")  # fmt: skip
@click.option("--styles", "style_map", type=click.Path(path_type=Path), default=None, metavar="YAML",
              help="Style map: the build's style names to the reference's own (e.g. 'Lid: BZK Lid').")  # fmt: skip
@quiet_option
@lang_option
def build(draft: Path, output: Path, formats: str, pdf: bool, templates: Path | None,
          reference: Path | None, style_map: Path | None) -> None:  # fmt: skip
    """Render DRAFT (default: the newest version of the default draft) into a folder.

    Writes the wetsvoorstel and the memorie van toelichting as Word (.docx) and Akoma Ntoso
    (.akn.xml, validated against the strict OASIS schema), plus an HTML preview and a
    Markdown text. The same draft always gives byte-identical files. Exits 0 when every file
    was written, 1 when the draft has errors or a PDF could not be made, 2 on a usage error.
    """
    chosen = parse_formats(formats)
    if pdf and "docx" not in chosen:
        chosen = parse_formats(("docx", *chosen))
    started = time.perf_counter()
    bill = load_bill(draft)
    pdf_problem = ""
    style = house_style(templates, reference, style_map)
    with progress_bar() as progress:
        written = build_outputs(bill, output, chosen, templates, progress, style)
        if pdf:
            pdf_problem = add_pdfs(written, output, progress)
    elapsed = time.perf_counter() - started
    say(summary(draft, output, written, elapsed))
    if pdf_problem:
        print_error(console(stderr=True), pdf_problem)
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

