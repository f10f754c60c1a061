"""Comparing two unit trees into a ChangeSet: pair siblings level by level, report what was
inserted, deleted, moved, renumbered or changed, and collapse renumberings to one note per list;
then the considerans, the memorie van toelichting and the metadata (`prose_diff`).

A unit that leaves one sibling list and turns up, with the same key, in another is one move.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from wetgen.diff.changes import Change, ChangeSet, Renumbered
from wetgen.diff.match import moved, pair_siblings
from wetgen.diff.nota_text import unit_lines
from wetgen.diff.prose_diff import diff_considerans, diff_metadata, diff_toelichting
from wetgen.diff.tokens import TextOp, is_reference, same_text, tokenize, word_ops
from wetgen.diff.tree import UnitNode, bill_tree
from wetgen.gcpause import gc_paused
from wetgen.model import Bill


@dataclass(frozen=True)
class _Pending:
    """An unpaired unit, held until cross-list moves are known."""

    kind: str  # "inserted" or "deleted"
    node: UnitNode


@dataclass
class _Walk:
    ignore_whitespace: bool
    out: list[Change | _Pending] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # numbers of inserted or deleted units
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (old eId, new eId) paired

    def lone(self, kind: str, node: UnitNode) -> None:
        """Hold an inserted or deleted unit."""
        self.touched.add(node.number)
        self.out.append(_Pending(kind, node))


@gc_paused()
def diff_bills(old: Bill, new: Bill, *, ignore_whitespace: bool = False) -> ChangeSet:
    """Return every change from the OLD bill to the NEW one."""
    walk = _walk_trees(bill_tree(old), bill_tree(new), ignore_whitespace)
    changes = _mark_consequential(_resolve_moves(walk), walk.touched)
    pairs = tuple(walk.pairs)
    return ChangeSet(
        old.version.label, new.version.label, changes, pairs,
        considerans=diff_considerans(old, new, ignore_whitespace=ignore_whitespace),
        toelichting=diff_toelichting(old, new, pairs, ignore_whitespace=ignore_whitespace),
        metadata=diff_metadata(old, new, ignore_whitespace=ignore_whitespace),
    )  # fmt: skip


def diff_trees(
    old: UnitNode, new: UnitNode, *, ignore_whitespace: bool = False
) -> tuple[Change, ...]:
    """Return the changes between two unit trees, in document order."""
    walk = _walk_trees(old, new, ignore_whitespace)
    return _mark_consequential(_resolve_moves(walk), walk.touched)


def _walk_trees(old: UnitNode, new: UnitNode, ignore_whitespace: bool) -> _Walk:
    walk = _Walk(ignore_whitespace)
    walk.pairs.append((old.eid, new.eid))
    _children(walk, old, new)
    return walk


def _pair(walk: _Walk, a: UnitNode, b: UnitNode) -> None:
    if a == b:  # the same unit all the way down: nothing changed, each unit pairs with itself
        _pair_unchanged(walk, a)
        return
    walk.pairs.append((a.eid, b.eid))
    if not same_text(a.text, b.text, ignore_whitespace=walk.ignore_whitespace):
        ops = word_ops(a.text, b.text, ignore_whitespace=walk.ignore_whitespace)
        walk.out.append(_change("changed", a, b, text=ops))
    _children(walk, a, b)


def _children(walk: _Walk, a: UnitNode, b: UnitNode) -> None:
    for kind in _kinds(b, a):
        olds = [c for c in a.children if c.kind == kind]
        news = [c for c in b.children if c.kind == kind]
        _siblings(walk, a, b, olds, news)


def _kinds(*nodes: UnitNode) -> dict[str, None]:
    """Return the kinds of the nodes' children in order of appearance: each is paired apart."""
    return dict.fromkeys(c.kind for node in nodes for c in node.children)


def _pair_unchanged(walk: _Walk, node: UnitNode) -> None:
    """Record the pairs that walking a unit against an identical copy makes, in the same order:
    each sibling list of an identical copy pairs position by position."""
    walk.pairs.append((node.eid, node.eid))
    for kind in _kinds(node):
        for child in node.children:
            if child.kind == kind:
                _pair_unchanged(walk, child)


def _siblings(
    walk: _Walk, a: UnitNode, b: UnitNode, olds: list[UnitNode], news: list[UnitNode]
) -> None:
    pairs = pair_siblings(olds, news)
    out_of_order = moved(pairs)
    old_of = {j: i for i, j in pairs}
    paired_old = {i for i, _ in pairs}
    next_old, first_lone = 0, None
    for j, node in enumerate(news):
        if j not in old_of:
            first_lone = len(walk.out) if first_lone is None else first_lone
            walk.lone("inserted", node)
            continue
        i = old_of[j]
        for gone in range(next_old, i):
            if gone not in paired_old:
                first_lone = len(walk.out) if first_lone is None else first_lone
                walk.lone("deleted", olds[gone])
        next_old = max(next_old, i + 1)
        if (i, j) in out_of_order:
            walk.out.append(_change("moved", olds[i], node))
        _pair(walk, olds[i], node)
    for gone in range(next_old, len(olds)):
        if gone not in paired_old:
            first_lone = len(walk.out) if first_lone is None else first_lone
            walk.lone("deleted", olds[gone])
    renumbered = [(olds[i], news[j]) for i, j in pairs if olds[i].number != news[j].number]
    if renumbered:
        note = _renumbering(a, b, renumbered, olds, news, pairs)
        # the note follows the list's first insertion or deletion, else ends the list
        walk.out.insert(len(walk.out) if first_lone is None else first_lone + 1, note)


def _renumbering(a, b, renumbered, olds, news, pairs) -> Change:
    caused = [olds[i].eid for i in range(len(olds)) if i not in {p[0] for p in pairs}]
    caused += [news[j].eid for j in range(len(news)) if j not in {p[1] for p in pairs}]
    units = tuple(Renumbered(x.number, y.number, x.eid, y.eid) for x, y in renumbered)
    return Change(
        "renumbered", renumbered[0][0].kind, a.eid, b.eid, a.label, b.label,
        renumbering=units, caused_by=tuple(caused),
    )  # fmt: skip


def _change(kind: str, a: UnitNode, b: UnitNode, **extra) -> Change:
    key = b.key or a.key
    return Change(kind, b.kind, a.eid, b.eid, a.label, b.label, key, **extra)


def _lone(pending: _Pending) -> Change:
    node = pending.node
    lines = tuple(unit_lines(node))
    if pending.kind == "inserted":
        return Change("inserted", node.kind, new_eid=node.eid, new_label=node.label,
                      key=node.key, content=node.full_text(), lines=lines)  # fmt: skip
    return Change("deleted", node.kind, old_eid=node.eid, old_label=node.label,
                  key=node.key, content=node.full_text(), lines=lines)  # fmt: skip


def _resolve_moves(walk: _Walk) -> list[Change]:
    """Turn a deletion and an insertion of the same key and kind into one move."""
    pending = [p for p in walk.out if isinstance(p, _Pending) and p.node.key]
    gone = _unique(p for p in pending if p.kind == "deleted")
    came = _unique(p for p in pending if p.kind == "inserted")
    both = gone.keys() & came.keys()
    out: list[Change] = []
    for entry in walk.out:
        if not isinstance(entry, _Pending):
            out.append(entry)
        elif (entry.node.kind, entry.node.key) not in both:
            out.append(_lone(entry))
        elif entry.kind == "inserted":
            a, b = gone[(entry.node.kind, entry.node.key)].node, entry.node
            inner = _Walk(
                walk.ignore_whitespace, [_change("moved", a, b)], walk.touched, walk.pairs
            )
            _pair(inner, a, b)
            out.extend(_resolve_moves(inner))
    return out


def _unique(pendings) -> dict[tuple[str, str], _Pending]:
    found: dict[tuple[str, str], list[_Pending]] = {}
    for p in pendings:
        found.setdefault((p.node.kind, p.node.key), []).append(p)
    return {k: v[0] for k, v in found.items() if len(v) == 1}


def _mark_consequential(changes: list[Change], lone: set[str]) -> tuple[Change, ...]:
    """Mark changed texts whose only edits are references to renumbered, inserted or deleted units."""
    touched = set(lone)
    for c in changes:
        touched.update(n for r in c.renumbering for n in (r.old, r.new))
    return tuple(
        replace(c, consequential=True) if c.kind == "changed" and _follows(c.text, touched) else c
        for c in changes
    )


def _follows(ops: tuple[TextOp, ...], touched: set[str]) -> bool:
    edits = [op for op in ops if op.op != "equal"]
    if not edits:
        return False
    for op in edits:
        tokens = [t for t in tokenize(op.old) + tokenize(op.new) if t.strip()]
        if not tokens or not all(is_reference(t) for t in tokens):
            return False
        if not any(t.split()[-1] in touched for t in tokens):
            return False
    return True
