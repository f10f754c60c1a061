"""How the nota van wijziging names a unit of the bill: "artikel I, onderdeel B", "onder 2",
"het voorgestelde artikel 28a, derde lid", with "(nieuw)" for units it renumbered earlier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wetgen.amend.instructions import NotaUnit, unit_children
from wetgen.diff.changes import Change
from wetgen.diff.nota_text import capital, designation
from wetgen.diff.tree import INSTRUCTION, UnitNode

Chain = tuple[UnitNode, ...]  # a unit and its ancestors, outermost first, without the root


def payload_depth(chain: Chain) -> int | None:
    """Return the position in the chain of the instruction whose new text holds the rest (the
    innermost of a `wijzigen` and its changes), or None outside any instruction."""
    at = next((n for n, node in enumerate(chain) if node.kind == INSTRUCTION), None)
    while at is not None and at + 1 < len(chain) and chain[at + 1].kind == INSTRUCTION:
        at += 1
    return at


def scope(chain: Chain) -> UnitNode:
    """Return the unit whose text the quoted words of a sentence about the chain must be unique in."""
    at = payload_depth(chain)
    if at is not None and at == len(chain) - 1 and len(chain[at - 1].children) == 1:
        return chain[at - 1]
    return chain[-1]


@dataclass
class Namer:
    """Names units as the bill stands, and as renumbered by earlier onderdelen of the nota."""

    new_to_old: dict[str, str]  # new eId of a renumbered unit → its old number
    renamed_old: dict[str, str] = field(default_factory=dict)  # old eId → new number
    renamed_new: set[str] = field(default_factory=set)

    def rename(self, note: Change) -> None:
        """Record that the nota has now renumbered the units of a renumbering note."""
        for r in note.renumbering:
            self.renamed_old[r.old_eid] = r.new
            self.renamed_new.add(r.new_eid)

    def number_old(self, node: UnitNode) -> str:
        """Return the number to call a unit of OLD by: its own, or "E (nieuw)"."""
        if node.eid in self.renamed_old:
            return f"{self.renamed_old[node.eid]} (nieuw)"
        return node.number

    def number_new(self, node: UnitNode) -> str:
        """Return the number to call a unit of NEW by: "E (nieuw)", or the number it had in OLD."""
        if node.eid in self.renamed_new:
            return f"{node.number} (nieuw)"
        return self.new_to_old.get(node.eid, node.number)

    def phrase(self, chain: Chain, number: Callable[[UnitNode], str]) -> str:
        """Return the bill-level reference of a chain: "artikel I, onderdeel A, onder 2"."""
        parts = []
        for n, node in enumerate(chain):
            if node.kind == INSTRUCTION:
                nested = chain[n - 1].kind == INSTRUCTION  # the changes of a `wijzigen` are always numbered
                if nested or len(chain[n - 1].children) > 1:
                    parts.append(designation(node, number(node)))
                if n + 1 == len(chain) or chain[n + 1].kind != INSTRUCTION:
                    break
                continue
            parts.append(designation(node, number(node)))
        return ", ".join(parts)

    def inner(self, chain: Chain) -> str:
        """Return "het voorgestelde artikel 28a, derde lid" for a unit in a payload, else ""."""
        at = payload_depth(chain)
        if at is None or at == len(chain) - 1:
            return ""
        names = [designation(node, self.number_old(node)) for node in chain[at + 1 :]]
        return "het voorgestelde " + ", ".join(names)

    def opening(self, chain: Chain) -> str:
        """Return the opening "In artikel I, onderdeel B, " of a sentence about a unit."""
        at = payload_depth(chain)
        outer = chain if at is None else chain[: at + 1]
        phrase = self.phrase(outer, self.number_old)
        return f"In {phrase}{',' if ',' in phrase else ''} "

    def subject(self, chain: Chain) -> str:
        """Return a unit as the subject of a sentence: "Artikel I, onderdeel D,"."""
        phrase = self.phrase(chain, self.number_old)
        return capital(phrase) + ("," if "," in phrase else "")


# --- the trees of the two bills -------------------------------------------------------------------


def unit_values(root: UnitNode, body: tuple[NotaUnit, ...]) -> dict[str, NotaUnit]:
    """Return the model value of every unit of a bill's tree, by eId."""
    found: dict[str, NotaUnit] = {}

    def walk(nodes: tuple[UnitNode, ...], units: tuple[NotaUnit, ...]) -> None:
        for node, unit in zip(nodes, units, strict=True):
            found[node.eid] = unit
            walk(node.children, unit_children(unit))

    walk(root.children, body)
    return found
