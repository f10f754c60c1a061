"""The root elements of the WordprocessingML parts wetgen writes, as bytes."""

from __future__ import annotations

from wetgen.word.xml.notes import footnote_separators
from wetgen.word.xml.ns import NSDECL, XML_HEAD


def document_root(body: str, sect_pr: str) -> bytes:
    """Return word/document.xml with the given body content and final section properties."""
    xml = f"{XML_HEAD}<w:document {NSDECL}><w:body>{body}{sect_pr}</w:body></w:document>"
    return xml.encode("utf-8")


def header_root(paragraphs: list[str]) -> bytes:
    """Return a header part (w:hdr) holding `paragraphs`."""
    return f"{XML_HEAD}<w:hdr {NSDECL}>{''.join(paragraphs)}</w:hdr>".encode()


def footer_root(paragraphs: list[str]) -> bytes:
    """Return a footer part (w:ftr) holding `paragraphs`."""
    return f"{XML_HEAD}<w:ftr {NSDECL}>{''.join(paragraphs)}</w:ftr>".encode()


def footnotes_root(notes: list[str]) -> bytes:
    """Return word/footnotes.xml with the two separators Word requires and `notes`."""
    xml = f"{XML_HEAD}<w:footnotes {NSDECL}>{footnote_separators()}{''.join(notes)}</w:footnotes>"
    return xml.encode("utf-8")


def comments_root(comments: list[str]) -> bytes:
    """Return word/comments.xml holding `comments`."""
    return f"{XML_HEAD}<w:comments {NSDECL}>{''.join(comments)}</w:comments>".encode()
