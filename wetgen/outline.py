"""A flat outline of a bill: every article, amending onderdeel, lid and list item as a Node
with its address (eId, kind, label, parent: from `wetgen.address`), its own text and the
articles of the amended law it touches."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wetgen import address
from wetgen.address import Address
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
    return [node for own, article in address.placed_articles(bill) for node in _walk_article(article, own)]


def _walk_article(article: Article, own: Address) -> Iterator[Node]:
    touches = tuple(sorted({a for o in article.onderdelen for a in touched_articles(o)}))
    text = " ".join(filter(None, [article.opschrift, article.text]))
    yield Node(own.eid, "artikel", article.number, own.label, text, "", article.key, touches)
    for onderdeel in article.onderdelen:
        place = address.onderdeel(own, onderdeel)
        if len(article.onderdelen) == 1:  # the only onderdeel has no letter (Ar 6.15): the article's name
            place = place._replace(label=own.label)
        words = " ".join(instruction_words(i) for i in onderdeel.instructions)
        yield _node(place, words, touched_articles(onderdeel))
    yield from _walk_items(article.items, own, 1)
    for lid in article.leden:
        place = address.lid(own, lid)
        yield _node(place, lid.text)
        yield from _walk_items(lid.items, place, 1)


def _walk_items(items: tuple[Item, ...], parent: Address, depth: int) -> Iterator[Node]:
    for item in items:
        place = address.item(parent, item, depth)
        yield _node(place, item.text)
        yield from _walk_items(item.items, place, depth + 1)


def _node(place: Address, text: str, touches: tuple[str, ...] = ()) -> Node:
    return Node(place.eid, place.kind, place.number, place.label, text, place.parent, place.key,
                touches)  # fmt: skip


def touched_articles(onderdeel: AmendingOnderdeel) -> tuple[str, ...]:
    """Return the article numbers of the amended law an onderdeel changes or creates."""
    found: list[str] = []
    for instruction in _nested(onderdeel.instructions):
        beside = instruction.action is Action.INSERT and instruction.target.unit() == "artikel" and not instruction.within
        if not beside:  # "Na artikel 28" does not change artikel 28
            found.extend(n for place in instruction.places for p in place.chain if p.unit == "artikel" for n in p.numbers)
        found.extend(_payload_articles(instruction.payload))
    return tuple(dict.fromkeys(found))


def _payload_articles(units) -> Iterator[str]:  # noqa: ANN001 - tuple of Article, Division, …
    """Yield the numbers of the articles new text holds, also within the divisions it inserts
    ("Na hoofdstuk 3 wordt een hoofdstuk ingevoegd, luidende: … Artikel 3a.1")."""
    for unit in units:
        if isinstance(unit, Article):
            yield unit.number
        elif isinstance(unit, Division):
            yield from _payload_articles(unit.children)


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
