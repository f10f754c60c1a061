"""Plain text and Markdown: text copied from a bill's web page, or wetgen's own Markdown.

Each paragraph becomes a block. Markdown keeps more: heading levels, blockquote depth (wetgen
quotes the payload of a wijzigingsopdracht), bold designations ("**4.** Indien …"), footnote
definitions and table rows. Text copied from a page whose lines were wrapped at a fixed width
is joined back into paragraphs.
"""

from __future__ import annotations

import html
import re

from wetgen.importer import blocks as b
from wetgen.importer.blocks import Block, Origin, Source

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^((?:>\s?)+)")
_BOLD_LABEL = re.compile(r"^\*\*([^*]{1,24}?)\*\*(?:\s+(.*))?$")
_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_RULE = re.compile(r"^(-{3,}|\*{3,}|_{3,})$")
_ENTITY = re.compile(r"&#?[0-9A-Za-z]+;")
_UNESCAPE = re.compile(r"\\([\\`*_\[\]<>|#+\-=.)!])")
_EMPHASIS = re.compile(r"(?<![\\*])(\*{1,3})(?=\S)(.+?)(?<=\S)\1(?!\*)")
_BULLET = re.compile(r"^[•·▪◦]\s*")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def read_text(text: str, path: str, markdown: bool | None = None) -> Source:
    """Return the blocks of a text or Markdown file; `markdown=None` decides from the content."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if markdown is None:
        markdown = looks_like_markdown(lines)
    source = Source(path, "markdown" if markdown else "text", lines=lines)
    paragraphs = _paragraphs(lines) if not markdown and _is_wrapped(lines) else _lines(lines)
    for number, line in paragraphs:
        block = _markdown_block(line, path, number) if markdown else _text_block(line, path, number)
        if block is not None:
            source.blocks.append(block)
    source.marks_depth = markdown and any(block.depth for block in source.blocks)
    return source


def looks_like_markdown(lines: list[str]) -> bool:
    """Tell whether text is Markdown: ATX headings, bold designations or quoted lines."""
    marks = sum(1 for line in lines[:2000] if line.startswith(("# ", "## ", "### ", "> ", "**")))
    return marks >= 2


def _lines(lines: list[str]) -> list[tuple[int, str]]:
    return [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]


def _is_wrapped(lines: list[str]) -> bool:
    """Tell whether the text was wrapped at a fixed width (most lines end near one length)."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 8:
        return False
    width = max(lengths)
    near = sum(1 for n in lengths if width - 25 <= n <= width)
    return width <= 110 and near >= 0.5 * len(lengths)


def _paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    """Join wrapped lines: a line continues the previous one unless a blank line or a
    designation ("1.", "a.", "ARTIKEL", "A") starts a new paragraph."""
    out: list[tuple[int, str]] = []
    previous_full = False
    width = max(len(line.rstrip()) for line in lines)
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            previous_full = False
            continue
        if previous_full and out and not _starts_unit(line):
            start, text = out[-1]
            out[-1] = (start, f"{text} {line}")
        else:
            out.append((number, line))
        previous_full = len(raw.rstrip()) >= width - 25
    return out


_UNIT_START = re.compile(
    r"^([0-9]+[a-z]?[.°]|[a-z]{1,2}\.|[A-Z]{1,3}[a-z]?$|ARTIKEL|Artikel \S+$|HOOFDSTUK|Hoofdstuk|§|[•–-] )"
)


def _starts_unit(line: str) -> bool:
    return bool(_UNIT_START.match(line))


def _text_block(line: str, path: str, number: int) -> Block | None:
    text = " ".join(line.split())
    if not text:
        return None
    style = ""
    if _BULLET.match(text):
        text, style = _BULLET.sub("", text), "bullet"
    if "\t" in line.strip() and line.count("|") < 2:
        return Block("\t".join(c.strip() for c in line.strip().split("\t")), Origin(path, number),
                     role=b.ROW, style="tabs")  # fmt: skip
    if text.startswith("|") and text.endswith("|") and text.count("|") >= 3:
        return _row(text, path, number)
    return Block(text, Origin(path, number), style=style)


def _markdown_block(line: str, path: str, number: int) -> Block | None:
    origin = Origin(path, number)
    depth = 0
    quote = _QUOTE.match(line)
    if quote:
        depth = quote.group(1).count(">")
        line = line[quote.end() :]
    line = line.strip()
    if not line or _RULE.match(line) or _TABLE_RULE.match(line):
        return None
    note = _FOOTNOTE_DEF.match(line)
    if note:
        return Block(unescape(note.group(2)), origin, label=note.group(1), role=b.FOOTNOTE,
                     style="footnote", depth=depth)  # fmt: skip
    heading = _HEADING.match(line)
    if heading:
        return Block(unescape(heading.group(2)), origin, style=f"h{len(heading.group(1))}",
                     level=len(heading.group(1)), depth=depth)  # fmt: skip
    if line.startswith("|") and line.endswith("|"):
        row = _row(line, path, number)
        return row._replace(depth=depth, markup=line)
    bold = _BOLD_LABEL.match(line)
    if bold and bold.group(2):
        return Block(unescape(bold.group(2)), origin, label=unescape(bold.group(1)),
                     style="strong-label", depth=depth, markup=line)  # fmt: skip
    if bold:
        return Block(unescape(bold.group(1)), origin, style="strong", depth=depth, markup=line)
    if line.startswith("*") and line.endswith("*") and not line.startswith("**"):
        return Block(unescape(line[1:-1]), origin, style="em", depth=depth, markup=line)
    return Block(unescape(line), origin, depth=depth, markup=line)


def _row(line: str, path: str, number: int) -> Block:
    cells = [unescape(c.strip()) for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
    return Block("\t".join(cells), Origin(path, number), role=b.ROW, style="table")


def unescape(text: str) -> str:
    """Undo Markdown escapes, character references and emphasis markers, keeping the words."""
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return _UNESCAPE.sub(r"\1", text)
