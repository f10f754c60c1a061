"""Reading law XML that comes from outside, through the shared safe parsers (`wetgen.inputs`).

A law file may arrive from the network or from a user; it is parsed with no DTD, no entities,
no network and libxml2's limits on depth and text size, and a document that declares a DOCTYPE
is refused outright (BWB toestanden and Akoma Ntoso never need one). This module adds what is
the law's own: the size cap for a law, missing files and folders as usage errors, and every
refusal as a LawError.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from wetgen.errors import UsageError
from wetgen.inputs import RefusedInput, files, xml
from wetgen.inputs.limits import megabytes, refusals_as
from wetgen.law.errors import LawError

MAX_LAW_BYTES = 64 * 1024 * 1024  # a cap against runaway input; a toestand is a few MB
_HEAD_BYTES = xml.HEAD_BYTES

_as_law_error = refusals_as(lambda exc: LawError(str(exc)))


def normalise(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def load_bytes(path: Path) -> bytes:
    """Read a file for parsing, refusing a missing file, a folder or one over the size limit."""
    check_file(path)
    return _read(path, MAX_LAW_BYTES)


def check_file(path: Path) -> None:
    """Refuse a missing file, a folder, or a file over MAX_LAW_BYTES, before reading it."""
    limit = MAX_LAW_BYTES
    if path.is_dir():
        raise UsageError(f"{path} is a directory; expected a law file")
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    size = path.stat().st_size
    if size > limit:
        raise LawError(f"{path}: file is {megabytes(size)}, over the {megabytes(limit)} limit for a law")


@_as_law_error
def check_head(head: bytes, where: str) -> None:
    """Refuse a document whose prolog declares a DOCTYPE or entities, or that is empty or binary."""
    xml.check_head(head, where)


def parser() -> etree.XMLParser:
    """Return an XML parser with entities, DTD loading and network access off."""
    return xml.xml_parser(remove_comments=True)


@_as_law_error
def parse_bytes(data: bytes, where: str) -> etree._Element:
    """Parse a whole document from bytes safely and return its root element."""
    return xml.parse_xml(data, where, MAX_LAW_BYTES)


def iter_events(
    source: Path | bytes, where: str, tags: tuple[str, ...]
) -> Iterator[tuple[str, etree._Element]]:
    """Yield ("start"|"end", element) for `tags`, parsing incrementally with the safe settings."""
    if isinstance(source, Path):
        check_file(source)
    elif len(source) > MAX_LAW_BYTES:
        raise LawError(f"{where}: {megabytes(len(source))}, over the {megabytes(MAX_LAW_BYTES)} limit for a law")
    with _open(source) as stream:
        try:
            yield from xml.iter_xml(stream, where, tags)
        except RefusedInput as exc:
            raise LawError(str(exc)) from None


@_as_law_error
def root_tag(source: Path | bytes, where: str) -> str:
    """Return the local name of a document's root element, parsing no further than its start."""
    with _open(source) as stream:
        for _event, element in xml.iter_xml(stream, where, events=("start",)):
            return etree.QName(element).localname
    raise LawError(f"{where}: no root element, not XML")


def read_head(path: Path) -> bytes:
    """Return the first bytes of a file, enough to hold its prolog and root element."""
    return _read(path, _HEAD_BYTES, head=True)


def release(element: etree._Element) -> None:
    """Free a finished element's content, keeping incremental parsing small.

    The element itself stays (an empty shell), so a division's `kop`, parsed before its
    articles, is still there when the division ends.
    """
    xml.release(element)


@_as_law_error
def _read(path: Path, limit: int, head: bool = False) -> bytes:
    return files.read_regular(path.resolve(), limit, head=head)


@_as_law_error
def _open(source: Path | bytes):
    """Open a law file (a link named is followed; a FIFO or device is refused) or wrap bytes."""
    return io.BytesIO(source) if isinstance(source, bytes) else files.open_regular(source.resolve())
