"""The result of comparing two versions of a bill: a ChangeSet of frozen Change records.

The JSON form (`ChangeSet.as_dict()`) is documented in docs/diff.md; its keys are stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from wetgen.diff.tokens import TextOp

KINDS = ("inserted", "deleted", "moved", "renumbered", "changed")
# the parts besides the body, each a list of changes of its own (JSON keys of the same name)
PARTS = ("considerans", "toelichting", "metadata")
SCHEMA = "wetgen-diff/1"
_MIRROR = {"inserted": "deleted", "deleted": "inserted", "insert": "delete", "delete": "insert"}


@dataclass(frozen=True)
class Renumbered:
    """One unit of a renumbering: its old and new number and eId."""

    old: str
    new: str
    old_eid: str
    new_eid: str

    def as_dict(self) -> dict[str, str]:
        """Return the renumbered unit as a JSON-ready dict."""
        return {"old": self.old, "new": self.new, "old_eid": self.old_eid, "new_eid": self.new_eid}


@dataclass(frozen=True)
class Change:
    """One change between two versions.

    For "renumbered" the change is a note on one sibling list: old/new eId and label are those
    of the list's parent, `unit` the kind of the renumbered siblings, `renumbering` the units
    whose number changed and `caused_by` the eIds of the insertions and deletions in that list.
    """

    kind: str
    unit: str
    old_eid: str = ""
    new_eid: str = ""
    old_label: str = ""
    new_label: str = ""
    key: str = ""
    text: tuple[TextOp, ...] = ()
    content: str = ""  # the full text of an inserted or deleted unit
    renumbering: tuple[Renumbered, ...] = ()
    caused_by: tuple[str, ...] = ()
    consequential: bool = False  # a changed text that only follows renumbered references
    # an inserted or deleted unit as the bill prints it, designations first (not in JSON)
    lines: tuple[str, ...] = ()

    def relettered(self) -> bool:
        """Tell whether a renumbering gives letters (onderdeel D → E, b → a): a verlettering."""
        lettered = self.unit in ("onderdeel", "item")
        return lettered and bool(self.renumbering) and not any(r.new.isdigit() for r in self.renumbering)

    def old_text(self) -> str:
        """Return the old own text of a changed unit, rebuilt from its word steps."""
        return "".join(op.old for op in self.text)

    def new_text(self) -> str:
        """Return the new own text of a changed unit, rebuilt from its word steps."""
        return "".join(op.new for op in self.text)

    def mirrored(self) -> Change:
        """Return the change as seen from NEW to OLD (inserted becomes deleted, and so on)."""
        return replace(
            self,
            kind=_MIRROR.get(self.kind, self.kind),
            old_eid=self.new_eid,
            new_eid=self.old_eid,
            old_label=self.new_label,
            new_label=self.old_label,
            text=tuple(TextOp(_MIRROR.get(op.op, op.op), op.new, op.old) for op in self.text),
            renumbering=tuple(
                Renumbered(r.new, r.old, r.new_eid, r.old_eid) for r in self.renumbering
            ),
        )

    def as_dict(self) -> dict[str, object]:
        """Return the change as a JSON-ready dict with a stable set of keys."""
        old = {"eid": self.old_eid, "label": self.old_label}
        new = {"eid": self.new_eid, "label": self.new_label}
        out: dict[str, object] = {"kind": self.kind, "unit": self.unit, "key": self.key}
        out["old"] = None if self.kind == "inserted" else old
        out["new"] = None if self.kind == "deleted" else new
        out["text"] = [op.as_dict() for op in self.text]
        out["content"] = self.content
        out["renumbering"] = [r.as_dict() for r in self.renumbering]
        out["caused_by"] = list(self.caused_by)
        out["consequential"] = self.consequential
        return out


@dataclass(frozen=True)
class ChangeSet:
    """Every change from one version of a bill to another: the body's in document order, then
    those of the considerans, the memorie van toelichting and the metadata."""

    old_version: str
    new_version: str
    changes: tuple[Change, ...] = ()
    # (old eId, new eId) of every paired unit, for renderers; not part of the JSON form
    pairs: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    considerans: tuple[Change, ...] = ()
    toelichting: tuple[Change, ...] = ()
    metadata: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        """Tell whether there is any change at all, in the body or around it."""
        return bool(self.changes) or any(self.part(p) for p in PARTS)

    def part(self, name: str) -> tuple[Change, ...]:
        """Return the changes of one part besides the body: "considerans", "toelichting" or
        "metadata"."""
        if name not in PARTS:
            raise ValueError(f"unknown part {name!r}; expected one of {', '.join(PARTS)}")
        return getattr(self, name)

    def count(self) -> int:
        """Return the number of changes in the body and around it."""
        return len(self.changes) + sum(len(self.part(p)) for p in PARTS)

    def of_kind(self, kind: str) -> tuple[Change, ...]:
        """Return the body's changes of one kind, in order."""
        return tuple(c for c in self.changes if c.kind == kind)

    def summary(self) -> dict[str, int]:
        """Return how many changes the body has of each kind, every kind present."""
        return {kind: len(self.of_kind(kind)) for kind in KINDS}

    def mirrored(self) -> ChangeSet:
        """Return the change set as seen from NEW to OLD."""
        changes = tuple(c.mirrored() for c in self.changes)
        pairs = tuple((new, old) for old, new in self.pairs)
        parts = {p: tuple(c.mirrored() for c in self.part(p)) for p in PARTS}
        return ChangeSet(self.new_version, self.old_version, changes, pairs, **parts)

    def as_dict(self) -> dict[str, object]:
        """Return the JSON form documented in docs/diff.md."""
        out: dict[str, object] = {
            "schema": SCHEMA,
            "old": self.old_version,
            "new": self.new_version,
            "summary": self.summary(),
            "changes": [c.as_dict() for c in self.changes],
        }
        out.update((p, [c.as_dict() for c in self.part(p)]) for p in PARTS)
        return out
