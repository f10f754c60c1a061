"""`wetgen diff`: compare two versions of a draft, from files or from git history."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import click
from rich.text import Text

from wetgen.cli.common import EXIT_OK, console
from wetgen.cli.options import format_option, output_option, tracked_changes_options
from wetgen.diff.changes import ChangeSet
from wetgen.diff.compare import diff_bills
from wetgen.diff.compare_docx import render_compare_docx
from wetgen.diff.mvt_redline import render_mvt_redline_docx
from wetgen.diff.nota import nota_items, render_nota
from wetgen.diff.nota_akn import render_nota_akn
from wetgen.diff.nota_docx import render_nota_docx
from wetgen.diff.outputs import FORMATS, TRACKED, Output, choose_output, mvt_redline_path
from wetgen.diff.redline_docx import AUTHOR, render_redline_docx
from wetgen.diff.render_json import render_json
from wetgen.diff.render_text import Line, render_lines, render_plain
from wetgen.diff.versions import load_version
from wetgen.errors import UsageError
from wetgen.model import Bill

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
Written = tuple[Path, bytes | str, str]  # where, what, and the confirmation line


@click.command("diff")
@click.argument("old")
@click.argument("new")
@format_option(FORMATS,
               "text for people, json for tools (schema in docs/diff.md), nota for the nota van "
               "wijziging, docx for a Word redline with tracked changes (and one of the memorie van "
               "toelichting beside it), compare for a wetsvergelijking table in Word. Default: from "
               "the suffix of -o (.docx and .pdf a redline, .json, .txt/.md text, .akn.xml the "
               "nota), else text.", default=None)
@output_option("Write to this file instead of the terminal; .pdf converts the Word output with "
               "LibreOffice.", folder=False)
@tracked_changes_options(AUTHOR)
@click.option("--ignore-whitespace", is_flag=True, help="Ignore changes in whitespace only.")
def diff(old: str, new: str, fmt: str | None, output: Path | None, author: str | None,
         day: str | None, ignore_whitespace: bool) -> int:  # fmt: skip
    """Show what changed from OLD to NEW, two draft files or PATH@GITREV.

    Units are paired by key, identical text, number and similarity; the report lists what was
    inserted, deleted, moved, renumbered and changed in the body, with word-level changes, and
    what changed in the considerans, the memorie van toelichting and the metadata. `--format
    nota` writes the nota van wijziging that turns OLD into NEW instead, `--format docx` a Word
    redline with tracked changes and `--format compare` a Word wetsvergelijking. Exits 0 when
    the comparison ran (with or without changes), 1 when a draft has errors, 2 on a usage error.
    """
    if output is not None:
        _check_target(output)
    chosen = choose_output(fmt, output)
    if (author is not None or day is not None) and chosen.kind not in TRACKED:
        raise UsageError("--author and --date apply to the redline and the wetsvergelijking "
                         "(--format docx or compare, or an -o FILE.docx)")  # fmt: skip
    when = _when(day)
    old_bill, new_bill = load_version(old), load_version(new)
    changes = diff_bills(old_bill, new_bill, ignore_whitespace=ignore_whitespace)
    if chosen.medium == "terminal":
        _show(chosen, old_bill, new_bill, changes)
        return EXIT_OK
    assert output is not None  # every medium but the terminal has a file
    signed = {"author": author or AUTHOR, "when": when}
    written = _render(chosen, output, (old_bill, new_bill), changes, signed)
    if chosen.medium == "pdf":
        written = _as_pdf(written)
    for path, data, _ in written:
        _write(path, data)
    for _, _, line in written:
        click.echo(line)
    return EXIT_OK


def _show(chosen: Output, old: Bill, new: Bill, changes: ChangeSet) -> None:
    if chosen.kind == "text":
        _print_lines(render_lines(changes))
    elif chosen.kind == "json":
        click.echo(render_json(changes), nl=False)
    else:
        click.echo(render_nota(old, new, changes), nl=False)


def _render(chosen: Output, path: Path, bills: tuple[Bill, Bill], changes: ChangeSet,
            signed: dict) -> list[Written]:  # fmt: skip
    """Return the files to write for one output, each with its confirmation line."""
    old, new = bills
    count = _count(changes.count(), "wijziging", "wijzigingen")
    if chosen.kind == "text":
        return [(path, render_plain(changes), _confirm(chosen.name, path, count))]
    if chosen.kind == "json":
        return [(path, render_json(changes), _confirm(chosen.name, path, count))]
    if chosen.kind == "nota":
        writers: dict[str, Callable[..., bytes | str]] = {
            "text": render_nota, "akn": render_nota_akn, "docx": render_nota_docx, "pdf": render_nota_docx,
        }  # fmt: skip
        onderdelen = _count(len(nota_items(old, new, changes)), "onderdeel", "onderdelen")
        return [(path, writers[chosen.medium](old, new, changes), _confirm(chosen.name, path, onderdelen))]
    if chosen.kind == "compare":
        return [(path, render_compare_docx(old, new, changes, **signed), _confirm(chosen.name, path, count))]
    mvt = mvt_redline_path(path)
    mvt_count = _count(len(changes.toelichting), "wijziging", "wijzigingen")
    return [
        (path, render_redline_docx(old, new, changes, **signed), _confirm(chosen.name, path, count)),
        (mvt, render_mvt_redline_docx(old, new, changes, **signed),
         _confirm("redline van de memorie van toelichting", mvt, mvt_count)),
    ]  # fmt: skip


def _as_pdf(written: list[Written]) -> list[Written]:
    """Return the Word files converted to PDF by LibreOffice (nothing is written until all are)."""
    from wetgen.render.pdf import convert_to_pdf

    out: list[Written] = []
    with tempfile.TemporaryDirectory(prefix="wetgen-diff-") as folder:
        for n, (path, data, line) in enumerate(written):
            source = Path(folder) / f"{n}.docx"
            source.write_bytes(data if isinstance(data, bytes) else data.encode())
            (pdf,) = convert_to_pdf([source], folder)
            out.append((path, pdf.read_bytes(), line))
    return out


def _confirm(name: str, path: Path, count: str) -> str:
    return f"schreef {name} naar {path} ({count})"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _when(day: str | None) -> datetime | None:
    if day is None:
        return None
    try:
        found = date.fromisoformat(day)
    except ValueError:
        raise UsageError(f"--date: expected YYYY-MM-DD, got {day!r}") from None
    return datetime(found.year, found.month, found.day, tzinfo=UTC)


def _print_lines(lines: tuple[Line, ...]) -> None:
    out = console()
    for line in lines:
        text = Text("    " * line.indent)
        for segment in line.segments:
            text.append(segment.text, style=STYLES.get(segment.style, ""))
        out.print(text, soft_wrap=True)


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise UsageError(f"{path} is a directory; -o takes a file name")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(f"{folder} is a file, so -o cannot write {path}")


def _write(path: Path, data: str | bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # as `wetgen build -o` makes its folder
    except OSError as exc:
        raise UsageError(f"{path.parent}: cannot make the folder ({exc.strerror})") from None
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
