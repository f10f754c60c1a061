"""A bill as a tree of comparable units: divisions, articles, amending onderdelen, their
wijzigingsopdrachten and payload units, leden and list items, each with an eId and a label.

Every eId and label comes from `wetgen.address`, so each node is an element of the bill's Akoma
Ntoso: an instruction is its `mod` (`art_I__point_D__mod_1`, or `art_I__point_B__point_2__mod_1`
when the onderdeel has several), and the units of its payload hang below its quoted structure
(`art_I__point_D__mod_1__qstr_1__art_28c__para_1`); the changes of a `wijzigen` are
instructions under its own (`art_I__point_A__point_2__point_b__mod_1`).
"""

from __future__ import annotations

from typing import NamedTuple

from wetgen import address
from wetgen.address import INSTRUCTION, Address
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
    Style,
    Target,
    Unit,
)

__all__ = ["INSTRUCTION", "UnitNode", "bill_tree"]


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
    depth: int = 1  # list depth of an item (1 for a., 2 for 1°); the print depth of an instruction
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
    """Return the root node of a bill; its children are the body's articles and divisions.

    An instruction's text is its sentence naming its whole place, in the bill's quotation marks;
    the changes of a `wijzigen` as the bill prints them, from the place of the `wijzigen` ("In
    onderdeel a wordt …" under "Het zesde lid wordt als volgt gewijzigd:"). The layout that
    follows from the number of changes (an opening line, places without the article) is not
    compared: it changes with them.
    """
    body = _body(bill.body, address.BILL, bill.style)
    return UnitNode("wetsvoorstel", "", "", "", "", "", body, full=_full("", body))


def _body(nodes: tuple[Division | Article, ...], parent: Address, style: Style) -> tuple[UnitNode, ...]:
    return tuple(_unit(node, parent, style=style) for node in nodes)


def _unit(unit: Unit, parent: Address, depth: int = 1, style: Style = Style()) -> UnitNode:  # noqa: B008 - frozen
    if isinstance(unit, Division):
        return _division(unit, parent, style)
    if isinstance(unit, Article):
        return _article(unit, parent, style)
    if isinstance(unit, Lid):
        return _lid(unit, parent)
    return _item(unit, parent, depth)


def _division(division: Division, parent: Address, style: Style) -> UnitNode:
    own = address.division(parent, division)
    children = _body(division.children, own, style)
    text = division.opschrift
    return UnitNode(
        division.kind, division.number, division.key, own.eid, own.label, text, children,
        opschrift=text, full=_full(text, children),
    )  # fmt: skip


def _article(article: Article, parent: Address, style: Style) -> UnitNode:
    own = address.article(parent, article)
    children = (
        *(_onderdeel(o, own, style) for o in article.onderdelen),
        *(_item(i, own, 1) for i in article.items),
        *(_lid(lid, own) for lid in article.leden),
    )
    text = " ".join(filter(None, [article.opschrift, article.text]))
    return UnitNode(
        "artikel", article.number, article.key, own.eid, own.label, text, children,
        opschrift=article.opschrift, full=_full(text, children),
    )  # fmt: skip


def _onderdeel(onderdeel: AmendingOnderdeel, parent: Address, style: Style) -> UnitNode:
    own = address.onderdeel(parent, onderdeel)
    count = len(onderdeel.instructions)
    depth = address.change_depth(count)
    children = tuple(
        _instruction(i, address.instruction(own, n, count), depth, style)
        for n, i in enumerate(onderdeel.instructions, start=1)
    )
    full = _full("", children)
    return UnitNode(
        "onderdeel", onderdeel.number, onderdeel.key, own.eid, own.label, "", children, full=full
    )


def _instruction(instruction: Instruction, own: Address, depth: int, style: Style,
                 base: Target | None = None) -> UnitNode:  # fmt: skip
    new = address.quoted(own) if instruction.payload else own
    payload = tuple(_unit(u, new) for u in instruction.payload) + tuple(
        _instruction(c, address.nested(own, k, depth + 1), depth + 1, style, instruction.target)
        for k, c in enumerate(instruction.children, start=1)
    )  # the numbered changes of a `wijzigen` are compared like those of an onderdeel
    text = sentence(instruction, style=style, base=base)
    if instruction.action is Action.REPLACE and instruction.new:
        text = f"{text} {instruction.new}"  # the new text of a volzin, aanhef or opschrift
    return UnitNode(
        INSTRUCTION, own.number, "", own.eid, own.label, text, payload, depth, full=_full(text, payload)
    )


def _lid(lid: Lid, parent: Address) -> UnitNode:
    own = address.lid(parent, lid)
    items = tuple(_item(i, own, 1) for i in lid.items)
    return UnitNode(
        "lid", lid.number, lid.key, own.eid, own.label, lid.text, items, full=_full(lid.text, items)
    )


def _item(item: Item, parent: Address, depth: int) -> UnitNode:
    own = address.item(parent, item, depth)
    items = tuple(_item(i, own, depth + 1) for i in item.items)
    full = _full(item.text, items)
    return UnitNode("item", item.number, item.key, own.eid, own.label, item.text, items, depth, full=full)
