"""Amendment instructions on a bill itself, as data: what one onderdeel of a nota van wijziging
does to which unit of the bill, with the new units as model values.

A unit of the bill is named by its path: the (kind, number) steps from the body down, with the
kinds of `wetgen.diff.tree` ("artikel", "onderdeel" for an amending onderdeel, "wijziging" for
its n-th instruction, "lid", "item", or a division kind). Paths always name units as they stand
in the bill being amended, before any instruction of the nota is applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wetgen.model import AmendingOnderdeel, Article, Division, Instruction, Item, Lid

Step = tuple[str, str]  # (kind, number); an instruction's number is its place, from 1
Path = tuple[Step, ...]
NotaUnit = Article | Lid | Item | Division | AmendingOnderdeel | Instruction


class EditAction(StrEnum):
    """What an onderdeel of a nota van wijziging does (Ar 6.9–6.18)."""

    REPLACE_WORDS = "replace_words"
    INSERT_WORDS = "insert_words"
    DELETE_WORDS = "delete_words"
    REPLACE = "replace"  # "… komt te luiden:"
    INSERT = "insert"  # "Na … wordt … ingevoegd, luidende:" (or "Voor …" with `before`)
    ADD = "add"  # "Aan … wordt … toegevoegd, luidende:"
    DELETE = "delete"  # "… vervalt."
    RENUMBER = "renumber"  # "… wordt vernummerd tot …"


WORD_ACTIONS = (EditAction.REPLACE_WORDS, EditAction.INSERT_WORDS, EditAction.DELETE_WORDS)


@dataclass(frozen=True)
class NotaEdit:
    """One instruction of a nota van wijziging on the bill, as data.

    `targets` are the units acted on: the unit whose words change or that is replaced, the
    units deleted or renumbered, for INSERT the sibling after which (with `before`: before
    which) `units` go, for ADD the unit `units` are added to (the empty path is the body).
    For word edits `old`, `new` and `anchor` are the quoted words and `units` holds the unit's
    new own text (its children are left alone). `renumbering` pairs a unit with its new number.
    """

    action: EditAction
    targets: tuple[Path, ...] = ()
    old: str = ""
    new: str = ""
    anchor: str = ""
    before: bool = False
    units: tuple[NotaUnit, ...] = ()
    renumbering: tuple[tuple[Path, str], ...] = ()


def unit_number(unit: NotaUnit) -> str:
    """Return a unit's number; an instruction has none of its own (its place counts)."""
    return "" if isinstance(unit, Instruction) else unit.number


def unit_kind(unit: NotaUnit) -> str:
    """Return the kind of a unit as paths name it ("artikel", "lid", "wijziging"...)."""
    if isinstance(unit, Division):
        return unit.kind
    if isinstance(unit, Article):
        return "artikel"
    if isinstance(unit, AmendingOnderdeel):
        return "onderdeel"
    if isinstance(unit, Instruction):
        return "wijziging"
    return "lid" if isinstance(unit, Lid) else "item"


def unit_children(unit: NotaUnit) -> tuple[NotaUnit, ...]:
    """Return the units inside a unit in the order of the diff tree (onderdelen, items, leden)."""
    if isinstance(unit, Division):
        return unit.children
    if isinstance(unit, Article):
        return (*unit.onderdelen, *unit.items, *unit.leden)
    if isinstance(unit, AmendingOnderdeel):
        return unit.instructions
    if isinstance(unit, Instruction):
        return (*unit.payload, *unit.children)
    return unit.items
