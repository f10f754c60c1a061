"""A bill as a tree of comparable units: divisions, articles, amending onderdelen, their
wijzigingsopdrachten and payload units, leden and list items, each with an eId and a label.

Instructions get the eId `<onderdeel>__mod_<n>` (n counts from 1 inside the onderdeel); the
units of their payload hang below that (`art_I__point_D__mod_1__art_28c__para_1`).
"""

from __future__ import annotations

from typing import NamedTuple

from wetgen import ids
from wetgen.amend.wording import sentence
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    Lid,
    Unit,
)

INSTRUCTION = "wijziging"


class UnitNode(NamedTuple):
    """One unit: its kind, number, key, eId, label, own text and child units in order.

    A named tuple rather than a frozen dataclass: as immutable, and three times quicker to
    make, which counts for the tens of thousands of units of a large bill.
    """

    kind: str  # artikel, onderdeel, wijziging, lid, item, or a division kind
    number: str
    key: str
    eid: str
    label: str
    text: str
    children: tuple[UnitNode, ...] = ()
    depth: int = 1  # list depth of an item: 1 for a., 2 for 1°
    opschrift: str = ""  # of an article or division, also at the start of `text`
    full: str = ""  # full_text(), computed once

    def full_text(self) -> str:
        """Return the unit's own text followed by that of everything inside it."""
        if self.full or not (self.text or self.children):
            return self.full
        return " ".join(filter(None, [self.text, *(c.full_text() for c in self.children)]))


def _full(text: str, children: tuple[UnitNode, ...]) -> str:
    if not children:  # most units: a lid or an item without a list
        return text
    return " ".join(filter(None, [text, *(c.full_text() for c in children)]))


def bill_tree(bill: Bill) -> UnitNode:
    """Return the root node of a bill; its children are the body's articles and divisions."""
    body = _body(bill.body, "", "")
    return UnitNode("wetsvoorstel", "", "", "", "", "", body, full=_full("", body))


def _body(nodes: tuple[Division | Article, ...], prefix: str, label: str) -> tuple[UnitNode, ...]:
    return tuple(_unit(node, prefix, label) for node in nodes)


def _unit(unit: Unit, prefix: str, label: str, depth: int = 1) -> UnitNode:
    if isinstance(unit, Division):
        return _division(unit, prefix, label)
    if isinstance(unit, Article):
        return _article(unit, prefix, label)
    if isinstance(unit, Lid):
        return _lid(unit, prefix, label)
    return _item(unit, prefix, label, depth)


def _join(label: str, own: str) -> str:
    return f"{label}, {own}" if label else own[:1].upper() + own[1:]


def _division(division: Division, prefix: str, label: str) -> UnitNode:
    short = {"hoofdstuk": "chp", "afdeling": "subchp", "paragraaf": "para"}.get(
        division.kind, "sec"
    )
    eid = ids.eid(prefix, short, division.number)
    own = _join(label, f"{division.kind} {division.number}")
    children = _body(division.children, eid, own)
    text = division.opschrift
    return UnitNode(
        division.kind, division.number, division.key, eid, own, text, children,
        opschrift=text, full=_full(text, children),
    )  # fmt: skip


def _article(article: Article, prefix: str, label: str) -> UnitNode:
    eid = ids.eid(prefix, "art", article.number)
    own = _join(label, f"artikel {article.number}")
    children = (
        *(_onderdeel(o, eid, own) for o in article.onderdelen),
        *(_item(i, eid, own, 1) for i in article.items),
        *(_lid(lid, eid, own) for lid in article.leden),
    )
    text = " ".join(filter(None, [article.opschrift, article.text]))
    return UnitNode(
        "artikel", article.number, article.key, eid, own, text, children,
        opschrift=article.opschrift, full=_full(text, children),
    )  # fmt: skip


def _onderdeel(onderdeel: AmendingOnderdeel, prefix: str, label: str) -> UnitNode:
    eid = ids.eid(prefix, "point", onderdeel.number)
    own = _join(label, f"onderdeel {onderdeel.number}")
    children = tuple(
        _instruction(i, n, eid, own) for n, i in enumerate(onderdeel.instructions, start=1)
    )
    full = _full("", children)
    return UnitNode("onderdeel", onderdeel.number, onderdeel.key, eid, own, "", children, full=full)


def _instruction(instruction: Instruction, n: int, prefix: str, label: str) -> UnitNode:
    eid = f"{prefix}__mod_{n}"
    own = f"{label}, {INSTRUCTION} {n}"
    payload = tuple(_unit(u, eid, own) for u in instruction.payload) + tuple(
        _instruction(c, k, eid, own) for k, c in enumerate(instruction.children, start=1)
    )  # the numbered changes of a `wijzigen` are compared like those of an onderdeel
    text = sentence(instruction)
    if instruction.action is Action.REPLACE and instruction.new:
        text = f"{text} {instruction.new}"  # the new text of a volzin, aanhef or opschrift
    return UnitNode(INSTRUCTION, str(n), "", eid, own, text, payload, full=_full(text, payload))


def _lid(lid: Lid, prefix: str, label: str) -> UnitNode:
    eid = ids.eid(prefix, "para", lid.number)
    word = f"{ids.ordinal(int(lid.number))} lid" if lid.number.isdigit() else f"lid {lid.number}"
    own = _join(label, word)
    items = tuple(_item(i, eid, own, 1) for i in lid.items)
    return UnitNode(
        "lid", lid.number, lid.key, eid, own, lid.text, items, full=_full(lid.text, items)
    )


def _item(item: Item, prefix: str, label: str, depth: int) -> UnitNode:
    eid = ids.eid(prefix, "point", item.number)
    own = _join(label, f"onderdeel {item.number}" if depth == 1 else f"onder {item.number}°")
    items = tuple(_item(i, eid, own, depth + 1) for i in item.items)
    full = _full(item.text, items)
    return UnitNode("item", item.number, item.key, eid, own, item.text, items, depth, full=full)
