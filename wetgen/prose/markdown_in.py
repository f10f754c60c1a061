"""Markdown → prose blocks: the one place drafter Markdown is interpreted.

The `markdown` package parses (extensions: footnotes, tables, sane_lists); this module walks
the HTML it produces with lxml. Raw HTML in the Markdown is text, not markup, in every output
(the html preprocessors are switched off), only http(s), mailto and in-page links keep
their target, and an image keeps its source only when it is a path, an http(s) address or an
inline `data:image/`. Footnote references come back as `Note` inlines that carry the note's own
paragraphs, so a writer can number them across documents.
"""

from __future__ import annotations

import re

from lxml import html

from wetgen.prose.blocks import (
    BULLET,
    Block,
    Cell,
    Figure,
    Heading,
    Inline,
    Inlines,
    ListItem,
    Note,
    Paragraph,
    Quote,
    Span,
    Table,
)

_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_LIST_TAGS = ("ul", "ol")
_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SAFE_HREF = re.compile(r"^(https?:|mailto:|#)", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_SAFE_SOURCE = re.compile(r"^(https?:|data:image/)", re.IGNORECASE)


def parse_markdown(text: str) -> list[Block]:
    """Parse Markdown text into blocks, with footnote references resolved to their notes."""
    if not text.strip():
        return []
    import markdown  # imported here: a tenth of the start-up of commands that read no Markdown

    converter = markdown.Markdown(extensions=["footnotes", "tables", "sane_lists"])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    root = html.fragment_fromstring(converter.convert(text), create_parent="div")
    walker = _Walker(_take_notes(root))
    for child in root:
        walker.block(child)
    return walker.blocks


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
        self.blocks: list[Block] = []

    def block(self, el: html.HtmlElement, depth: int = 0) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADINGS:
            self.blocks.append(Heading(int(tag[1]), self.inlines(el)))
        elif tag in _LIST_TAGS:
            self._list(el, depth + 1)
        elif tag == "blockquote":
            self._quote(el)
        elif tag == "table":
            self._table(el)
        elif tag in ("p", "pre", "div"):
            self._paragraph(el)

    def inlines(self, el: html.HtmlElement) -> Inlines:
        out: list[Inline] = []
        self._collect(el, False, False, "", out, skip_blocks=False)
        return _trim(out)

    def _paragraph(self, el: html.HtmlElement) -> None:
        images = el.findall(".//img")
        if images and not _text_besides(el, images):
            for img in images:
                source = _safe_source(img.get("src", ""))
                self.blocks.append(Figure(source, _trim([Span(img.get("alt", ""))])))
            return
        inlines = self.inlines(el)
        if inlines:
            self.blocks.append(Paragraph(inlines))

    def _list(self, el: html.HtmlElement, depth: int) -> None:
        ordered = el.tag == "ol"
        start = int(el.get("start", "1") or 1) if ordered else 1
        for n, item in enumerate(el.findall("li"), start=start):
            out: list[Inline] = []
            self._collect(item, False, False, "", out, skip_blocks=True)
            label = f"{n}." if ordered else BULLET
            self.blocks.append(ListItem(depth, label, _trim(out), ordered))
            for sub in item:
                if sub.tag in _LIST_TAGS:
                    self._list(sub, depth + 1)
                elif sub.tag in _BLOCK_TAGS and sub.tag != "p":
                    self.block(sub, depth)

    def _quote(self, el: html.HtmlElement) -> None:
        for child in el:
            if child.tag == "p":
                inlines = self.inlines(child)
                if inlines:
                    self.blocks.append(Quote(inlines))
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
        self._collect(cell, False, False, "", out, skip_blocks=False)
        return _trim(out)

    def _collect(self, el, bold: bool, italic: bool, href: str, out: list, *,
                 skip_blocks: bool) -> None:  # fmt: skip
        if el.text:
            out.append(Span(el.text, bold, italic, href))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if skip_blocks and tag in _BLOCK_TAGS and tag != "p":
                pass
            elif tag == "sup" and child.get("id", "").startswith("fnref"):
                out.extend(self._note(child))
            elif tag == "br":
                out.append(Span(" ", bold, italic, href))
            elif tag == "img":
                out.append(Span(child.get("alt", ""), bold, italic, href))
            elif tag:
                link = _safe_href(child.get("href", "")) if tag == "a" else href
                self._collect(
                    child,
                    bold or tag in ("strong", "b", "th"),
                    italic or tag in ("em", "i"),
                    link,
                    out,
                    skip_blocks=skip_blocks,
                )
            if child.tail:
                out.append(Span(child.tail, bold, italic, href))

    def _note(self, sup: html.HtmlElement) -> list[Inline]:
        link = sup.find("a")
        key = (link.get("href", "") if link is not None else "").lstrip("#")
        item = self.notes.get(key)
        if item is None:
            return [Span(sup.text_content())]
        paras = item.findall("p") or [item]
        return [Note(tuple(_spans_only(self.inlines(p)) for p in paras))]


def _text_besides(el: html.HtmlElement, images: list[html.HtmlElement]) -> bool:
    text = (el.text or "") + "".join((img.tail or "") for img in images)
    return bool(text.strip()) or len(el) != len(images)


def _safe_href(href: str) -> str:
    return href if _SAFE_HREF.match(href) else ""


def _safe_source(source: str) -> str:
    """Keep an image source that is a path, a web address or an inline image; drop the rest."""
    return source if _SAFE_SOURCE.match(source) or not _SCHEME.match(source) else ""


def _alignment(cell: html.HtmlElement) -> str:
    found = _ALIGN.search(cell.get("style", "")) or _ALIGN.search(f"text-align:{cell.get('align')}")
    return found.group(1) if found else ""


def _spans_only(inlines: Inlines) -> tuple[Span, ...]:
    """Return the spans of a footnote's paragraph (a note inside a note is not possible)."""
    return tuple(i for i in inlines if isinstance(i, Span))


def _trim(inlines: list[Inline]) -> Inlines:
    """Collapse white space in spans, drop empty ones and strip the ends."""
    out: list[Inline] = []
    for item in inlines:
        if isinstance(item, Span):
            text = _SPACE.sub(" ", item.text)
            previous = out[-1] if out else None
            if isinstance(previous, Span) and previous.text.endswith(" "):
                text = text.lstrip(" ")
            if text:
                out.append(Span(text, item.bold, item.italic, item.href))
        else:
            out.append(item)
    return _strip_ends(out)


def _strip_ends(out: list[Inline]) -> Inlines:
    if out and isinstance(out[0], Span):
        first = out[0]
        out[0] = Span(first.text.lstrip(), first.bold, first.italic, first.href)
    if out and isinstance(out[-1], Span):
        last = out[-1]
        out[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.href)
    return tuple(i for i in out if not (isinstance(i, Span) and not i.text))
