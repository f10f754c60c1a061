"""Apply the instructions of a nota van wijziging (`NotaEdit`s) to a bill model.

Every instruction names units as the bill stood before the nota, so the bill is first turned
into a tree of mutable nodes that remember their original path; each instruction then finds its
units by that path, whatever earlier instructions renumbered or inserted around them. A unit
that an earlier instruction replaced whole ("komt te luiden") is no longer in the bill, and
later instructions about what was inside it change nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from wetgen.amend.instructions import (
    WORD_ACTIONS,
    EditAction,
    NotaEdit,
    NotaUnit,
    Path,
    unit_children,
    unit_kind,
    unit_number,
)
from wetgen.errors import UsageError
from wetgen.model import AmendingOnderdeel, Article, Bill, Division, Instruction, Lid


@dataclass(eq=False)
class _Node:
    value: NotaUnit | None  # None for the body
    number: str
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None


def apply_nota(bill: Bill, edits: Iterable[NotaEdit]) -> Bill:
    """Return the bill as amended by the instructions, applied in turn."""
    root = _Node(None, "")
    index: dict[Path, _Node] = {(): root}
    _grow(root, bill.body, (), index)
    for edit in edits:
        _apply(edit, index)
    body = tuple(_build(child) for child in root.children)
    return replace(bill, body=body)  # type: ignore[arg-type]


def _grow(node: _Node, units: tuple[NotaUnit, ...], path: Path, index: dict[Path, _Node]) -> None:
    for place, unit in enumerate(units, start=1):
        child = _fresh(unit, node)
        number = str(place) if isinstance(unit, Instruction) else unit_number(unit)
        own = (*path, (unit_kind(unit), number))
        index.setdefault(own, child)
        _grow(child, unit_children(unit), own, index)
        node.children.append(child)


def _fresh(unit: NotaUnit, parent: _Node | None) -> _Node:
    return _Node(unit, unit_number(unit), [], parent)


def _new(unit: NotaUnit, parent: _Node) -> _Node:
    """Return a node for a unit the nota brings in, with nodes for everything inside it."""
    node = _fresh(unit, parent)
    node.children = [_new(child, node) for child in unit_children(unit)]
    return node


def _find(index: dict[Path, _Node], path: Path) -> _Node:
    if path not in index:
        names = ", ".join(f"{kind} {number}" for kind, number in path)
        raise UsageError(f"the nota van wijziging names a unit the bill does not have: {names}")
    return index[path]


def _apply(edit: NotaEdit, index: dict[Path, _Node]) -> None:
    targets = [_find(index, path) for path in edit.targets]
    if edit.action in WORD_ACTIONS:
        for node in targets:
            node.value = edit.units[0]  # its own text; its children stay the bill's
    elif edit.action is EditAction.REPLACE:
        for node in targets:
            _replace(node, edit.units)
    elif edit.action is EditAction.DELETE:
        for node in targets:
            _splice(node, [])
    elif edit.action is EditAction.ADD:
        for node in targets:
            node.children.extend(_new(unit, node) for unit in edit.units)
    elif edit.action is EditAction.INSERT:
        for node in targets:
            _insert(node, edit.units, edit.before)
    for path, number in edit.renumbering:
        _find(index, path).number = number


def _replace(node: _Node, units: tuple[NotaUnit, ...]) -> None:
    """Give the node new content; it keeps its place, so later instructions can point next to
    it, while the units that were inside it are gone."""
    if len(units) != 1:
        _splice(node, [_new(unit, node.parent) for unit in units])  # type: ignore[arg-type]
        return
    fresh = _new(units[0], node.parent)  # type: ignore[arg-type]
    node.value, node.number, node.children = fresh.value, fresh.number, fresh.children
    for child in node.children:
        child.parent = node


def _splice(node: _Node, by: list[_Node]) -> None:
    """Put `by` in the place of `node`; a node already taken out stays out."""
    parent = node.parent
    if parent is None or not any(child is node for child in parent.children):
        return
    at = next(n for n, child in enumerate(parent.children) if child is node)
    parent.children[at : at + 1] = by


def _insert(sibling: _Node, units: tuple[NotaUnit, ...], before: bool) -> None:
    parent = sibling.parent
    if parent is None:
        raise UsageError("the nota van wijziging cannot insert next to the body itself")
    if not any(child is sibling for child in parent.children):
        return
    at = next(n for n, child in enumerate(parent.children) if child is sibling)
    at = at if before else at + 1
    parent.children[at:at] = [_new(unit, parent) for unit in units]


def _build(node: _Node) -> NotaUnit:
    unit = node.value
    children = tuple(_build(child) for child in node.children)
    if isinstance(unit, Division):
        return replace(unit, number=node.number, children=children)  # type: ignore[arg-type]
    if isinstance(unit, Article):
        return replace(
            unit,
            number=node.number,
            onderdelen=tuple(c for c in children if isinstance(c, AmendingOnderdeel)),
            items=tuple(c for c in children if unit_kind(c) == "item"),
            leden=tuple(c for c in children if isinstance(c, Lid)),
        )
    if isinstance(unit, AmendingOnderdeel):
        return replace(unit, number=node.number, instructions=children)  # type: ignore[arg-type]
    if isinstance(unit, Instruction):
        payload = tuple(c for c in children if not isinstance(c, Instruction))
        nested = tuple(c for c in children if isinstance(c, Instruction))
        return replace(unit, payload=payload, children=nested)  # type: ignore[arg-type]
    if unit is None:
        raise UsageError("the nota van wijziging left a unit without content")
    return replace(unit, number=node.number, items=children)  # type: ignore[arg-type]
