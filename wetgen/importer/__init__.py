"""Reading existing bills into wetgen's model: read → neutral blocks → structure → Bill.

`import_bill(path)` picks a reader by the file's suffix (and, for XML, by its root element),
recognises the bill's structure and returns the Bill, the algemeen deel of the memorie van
toelichting as Markdown, the warnings and the counts. Nothing is dropped: what is not
understood stays in the draft as text or `vrije_tekst`, or as a comment, with a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wetgen.gcpause import gc_paused
from wetgen.importer import limits
from wetgen.importer.blocks import Source
from wetgen.importer.errors import ImportRefused
from wetgen.importer.report import ImportStats, ImportWarning, count
from wetgen.importer.structure.bill import recognise
from wetgen.model import Bill

__all__ = ["READERS", "ImportRefused", "ImportResult", "ImportWarning", "import_bill", "import_data", "read_source", "source_of"]


def _read_docx(data: bytes, path: str, revisions: str | None) -> Source:
    from wetgen.importer.readers.docx import read_docx

    return read_docx(data, path, revisions)


def _read_text(data: bytes, path: str, revisions: str | None) -> Source:
    from wetgen.importer.readers.text import MARKDOWN_SUFFIXES, read_text

    text, warnings = limits.decode_text(data, path)
    source = read_text(text, path, markdown=True if path.lower().endswith(MARKDOWN_SUFFIXES) else None)
    source.warnings.extend((path, w.split(": ", 1)[-1]) for w in warnings)
    return source


def _read_html(data: bytes, path: str, revisions: str | None) -> Source:
    from wetgen.importer.readers.html import read_html

    return read_html(data, path)


def _read_xml(data: bytes, path: str, revisions: str | None) -> Source:
    from wetgen.importer.readers.xml import read_xml

    return read_xml(data, path)


# suffix → reader(bytes, path, revisions) → Source
READERS: dict[str, Callable[[bytes, str, str | None], Source]] = {
    ".docx": _read_docx,
    ".md": _read_text,
    ".markdown": _read_text,
    ".txt": _read_text,
    ".text": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".xhtml": _read_html,
    ".xml": _read_xml,
}


@dataclass(frozen=True)
class ImportResult:
    """What an import gives: the bill, the MvT's algemeen deel (Markdown), notes and counts."""

    bill: Bill
    mvt: str
    warnings: tuple[ImportWarning, ...]
    unplaced: tuple[tuple[str, str], ...]
    stats: ImportStats
    kind: str


def read_source(path: Path, revisions: str | None = None) -> Source:
    """Read a file into neutral blocks with the reader its suffix names."""
    if path.is_dir():
        raise ImportRefused(str(path), "is a folder; name the bill's file")
    if not path.exists():
        raise ImportRefused(str(path), "no such file")
    _reader(str(path))
    return source_of(limits.read_bytes(path), str(path), revisions)


def source_of(data: bytes, name: str, revisions: str | None = None) -> Source:
    """Read bytes into neutral blocks with the reader the name's suffix names."""
    return _reader(name)(data, name, revisions)


def _reader(name: str) -> Callable[[bytes, str, str | None], Source]:
    suffix = "." + name.lower().rsplit(".", 1)[-1] if "." in name.rsplit("/", 1)[-1] else ""
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ImportRefused(name, f"cannot read {suffix or 'a file without a suffix'}; wetgen imports {known}")
    return reader


@gc_paused()
def import_bill(path: str | Path, *, revisions: str | None = None, mvt_file: str = "") -> ImportResult:
    """Read a bill from a file; `mvt_file` is the name under which the draft refers to its MvT."""
    return _result(read_source(Path(path), revisions), mvt_file)


@gc_paused()
def import_data(data: bytes, name: str, *, revisions: str | None = None, mvt_file: str = "") -> ImportResult:
    """Read a bill from bytes; `name` (a file name) chooses the reader by its suffix."""
    return _result(source_of(data, name, revisions), mvt_file)


def _result(source: Source, mvt_file: str) -> ImportResult:
    recognised = recognise(source, mvt_file)
    bill = recognised.bill
    if not any(True for _ in bill.articles()) and not bill.considerans:
        raise ImportRefused(source.path, "no bill found: no articles and no considerans")
    notes = recognised.notes
    stats = count(bill, len(notes.warnings))
    return ImportResult(bill, recognised.mvt, tuple(notes.warnings), tuple(notes.unplaced), stats, source.kind)
