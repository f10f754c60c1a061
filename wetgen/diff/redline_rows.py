"""The rows of a redline: two versions of a bill merged paragraph by paragraph.

Both bills are written by the Word renderer's `BillWriter`, each paragraph tagged with the eId
of the unit it belongs to (`TaggedWriter`, through the writer's `paragraph`, `enter` and
`leave` hooks). The ChangeSet then says which units pair up, so the two paragraph streams merge
into one sequence of rows (`aligned_rows`): unchanged, changed, inserted, deleted, and the two
ends of each move. The redline (`redline_docx`) and the wetsvergelijking (`compare_docx`) both
lay out these rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from wetgen import address
from wetgen.address import Address
from wetgen.diff.changes import Change, ChangeSet
from wetgen.diff.compare import diff_bills
from wetgen.diff.tokens import TextOp
from wetgen.model import Bill
from wetgen.render.bill_writer import BillWriter, Para, UnitMark
from wetgen.word import StyleMap

NOTE_STEPS = 6  # renumbering steps spelled out in a note before "… (N in totaal)"
SLOT = "~slot"  # the tag of the slotformulier and ondertekening, after the body


class Row(NamedTuple):
    """One step of the merged document: a paragraph of OLD, of NEW, or of both.

    `kind` is "same", "changed", "inserted", "deleted", "moveFrom" or "moveTo"; consecutive
    rows of one move share `move`, the name that links the two ends of that move.
    """

    kind: str
    old: Para | None = None
    new: Para | None = None
    move: str = ""
    ops: tuple[TextOp, ...] = ()  # word steps of a changed text, when the ChangeSet has them
    note: str = ""  # a renumbering note, shown as a comment on this paragraph
    inner: str = ""  # in a moveTo row: how the paragraph changed within the moved unit


def aligned_rows(old: Bill, new: Bill, changes: ChangeSet | None, styles: StyleMap) -> list[Row]:
    """Return the paragraphs of OLD and NEW merged into rows, as the ChangeSet pairs units."""
    changes = diff_bills(old, new) if changes is None else changes
    old_layout, new_layout = layout(old, styles), layout(new, styles)
    merge = _Merge(changes, old_layout, new_layout)
    merge.pair("", "")
    merge.own(old_layout.paras.get(SLOT, []), new_layout.paras.get(SLOT, []))
    return merge.rows


@dataclass
class Layout:
    """A bill's paragraphs by the eId of their unit ("" for the front matter), and its units'
    children in order: the same eIds as the diff engine's unit tree."""

    paras: dict[str, list[Para]]
    children: dict[str, list[str]]

    def subtree(self, eid: str) -> Iterator[Para]:
        """Yield the paragraphs of a unit and of everything inside it, in order."""
        yield from self.paras.get(eid, ())
        for child in self.children.get(eid, ()):
            yield from self.subtree(child)


def layout(bill: Bill, styles: StyleMap) -> Layout:
    """Return a bill's paragraphs as the Word renderer writes them, tagged by unit."""
    writer = TaggedWriter(styles, bill.is_amending_law)
    writer.bill(bill)
    return Layout(writer.paras, writer.children)


def renumbering_note(change: Change) -> str:
    """Return the Dutch note on one renumbering: "Vernummering in …: leden 4 → 3, 5 → 4."."""
    steps = [f"{r.old} → {r.new}" for r in change.renumbering]
    shown = ", ".join(steps[:NOTE_STEPS])
    if len(steps) > NOTE_STEPS:
        shown += f", … ({len(steps)} in totaal)"
    noun = address.noun(change.unit, len(steps))
    what = "Verlettering" if change.relettered() else "Vernummering"
    place = address.citation(change.new_eid, change.new_label)
    return f"{what}{f' in {place}' if place else ''}: {noun} {shown}."


# --- tagged paragraphs ----------------------------------------------------------------------


class TaggedWriter(BillWriter):
    """The Word renderer's bill writer, recording paragraphs by unit instead of as XML."""

    def __init__(self, styles: StyleMap, amending_law: bool) -> None:
        super().__init__(styles, amending_law)
        self.paras: dict[str, list[Para]] = {}
        self.children: dict[str, list[str]] = {"": []}
        self.stack = [""]
        self.places = [address.BILL]  # the address the units written next are named inside
        self.counts: list[int] = []  # the number of instructions of the onderdelen entered

    def paragraph(self, para: Para) -> None:
        """Record a paragraph under the unit being written."""
        self.paras.setdefault(self.stack[-1], []).append(para)

    def enter(self, mark: UnitMark) -> None:
        """Tag the paragraphs written from now on with the eId of the unit entered."""
        place, inner = self.place(mark)
        eid = SLOT if mark.kind == "slot" else place.eid
        if eid in self.children:  # a number used twice: keep the units apart
            eid = f"{eid}~{sum(k.startswith(eid + '~') for k in self.children) + 2}"
        self.children[eid] = []
        if eid != SLOT:
            self.children[self.stack[-1]].append(eid)
        self.stack.append(eid)
        self.places.append(inner)

    def leave(self, mark: UnitMark) -> None:
        """Go back to tagging with the parent unit's eId."""
        self.stack.pop()
        self.places.pop()
        if mark.kind == "onderdeel":
            self.counts.pop()

    def place(self, mark: UnitMark) -> tuple[Address, Address]:
        """Return the address of the unit entered, and the one the units inside are named in
        (an instruction's new text is named inside its quoted structure)."""
        parent = self.places[-1]
        if mark.kind == "slot":
            return parent, parent
        if mark.kind == "onderdeel":
            self.counts.append(len(mark.unit.instructions))
            own = address.onderdeel(parent, mark.unit)
            return own, own
        if mark.kind == "instruction":
            if parent.kind == address.INSTRUCTION:  # a change of a `wijzigen`
                own = address.nested(parent, int(mark.number), mark.depth)
            else:
                own = address.instruction(parent, int(mark.number), self.counts[-1])
            return own, address.quoted(own) if mark.unit.payload else own
        own = address.unit(parent, mark.unit)
        return own, own


# --- merging the two paragraph streams ------------------------------------------------------


class _Merge:
    """Walks the OLD and NEW units together and collects the rows of the merged document."""

    def __init__(self, changes: ChangeSet, old: Layout, new: Layout) -> None:
        self.old, self.new = old, new
        self.inserted = {c.new_eid for c in changes.of_kind("inserted")}
        self.deleted = {c.old_eid for c in changes.of_kind("deleted")}
        moves = changes.of_kind("moved")
        self.moved_old = {c.old_eid: c.new_eid for c in moves}
        self.moved_new = {c.new_eid: c.old_eid for c in moves}
        changed = [c for c in changes.changes if c.kind == "changed"]
        self.explicit = {c.old_eid: c.new_eid for c in changed}
        self.ops = {(c.old_eid, c.new_eid): c.text for c in changed}
        for note in changes.of_kind("renumbered"):
            self.explicit.update((r.old_eid, r.new_eid) for r in note.renumbering)
        self.explicit.update(self.moved_old)
        # every pair whose eId changed; ChangeSets made without pairs fall back on derivation
        self.explicit.update((o, n) for o, n in changes.pairs if o != n)
        self.touched = self.inserted | self.deleted | self.explicit.keys()
        self.notes = {
            (c.renumbering[0].old_eid, c.renumbering[0].new_eid): renumbering_note(c)
            for c in changes.of_kind("renumbered")
            if c.renumbering
        }
        self.move_names: dict[str, str] = {}  # old eId of a moved unit → its move's name
        self.rows: list[Row] = []

    def pair(self, old: str, new: str) -> None:
        """Add the rows of a paired unit: its own paragraphs, then its merged children."""
        ops = self.ops.get((old, new), ())
        first = len(self.rows)
        self.own(self.old.paras.get(old, []), self.new.paras.get(new, []), ops)
        note = self.notes.pop((old, new), "") if self.notes else ""
        if note and len(self.rows) > first:
            self.rows[first] = self.rows[first]._replace(note=note)
        self.children(old, new)

    def own(self, olds: list[Para], news: list[Para], ops: tuple[TextOp, ...] = ()) -> None:
        """Add the rows of a paired unit's own paragraphs, pairing them by position.

        The unit's word steps from the ChangeSet are reused for the paragraph whose texts
        they rebuild; other changed paragraphs get their own word steps when rendered.
        """
        for n in range(max(len(olds), len(news))):
            a = olds[n] if n < len(olds) else None
            b = news[n] if n < len(news) else None
            if a is None:
                self.rows.append(Row("inserted", new=b))
            elif b is None:
                self.rows.append(Row("deleted", old=a))
            elif a == b:
                self.rows.append(Row("same", a, b))
            else:
                self.rows.append(Row("changed", a, b, ops=_fitting(ops, a.text, b.text)))

    def children(self, old: str, new: str) -> None:
        """Add the rows of two sibling lists: paired units in order, the rest around them."""
        olds, news = self.old.children.get(old, []), self.new.children.get(new, [])
        if olds == news and self.touched.isdisjoint(olds):  # the common case: all unchanged
            for child in olds:
                self.pair(child, child)
            return
        partner = self._partners(old, new, olds, news)
        next_old = 0
        for k, child in enumerate(news):
            i = partner.get(k)
            if i is None:
                self.came(child)
                continue
            for gone in olds[next_old:i]:
                self.went(gone)
            next_old = i + 1
            self.pair(olds[i], child)
        for gone in olds[next_old:]:
            self.went(gone)

    def _partners(self, old: str, new: str, olds: list[str], news: list[str]) -> dict[int, int]:
        """Map new child index → old child index for the pairs that keep their order."""
        where = {eid: k for k, eid in enumerate(news) if eid not in self.inserted}
        found: dict[int, int] = {}
        for i, child in enumerate(olds):
            if child in self.deleted or child in self.moved_old:
                continue
            k = where.get(self._mapped(child, old, new))
            if k is not None and k not in found:
                found[k] = i
        kept, last = {}, -1
        for k in sorted(found):
            if found[k] > last:
                kept[k], last = found[k], found[k]
            else:  # out of order, yet not reported as moved: show it as a move anyway
                self.moved_old[olds[found[k]]] = news[k]
                self.moved_new[news[k]] = olds[found[k]]
        return kept

    def _mapped(self, child: str, old: str, new: str) -> str:
        """Return the NEW eId an OLD child should have, from the ChangeSet or by its parent's."""
        if child in self.explicit:
            return self.explicit[child]
        return address.rebase(child, old, new)

    def went(self, eid: str) -> None:
        """Add the rows of an OLD unit that is gone from here: deleted, or moved elsewhere."""
        paras = list(self.old.subtree(eid))
        if eid in self.moved_old:
            name = self._move_name(eid)
            self.rows.extend(Row("moveFrom", old=p, move=name) for p in paras)
        else:
            self.rows.extend(Row("deleted", old=p) for p in paras)

    def came(self, eid: str) -> None:
        """Add the rows of a NEW unit that arrives here: inserted, or moved from elsewhere."""
        if eid in self.moved_new:
            name = self._move_name(self.moved_new[eid])
            self.rows.extend(self._moved_here(self.moved_new[eid], eid, name))
        else:
            self.rows.extend(Row("inserted", new=p) for p in self.new.subtree(eid))

    def _moved_here(self, old: str, new: str, name: str) -> list[Row]:
        """Return the moveTo rows of a moved unit, with the changes made inside it as nested
        revisions; what it lost is left out, as the moveFrom block holds all of OLD."""
        outer, self.rows = self.rows, []
        self.pair(old, new)
        inner, self.rows = self.rows, outer
        return [
            Row("moveTo", new=row.new, move=name, old=row.old, ops=row.ops, inner=row.kind)
            for row in inner
            if row.new is not None
        ]

    def _move_name(self, old_eid: str) -> str:
        return self.move_names.setdefault(old_eid, f"move{len(self.move_names) + 1}")


def _fitting(ops: tuple[TextOp, ...], old: str, new: str) -> tuple[TextOp, ...]:
    """Return `ops` if they turn exactly `old` into `new`, else no ops."""
    if not ops or "".join(o.old for o in ops) != old or "".join(o.new for o in ops) != new:
        return ()
    return ops
