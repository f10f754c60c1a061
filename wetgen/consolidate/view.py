"""A law as a flat run of paragraphs, each with the address of the unit it belongs to: what the
HTML page and the wetsvergelijking lay out (the Markdown has its own writer in wetgen.law)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from wetgen.law.model import Alinea, Article, Block, Division, Law, Lijst, heading_label

Address = tuple[tuple[str, str], ...]


class Para(NamedTuple):
    """One paragraph: a heading (`level` 1–6) or text (`depth` 0 article, 1 lid, 2 onderdeel…)."""

    address: Address
    heading: bool
    label: str
    text: str
    level: int = 0
    depth: int = 0
    first: bool = False  # the first paragraph of its unit: where its note goes
    rows: tuple[tuple[str, ...], ...] = ()  # a table's cells


def law_paras(law: Law) -> Iterator[Para]:
    """Yield the paragraphs of the whole law, divisions and articles in order."""
    for node in law.body:
        yield from node_paras(node, (), 2)


def node_paras(node: Division | Article, where: Address, level: int) -> Iterator[Para]:
    """Yield the paragraphs of a division or article at heading `level`."""
    if isinstance(node, Article):
        yield from article_paras(node, where, level)
        return
    here = (*where, (node.kind, node.number))
    heading = " ".join(p for p in (heading_label(node), node.number) if p) + (f". {node.title}" if node.title else "")
    yield Para(here, True, "", heading, min(level, 6), first=True)
    for child in node.children:
        yield from node_paras(child, here, level + 1)


def article_paras(article: Article, where: Address = (), level: int = 3) -> Iterator[Para]:
    """Yield an article's heading and its text, lid by lid."""
    here = (*where, ("artikel", article.number))
    heading = " ".join(p for p in (article.label, article.number) if p) + (f". {article.title}" if article.title else "")
    yield Para(here, True, "", heading, min(level, 6), first=True)
    yield from _blocks(article.blocks, here, 0, "")
    for lid in article.leden:
        label = f"{lid.number.rstrip('.')}." if lid.number else ""
        yield from _blocks(lid.blocks, (*here, ("lid", lid.number)), 1, label)


def _blocks(blocks: tuple[Block, ...], here: Address, depth: int, label: str) -> Iterator[Para]:
    first = bool(label)  # an article's own text has its note on the heading
    if label and (not blocks or isinstance(blocks[0], Lijst)):
        yield Para(here, False, label, "", depth=depth, first=True)
        first = False
    for block in blocks:
        if isinstance(block, Lijst):
            for item in block.items:
                yield from _blocks(item.blocks, (*here, ("onderdeel", item.number)), depth + 1, item.label)
        elif isinstance(block, Alinea):
            yield Para(here, False, label if first else "", block.text, depth=depth, first=first)
        else:
            text = " / ".join(" | ".join(row) for row in block.rows)  # for word diffs and Word
            yield Para(here, False, label if first else "", text, depth=depth, first=first, rows=block.rows)
        first = False
