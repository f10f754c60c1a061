"""The shared input limits and safe parsers (`wetgen.inputs`), as the importer uses them.

The caps (file size, zip members and expansion) and the entity-free XML and HTML parsers are
those every reader of outside files uses; this module is the one place the importer reaches
them, and turns their refusals into `ImportRefused` (a usage error: exit 2).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree, html

from wetgen.importer.errors import ImportRefused
from wetgen.inputs import DEFAULT_LIMITS, Limits, RefusedInput, archives, files, text, xml
from wetgen.inputs.limits import megabytes, refusals_as

MAX_PART_BYTES = 200 * 1024 * 1024  # one part of a Word package once unzipped

_refusing = refusals_as(lambda exc: ImportRefused(exc.path, exc.reason))


@_refusing
def read_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read the named file (a link named is followed), refusing a special file or one over the
    file limit before reading it."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise RefusedInput(
            str(path), f"file is {megabytes(size)}, over the {megabytes(limits.max_file_bytes)} limit"
        )
    return files.read_regular(path.resolve(), limits.max_file_bytes)


@_refusing
def decode_text(data: bytes, where: str) -> tuple[str, list[str]]:
    """Decode text as UTF-8 (else Windows-1252), with a warning when it was not UTF-8."""
    return text.decode_text(data, where)


@_refusing
def check_zip(archive: zipfile.ZipFile, where: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a zip that expands too far (a zip bomb) or holds too many members."""
    archives.check_zip(archive, where, limits)


@_refusing
def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytes:
    """Read one member of a zip, stopping at `limit` bytes whatever its header claims."""
    return archives.read_member(archive, name, name, limit)


@_refusing
def parse_xml(data: bytes, where: str) -> etree._Element:
    """Parse XML without entities, DTDs or network; refuse a document that declares entities."""
    return xml.parse_xml(data, where, MAX_PART_BYTES)


@_refusing
def parse_html(data: bytes | str, where: str) -> html.HtmlElement:
    """Parse HTML without network or entities; refuse a page that declares entities."""
    return xml.parse_html(data, where)
