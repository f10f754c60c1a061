"""Apply the instructions of a nota van wijziging (`NotaEdit`s) to a bill model.

Every instruction names units as the bill stood before the nota, so each unit is found by its
original path (`Node.origin`), whatever earlier instructions renumbered or inserted around it.
A unit that an earlier instruction replaced whole ("komt te luiden") is no longer in the bill,
and later instructions about what was inside it change nothing. The changes themselves are made
by the mechanism that also applies a bill to a law (`wetgen.amend.edit`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from wetgen.amend.edit import Change, Edit, Failure, Node, Tree, perform
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

_CHANGES = {
    EditAction.REPLACE: Change.REPLACE,
    EditAction.DELETE: Change.REMOVE,
    EditAction.ADD: Change.APPEND,
    EditAction.INSERT: Change.INSERT,
}


class BillShape:
    """A bill as a tree for `wetgen.amend.edit`: the body, divisions, articles, onderdelen, leden."""

    def children(self, value: object) -> tuple[object, ...]:
        """Return the units inside a bill or unit, in the order of the diff tree."""
        return value.body if isinstance(value, Bill) else unit_children(value)  # type: ignore[arg-type]

    def identify(self, value: object, position: int) -> tuple[str, str]:
        """Return a unit's kind and number; an instruction is numbered by its place."""
        if isinstance(value, Bill):
            return "", ""
        return unit_kind(value), unit_number(value)  # type: ignore[arg-type]

    def build(self, node: Node, children: tuple[object, ...]) -> object:
        """Return the unit rebuilt with the node's number and its current children."""
        return _build(node.value, node.number, children)  # type: ignore[arg-type]


def apply_nota(bill: Bill, edits: Iterable[NotaEdit]) -> Bill:
    """Return the bill as amended by the instructions, applied in turn; raise UsageError when
    an instruction names a unit the bill does not have."""
    amended, failures = nota_outcome(bill, edits)
    if failures:
        raise UsageError(failures[0].why)
    return amended


def nota_outcome(bill: Bill, edits: Iterable[NotaEdit]) -> tuple[Bill, list[Failure]]:
    """Return the bill as amended and, as values, each instruction that could not be applied
    (its number in the nota, from 1, and why)."""
    tree = Tree(BillShape(), bill)
    index: dict[Path, Node] = {}
    for node in tree.walk(tree.root):
        index.setdefault(node.origin or (), node)
    failures: list[Failure] = []
    for number, edit in enumerate(edits, start=1):
        resolved = _resolve(edit, index)
        if isinstance(resolved, str):
            failures.append(Failure(number, resolved))
            continue
        for problem in perform(tree, resolved):
            if not problem.gone:
                failures.append(Failure(number, problem.why))
    return tree.build(), failures  # type: ignore[return-value]


def _resolve(edit: NotaEdit, index: dict[Path, Node]) -> Edit | str:
    missing = [path for path in (*edit.targets, *(p for p, _ in edit.renumbering)) if path not in index]
    if missing:
        names = ", ".join(f"{kind} {number}" for kind, number in missing[0])
        return f"the nota van wijziging names a unit the bill does not have: {names}"
    nodes = tuple(index[path] for path in edit.targets)
    renumbering = tuple((index[path], number) for path, number in edit.renumbering)
    if edit.action in WORD_ACTIONS:
        # the nota carries the unit's new own text; its children stay the bill's
        return Edit(Change.SET, nodes, edit.units[:1], renumbering=renumbering)
    if edit.action is EditAction.RENUMBER:
        return Edit(Change.SET, (), renumbering=renumbering)
    return Edit(_CHANGES[edit.action], nodes, edit.units, edit.before, renumbering=renumbering)


def _build(unit: NotaUnit | Bill, number: str, children: tuple[object, ...]) -> object:
    if isinstance(unit, Bill):
        return replace(unit, body=children)
    if isinstance(unit, Division):
        return replace(unit, number=number, children=children)
    if isinstance(unit, Article):
        return replace(
            unit,
            number=number,
            onderdelen=tuple(c for c in children if isinstance(c, AmendingOnderdeel)),
            items=tuple(c for c in children if unit_kind(c) == "item"),  # type: ignore[arg-type]
            leden=tuple(c for c in children if isinstance(c, Lid)),
        )
    if isinstance(unit, AmendingOnderdeel):
        return replace(unit, number=number, instructions=children)
    if isinstance(unit, Instruction):
        payload = tuple(c for c in children if not isinstance(c, Instruction))
        nested = tuple(c for c in children if isinstance(c, Instruction))
        return replace(unit, payload=payload, children=nested)
    return replace(unit, number=number, items=children)
