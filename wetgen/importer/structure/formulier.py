"""The fixed wording around the articles read back into a `Formulier`: the aanhef (which monarch;
"Allen, die" or "Allen die"), the enacting formula (which council was heard; a rijkswet with the
Statuut) and the slotformulier (the Publicatiebladen of a rijkswet; "die" or "wie zulks
aangaat").

The inverse of `wetgen.formulas`, derived from it: each formulier the lines allow is written
out with the same functions that print a bill, and the one that prints the most of the lines as
they stand is taken, the defaults first among equals. A line no formulier prints is kept as a
comment in the draft, as before.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from wetgen import formulas
from wetgen.importer.report import Notes
from wetgen.model import Formulier

ROYAL, ALLEN, ENACTING, SLOT = "royal", "allen", "enacting", "slot"
_WHY = {
    ROYAL: "aanhef differs from the wording wetgen writes",
    ALLEN: "aanhef differs from the wording wetgen writes",
    ENACTING: "enacting formula differs from the wording wetgen writes",
    SLOT: "slotformulier differs from the wording wetgen writes",
}
_MONARCH = re.compile(r"^Wij (?P<name>[^,]+),")
_COUNCIL = re.compile(r"dat Wij, de (?P<council>.+?) gehoord")
_BULLETINS = re.compile(r"in het Staatsblad(?P<rest>.*?) zal worden geplaatst")


class FormulaLine(NamedTuple):
    """A line of fixed wording as read, with where and which it is."""

    kind: str
    text: str
    where: object


def read_formulier(lines: list[FormulaLine], notes: Notes) -> Formulier:
    """Return the formulier that prints the most of the lines; keep the others as comments."""
    best, printed = Formulier(), _printed(Formulier())
    best_score = _score(lines, printed)
    for candidate in _candidates(lines):
        shown = _printed(candidate)
        score = _score(lines, shown)
        if score > best_score:
            best, printed, best_score = candidate, shown, score
    for line in lines:
        if _normal(line.text) not in printed[line.kind]:
            notes.keep(line.where, line.text, _WHY[line.kind])
    return best


def _candidates(lines: list[FormulaLine]) -> list[Formulier]:
    monarchs = {"Willem-Alexander"}
    councils = {Formulier().council, "Raad van State"}
    bulletins: set[tuple[str, ...]] = {()}
    for line in lines:
        m = _MONARCH.match(line.text)
        if line.kind == ROYAL and m and m.group("name") in formulas.MONARCHS:
            monarchs.add(m.group("name"))
        m = _COUNCIL.search(line.text)
        if line.kind == ENACTING and m:
            councils.add(m.group("council").removesuffix(formulas.KINGDOM))
        m = _BULLETINS.search(line.text)
        if line.kind == SLOT and m and m.group("rest"):
            named = re.split(r",? (?:en )?in het ", m.group("rest").lstrip(", ").removeprefix("en ").removeprefix("in het "))
            bulletins.add(tuple(n.strip() for n in named if n.strip()))
    out = []
    # the form's own commas first, so that of two formulieren printing the same words the one
    # without an explicit comma is taken
    for monarch, council, kind, comma, form, relative, bulletin in itertools.product(
        sorted(monarchs), sorted(councils), ("wet", "rijkswet"), (None, True, False), ("voorstel", "staatsblad"),
        ("die", "wie"), sorted(bulletins),
    ):  # fmt: skip
        if comma is not None and comma == (form == "voorstel"):
            continue  # the form's own default: written as None
        if bulletin and kind != "rijkswet" or bulletin == formulas.BULLETINS:
            continue
        out.append(Formulier(kind, monarch, council, form, comma, relative, bulletin))
    return out


def _printed(formulier: Formulier) -> dict[str, set[str]]:
    royal, allen = formulas.aanhef(formulier)
    return {
        ROYAL: {_normal(royal)},
        ALLEN: {_normal(allen)},
        ENACTING: {_normal(formulas.enacting_formula(formulier))},
        SLOT: {_normal(formulas.slotformulier(formulier))},
    }


def _score(lines: list[FormulaLine], printed: dict[str, set[str]]) -> int:
    return sum(_normal(line.text) in printed[line.kind] for line in lines)


def _normal(text: str) -> str:
    return " ".join(text.split())
