"""Prose blocks → an HTML fragment, laid out as Python-Markdown lays out the same Markdown.

Every text is escaped; only the safe link targets the parser kept become `href`s. Lists nest
from the items' levels, tables get a header row and each column's alignment, and footnotes are
listed after the text (`div.footnote`) with ids that a prefix keeps apart from those of the
other texts on the same page (`fn-t2:1`, `fnref-t2:1`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

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

_TAGS = {BOLD: "strong", "italic": "em"}
_BACK = "Terug naar voetnoot {n} in de tekst"


def blocks_html(blocks: Sequence[Block], *, shift: int = 0, notes: str = "") -> str:
    """Return blocks as HTML: headings `shift` levels deeper (at most h6), footnotes at the end.

    `notes` prefixes the footnote ids ("fn-<notes>:1") so several texts can share one page.
    """
    writer = _HtmlWriter(shift, notes)
    parts = [writer.block(block) for block in _grouped(blocks)]
    if writer.notes:
        parts.append(writer.footnotes())
    return "\n".join(part for part in parts if part)


def _grouped(blocks: Sequence[Block]) -> list[Block | ItemList | list[Quote]]:
    """Return the blocks with lists nested and consecutive quotes together (one blockquote)."""
    out: list[Block | ItemList | list[Quote]] = []
    for block in group_lists(blocks):
        if isinstance(block, Quote) and out and isinstance(out[-1], list):
            out[-1].append(block)
        else:
            out.append([block] if isinstance(block, Quote) else block)
    return out


class _HtmlWriter:
    """Writes one text; collects its footnotes in reading order."""

    def __init__(self, shift: int, prefix: str) -> None:
        self.shift = shift
        self.suffix = f"-{prefix}" if prefix else ""
        self.notes: list[Note] = []

    def block(self, block: Block | ItemList | list[Quote]) -> str:
        """Return one block (a nested list, a group of quotes) as HTML."""
        if isinstance(block, ItemList):
            return self.item_list(block)
        if isinstance(block, list):
            quotes = "\n".join(f"<p>{self.inlines(q.inlines)}</p>" for q in block)
            return f"<blockquote>\n{quotes}\n</blockquote>"
        if isinstance(block, Heading):
            level = min(6, max(1, block.level + self.shift))
            return f"<h{level}>{self.inlines(block.inlines)}</h{level}>"
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure):
            return self.figure(block)
        return self.paragraph(block)

    def paragraph(self, paragraph: Paragraph) -> str:
        """Return a paragraph; its role, if any, becomes its class."""
        role = f' class="{escape(paragraph.role)}"' if paragraph.role else ""
        return f"<p{role}>{self.inlines(paragraph.inlines)}</p>"

    def item_list(self, item_list: ItemList) -> str:
        """Return a list with its nested lists inside their items."""
        tag = "ol" if item_list.ordered else "ul"
        start = f' start="{item_list.start}"' if item_list.start != 1 else ""
        items = []
        for entry in item_list.entries:
            nested = "".join(self.item_list(sub) + "\n" for sub in entry.sublists)
            items.append(f"<li>{self.inlines(entry.item.inlines)}{nested}</li>")
        return f"<{tag}{start}>\n" + "\n".join(items) + f"\n</{tag}>"

    def table(self, table: Table) -> str:
        """Return a table with a header row, each cell aligned as its column."""
        head = self.row(table.header, table.align, "th")
        body = "".join(self.row(row, table.align, "td") for row in table.rows)
        return f"<table>\n<thead>\n{head}</thead>\n<tbody>\n{body}</tbody>\n</table>"

    def row(self, cells: tuple[Inlines, ...], align: tuple[str, ...], tag: str) -> str:
        """Return one table row."""
        out = []
        for i, cell in enumerate(cells):
            side = align[i] if i < len(align) else ""
            style = f' style="text-align: {side};"' if side else ""
            out.append(f"<{tag}{style}>{self.inlines(cell)}</{tag}>\n")
        return "<tr>\n" + "".join(out) + "</tr>\n"

    def figure(self, figure: Figure) -> str:
        """Return an image in its own paragraph, its caption as the alternative text."""
        alt = escape(plain_text(figure.caption))
        if not figure.source:
            return f"<p>{alt}</p>"
        return f'<p><img alt="{alt}" src="{escape(figure.source)}"></p>'

    def inlines(self, inlines: Inlines) -> str:
        """Return inlines as escaped text with strong, em, links and footnote references."""
        return self.pieces(nest_inlines(inlines))

    def pieces(self, pieces: tuple[Piece, ...]) -> str:
        """Return nested inline pieces as HTML."""
        out = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(escape(piece, quote=False))
            elif isinstance(piece, Note):
                out.append(self.reference(piece))
            elif piece.kind == LINK:
                out.append(f'<a href="{escape(piece.href)}">{self.pieces(piece.children)}</a>')
            else:
                tag = _TAGS[piece.kind]
                out.append(f"<{tag}>{self.pieces(piece.children)}</{tag}>")
        return "".join(out)

    def reference(self, note: Note) -> str:
        """Remember a footnote and return its numbered reference."""
        self.notes.append(note)
        n = len(self.notes)
        return (
            f'<sup id="fnref{self.suffix}:{n}">'
            f'<a class="footnote-ref" href="#fn{self.suffix}:{n}">{n}</a></sup>'
        )

    def footnotes(self) -> str:
        """Return the list of this text's footnotes, each with a link back to its reference."""
        items = []
        for n, note in enumerate(self.notes, start=1):
            paragraphs = [self.inlines(p) for p in note.paragraphs] or [""]
            back = (
                f'&#160;<a class="footnote-backref" href="#fnref{self.suffix}:{n}" '
                f'title="{_BACK.format(n=n)}">&#8617;</a>'
            )
            paragraphs[-1] += back
            body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
            items.append(f'<li id="fn{self.suffix}:{n}">\n{body}\n</li>')
        return '<div class="footnote">\n<hr>\n<ol>\n' + "\n".join(items) + "\n</ol>\n</div>"
