"""Prose blocks → Akoma Ntoso block elements, valid against the strict schema.

Headings open nested `tblock`s (eIds `<prefix>__tblock_n`); paragraphs are `p` (a role becomes
its class), quotes `p class="citaat"`; list items become nested `ul`/`ol` with each item one
`li`; tables `table/tr/th|td/p` (a centred or right-aligned column gives its cells the class
`align-center` or `align-right`); figures `p class="figuur"` with an `img`. Inline: `b`, `i`,
`a href`, and footnotes as `authorialNote` (`placement="bottom"`, eId `<prefix>__authorialNote_n`)
whose markers one writer numbers through the whole document.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lxml import etree

from wetgen.prose.blocks import (
    Block,
    Figure,
    Heading,
    Inlines,
    Note,
    Paragraph,
    Quote,
    Table,
    plain_text,
)
from wetgen.prose.tree import BOLD, LINK, ItemList, Piece, group_lists, nest_inlines
from wetgen.render.akn.builder import element, sub

_TAGS = {BOLD: "b", "italic": "i"}
_ALIGNED = ("center", "right")


def empty_p() -> etree._Element:
    """Return an empty `p` (`<p></p>`), for a container the schema does not allow to be empty."""
    return element("p", "")


class ProseWriter:
    """Writes the prose texts of one AKN document; footnote markers run on from text to text."""

    def __init__(self) -> None:
        self.markers = 0

    def elements(self, blocks: Sequence[Block], prefix: str) -> list[etree._Element]:
        """Return the top-level AKN elements of one text; eIds inside it start with `prefix`."""
        return list(_TextWriter(self, prefix).top_level(blocks))


class _TextWriter:
    """Writes one text: counts its tblocks and notes for their eIds."""

    def __init__(self, document: ProseWriter, prefix: str) -> None:
        self.document = document
        self.prefix = prefix
        self.tblocks = 0
        self.notes = 0

    def top_level(self, blocks: Sequence[Block]) -> Iterator[etree._Element]:
        """Yield the top-level elements, nesting what follows a heading in its tblock."""
        stack: list[tuple[int, etree._Element]] = []
        for block in group_lists(blocks):
            if isinstance(block, Heading):
                while stack and stack[-1][0] >= block.level:
                    _close(stack.pop()[1])
                tblock = self.tblock(block)
                if stack:
                    stack[-1][1].append(tblock)
                else:
                    yield tblock
                stack.append((block.level, tblock))
                continue
            converted = self.block(block)
            if stack:
                stack[-1][1].append(converted)
            else:
                yield converted
        for _level, tblock in stack:
            _close(tblock)

    def tblock(self, heading: Heading) -> etree._Element:
        """Return a new tblock with the heading."""
        self.tblocks += 1
        tblock = element("tblock", eId=f"{self.prefix}__tblock_{self.tblocks}")
        self.inline(sub(tblock, "heading"), heading.inlines)
        return tblock

    def block(self, block: Block | ItemList) -> etree._Element:
        """Return one block that is not a heading."""
        if isinstance(block, ItemList):
            return self.item_list(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure):
            return self.figure(block)
        out = element("p")
        if isinstance(block, Quote):
            out.set("class", "citaat")
        elif isinstance(block, Paragraph) and block.role:
            out.set("class", block.role)
        self.inline(out, block.inlines)
        return out

    def item_list(self, item_list: ItemList) -> etree._Element:
        """Return a `ul` or `ol` whose items hold their own nested lists."""
        out = element("ol" if item_list.ordered else "ul")
        for entry in item_list.entries:
            li = sub(out, "li")
            self.inline(li, entry.item.inlines)
            li.extend(self.item_list(nested) for nested in entry.sublists)
        return out

    def table(self, table: Table) -> etree._Element:
        """Return a table: a `tr` per row, `th`/`td` cells each holding a `p`."""
        out = element("table")
        for tag, row in [("th", table.header), *(("td", r) for r in table.rows)]:
            tr = sub(out, "tr")
            for i, cell in enumerate(row):
                target = sub(tr, tag)
                align = table.align[i] if i < len(table.align) else ""
                if align in _ALIGNED:
                    target.set("class", f"align-{align}")
                self.inline(sub(target, "p"), cell)
        return out

    def figure(self, figure: Figure) -> etree._Element:
        """Return a `p` with the image, its caption as the alternative text."""
        caption = plain_text(figure.caption)
        out = element("p", "" if figure.source else caption, **{"class": "figuur"})
        if figure.source:
            sub(out, "img", src=figure.source, alt=caption)
        return out

    def inline(self, target: etree._Element, inlines: Inlines) -> None:
        """Write inlines into `target` as mixed content (its text is set, if only to "")."""
        target.text = target.text or ""
        self.pieces(target, nest_inlines(inlines))

    def pieces(self, target: etree._Element, pieces: tuple[Piece, ...]) -> None:
        """Append nested inline pieces to `target`."""
        for piece in pieces:
            if isinstance(piece, str):
                _append_text(target, piece)
                continue
            if isinstance(piece, Note):
                made = self.note(piece)
            elif piece.kind == LINK:
                made = element("a", href=piece.href)
            else:
                made = element(_TAGS[piece.kind])
            target.append(made)
            if isinstance(piece, Note):
                continue
            made.text = ""
            self.pieces(made, piece.children)

    def note(self, note: Note) -> etree._Element:
        """Return the authorialNote of a footnote, with the next marker of the document."""
        self.document.markers += 1
        self.notes += 1
        out = element("authorialNote", marker=str(self.document.markers), placement="bottom")
        out.set("eId", f"{self.prefix}__authorialNote_{self.notes}")
        for paragraph in note.paragraphs or ((),):
            self.inline(sub(out, "p"), paragraph)
        return out


def _close(tblock: etree._Element) -> None:
    """Give a tblock that holds only its heading an empty paragraph, as the schema requires."""
    if len(tblock) == 1:
        tblock.append(empty_p())


def _append_text(target: etree._Element, text: str) -> None:
    if len(target):
        target[-1].tail = (target[-1].tail or "") + text
    else:
        target.text = (target.text or "") + text
