"""`wetgen amend`: apply a typed nota van wijziging or amendement to a bill and write the bill
as amended."""

from __future__ import annotations

import os
from pathlib import Path

import click

from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, console, say
from wetgen.cli.findings import print_error
from wetgen.cli.options import output_option, quiet_option
from wetgen.dump import dump_bill
from wetgen.errors import UsageError
from wetgen.importer import limits
from wetgen.importer.draft import mvt_name
from wetgen.importer.nota import amend_bill, read_nota
from wetgen.loader import load_bill


@click.command("amend", short_help="Apply a typed nota van wijziging or amendement to a draft.")
@click.argument("draft", type=click.Path(path_type=Path))
@click.argument("nota", type=click.Path(path_type=Path))
@output_option("The amended draft to write (default: standard output).", folder=False, metavar="NEW.yaml")
@click.option("--partial", is_flag=True, help="Write the draft even when onderdelen could not be applied (still exits 1).")
@quiet_option
def amend(draft: Path, nota: Path, output: Path | None, partial: bool) -> int:
    """Apply NOTA, a nota van wijziging or amendement (.docx or text), to the bill DRAFT.

    Each lettered onderdeel is read as a wijzigingsopdracht on the bill ("In artikel I,
    onderdeel A, wordt «zes» vervangen door «twaalf».", "… komt te luiden:", "… vervalt,
    onder vernummering van …", "Na … wordt … ingevoegd, luidende:") and applied in turn. An
    onderdeel that cannot be read or applied (a unit the bill lacks, words not found, or found
    more than once without "telkens") is named by its letter; then nothing is written (unless
    --partial) and the exit code is 1. Exits 0 when every onderdeel was applied, 2 on a usage
    error.
    """
    if nota.is_dir() or not nota.exists():
        raise UsageError(f"{nota}: no such file")
    bill = load_bill(draft)
    onderdelen = read_nota(limits.read_bytes(nota), str(nota))
    amended, problems = amend_bill(bill, onderdelen)
    err = console(stderr=True)
    for problem in problems:
        print_error(err, f"{nota}: {problem}")
    if problems and not partial:
        return EXIT_FINDINGS
    text = dump_bill(amended, _toelichting(bill.toelichting.source, draft, output))
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        applied = len(onderdelen) - len({p.letter for p in problems})
        say(f"applied {applied} of {len(onderdelen)} onderdelen of {nota} to {draft}; wrote {output}")
    return EXIT_FINDINGS if problems else EXIT_OK


def _toelichting(source: str, draft: Path, output: Path | None) -> str:
    """Return the MvT file as the new draft names it, copied next to it when it lives elsewhere.

    A draft reads its toelichting only from inside its own folder, so a new version written to
    another folder gets its own copy of the MvT (`NEW.mvt.md`), never an edited one overwritten.
    """
    if not source:
        return ""
    mvt = (draft.parent / source).resolve()
    where = (output.parent if output is not None else Path.cwd()).resolve()
    if output is None or mvt.is_relative_to(where) or not mvt.is_file():
        return os.path.relpath(mvt, where)
    copy = output.with_name(mvt_name(output))
    text = mvt.read_text(encoding="utf-8")
    if copy.exists() and copy.read_text(encoding="utf-8") != text:
        raise UsageError(f"{copy} exists and differs from {mvt}: not overwritten; move it or choose another -o")
    copy.write_text(text, encoding="utf-8")
    return copy.name
