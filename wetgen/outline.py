"""A flat outline of a bill: every article, amending onderdeel, lid and list item as a Node
with its eId, a Dutch label, its own text and the articles of the amended law it touches."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wetgen import ids
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    Unit,
)


@dataclass(frozen=True)
class Node:
    """One addressable unit of a bill, in document order."""

    eid: str
    kind: str  # "artikel", "onderdeel" (of an amending article), "lid", "item"
    number: str
    label: str  # "Artikel I, onderdeel B"
    text: str  # the unit's own words, payload included, for matching and display
    parent: str  # eId of the enclosing node, "" for articles
    key: str = ""
    touches: tuple[str, ...] = ()  # articles of the amended law changed or created


def outline(bill: Bill) -> list[Node]:
    """Return every node of the bill in document order."""
    return list(_walk_body(bill.body))


def _walk_body(nodes: tuple[Division | Article, ...]) -> Iterator[Node]:
    for node in nodes:
        if isinstance(node, Division):
            yield from _walk_body(node.children)
        else:
            yield from _walk_article(node)


def _walk_article(article: Article) -> Iterator[Node]:
    eid = ids.eid("", "art", article.number)
    label = f"Artikel {article.number}"
    touches = tuple(sorted({a for o in article.onderdelen for a in touched_articles(o)}))
    own = " ".join(filter(None, [article.opschrift, article.text]))
    yield Node(eid, "artikel", article.number, label, own, "", article.key, touches)
    for onderdeel in article.onderdelen:
        o_eid = ids.eid(eid, "point", onderdeel.number)
        yield Node(
            o_eid,
            "onderdeel",
            onderdeel.number,
            f"{label}, onderdeel {onderdeel.number}",
            " ".join(instruction_words(i) for i in onderdeel.instructions),
            eid,
            onderdeel.key,
            touched_articles(onderdeel),
        )
    yield from _walk_items(article.items, eid, label, 1)
    for lid in article.leden:
        l_eid = ids.eid(eid, "para", lid.number)
        l_label = f"{label}, {ids.ordinal(int(lid.number)) if lid.number.isdigit() else lid.number} lid"
        yield Node(l_eid, "lid", lid.number, l_label, lid.text, eid, lid.key)
        yield from _walk_items(lid.items, l_eid, l_label, 1)


def _walk_items(items: tuple[Item, ...], parent: str, parent_label: str, depth: int) -> Iterator[Node]:
    for item in items:
        i_eid = ids.eid(parent, "point", item.number)
        word = "onderdeel" if depth == 1 else "onder"
        number = item.number if depth == 1 else f"{item.number}°"
        i_label = f"{parent_label}, {word} {number}"
        yield Node(i_eid, "item", item.number, i_label, item.text, parent, item.key)
        yield from _walk_items(item.items, i_eid, i_label, depth + 1)


def touched_articles(onderdeel: AmendingOnderdeel) -> tuple[str, ...]:
    """Return the article numbers of the amended law an onderdeel changes or creates."""
    found: list[str] = []
    for instruction in _nested(onderdeel.instructions):
        beside = instruction.action is Action.INSERT and instruction.target.unit() == "artikel" and not instruction.within
        if not beside:  # "Na artikel 28" does not change artikel 28
            found.extend(n for place in instruction.places for p in place.chain if p.unit == "artikel" for n in p.numbers)
        found.extend(p.number for p in instruction.payload if isinstance(p, Article))
    return tuple(dict.fromkeys(found))


def _nested(instructions: tuple[Instruction, ...]) -> Iterator[Instruction]:
    for instruction in instructions:
        yield instruction
        yield from _nested(instruction.children)


def instruction_words(instruction: Instruction) -> str:
    """Return the plain words an instruction carries: old and new words and the payload text."""
    parts = [instruction.old, instruction.anchor, instruction.new, instruction.free_text]
    parts.extend(w for j in instruction.joined for w in (j.old, j.anchor, j.new))
    parts.extend(unit_text(u) for u in instruction.payload)
    parts.extend(instruction_words(c) for c in instruction.children)
    return " ".join(p for p in parts if p)


def unit_text(unit: Unit) -> str:
    """Return the plain text of a unit and everything in it."""
    if isinstance(unit, Division):
        return " ".join([unit.opschrift, *(unit_text(c) for c in unit.children)])
    if isinstance(unit, Article):
        inner = [unit.opschrift, unit.text, *(unit_text(x) for x in (*unit.items, *unit.leden))]
        inner.extend(instruction_words(i) for o in unit.onderdelen for i in o.instructions)
        return " ".join(p for p in inner if p)
    return " ".join([unit.text, *(unit_text(i) for i in unit.items)])
