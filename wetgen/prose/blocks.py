"""The prose block model: immutable blocks of inline spans and footnotes, in reading order.

Blocks are flat: a list item carries its nesting `level` (1 for the outer list), so a writer
that nests (HTML, AKN) rebuilds the tree from the levels and one that does not (Word) indents.
Each block class has a `kind` class attribute, so writers may dispatch on it or on the type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class Span:
    """A piece of text with its character formatting; `href` when it is a link."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass(frozen=True)
class Note:
    """A footnote reference; `paragraphs` is the note's text, each a tuple of spans."""

    paragraphs: tuple[tuple[Span, ...], ...]


Inline = Span | Note
Inlines = tuple[Inline, ...]
Cell = Inlines


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the highest level written in the text (0: a document title)."""

    level: int
    inlines: Inlines
    kind: ClassVar[str] = "heading"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; `role` names a special use ("subtitle", "warning", "subheading") or is empty."""

    inlines: Inlines
    role: str = ""
    kind: ClassVar[str] = "paragraph"


@dataclass(frozen=True)
class ListItem:
    """An item of a bulleted or numbered list; `level` is its nesting depth, from 1.

    `label` is what is printed before it ("–", "1.", "a."); `ordered` tells a numbered list.
    """

    level: int
    label: str
    inlines: Inlines
    ordered: bool = False
    kind: ClassVar[str] = "item"


@dataclass(frozen=True)
class Quote:
    """A quotation (a block quote); `source` is who said it, when known."""

    inlines: Inlines
    source: str = ""
    kind: ClassVar[str] = "quote"


@dataclass(frozen=True)
class Table:
    """A table: the header row and the body rows, each a tuple of cells of inlines.

    `align` holds each column's alignment ("left", "center", "right", or "" when not given).
    Every row has as many cells as the header.
    """

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    align: tuple[str, ...] = ()
    kind: ClassVar[str] = "table"


@dataclass(frozen=True)
class Figure:
    """An image: `source` names it (a file or a chart name the writer resolves), with a caption."""

    source: str
    caption: Inlines = ()
    kind: ClassVar[str] = "figure"


Block = Heading | Paragraph | ListItem | Quote | Table | Figure
BULLET = "–"


def plain_text(inlines: Inlines) -> str:
    """Return the text of inlines without formatting or notes."""
    return "".join(i.text for i in inlines if isinstance(i, Span))


def spans(text: str) -> Inlines:
    """Return plain text as inlines (one span, or none for empty text)."""
    return (Span(text),) if text else ()


def notes_of(blocks: list[Block]) -> list[Note]:
    """Return every footnote in the blocks, in reading order (tables row by row)."""
    found: list[Note] = []
    for block in blocks:
        if isinstance(block, Table):
            cells = [c for row in (block.header, *block.rows) for c in row]
        elif isinstance(block, Figure):
            cells = [block.caption]
        else:
            cells = [block.inlines]
        found.extend(i for cell in cells for i in cell if isinstance(i, Note))
    return found
