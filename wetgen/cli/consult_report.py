"""`wetgen consult report` and `wetgen consult import-reactions`, added to the consult group.

The publish stage is imported when a command runs, not here: registering the commands must
work without the consultation extra, so that the group can say it is missing.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from wetgen.cli.common import EXIT_FINDINGS, add_pdfs, console, exit_with, progress_bar
from wetgen.cli.consult import find_store, store_option

DEFAULT_OUT = Path("out/consultatie")


@click.command("report")
@store_option
@click.option("-f", "--format", "formats", default=None, metavar="LIST",
              help="Comma-separated formats: html, docx, md, xlsx.  [default: all]")  # fmt: skip
@click.option("--public/--internal", "public", default=True, show_default=True,
              help="Public: no non-public names, places, organisations or wording. "
                   "Internal: everything, clearly marked.")  # fmt: skip
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder to write the files to.")  # fmt: skip
@click.option("--templates", type=click.Path(path_type=Path), default=None, metavar="DIR|DOCX",
              help="House style for the Word report: a reference .docx or a folder holding one.")  # fmt: skip
@click.option("--pdf", is_flag=True,
              help="Also convert the Word consultatieverslag to PDF (needs LibreOffice).")  # fmt: skip
def report(store_path: Path | None, formats: str | None, public: bool, out_dir: Path,
           templates: Path | None, pdf: bool) -> None:  # fmt: skip
    """Write the consultation report: per-article overview, consultatieverslag, reactietabel.

    The HTML page and the Word consultatieverslag show, per article, onderdeel and lid in the
    bill's order, the responses and points by category, campaigns, representative quotes,
    key phrases and the reactions given; the .xlsx is the reactietabel to fill in. The same
    store always gives byte-identical files. --pdf adds the verslag as PDF, made from the Word
    file by LibreOffice.
    """
    from wetgen.consult.publish.write import FORMATS, parse_formats, write_report
    from wetgen.consult.store import open_store

    chosen = parse_formats(formats) if formats else FORMATS
    if pdf and "docx" not in chosen:
        chosen = parse_formats(("docx", *chosen))
    path = find_store(store_path)
    with open_store(path, create=False) as store:
        written = write_report(store, out_dir, chosen, public=public, reference=templates)
    pdf_problem = ""
    if pdf:
        with progress_bar() as progress:
            pdf_problem = add_pdfs(written, out_dir, progress)
    mode = "public" if public else "INTERNAL (holds non-public data; do not publish)"
    noun = "file" if len(written) == 1 else "files"
    console().print(f"wrote {len(written)} {noun} ({mode}) to {out_dir}/ from {path}", markup=False)
    if pdf_problem:
        console(stderr=True).print(f"[bold red]error:[/] {escape(pdf_problem)}", markup=True)
        exit_with(EXIT_FINDINGS)


@click.command("import-reactions")
@click.argument("table", type=click.Path(path_type=Path))
@store_option
def import_reactions_command(table: Path, store_path: Path | None) -> None:
    """Read the reactions filled in a reactietabel (.xlsx) back into the store.

    Rows are matched by point id. A point or reaction that changed in the store since the
    export, a deleted row and an unknown id are reported as conflicts and left alone; an
    empty cell never removes a stored reaction. Exit 1 when there are conflicts.
    """
    from wetgen.consult.publish.reactions_import import import_reactions
    from wetgen.consult.store import open_store

    path = find_store(store_path)
    with open_store(path, create=False) as store:
        result = import_reactions(store, table)
    err = console(stderr=True)
    for conflict in result.conflicts:
        err.print(f"conflict: {table}: {conflict}", markup=False)
    console().print(
        f"imported {len(result.updated)} reaction(s) from {table} into {path}; "
        f"{result.unchanged} unchanged, {len(result.conflicts)} conflict(s)",
        markup=False,
    )
    if result.conflicts:
        exit_with(EXIT_FINDINGS)


def register_report_commands(group: click.Group) -> None:
    """Add `report` and `import-reactions` to the `wetgen consult` group."""
    group.add_command(report)
    group.add_command(import_reactions_command)
