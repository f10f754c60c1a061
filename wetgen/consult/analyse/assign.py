"""What a point is placed on: the units its references resolved to, else the units whose wording
it quotes or paraphrases; and, for a point placed nowhere, the reason in words for staff."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from wetgen.consult.analyse.points import passage
from wetgen.consult.analyse.resolve import Resolution

_SEE_ATTACHMENT = re.compile(
    r"^\W*(zie|see)\s+(de\s+)?(bijlage|bijgevoegde|attachment|bijgaande)", re.I
)
_METHODS = {"bill": "reference", "amended": "amended-law", "mvt": "mvt"}


@dataclass(frozen=True)
class Assignment:
    """A point placed on a node, with the passage and the reference (or wording) that placed it."""

    node: str
    method: str  # "reference", "amended-law", "mvt", "quote", "paraphrase"
    evidence: str
    matched: str
    score: float = 1.0


@dataclass
class PointResult:
    """Everything derived from one point's text (reference spans are within that text)."""

    resolutions: list[Resolution] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    reason: str = ""  # why the point is in the general group, when it has no assignment


def assign(point: str, result: PointResult, hits: Callable[[str], list], label: Callable[[str], str]) -> None:
    """Place a point on the nodes its references resolved to; with none but the MvT, on those
    whose wording it quotes or paraphrases (`hits`); else give the reason it has no place."""
    seen: set[str] = set()
    for res in result.resolutions:
        method = _METHODS.get(res.status)
        for node in res.nodes if method else ():
            if node not in seen:
                seen.add(node)
                evidence = passage(point, res.ref.start, res.ref.end)
                result.assignments.append(Assignment(node, method, evidence, res.ref.raw))
    if not any(a.method != "mvt" for a in result.assignments):
        for hit in hits(point):
            if hit.eid not in seen:
                seen.add(hit.eid)
                result.assignments.append(Assignment(hit.eid, hit.method, hit.passage, label(hit.eid), hit.score))
    if not result.assignments:
        result.reason = _reason(point, result.resolutions)


def _reason(point: str, resolutions: list[Resolution]) -> str:
    if resolutions:
        return "; ".join(dict.fromkeys(r.reason for r in resolutions if r.reason))
    if _SEE_ATTACHMENT.match(point):
        return "verwijst naar de bijlage"
    if len(point.split()) < 4:
        return "te kort om toe te wijzen"
    return "geen verwijzing naar een artikel en geen overeenkomst met de tekst van het wetsvoorstel"
