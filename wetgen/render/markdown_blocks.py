"""Markdown (with footnotes) → a flat list of blocks of styled text, for the Word renderer.

The `markdown` package does the parsing (extensions: footnotes, tables, sane_lists); this
module walks the HTML it produces with lxml. Footnote references come back as `Note` inlines
that carry the note's own paragraphs, so a renderer can number them across documents. A table
comes back as one `Table` block: a header row and body rows of cells, each cell its inlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

import markdown
from lxml import html

_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_LIST_TAGS = ("ul", "ol")
_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table")
BULLET = "–"


@dataclass(frozen=True)
class Span:
    """A piece of text with its character formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Note:
    """A footnote reference; `paragraphs` is the note's text, each a tuple of spans."""

    paragraphs: tuple[tuple[Span, ...], ...]


Inline = Span | Note


@dataclass(frozen=True)
class Block:
    """A paragraph-level unit: a heading, paragraph, list item or quote.

    `level` is the heading level or the list nesting depth; `label` a list item's "–" or "1.".
    """

    kind: str
    inlines: tuple[Inline, ...]
    level: int = 0
    label: str = ""


Cell = tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    """A table: the header row and the body rows, each a tuple of cells of inlines.

    `align` holds each column's alignment as written in Markdown ("left", "center", "right",
    or "" when not given). Every row has as many cells as the header.
    """

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    align: tuple[str, ...] = ()
    kind: ClassVar[str] = "table"


def markdown_blocks(text: str) -> list[Block | Table]:
    """Parse Markdown text into blocks, with footnote references resolved to their notes."""
    if not text.strip():
        return []
    converter = markdown.Markdown(extensions=["footnotes", "tables", "sane_lists"])
    root = html.fragment_fromstring(converter.convert(text), create_parent="div")
    notes = _take_notes(root)
    walker = _Walker(notes)
    for child in root:
        walker.block(child)
    return walker.blocks


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """Return the text of inlines without formatting or notes."""
    return "".join(i.text for i in inlines if isinstance(i, Span))


def _take_notes(root: html.HtmlElement) -> dict[str, html.HtmlElement]:
    notes: dict[str, html.HtmlElement] = {}
    for container in root.xpath("./div[contains(@class, 'footnote')]"):
        for item in container.xpath(".//li[@id]"):
            for back in item.xpath(".//a[contains(@class, 'footnote-backref')]"):
                back.drop_tree()
            notes[item.get("id")] = item
        root.remove(container)
    return notes


class _Walker:
    """Collects blocks while walking the HTML tree."""

    def __init__(self, notes: dict[str, html.HtmlElement]) -> None:
        self.notes = notes
        self.blocks: list[Block | Table] = []

    def block(self, el: html.HtmlElement, depth: int = 0) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._add("heading", self.inlines(el), level=int(tag[1]))
        elif tag in _LIST_TAGS:
            self._list(el, depth + 1)
        elif tag == "blockquote":
            self._quote(el)
        elif tag == "table":
            self._table(el)
        elif tag in ("p", "pre", "div"):
            self._add("paragraph", self.inlines(el))

    def inlines(self, el: html.HtmlElement, bold: bool = False, italic: bool = False) -> tuple:
        out: list[Inline] = []
        self._collect(el, bold, italic, out, skip_blocks=False)
        return _trim(out)

    def _list(self, el: html.HtmlElement, depth: int) -> None:
        start = int(el.get("start", "1") or 1) if el.tag == "ol" else 1
        for n, item in enumerate(el.findall("li"), start=start):
            label = f"{n}." if el.tag == "ol" else BULLET
            out: list[Inline] = []
            self._collect(item, False, False, out, skip_blocks=True)
            self._add("item", _trim(out), level=depth, label=label)
            for sub in item:
                if sub.tag in _LIST_TAGS:
                    self._list(sub, depth + 1)
                elif sub.tag in _BLOCK_TAGS and sub.tag != "p":
                    self.block(sub, depth)

    def _quote(self, el: html.HtmlElement) -> None:
        for child in el:
            if child.tag == "p":
                self._add("quote", self.inlines(child))
            else:
                self.block(child)

    def _table(self, el: html.HtmlElement) -> None:
        rows = [[c for c in row if c.tag in ("th", "td")] for row in el.iter("tr")]
        rows = [row for row in rows if row]
        if not rows:
            return
        width = max(len(row) for row in rows)
        header, *body = [self._row(row, width) for row in rows]
        align = tuple(_alignment(cell) for cell in rows[0]) + ("",) * (width - len(rows[0]))
        self.blocks.append(Table(header, tuple(body), align))

    def _row(self, cells: list[html.HtmlElement], width: int) -> tuple[Cell, ...]:
        own = tuple(self._cell(cell) for cell in cells)
        return own + ((),) * (width - len(own))

    def _cell(self, cell: html.HtmlElement) -> Cell:
        out: list[Inline] = []
        self._collect(cell, False, False, out, skip_blocks=False)
        return _trim(out)

    def _collect(self, el, bold: bool, italic: bool, out: list, *, skip_blocks: bool) -> None:
        if el.text:
            out.append(Span(el.text, bold, italic))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if skip_blocks and tag in _BLOCK_TAGS and tag != "p":
                pass
            elif tag == "sup" and child.get("id", "").startswith("fnref"):
                out.extend(self._note(child))
            elif tag == "br":
                out.append(Span(" ", bold, italic))
            elif tag:
                self._collect(
                    child,
                    bold or tag in ("strong", "b", "th"),
                    italic or tag in ("em", "i"),
                    out,
                    skip_blocks=skip_blocks,
                )
                if tag == "a":
                    out.extend(_link_target(child, bold, italic))
            if child.tail:
                out.append(Span(child.tail, bold, italic))

    def _note(self, sup: html.HtmlElement) -> list[Inline]:
        link = sup.find("a")
        key = (link.get("href", "") if link is not None else "").lstrip("#")
        item = self.notes.get(key)
        if item is None:
            return [Span(sup.text_content())]
        paras = item.findall("p") or [item]
        return [Note(tuple(self.inlines(p) for p in paras))]

    def _add(self, kind: str, inlines: tuple, level: int = 0, label: str = "") -> None:
        if inlines or kind == "heading":
            self.blocks.append(Block(kind, inlines, level, label))


def _alignment(cell: html.HtmlElement) -> str:
    found = _ALIGN.search(cell.get("style", "")) or _ALIGN.search(f"text-align:{cell.get('align')}")
    return found.group(1) if found else ""


def _link_target(a: html.HtmlElement, bold: bool, italic: bool) -> list[Span]:
    href = a.get("href", "")
    shown = a.text_content()
    if href.startswith(("http://", "https://")) and href not in shown:
        return [Span(f" ({href})", bold, italic)]
    return []


def _trim(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Collapse white space in spans, drop empty ones and strip the ends."""
    out: list[Inline] = []
    for item in inlines:
        if isinstance(item, Span):
            text = _SPACE.sub(" ", item.text) if item.text != "\t" else "\t"
            if out and isinstance(out[-1], Span) and out[-1].text.endswith(" "):
                text = text.lstrip(" ")
            if text:
                out.append(Span(text, item.bold, item.italic))
        else:
            out.append(item)
    return _strip_ends(out)


def _strip_ends(out: list[Inline]) -> tuple[Inline, ...]:
    if out and isinstance(out[0], Span):
        out[0] = Span(out[0].text.lstrip(), out[0].bold, out[0].italic)
    if out and isinstance(out[-1], Span):
        out[-1] = Span(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
    return tuple(i for i in out if not (isinstance(i, Span) and not i.text))
