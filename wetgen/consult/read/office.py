"""Text from Word (.docx) and OpenDocument (.odt) files, parsed incrementally from the package.

The main part (word/document.xml, content.xml) is streamed out of the zip through a size cap
and parsed element by element; every finished paragraph is freed, so a 150 MB part costs what
one paragraph costs. Reading stops at the text limit, the part's size cap or the deadline, and
says so. Paragraphs come in document order; a table row is its cells joined with " | ".
"""

from __future__ import annotations

import zipfile

from lxml import etree

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import Extract
from wetgen.inputs import Deadline, Limits
from wetgen.inputs.archives import (
    PartTooLarge,
    open_archive,
    open_member,
    read_member,
    refuse_doctypes,
)
from wetgen.inputs.xml import iter_xml, parse_xml

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RELS_BYTES = 1024 * 1024
_WORD = {"p": _W + "p", "row": _W + "tr", "cell": _W + "tc", "table": _W + "tbl"}
_ODF = {"p": (_TEXT + "p", _TEXT + "h"), "row": _TABLE + "table-row", "cell": _TABLE + "table-cell"}


def docx_text(data: bytes, where: str, limits: Limits, deadline: Deadline) -> Extract:
    """Extract the paragraphs and table rows of a .docx in document order."""
    archive = _package(data, where, limits, "Word")
    part = _main_part(archive, where)
    return _read(archive, part, where, limits, deadline, _word_text, _WORD)


def odt_text(data: bytes, where: str, limits: Limits, deadline: Deadline) -> Extract:
    """Extract the paragraphs, headings and table rows of an OpenDocument text."""
    archive = _package(data, where, limits, "OpenDocument")
    if "content.xml" not in archive.namelist():
        raise RejectedFile(where, "OpenDocument file without content.xml")
    return _read(archive, "content.xml", where, limits, deadline, _odf_text, _ODF)


def _package(data: bytes, where: str, limits: Limits, kind: str) -> zipfile.ZipFile:
    archive = open_archive(data, where, limits, kind=f"{kind} file")
    refuse_doctypes(archive, where)
    return archive


def _main_part(archive: zipfile.ZipFile, where: str) -> str:
    """Return the name of the main document part: the officeDocument relationship's target."""
    names = set(archive.namelist())
    if "_rels/.rels" in names:
        rels = parse_xml(read_member(archive, "_rels/.rels", where, _RELS_BYTES), where, _RELS_BYTES)
        for rel in rels:
            if rel.get("Type") == _OFFICE_RELS and rel.get("TargetMode") != "External":
                target = (rel.get("Target") or "").lstrip("/")
                if target in names:
                    return target
    if "word/document.xml" in names:
        return "word/document.xml"
    raise RejectedFile(where, "not a Word document (no word/document.xml)")


def _read(archive, part, where, limits, deadline, text_of, tags) -> Extract:
    lines: list[str] = []
    size = 0
    cells: list[str] = []
    depth = 0  # how deep inside table cells the parser is
    wanted = (*_as_tuple(tags["p"]), tags["row"], tags["cell"])
    stream = open_member(archive, part, where, limits.max_xml_bytes)
    try:
        for event, element in iter_xml(stream, f"{where}!{part}", wanted):
            tag = element.tag
            if tag == tags["cell"]:
                depth += 1 if event == "start" else -1
                if event == "end" and depth == 0:  # a cell of a table inside a cell counts once
                    cells.append(" ".join(_paragraphs(element, tags, text_of)))
            elif tag == tags["row"] and event == "end" and depth == 0:
                row = " | ".join(cells)
                cells = []
                if row.strip(" |"):
                    lines.append(row)
                    size += len(row)
                _drop(element)
            elif event == "end" and depth == 0 and tag != tags["row"]:
                text = text_of(element)
                if text.strip():
                    lines.append(text)
                    size += len(text)
                _drop(element)
            if event == "end" and (size > limits.max_text_chars or deadline.passed):
                why = "the text limit" if size > limits.max_text_chars else "the time limit"
                return Extract(_tidy(lines), [f"{where}: only the start of the document was read ({why})"], False)
    except PartTooLarge as exc:
        return Extract(_tidy(lines), [f"{where}: only the start of {part} was read ({exc.reason})"], False)
    finally:
        stream.close()
    return Extract(_tidy(lines), [])


def _as_tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def _paragraphs(cell: etree._Element, tags: dict, text_of) -> list[str]:
    paragraphs = [text_of(p) for p in cell.iter(*_as_tuple(tags["p"]))]
    return [p for p in paragraphs if p.strip()]


def _word_text(paragraph: etree._Element) -> str:
    """Return the text of a w:p: its w:t runs, tabs and breaks (deleted text is w:delText)."""
    parts = []
    for node in paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == _W + "tab" else "\n")
    return "".join(parts)


def _odf_text(element: etree._Element) -> str:
    """Return the text of a text:p or text:h, with its spans, spaces, tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _TEXT + "s":
            parts.append(" " * _count(child.get(_TEXT + "c")))
        elif child.tag == _TEXT + "tab":
            parts.append("\t")
        elif child.tag == _TEXT + "line-break":
            parts.append("\n")
        elif child.tag not in (_TEXT + "note-citation",):
            parts.append(_odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count(value: str | None) -> int:
    return min(int(value), 1000) if value and value.isdigit() else 1


def _drop(element: etree._Element) -> None:
    """Free a finished element and the finished siblings before it."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _tidy(lines: list[str]) -> str:
    out = [" ".join(part.split()) for line in lines for part in line.split("\n")]
    return "\n\n".join(line for line in out if line)
