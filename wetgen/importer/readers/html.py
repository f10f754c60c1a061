"""A bill's web page (HTML), such as a Kamerstuk or Staatsblad page on
zoek.officielebekendmakingen.nl, or wetgen's own HTML preview.

Block elements (headings, paragraphs, list items, table rows) become blocks in reading
order; page furniture (navigation, scripts, forms) is left out; footnote marks are taken out
of the text and footnote bodies kept apart; a `blockquote` deepens the payload depth.
"""

from __future__ import annotations

import re

from lxml import html

from wetgen.importer import blocks as b
from wetgen.importer import limits
from wetgen.importer.blocks import Block, Origin, Source
from wetgen.importer.structure.front import iso_date

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "caption", "figcaption", "address"}
_FURNITURE = {"script", "style", "nav", "header", "footer", "form", "noscript", "button", "select",
              "template", "svg", "iframe", "head", "title"}  # fmt: skip
_MAIN = ("//*[@id='main-content']", "//*[contains(concat(' ', @class, ' '), ' stuk ')]", "//body")
_NOTE_MARK = re.compile(r"\b(nootnum|noot-ref|footnote-ref|footnote_reference)\b")
_NOTE_BODY = re.compile(r"\b(voet|noot|footnotes?|noten)\b")


def read_html(data: bytes, path: str) -> Source:
    """Return the blocks of an HTML page."""
    root = limits.parse_html(data, path)
    source = Source(path, "html")
    main = next((found[0] for xpath in _MAIN if (found := root.xpath(xpath))), root)
    _Walker(source).walk(main, 0)
    source.marks_depth = any(block.depth for block in source.blocks)
    return source


_BLOCK_LEVEL = _BLOCKS | {"div", "section", "article", "table", "tbody", "thead", "tr", "ul", "ol",
                          "dl", "blockquote", "main", "aside", "header", "footer", "figure", "body"}


class _Walker:
    def __init__(self, source: Source) -> None:
        self.source = source

    def walk(self, el: html.HtmlElement, depth: int) -> None:
        """Read an element's loose text and its children in order."""
        if el.text and el.text.strip():
            self.add(el, el.text, depth)
        for child in el:
            if isinstance(child.tag, str):
                self.element(child, depth)
            if child.tail and child.tail.strip():
                self.add(el, child.tail, depth)

    def element(self, el: html.HtmlElement, depth: int) -> None:
        """Read one element: skip furniture, keep notes apart, a leaf block becomes a block."""
        tag = el.tag.lower()
        classes = el.get("class") or ""
        if tag in _FURNITURE and not (tag == "header" and "versie" in classes) or el.get("hidden") is not None:
            return
        if tag == "header" and "versie" in classes:
            self.version(el)
        elif (_NOTE_BODY.search(classes) or el.get("id") in ("noten", "footnotes")) and tag in ("div", "section", "aside", "ol", "ul"):
            self.notes(el)
        elif tag == "blockquote":
            self.walk(el, depth + 1)
        elif tag == "tr":
            cells = [self.inline(c) for c in el if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            self.add(el, "\t".join(" ".join(c.split()) for c in cells), depth, role=b.ROW)
        elif not self._has_blocks(el):
            level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0
            self.add(el, self.inline(el), depth, level=level, markup=self.inline(el, marked=True))
        else:
            self.walk(el, depth)

    def _has_blocks(self, el: html.HtmlElement) -> bool:
        return any(isinstance(d.tag, str) and d.tag.lower() in _BLOCK_LEVEL for d in el.iterdescendants())

    def version(self, el: html.HtmlElement) -> None:
        """Read the version line wetgen's own preview heads the page with (label · date · stage · ministry)."""
        parts = [" ".join(span.text_content().split()) for span in el.iter("span")]
        if len(parts) >= 3:
            self.source.meta["versie"] = parts[0]
            self.source.meta["datum"] = iso_date(parts[1])
            self.source.meta["fase"] = parts[2]
        if len(parts) >= 4 and parts[3].startswith("Ministerie van "):
            self.source.meta["ministerie"] = parts[3][len("Ministerie van ") :]

    def inline(self, el: html.HtmlElement, marked: bool = False) -> str:
        """Return an element's text without footnote marks (`marked`: with them as [^n])."""
        parts = [el.text or ""]
        for child in el:
            if isinstance(child.tag, str) and child.tag.lower() not in _FURNITURE:
                tag = child.tag.lower()
                classes = child.get("class") or ""
                if tag == "br":
                    parts.append(" ")
                elif _NOTE_MARK.search(classes) or tag == "sup" and child.find(".//a") is not None:
                    mark = " ".join(child.text_content().split())
                    parts.append(f"[^{mark}]" if marked and mark else "")
                else:
                    inner = self.inline(child, marked)
                    parts.append(" " + inner if tag == "span" and "tekst" in classes else inner)
            parts.append(child.tail or "")
        return "".join(parts)

    def notes(self, el: html.HtmlElement) -> None:
        """Keep footnote bodies by their number: one note per element classed as a note, or per
        list item or paragraph of a notes section."""
        singles = [c for c in el.iter() if isinstance(c.tag, str) and re.search(r"\b(voet|noot)\b", c.get("class") or "")
                   and c is not el]  # fmt: skip
        notes = singles or [c for c in el.iter() if isinstance(c.tag, str) and c.tag.lower() in ("li", "p")]
        for number, note in enumerate(notes, start=1):
            mark_el = next((d for d in note.iter() if isinstance(d.tag, str) and
                            (_NOTE_MARK.search(d.get("class") or "") or d.tag.lower() == "sup")), None)  # fmt: skip
            mark = " ".join(mark_el.text_content().split()) if mark_el is not None else ""
            text = " ".join(note.text_content().split())
            if mark and text.startswith(mark):
                text = text[len(mark) :].strip()
            elif not mark:
                m = re.match(r"^(\d+)\s+(.*)$", text)
                mark, text = (m.group(1), m.group(2)) if m else (str(number), text)
            self.source.footnotes.setdefault(mark, text)

    def add(self, el: html.HtmlElement, text: str, depth: int, role: str = "", level: int = 0,
            markup: str = "") -> None:  # fmt: skip
        """Add a block for an element's text, unless it is empty."""
        text = " ".join(text.split())
        if not text:
            return
        markup = " ".join(markup.split())
        origin = Origin(self.source.path, el.sourceline or 0)
        style = el.get("class") or el.tag
        self.source.blocks.append(Block(text, origin, role=role, style=style, level=level, depth=depth,
                                        markup=markup if markup != text else ""))  # fmt: skip
