"""From a response's text to points, references and assignments (with evidence and method)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wetgen.consult.analyse.match import TextMatcher
from wetgen.consult.analyse.points import split_points
from wetgen.consult.analyse.refs import find_references
from wetgen.consult.analyse.resolve import GENERAL, BillIndex, Resolution
from wetgen.model import Bill

_SEE_ATTACHMENT = re.compile(
    r"^\W*(zie|see)\s+(de\s+)?(bijlage|bijgevoegde|attachment|bijgaande)", re.I
)


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
    """Everything derived from one point's text."""

    resolutions: list[Resolution] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    reason: str = ""  # why the point is in the general group, when it has no assignment


class Analyser:
    """Analyses point texts against one bill, remembering results for repeated texts."""

    def __init__(self, bill: Bill) -> None:
        self.index = BillIndex(bill)
        self.matcher = TextMatcher(self.index.nodes)
        self._cache: dict[str, PointResult] = {}

    def points(self, text: str) -> list[str]:
        """Split a text into points."""
        return split_points(text)

    def analyse(self, point: str) -> PointResult:
        """Return the references, assignments or general-group reason of one point."""
        cached = self._cache.get(point)
        if cached is None:
            cached = self._analyse(point)
            if len(self._cache) < 200_000:
                self._cache[point] = cached
        return cached

    def _analyse(self, point: str) -> PointResult:
        result = PointResult()
        for ref in find_references(point):
            result.resolutions.extend(self.index.resolve(ref))
        seen: set[str] = set()
        for res in result.resolutions:
            method = {"bill": "reference", "amended": "amended-law", "mvt": "mvt"}.get(res.status)
            for node in res.nodes if method else ():
                if node not in seen:
                    seen.add(node)
                    result.assignments.append(
                        Assignment(
                            node, method, _passage(point, res.ref.start, res.ref.end), res.ref.raw
                        )
                    )
        if not any(a.method != "mvt" for a in result.assignments):
            for hit in self.matcher.match(point):
                if hit.eid not in seen:
                    seen.add(hit.eid)
                    result.assignments.append(
                        Assignment(
                            hit.eid, hit.method, hit.passage, self.index.label(hit.eid), hit.score
                        )
                    )
        if not result.assignments:
            result.reason = self._reason(point, result.resolutions)
        return result

    def _reason(self, point: str, resolutions: list[Resolution]) -> str:
        if resolutions:
            return "; ".join(dict.fromkeys(r.reason for r in resolutions if r.reason))
        if _SEE_ATTACHMENT.match(point):
            return "verwijst naar de bijlage"
        if len(point.split()) < 4:
            return "te kort om toe te wijzen"
        return "geen verwijzing naar een artikel en geen overeenkomst met de tekst van het wetsvoorstel"


def _passage(text: str, start: int, end: int, width: int = 160) -> str:
    """Return the sentence around a reference, at most about `width` characters each side."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, start - width)
    right_stop = text.find(". ", end)
    right = min(right_stop + 1 if right_stop >= 0 else len(text), end + width)
    return text[left:right].strip()


GENERAL_NODE = GENERAL
