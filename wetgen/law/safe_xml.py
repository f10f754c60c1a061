"""Reading XML that comes from outside: a size cap, no DTD, no entities, no network.

A law file may arrive from the network or from a user; the parser resolves no entities, loads
no DTD, reaches no network and keeps libxml2's limits on depth and text size. A document that
declares a DOCTYPE is refused outright: BWB toestanden and Akoma Ntoso never need one, and it is
where entity expansion attacks live.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from wetgen.errors import UsageError
from wetgen.law.errors import LawError

MAX_LAW_BYTES = 64 * 1024 * 1024  # a cap against runaway input; a toestand is a few MB
_HEAD_BYTES = 65536
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def normalise(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def megabytes(size: int) -> str:
    """Return a byte count for people: "64 MB", "0.3 MB"."""
    value = size / 2**20
    return f"{value:.0f} MB" if value >= 10 else f"{value:.1f} MB"


def load_bytes(path: Path) -> bytes:
    """Read a file for parsing, refusing a missing file, a folder or one over the size limit."""
    check_file(path)
    return path.read_bytes()


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


def check_head(head: bytes, where: str) -> None:
    """Refuse a document whose prolog declares a DOCTYPE or entities, or that is empty or binary."""
    if not head.strip():
        raise LawError(f"{where}: empty file, not XML")
    if _DECLARATION.search(head):
        raise LawError(f"{where}: the XML declares a DTD or entities (<!DOCTYPE/<!ENTITY): refused")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LawError(f"{where}: binary data, not XML")


def parser() -> etree.XMLParser:
    """Return an XML parser with entities, DTD loading and network access off."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_pis=True, remove_comments=True)  # fmt: skip


def parse_bytes(data: bytes, where: str) -> etree._Element:
    """Parse a whole document from bytes safely and return its root element."""
    check_head(data[:_HEAD_BYTES], where)
    try:
        root = etree.fromstring(data, parser=parser())
    except (etree.LxmlError, ValueError) as exc:
        raise LawError(f"{where}: not well-formed XML ({exc})") from None
    _refuse_doctype(root.getroottree(), where)
    return root


def iter_events(
    source: Path | bytes, where: str, tags: tuple[str, ...]
) -> Iterator[tuple[str, etree._Element]]:
    """Yield ("start"|"end", element) for `tags`, parsing incrementally with the safe settings."""
    if isinstance(source, Path):
        check_file(source)
        check_head(read_head(source), where)
        stream: Path | io.BytesIO = source
    else:
        if len(source) > MAX_LAW_BYTES:
            raise LawError(f"{where}: {megabytes(len(source))}, over the {megabytes(MAX_LAW_BYTES)} limit for a law")
        check_head(source[:_HEAD_BYTES], where)
        stream = io.BytesIO(source)
    events = etree.iterparse(
        str(stream) if isinstance(stream, Path) else stream,
        events=("start", "end"), tag=tags, resolve_entities=False, no_network=True,
        load_dtd=False, huge_tree=False, remove_pis=True, remove_comments=True,
    )  # fmt: skip
    try:
        yield from events
    except (etree.LxmlError, ValueError) as exc:
        raise LawError(f"{where}: not well-formed XML ({exc})") from None
    root = events.root
    if root is not None:
        _refuse_doctype(root.getroottree(), where)


def root_tag(source: Path | bytes, where: str) -> str:
    """Return the local name of a document's root element, parsing no further than its start."""
    head = read_head(source) if isinstance(source, Path) else source[:_HEAD_BYTES]
    check_head(head, where)
    stream = str(source) if isinstance(source, Path) else io.BytesIO(source)
    events = etree.iterparse(stream, events=("start",), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)  # fmt: skip
    try:
        for _event, element in events:
            _refuse_doctype(element.getroottree(), where)
            return etree.QName(element).localname
    except (etree.LxmlError, ValueError) as exc:
        raise LawError(f"{where}: not well-formed XML ({exc})") from None
    raise LawError(f"{where}: no root element, not XML")


def read_head(path: Path) -> bytes:
    """Return the first bytes of a file, enough to hold its prolog and root element."""
    with path.open("rb") as handle:
        return handle.read(_HEAD_BYTES)


def release(element: etree._Element) -> None:
    """Free a finished element's content, keeping incremental parsing small.

    The element itself stays (an empty shell), so a division's `kop`, parsed before its
    articles, is still there when the division ends.
    """
    element.clear(keep_tail=True)


def _refuse_doctype(tree: etree._ElementTree, where: str) -> None:
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise LawError(f"{where}: the XML declares a DTD or entities (<!DOCTYPE/<!ENTITY): refused")
