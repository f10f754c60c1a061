"""`wetgen import`: read an existing bill (Word, web page text or HTML, publication XML, AKN)
into a draft."""

from __future__ import annotations

import time
from pathlib import Path

import click

from wetgen.cli.common import console, say
from wetgen.cli.findings import print_error
from wetgen.cli.options import output_option, quiet_option
from wetgen.errors import UsageError
from wetgen.importer import import_bill as run_import
from wetgen.importer.draft import mvt_name, write_draft


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@output_option("The draft to write (default: FILE's name with .yaml, beside it).", folder=False,
               metavar="DRAFT.yaml")
@click.option("--revisions", type=click.Choice(["accept", "reject"]), default=None,
              help="For a Word file with tracked changes: import the text with every change accepted, or rejected.")  # fmt: skip
@quiet_option
def import_bill(file: Path, output: Path | None, revisions: str | None) -> None:
    """Read FILE, an existing bill, into a draft YAML (and its MvT as Markdown beside it).

    Reads .docx (any Word bill: automatic numbering, footnotes, tables; tracked changes with
    --revisions), .html, .xml (Staatsblad/Kamerstuk publication XML or Akoma Ntoso), and .txt
    or .md text copied from a bill's web page. What is not understood stays in the draft as
    text or vrije_tekst, with a warning naming where it was read. Exits 0 when a draft was
    written, 2 when the file cannot be read as a bill.
    """
    if file.is_dir():
        raise UsageError(f"{file} is a folder; name the bill's file")
    draft = output or _default_output(file)
    if draft.resolve() == file.resolve():
        raise UsageError(f"{draft} is the file being imported; choose another -o")
    started = time.perf_counter()
    result = run_import(file, revisions=revisions, mvt_file=mvt_name(draft))
    written = write_draft(result, file.name, draft)
    err = console(stderr=True)
    for warning in result.warnings:
        print_error(err, str(warning), label="warning")
    elapsed = time.perf_counter() - started
    files = " and ".join(str(p) for p in written)
    say(f"imported {file} ({result.kind}): {result.stats.summary()}; wrote {files} in {elapsed:.2f} s")


def _default_output(file: Path) -> Path:
    name = file.name
    for suffix in (".akn.xml", ".docx", ".xml", ".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return file.with_name(name + ".yaml")
