"""Why a response's points land where they do: every point with the references found in it,
their place in the point's text and what each resolved to, read as ingest reads them (point by
point, each in the context of the points before it)."""

from __future__ import annotations

from typing import NamedTuple

from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.context import Target
from wetgen.model import Bill


class ReferenceView(NamedTuple):
    """One reference in a point: as written, where, and what it resolved to."""

    text: str
    start: int  # character offsets in the point's text
    end: int
    status: str  # "bill", "amended", "untouched", "other_law", "mvt", "unknown"
    target: Target
    nodes: tuple[tuple[str, str], ...]  # (eId, label) of the bill's nodes it landed on
    words: str  # the target in words: "Huisvestingswet 2014, artikel 12, tweede lid"
    reason: str  # why it landed on no node, or on a coarser one than named

    def to_dict(self) -> dict:
        """Return the reference as plain data (for JSON)."""
        target = {k: v for k, v in self.target._asdict().items() if v}
        return {"text": self.text, "start": self.start, "end": self.end, "status": self.status,
                "target": target, "words": self.words,
                "nodes": [{"eid": e, "label": label} for e, label in self.nodes],
                "reason": self.reason}  # fmt: skip


class PointReferences(NamedTuple):
    """One point of a response with its references and the nodes it was assigned to."""

    number: int  # 1, 2, … in the order of the response
    text: str
    references: tuple[ReferenceView, ...]
    assigned: tuple[tuple[str, str, str], ...]  # (eId, label, method) of each assignment
    reason: str  # why the point is in the general group, when it has no assignment

    def to_dict(self) -> dict:
        """Return the point as plain data (for JSON)."""
        return {"point": self.number, "text": self.text,
                "references": [r.to_dict() for r in self.references],
                "assigned": [{"eid": e, "label": label, "method": m} for e, label, m in self.assigned],
                "reason": self.reason}  # fmt: skip


def explain_references(
    text: str, bill: Bill, analyser: Analyser | None = None
) -> list[PointReferences]:
    """Return every point of a response's text with its references, their spans and targets,
    resolved against `bill` as consultation ingest resolves them."""
    analyser = analyser or Analyser(bill)
    index = analyser.index
    points = []
    for number, (point, result) in enumerate(analyser.analyse_text(text), start=1):
        references = tuple(
            ReferenceView(point.text[res.ref.start : res.ref.end], res.ref.start, res.ref.end, res.status, res.place,
                          tuple((e, index.label(e)) for e in res.nodes), res.target, res.reason)
            for res in result.resolutions
        )  # fmt: skip
        assigned = tuple((a.node, index.label(a.node), a.method) for a in result.assignments)
        points.append(PointReferences(number, point.text, references, assigned, result.reason))
    return points
