"""A non-amending wetgen draft (a zelfstandige wet) → Law.

A draft whose articles have no `wijzigt` is a law too: once enacted, a later bill amends it. Its
divisions, articles, leden and list items map one to one; a draft has no BWB paths, so each
division, article and lid gets the path BWB would give it ("/Hoofdstuk1/Artikel2/Lid1").
"""

from __future__ import annotations

from pathlib import Path

from wetgen import ids
from wetgen import model as bill_model
from wetgen.law.errors import LawError
from wetgen.law.model import Alinea, Article, Block, Division, Law, Lid, Lijst, ListItem
from wetgen.loader import load_bill


def read_draft(path: Path) -> Law:
    """Load a draft and return it as a Law; raise LawError if it amends another law."""
    law = law_from_bill(load_bill(path), str(path))
    return law


def law_from_bill(bill: bill_model.Bill, where: str = "the draft") -> Law:
    """Return a non-amending bill as a Law; raise LawError for a wijzigingswet."""
    if bill.is_amending_law:
        raise LawError(f"{where} is a wijzigingswet (its articles amend another law), not a law to "
                       "amend; give the law it amends as the base")  # fmt: skip
    return Law(
        citeertitel=bill.citeertitel,
        body=tuple(_node(node, "") for node in bill.body),
        soort="wet",
        intitule=bill.opschrift,
        source=where,
    )


def law_units(units: tuple[bill_model.Unit, ...], parent_path: str = "", depth: int = 1
              ) -> tuple[Division | Article | Lid | ListItem, ...]:  # fmt: skip
    """Return a draft's units (an amendment's payload) as law units: divisions and articles,
    leden under `parent_path`, or list items at list depth `depth` (1: "a.", 2: "1°.")."""
    out: list[Division | Article | Lid | ListItem] = []
    for unit in units:
        if isinstance(unit, bill_model.Division | bill_model.Article):
            out.append(_node(unit, parent_path))
        elif isinstance(unit, bill_model.Lid):
            out.append(_lid(unit, parent_path))
        else:
            out.append(_item(unit, depth))
    return tuple(out)


def _node(node: bill_model.Division | bill_model.Article, parent_path: str) -> Division | Article:
    if isinstance(node, bill_model.Division):
        label = node.kind.capitalize()
        path = f"{parent_path}/{label}{node.number}"
        children = tuple(_node(child, path) for child in node.children)
        return Division(kind=node.kind, number=node.number, title=node.opschrift,
                        children=children, label=label, path=path)  # fmt: skip
    enig = node.number.lower() == "enig"
    path = f"{parent_path}/Artikel{'' if enig else node.number}"
    return Article(
        number="" if enig else node.number,
        title=node.opschrift,
        blocks=_blocks(node.text, node.items, 1),
        leden=tuple(_lid(lid, path) for lid in node.leden),
        path=path,
        label="Enig artikel" if enig else "Artikel",
    )


def _lid(lid: bill_model.Lid, article_path: str) -> Lid:
    return Lid(lid.number, _blocks(lid.text, lid.items, 1), path=f"{article_path}/Lid{lid.number}")


def _blocks(text: str, items: tuple[bill_model.Item, ...], depth: int) -> tuple[Block, ...]:
    blocks: list[Block] = [Alinea(" ".join(text.split()))] if text.strip() else []
    if items:
        blocks.append(Lijst(tuple(_item(item, depth) for item in items)))
    return tuple(blocks)


def _item(item: bill_model.Item, depth: int) -> ListItem:
    return ListItem(ids.item_label(item.number, depth), _blocks(item.text, item.items, depth + 1))
