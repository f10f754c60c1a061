"""Flat prose rebuilt as trees, for the writers whose formats nest (HTML, Akoma Ntoso, Markdown).

The block model is flat: a span carries its own formatting and a list item its level. Here
formatted spans become nested runs (a link outside bold outside italic, as Markdown writes
them) and each run of list items becomes nested lists, every item exactly once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wetgen.prose.blocks import Block, Inlines, ListItem, Note, Span

LINK, BOLD, ITALIC = "link", "bold", "italic"


@dataclass(frozen=True)
class Run:
    """Formatted inline content: `kind` is LINK (with its `href`), BOLD or ITALIC."""

    kind: str
    children: tuple[Piece, ...]
    href: str = ""


Piece = str | Note | Run


@dataclass(frozen=True)
class ListEntry:
    """One list item and the lists nested under it."""

    item: ListItem
    sublists: tuple[ItemList, ...] = ()


@dataclass(frozen=True)
class ItemList:
    """A bulleted or numbered list: its entries in order."""

    ordered: bool
    entries: tuple[ListEntry, ...]

    @property
    def start(self) -> int:
        """Return the number of the first item of a numbered list (1 unless its label says so)."""
        label = self.entries[0].item.label.rstrip(".)")
        return int(label) if self.ordered and label.isdigit() else 1


class _Open:
    """A run being collected: its mark and its children so far."""

    __slots__ = ("mark", "children")

    def __init__(self, mark: tuple[str, str]) -> None:
        self.mark = mark
        self.children: list[str | Note | _Open] = []


def nest_inlines(inlines: Inlines) -> tuple[Piece, ...]:
    """Return inlines as text, notes and nested runs; adjacent text of equal formatting joins.

    A footnote stays inside a run only when the run goes on after it ("**vet[^1] en meer**"),
    as a footnote reference itself carries no formatting.
    """
    root = _Open(("", ""))
    stack: list[_Open] = [root]
    for n, inline in enumerate(inlines):
        if isinstance(inline, Note):
            following = next((i for i in inlines[n + 1 :] if isinstance(i, Span)), None)
            _close_to(stack, _marks(following) if following else [])
            stack[-1].children.append(inline)
            continue
        wanted = _marks(inline)
        _close_to(stack, wanted)
        for mark in wanted[len(stack) - 1 :]:
            run = _Open(mark)
            stack[-1].children.append(run)
            stack.append(run)
        children = stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += inline.text
        else:
            children.append(inline.text)
    return _frozen(root)


def _close_to(stack: list[_Open], wanted: list[tuple[str, str]]) -> None:
    """Close the open runs that are not a prefix of `wanted`."""
    keep = 0
    while keep < len(wanted) and keep + 1 < len(stack) and stack[keep + 1].mark == wanted[keep]:
        keep += 1
    del stack[keep + 1 :]


def _marks(span: Span) -> list[tuple[str, str]]:
    marks = [(LINK, span.href)] if span.href else []
    if span.bold:
        marks.append((BOLD, ""))
    if span.italic:
        marks.append((ITALIC, ""))
    return marks


def _frozen(run: _Open) -> tuple[Piece, ...]:
    return tuple(
        Run(c.mark[0], _frozen(c), c.mark[1]) if isinstance(c, _Open) else c for c in run.children
    )


def group_lists(blocks: Sequence[Block]) -> list[Block | ItemList]:
    """Return the blocks with each run of list items replaced by its nested lists."""
    out: list[Block | ItemList] = []
    run: list[ListItem] = []
    for block in blocks:
        if isinstance(block, ListItem):
            run.append(block)
            continue
        if run:
            out.extend(nest_items(run))
            run = []
        out.append(block)
    if run:
        out.extend(nest_items(run))
    return out


def nest_items(items: Sequence[ListItem]) -> list[ItemList]:
    """Return consecutive list items as lists nested by level; a change of kind starts a new list.

    The items after an item that are deeper than it are nested under it; an item that is not
    deeper than one before it (a list that starts deeper) stays a sibling, so every item is
    written exactly once.
    """
    lists: list[ItemList] = []
    i = 0
    while i < len(items):
        ordered = items[i].ordered
        entries: list[ListEntry] = []
        while i < len(items) and (not entries or items[i].ordered == ordered):
            j = i + 1
            while j < len(items) and items[j].level > items[i].level:
                j += 1
            nested = nest_items(items[i + 1 : j]) if j > i + 1 else []
            entries.append(ListEntry(items[i], tuple(nested)))
            i = j
        lists.append(ItemList(ordered, tuple(entries)))
    return lists
