"""Planning the nota van wijziging: which units a single formula cannot change, so that they
are replaced whole ("… komt te luiden:"), and the runs of inserted or deleted siblings.

A list of siblings is replaced whole when its renumbering was caused by more than one run of
insertions or deletions, or when it has both (unless one unit is replaced by one with the
same number); a moved unit makes the nearest unit holding both its places "komt te luiden".
`wetgen.diff.nota` words the onderdelen from this plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wetgen.amend.instructions import Path
from wetgen.diff.changes import Change
from wetgen.diff.nota_names import Chain, scope
from wetgen.diff.nota_text import quotable_edits
from wetgen.diff.tree import UnitNode
from wetgen.errors import UsageError


def path_of(chain: Chain) -> Path:
    """Return the path of a unit (see wetgen.amend.instructions) from its chain in the tree."""
    return tuple((node.kind, node.number) for node in chain)


def chains(root: UnitNode) -> dict[str, Chain]:
    """Return the chain (root's child down to the unit) of every unit of a tree, by eId."""
    found: dict[str, Chain] = {}

    def walk(node: UnitNode, chain: Chain) -> None:
        """Record the chain of every unit under `node`."""
        for child in node.children:
            found[child.eid] = (*chain, child)
            walk(child, (*chain, child))

    walk(root, ())
    return found


def within(chain: Chain | None, eid: str) -> bool:
    """Tell whether the unit a chain ends in is the unit `eid` or inside it (articles are named
    apart from their hoofdstuk, so an eId need not start with its ancestors' eIds)."""
    return chain is not None and any(node.eid == eid for node in chain)


@dataclass
class NotaPlan:
    """The units of OLD and NEW by eId, the changes between them, and what to replace whole."""

    old: dict[str, Chain]
    new: dict[str, Chain]
    changes: tuple[Change, ...]
    pairs: tuple[tuple[str, str], ...]
    old_of: dict[str, str] = field(default_factory=dict)  # new eId → old eId of a pair
    lone: dict[str, dict[str, Change]] = field(default_factory=dict)  # inserted/deleted by eId
    replaced: dict[str, str] = field(default_factory=dict)  # old eId → new eId of its successor

    def plan(self) -> list[tuple[str, str]]:
        """Return the (old, new) eIds of the units to replace whole, outermost first."""
        self.old_of = {new: old for old, new in self.pairs}
        self.lone = {
            kind: {(c.new_eid or c.old_eid): c for c in self.changes if c.kind == kind}
            for kind in ("inserted", "deleted")
        }
        self.replaced = {}
        return self._wholes()

    def _wholes(self) -> list[tuple[str, str]]:
        """Return the (old, new) eIds of the units to replace whole, outermost first.

        A list of siblings is replaced whole when its renumbering was caused by more than one
        run of insertions or deletions, or when it has both insertions and deletions (unless
        that is one unit replaced by one with the same number: that unit "komt te luiden"). A
        moved unit makes the nearest unit holding both its places "komt te luiden".
        """
        found = self._move_wholes() | self._rewritten_wholes()
        for (parent, new_parent, _), runs in self._lone_lists().items():
            note = self._note_in(parent, new_parent)
            inserted, deleted = runs["inserted"], runs["deleted"]
            if inserted and deleted:
                one = len(inserted) == len(deleted) == 1 and note is None
                if one and self.new[inserted[0]][-1].number == self.old[deleted[0]][-1].number:
                    self.replaced[deleted[0]] = inserted[0]
                    continue
                found.add((parent, new_parent))
            elif note is not None:
                kind = "inserted" if inserted else "deleted"
                group = self.group(self.lone[kind][(inserted or deleted)[0]])
                if {n.eid for n in group} != set(note.caused_by):
                    found.add((parent, new_parent))
        if any(not old for old, _ in found):
            raise UsageError(
                "the nota van wijziging cannot yet express moved articles of the bill, or several "
                "insertions or deletions that renumber them"
            )
        return sorted(found, key=lambda pair: (len(self.old[pair[0]]), pair))

    def _rewritten_wholes(self) -> set[tuple[str, str]]:
        """Return the units that "komen te luiden" because the word edits of a change inside
        cannot be quoted one by one; nothing else inside them is then said separately."""
        found: set[tuple[str, str]] = set()
        for change in self.changes:
            if change.kind != "changed":
                continue
            chain = self.old[change.old_eid]
            text = scope(chain).full_text()
            if quotable_edits(change.text, change.old_text(), change.new_text(), text) is None:
                old_scope = chain[: chain.index(scope(chain)) + 1]
                new_scope = self.new[change.new_eid][len(old_scope) - 1]
                found.add((old_scope[-1].eid, new_scope.eid))
        return found

    def _move_wholes(self) -> set[tuple[str, str]]:
        """Return, per moved unit, the nearest paired unit that holds its old and new place."""
        new_of = {old: new for old, new in self.pairs}
        found: set[tuple[str, str]] = set()
        for change in self.changes:
            if change.kind != "moved":
                continue
            holders = {node.eid for node in self.new[change.new_eid][:-1]} | {""}
            for old in [*(n.eid for n in reversed(self.old[change.old_eid][:-1])), ""]:
                if new_of.get(old) in holders:
                    found.add((old, new_of[old]))
                    break
        return found

    def _lone_lists(self) -> dict[tuple[str, str, str], dict[str, list[str]]]:
        """Group the inserted and deleted units by the sibling list they are in."""
        lists: dict[tuple[str, str, str], dict[str, list[str]]] = {}
        new_of = {old: new for old, new in self.pairs}
        for kind, index in (("inserted", self.new), ("deleted", self.old)):
            for eid in self.lone[kind]:
                chain = index[eid]
                parent = chain[-2].eid if len(chain) > 1 else ""
                old_parent = self.old_of.get(parent, parent) if kind == "inserted" else parent
                new_parent = parent if kind == "inserted" else new_of.get(parent, parent)
                runs = lists.setdefault(
                    (old_parent, new_parent, chain[-1].kind), {"inserted": [], "deleted": []}
                )
                runs[kind].append(eid)
        return lists

    def _note_in(self, old_parent: str, new_parent: str) -> Change | None:
        return next(
            (
                c
                for c in self.changes
                if c.kind == "renumbered"
                and c.caused_by
                and (c.old_eid, c.new_eid) == (old_parent, new_parent)
            ),
            None,
        )

    def inside(self, change: Change, whole: tuple[str, str]) -> bool:
        """Tell whether a change lies within a unit replaced whole."""
        old, new = self.old.get(change.old_eid), self.new.get(change.new_eid)
        return within(old, whole[0]) or within(new, whole[1])

    def group(self, change: Change) -> list[UnitNode]:
        """Return the run of consecutive inserted (or deleted) siblings a lone unit starts."""
        index = self.new if change.kind == "inserted" else self.old
        chain = index[change.new_eid or change.old_eid]
        node = chain[-1]
        siblings = self.siblings(index, chain)
        run: list[UnitNode] = []
        for sibling in siblings[siblings.index(node) :]:
            if sibling.eid not in self.lone[change.kind]:
                break
            run.append(sibling)
        return run

    def siblings(self, index: dict[str, Chain], chain: Chain) -> list[UnitNode]:
        """Return the siblings of the same kind as the unit at the end of `chain`."""
        node = chain[-1]
        if len(chain) > 1:
            pool = chain[-2].children
        else:
            pool = tuple(c[0] for c in index.values() if len(c) == 1)
        return [c for c in pool if c.kind == node.kind]
