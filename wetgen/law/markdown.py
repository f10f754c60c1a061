"""A law as Markdown for reading and review: the form `law show` prints and `consolidate` writes.

One heading per division ("## Hoofdstuk 2. Vergunningen") and per article ("### Artikel 12"
or "### Artikel 12. Opschrift"), a level deeper for each enclosing division (at most six);
then one paragraph per lid starting with its number ("1."), per onderdeel ("a.") and per
subonderdeel ("1°."), a blank line between paragraphs. Legal text is escaped so that it prints
as written; the designations are not, so every lid line starts with "1.", "2.", ….
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.law.model import Alinea, Article, Block, Division, Law, Lijst, Table, heading_label
from wetgen.law.numbers import same_number

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(?:([#+\-=>])|(\d+)([.)]))")
_MAX_LEVEL = 6

Address = tuple[tuple[str, str], ...]
# a unit's address → what to add after its first paragraph (a footnote reference), or ""
Notes = Callable[[Address], str]


def render_markdown(law: Law, article: str | None = None, notes: Notes | None = None) -> str:
    """Return the law (or only artikel `article`, with its division headings) as Markdown;
    `notes` adds a note reference after each unit it names (by its kind-and-number address)."""
    paragraphs: list[str] = []
    if law.citeertitel:
        paragraphs.append(f"# {escape(law.citeertitel)}")
    for node in law.body:
        paragraphs.extend(_node(node, 2, article, notes, ()))
    return "\n\n".join(paragraphs) + "\n"


def article_markdown(article: Article, level: int = 3, notes: Notes | None = None, where: Address = ()) -> list[str]:
    """Return an article as Markdown paragraphs: its heading at `level`, then its text."""
    here = (*where, ("artikel", article.number))
    heading = " ".join(part for part in (article.label, article.number) if part)
    if article.title:
        heading += f". {escape(article.title)}"
    paragraphs = [f"{'#' * min(level, _MAX_LEVEL)} {heading}{notes(here) if notes else ''}"]
    paragraphs.extend(blocks_markdown(article.blocks, notes=notes, where=here))
    for lid in article.leden:
        designation = f"{lid.number.rstrip('.')}." if lid.number else ""
        paragraphs.extend(blocks_markdown(lid.blocks, designation, notes, (*here, ("lid", lid.number))))
    if article.is_vervallen and len(paragraphs) == 1:
        paragraphs.append("[Vervallen]")
    return paragraphs


def blocks_markdown(blocks: tuple[Block, ...], designation: str = "", notes: Notes | None = None,
                    where: Address = ()) -> list[str]:  # fmt: skip
    """Return blocks as paragraphs; the first one starts with `designation` ("1.", "a."). With
    `notes`, a lid or onderdeel (`where` is its address) gets its note after its first paragraph."""
    paragraphs: list[str] = []
    for block in blocks:
        if isinstance(block, Alinea):
            paragraphs.append(escape(block.text))
        elif isinstance(block, Lijst):
            for item in block.items:
                paragraphs.extend(blocks_markdown(item.blocks, item.label, notes, (*where, ("onderdeel", item.number))))
        else:
            paragraphs.append(_table(block))
    if designation:
        if paragraphs:
            paragraphs[0] = f"{designation} {paragraphs[0]}"
        else:
            paragraphs.append(designation)
    if notes and designation and where:
        paragraphs[0] += notes(where)
    return paragraphs


def escape(text: str) -> str:
    """Escape Markdown syntax in legal text so it prints as written."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)


def _node(node: Division | Article, level: int, only: str | None, notes: Notes | None, where: Address) -> list[str]:
    if isinstance(node, Article):
        if only is not None and not same_number(node.number, only):
            return []
        return article_markdown(node, level, notes, where)
    here = (*where, (node.kind, node.number))
    inner = [p for child in node.children for p in _node(child, level + 1, only, notes, here)]
    if only is not None and not inner:
        return []
    heading = " ".join(part for part in (heading_label(node), node.number) if part)
    if node.title:
        heading += f". {escape(node.title)}"
    return [f"{'#' * min(level, _MAX_LEVEL)} {heading}{notes(here) if notes else ''}", *inner]


def _table(table: Table) -> str:
    width = max((len(row) for row in table.rows), default=0)
    lines = []
    for index, row in enumerate(table.rows):
        cells = [escape(cell) for cell in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if index == table.header_rows - 1:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)
