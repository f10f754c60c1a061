"""Prose blocks → Markdown that Python-Markdown, CommonMark and pandoc read back as the same blocks.

Text is escaped so it prints as written; emphasis and links are written around the text they
cover (spaces outside the markers); nested list items are indented four spaces a level, which
every one of those readers takes as nesting; tables are in the pipe form with an alignment
row; footnotes are `[^n]` (or `[^<prefix>-n]`, so texts joined in one file stay apart), their
definitions at the end of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wetgen.prose.blocks import (
    Block,
    Figure,
    Heading,
    Inlines,
    ListItem,
    Note,
    Quote,
    Table,
    plain_text,
)
from wetgen.prose.tree import BOLD, LINK, Piece, nest_inlines

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_TRAILING_HASHES = re.compile(r"#+$")
_LINE_START = re.compile(r"^([#+\->])|^(\d+)([.)])", re.MULTILINE)
_MARKERS = {BOLD: "**", "italic": "*"}
_ALIGN_ROW = {"left": ":---", "center": ":---:", "right": "---:"}
_INDENT = "    "


def md_escape(text: str) -> str:
    """Escape Markdown syntax in text so it prints as written (no lists, emphasis or tags)."""
    return _escape_line_start(_escape(text))


def _escape(text: str) -> str:
    """Escape what would be markup anywhere in a line: emphasis, links, tags, entities, pipes.

    "]:" is written "&#93;:", as Python-Markdown reads a line "[x\\]: y" as a link definition.
    """
    escaped = _ENTITY.sub("&amp;", _SPECIAL.sub(r"\\\1", text))
    return escaped.replace("\\]:", "&#93;:")


def _escape_line_start(text: str) -> str:
    return _LINE_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text
    )


def blocks_markdown(blocks: Sequence[Block], *, shift: int = 0, notes: str = "") -> str:
    """Return blocks as Markdown: headings `shift` levels deeper (at most ######), footnote
    definitions at the end, labelled "<notes>-n" when `notes` is given. Ends without a newline."""
    if not blocks:
        return ""
    writer = _MarkdownWriter(shift, notes)
    item_breaks = _item_separators(blocks)
    out = [writer.block(blocks[0])]
    for previous, block in zip(blocks, blocks[1:], strict=False):
        if isinstance(previous, Quote) and isinstance(block, Quote):
            out.append("\n>\n")
        elif isinstance(previous, ListItem) and isinstance(block, ListItem):
            out.append(item_breaks[id(block)])
        else:
            out.append("\n\n")
        out.append(writer.block(block))
    return "\n\n".join(["".join(out), *writer.definitions()])


def _item_separators(blocks: Sequence[Block]) -> dict[int, str]:
    """Return what goes before each list item that follows another: a line break in a tight
    list; a blank line where a top-level list of the other kind begins; blank lines between all
    items of a list in which a nested list of the other kind follows one at the same level (the
    one layout in which Python-Markdown and CommonMark both see where each nested list ends)."""
    separators: dict[int, str] = {}
    lists: list[list[ListItem]] = []
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, ListItem):
            top = lists[-1][0].level if lists and isinstance(previous, ListItem) else None
            if top is None or (block.level <= top and block.ordered != lists[-1][0].ordered):
                lists.append([])
                separators[id(block)] = "\n\n"
            lists[-1].append(block)
        previous = block
    for items in lists:
        gap = "\n\n" if _mixes_kinds(items) else "\n"
        separators.update((id(item), gap) for item in items[1:])
    return separators


def _mixes_kinds(items: list[ListItem]) -> bool:
    """Tell whether a nested list of one kind follows one of the other kind at the same level."""
    kinds: dict[int, bool] = {}
    for item in items:
        kinds = {level: kind for level, kind in kinds.items() if level <= item.level}
        if kinds.setdefault(item.level, item.ordered) != item.ordered:
            return True
    return False


class _MarkdownWriter:
    """Writes the blocks of one text; collects its footnotes in reading order."""

    def __init__(self, shift: int, prefix: str) -> None:
        self.shift = shift
        self.prefix = f"{prefix}-" if prefix else ""
        self.notes: list[Note] = []

    def block(self, block: Block) -> str:
        """Return one block as Markdown (without what separates it from the block before)."""
        if isinstance(block, Heading):
            level = min(6, max(1, block.level + self.shift))
            # A heading's closing hashes are dropped by readers; escape any that are text.
            text = _TRAILING_HASHES.sub(
                lambda m: "\\#" * len(m.group()), self.inlines(block.inlines)
            )
            return "#" * level + " " + text
        if isinstance(block, ListItem):
            marker = block.label if block.ordered else "-"
            return _INDENT * (block.level - 1) + f"{marker} {self.line(block.inlines)}"
        if isinstance(block, Quote):
            return f"> {self.line(block.inlines)}"
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Figure):
            caption = _escape(plain_text(block.caption))
            return f"![{caption}]({_destination(block.source)})"
        return self.line(block.inlines)

    def table(self, table: Table) -> str:
        """Return a table in the pipe form, with a row that sets each column's alignment."""
        width = len(table.header)
        align = [_ALIGN_ROW.get(a, "---") for a in (*table.align, *[""] * width)[:width]]
        rows = [self.row(table.header), "|" + "|".join(align) + "|"]
        rows.extend(self.row(row) for row in table.rows)
        return "\n".join(rows)

    def row(self, cells: tuple[Inlines, ...]) -> str:
        """Return one table row."""
        return "| " + " | ".join(self.inlines(cell) for cell in cells) + " |"

    def line(self, inlines: Inlines) -> str:
        """Return inlines that start a line, escaping what would make it a list or a heading."""
        return _escape_line_start(self.inlines(inlines))

    def inlines(self, inlines: Inlines) -> str:
        """Return inlines as escaped Markdown text with emphasis, links and footnote labels."""
        return self.pieces(nest_inlines(inlines))

    def pieces(self, pieces: tuple[Piece, ...]) -> str:
        """Return nested inline pieces as Markdown."""
        out = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(_escape(piece))
            elif isinstance(piece, Note):
                self.notes.append(piece)
                out.append(f"[^{self.prefix}{len(self.notes)}]")
            elif piece.kind == LINK:
                out.append(f"[{self.pieces(piece.children)}]({_destination(piece.href)})")
            else:
                out.append(_around(self.pieces(piece.children), _MARKERS[piece.kind]))
        return "".join(out)

    def definitions(self) -> list[str]:
        """Return the footnote definitions, one a line; a note of several paragraphs is a block of
        its own, its later paragraphs indented under it."""
        out: list[str] = []
        for n, note in enumerate(self.notes, start=1):
            paragraphs = [self.line(p) for p in note.paragraphs] or [""]
            definition = f"[^{self.prefix}{n}]: " + f"\n\n{_INDENT}".join(paragraphs)
            if out and len(paragraphs) == 1 and "\n\n" not in out[-1]:
                out[-1] += "\n" + definition
            else:
                out.append(definition)
        return out


def _around(text: str, marker: str) -> str:
    """Put emphasis markers around text, leaving its outer spaces outside (or they do not count)."""
    core = text.strip(" ")
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip(" "))]
    trail = text[len(text.rstrip(" ")) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _destination(href: str) -> str:
    """Return a link target as Markdown writes it: in angle brackets if it has spaces or brackets."""
    href = href.replace("<", "%3C").replace(">", "%3E")
    return f"<{href}>" if re.search(r"[\s()]", href) else href
