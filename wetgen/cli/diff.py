"""`wetgen diff`: compare two versions of a draft, from files or from git history."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from wetgen.cli.common import EXIT_OK, console
from wetgen.cli.options import format_option, output_option
from wetgen.diff.compare import diff_bills
from wetgen.diff.compare_docx import render_compare_docx
from wetgen.diff.nota import render_nota
from wetgen.diff.nota_akn import render_nota_akn
from wetgen.diff.nota_docx import render_nota_docx
from wetgen.diff.redline_docx import render_redline_docx
from wetgen.diff.render_json import render_json
from wetgen.diff.render_text import Line, render_lines, render_plain
from wetgen.diff.versions import load_version
from wetgen.errors import UsageError

STYLES = {
    "inserted": "green",
    "deleted": "red",
    "moved": "magenta",
    "renumbered": "cyan",
    "changed": "yellow",
    "heading": "bold",
    "dim": "dim",
    "": "",
}
WORD_FORMATS = {"docx": render_redline_docx, "compare": render_compare_docx}


@click.command("diff")
@click.argument("old")
@click.argument("new")
@format_option(["text", "json", "nota", *WORD_FORMATS],
               "text for people, json for tools (schema in docs/diff.md), nota for the nota van "
               "wijziging (Word with -o FILE.docx, Akoma Ntoso with -o FILE.akn.xml), docx for a "
               "Word redline with tracked changes, compare for a wetsvergelijking table in Word "
               "(docx and compare need -o).", default="text")
@output_option("Write to this file instead of the terminal.", folder=False)
@click.option("--ignore-whitespace", is_flag=True, help="Ignore changes in whitespace only.")
def diff(old: str, new: str, fmt: str, output: Path | None, ignore_whitespace: bool) -> int:
    """Show what changed from OLD to NEW, two draft files or PATH@GITREV.

    Units are paired by key, identical text, number and similarity; the report lists what was
    inserted, deleted, moved, renumbered and changed, with word-level changes; `--format nota`
    writes the nota van wijziging that turns OLD into NEW instead, `--format docx` a Word
    redline with tracked changes and `--format compare` a Word wetsvergelijking. Exits 0 when the
    comparison ran (with or without changes), 1 when a draft has errors, 2 on a usage error.
    """
    if fmt in WORD_FORMATS and output is None:
        raise UsageError(f"--format {fmt} writes a Word document: name it with -o FILE.docx")
    old_bill, new_bill = load_version(old), load_version(new)
    changes = diff_bills(old_bill, new_bill, ignore_whitespace=ignore_whitespace)
    if fmt in WORD_FORMATS:
        _write(output, WORD_FORMATS[fmt](old_bill, new_bill, changes))
        return EXIT_OK
    if fmt == "json":
        text = render_json(changes)
    elif fmt == "nota":
        if output is not None and output.suffix.lower() in (".docx", ".xml"):
            nota = render_nota_docx if output.suffix.lower() == ".docx" else render_nota_akn
            _write(output, nota(old_bill, new_bill, changes))
            return EXIT_OK
        text = render_nota(old_bill, new_bill, changes)
    elif output is not None:
        text = render_plain(changes)
    else:
        _print_lines(render_lines(changes))
        return EXIT_OK
    if output is None:
        click.echo(text, nl=False)
    else:
        _write(output, text)
    return EXIT_OK


def _print_lines(lines: tuple[Line, ...]) -> None:
    out = console()
    for line in lines:
        text = Text("    " * line.indent)
        for segment in line.segments:
            text.append(segment.text, style=STYLES.get(segment.style, ""))
        out.print(text, soft_wrap=True)


def _write(path: Path, text: str | bytes) -> None:
    if path.is_dir():
        raise UsageError(f"{path} is a directory; -o takes a file name")
    if not path.parent.is_dir():
        raise UsageError(f"{path.parent}: no such directory")
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
