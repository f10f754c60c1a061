"""The consulted version of a bill against a newer one: every unit's counterpart and what changed.

Points are resolved against the version that was consulted (what respondents read). When a
newer version comes in, each unit of the consulted version is mapped to its counterpart through
the structural diff (`wetgen.diff`: old eId → new eId pairs, so a renumbered unit is followed,
never matched by number), and told apart as "gewijzigd", "ongewijzigd" or "vervallen", with
what changed inside it (in the new version's numbers) and the letters of the nota van wijziging
onderdelen that make those changes.
"""

from __future__ import annotations

from typing import NamedTuple

from wetgen import address, ids
from wetgen.amend.instructions import EditAction
from wetgen.diff.changes import Change, ChangeSet
from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import nota_items
from wetgen.diff.nota_plan import chains, path_of
from wetgen.diff.tree import INSTRUCTION, UnitNode, bill_tree
from wetgen.errors import UsageError
from wetgen.model import Bill
from wetgen.outline import outline

CHANGED, UNCHANGED, REMOVED = "gewijzigd", "ongewijzigd", "vervallen"
CONTENT_KINDS = ("changed", "inserted", "deleted", "moved")
_DONE = {"changed": "gewijzigd", "inserted": "ingevoegd", "deleted": "vervallen",
         "moved": "verplaatst"}  # fmt: skip
MAX_DETAILS = 4


class UnitVersion(NamedTuple):
    """A unit of the consulted version and its counterpart in the newer one (the store's row)."""

    old_eid: str
    new_eid: str  # "" when the unit is gone
    node: str  # the consulted bill's outline node the unit belongs to (itself, or its onderdeel)
    old_label: str  # "Artikel I, onderdeel D"
    new_label: str
    old_short: str  # "artikel 28c, eerste lid" inside an instruction's new text, else the label
    new_short: str
    status: str  # gewijzigd, ongewijzigd or vervallen
    detail: str  # what changed inside it, in the new version's numbers
    nota: str  # letters of the nota's onderdelen that change or renumber it: "C, E"


def map_versions(consulted: Bill, newer: Bill) -> list[UnitVersion]:
    """Return every unit of `consulted` with its counterpart in `newer`, in document order."""
    changes = diff_bills(consulted, newer)
    old_root, new_root = bill_tree(consulted), bill_tree(newer)
    old_chains, new_chains = chains(old_root), chains(new_root)
    pairs = {old: new for old, new in changes.pairs if old}
    letters = _nota_letters(consulted, newer, changes, old_chains)
    nodes = {n.eid for n in outline(consulted)}
    old_short, new_short = _short_labels(consulted, old_chains), _short_labels(newer, new_chains)
    content = [c for c in changes.changes if c.kind in CONTENT_KINDS and not c.consequential]
    inside = _changes_inside(content, old_chains, new_chains, {n: o for o, n in pairs.items()})
    out = []
    for eid, chain in old_chains.items():
        new_eid = pairs.get(eid, "")
        new_label = new_chains[new_eid][-1].label if new_eid in new_chains else ""
        found = inside.get(eid, [])
        status = REMOVED if not new_eid else CHANGED if found else UNCHANGED
        detail = _detail(found, eid, old_short, new_short) if status == CHANGED else ""
        touched = sorted({n for n, touched in letters.items() if eid in touched},
                         key=lambda n: (len(n), n))  # fmt: skip
        out.append(UnitVersion(
            eid, new_eid, _node_of(chain, nodes), chain[-1].label, new_label, old_short[eid],
            new_short.get(new_eid, ""), status, detail, ", ".join(touched),
        ))  # fmt: skip
    return out


def _node_of(chain: tuple[UnitNode, ...], nodes: set[str]) -> str:
    """Return the innermost unit of a chain that is a node of the outline."""
    for unit in reversed(chain):
        if unit.eid in nodes:
            return unit.eid
    return chain[0].eid


def _changes_inside(
    content: list[Change],
    old: dict[str, tuple[UnitNode, ...]],
    new: dict[str, tuple[UnitNode, ...]],
    old_of: dict[str, str],
) -> dict[str, list[Change]]:
    """Return, per old eId, the content changes at that unit or inside it, on either side
    (`old_of` maps a paired new eId to its old one)."""
    found: dict[str, list[Change]] = {}
    for change in content:
        holders: dict[str, None] = {}
        if change.old_eid in old:
            holders.update(dict.fromkeys(u.eid for u in old[change.old_eid]))
        if change.new_eid in new:
            paired = (old_of.get(u.eid, "") for u in new[change.new_eid])
            holders.update(dict.fromkeys(e for e in paired if e))
        for eid in holders:
            found.setdefault(eid, []).append(change)
    return found


def _detail(found: list[Change], eid: str, old: dict[str, str], new: dict[str, str]) -> str:
    """Say what changed inside a unit, in the new version's numbers ("artikel 28a, derde lid
    vervallen"); the unit's own text is "tekst gewijzigd"."""
    parts: list[str] = []
    for change in found:
        if change.kind == "changed" and change.old_eid == eid:
            part = "tekst gewijzigd"
        else:
            where = _lower(new.get(change.new_eid, "") or old.get(change.old_eid, ""))
            part = f"{where} {_DONE[change.kind]}"
        if part not in parts:
            parts.append(part)
    if len(parts) > MAX_DETAILS:
        parts = [*parts[:MAX_DETAILS], f"en {len(parts) - MAX_DETAILS} andere wijzigingen"]
    return "; ".join(parts)


def _short_labels(bill: Bill, unit_chains: dict[str, tuple[UnitNode, ...]]) -> dict[str, str]:
    """Return every unit's label, shortened inside an instruction's new text to the amended
    law's own numbers ("artikel 28a, tweede lid")."""
    targets = _instruction_targets(bill)
    out = {}
    for eid, chain in unit_chains.items():
        label = chain[-1].label
        mods = [u for u in chain[:-1] if u.kind == INSTRUCTION]
        if mods and label.startswith(mods[-1].label + ", "):
            rest = label[len(mods[-1].label) + 2 :]
            article = targets.get(mods[-1].eid, "")
            if not rest.lower().startswith("artikel") and article:
                rest = f"artikel {article}, {rest}"
            label = rest
        out[eid] = _lower(label) if mods else label
    return out


def _instruction_targets(bill: Bill) -> dict[str, str]:
    """Return the eId of every instruction with the article of the amended law it targets."""
    out = {}
    for own, article in address.placed_articles(bill):
        for part in article.onderdelen:
            place = address.onderdeel(own, part)
            count = len(part.instructions)
            for n, instruction in enumerate(part.instructions, start=1):
                out[address.instruction(place, n, count).eid] = instruction.target.artikel
    return out


def _nota_letters(
    old: Bill, new: Bill, changes: ChangeSet, old_chains: dict[str, tuple[UnitNode, ...]]
) -> dict[str, set[str]]:
    """Return, per letter of the nota van wijziging, the old eIds its onderdeel changes or
    renumbers: its targets, the units inside them, and the units that hold them."""
    by_path = {path_of(chain): eid for eid, chain in old_chains.items()}
    try:
        items = nota_items(old, new, changes)
    except UsageError:
        return {}  # a change no formula can say: the nota cannot be made, letters are unknown
    inner: dict[str, list[str]] = {}
    for eid, chain in old_chains.items():
        for unit in chain:
            inner.setdefault(unit.eid, []).append(eid)
    out: dict[str, set[str]] = {}
    for n, item in enumerate(items, start=1):
        touched: set[str] = set()
        for edit in item.edits:
            into = edit.action in (EditAction.INSERT, EditAction.ADD)
            for path in edit.targets:
                anchor = path[:-1] if edit.action is EditAction.INSERT else path
                eid = by_path.get(anchor, "")
                touched |= _holders(eid, old_chains) if into else _around(eid, old_chains, inner)
            for path, _ in edit.renumbering:
                touched |= _around(by_path.get(path, ""), old_chains, inner)
        out[ids.onderdeel_letter(n)] = touched
    return out


def _holders(eid: str, old_chains: dict[str, tuple[UnitNode, ...]]) -> set[str]:
    """Return a unit and the units holding it (none for the body or an unknown unit)."""
    return {u.eid for u in old_chains[eid]} if eid in old_chains else set()


def _around(
    eid: str, old_chains: dict[str, tuple[UnitNode, ...]], inner: dict[str, list[str]]
) -> set[str]:
    """Return a unit, the units holding it and the units inside it."""
    return _holders(eid, old_chains) | set(inner.get(eid, ()))


def _lower(label: str) -> str:
    return label[:1].lower() + label[1:]
