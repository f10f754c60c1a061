"""XML and HTML from outside: no DTD, no entities, no network, a size cap, parsed incrementally.

A document that declares a DOCTYPE is refused: the XML wetgen reads (BWB toestanden, Akoma
Ntoso, Office and OpenDocument parts) never needs one, and it is where entity-expansion and
external-entity attacks live. It is looked for in the first bytes and again in the parsed
document's prolog, so one hidden behind a long comment is refused too. Large parts are read
with a pull parser, chunk by chunk, so a 150 MB part costs what its elements cost one at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from lxml import etree, html

from wetgen.inputs.limits import RefusedInput, describe, megabytes

HEAD_BYTES = 65536
CHUNK = 65536
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
DECLARES = "the XML declares a DTD or entities (<!DOCTYPE/<!ENTITY): refused"
_HTML_PARSER_KW = dict(no_network=True, remove_comments=True, remove_pis=True)
_SAFE = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
             remove_pis=True)  # fmt: skip


def xml_parser(remove_comments: bool = False) -> etree.XMLParser:
    """Return an XML parser with entities, DTD loading and network access off."""
    return etree.XMLParser(dtd_validation=False, remove_comments=remove_comments, **_SAFE)


def check_head(head: bytes, where: str) -> None:
    """Refuse a document whose first bytes are empty, binary, or declare a DOCTYPE or entities."""
    if not head.strip():
        raise RefusedInput(where, "empty file, not XML")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RefusedInput(where, "binary data, not XML")
    if _DECLARATION.search(head):
        raise RefusedInput(where, DECLARES)


def parse_xml(data: bytes, where: str, limit: int) -> etree._Element:
    """Parse a whole XML document of at most `limit` bytes safely; return its root element."""
    if len(data) > limit:
        raise RefusedInput(where, f"{megabytes(len(data))}, over the {megabytes(limit)} limit")
    check_head(data[:HEAD_BYTES], where)
    try:
        root = etree.fromstring(data, parser=xml_parser(remove_comments=True))
    except (etree.LxmlError, ValueError) as exc:
        raise RefusedInput(where, f"not well-formed XML ({describe(exc)})") from None
    refuse_doctype(root.getroottree(), where)
    return root


def iter_xml(
    stream: BinaryIO, where: str, tags: tuple[str, ...] | None = None,
    events: tuple[str, ...] = ("start", "end"),
) -> Iterator[tuple[str, etree._Element]]:  # fmt: skip
    """Yield (event, element) for `tags` while reading `stream` chunk by chunk with the safe
    settings; a stream that caps its size (archives.CappedReader) stops past its limit."""
    parser = etree.XMLPullParser(events=events, tag=tags, remove_comments=True, **_SAFE)
    first, checked = True, False
    while True:
        chunk = stream.read(CHUNK)
        if first:
            check_head(chunk[:HEAD_BYTES], where)
            first = False
        if not chunk:
            break
        try:
            parser.feed(chunk)
        except (etree.LxmlError, ValueError) as exc:
            raise RefusedInput(where, f"not well-formed XML ({describe(exc)})") from None
        events = parser.read_events()
        if not checked:
            for event, element in events:  # the first event: the prolog is parsed by now
                refuse_doctype(element.getroottree(), where)
                checked = True
                yield event, element
                break
        yield from events
    try:
        parser.close()
    except (etree.LxmlError, ValueError) as exc:
        raise RefusedInput(where, f"not well-formed XML ({describe(exc)})") from None
    yield from parser.read_events()


def release(element: etree._Element) -> None:
    """Free a finished element's content, keeping incremental parsing small.

    The element itself stays (an empty shell), so an ancestor's earlier children, such as a
    division's heading parsed before its articles, are still there when the ancestor ends."""
    element.clear(keep_tail=True)


def refuse_doctype(tree: etree._ElementTree, where: str) -> None:
    """Refuse a parsed document whose prolog declares a DOCTYPE (found after a long comment)."""
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise RefusedInput(where, DECLARES)


def parse_html(data: bytes | str, where: str) -> html.HtmlElement:
    """Parse HTML without network access or entities; a page declaring entities is refused."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if b"<!entity" in data[:HEAD_BYTES].lower():
        raise RefusedInput(where, "HTML declares entities (<!ENTITY ...>): refused")
    if not data.strip():
        raise RefusedInput(where, "empty HTML file")
    try:
        return html.document_fromstring(data, parser=html.HTMLParser(**_HTML_PARSER_KW))
    except (etree.LxmlError, ValueError) as exc:
        raise RefusedInput(where, f"not readable as HTML ({describe(exc)})") from None
