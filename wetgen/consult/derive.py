"""What ingest derives from one response: its category, points, references and assignments.

Deriving is a pure function of the response, the bill and the category lists, so a large
batch is spread over the machine's cores (in order, so the store is the same either way).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from wetgen.consult.analyse import Analyser
from wetgen.consult.categories import CategoryLists, categorise
from wetgen.consult.points import point_ids
from wetgen.consult.readers import RawResponse
from wetgen.model import Bill

PARALLEL_FROM = 2_000  # smaller batches are derived in this process: starting workers costs more
_CHUNK = 250


@dataclass
class Derived:
    """The rows derived from one response, ready for the store's tables."""

    category: str
    category_reason: str
    points: list[tuple] = field(default_factory=list)  # (id, response, seq, part, text)
    refs: list[tuple] = field(default_factory=list)
    assignments: list[tuple] = field(default_factory=list)
    unassigned: list[tuple] = field(default_factory=list)


def derive(raw: RawResponse, rid: str, analyser: Analyser, lists: CategoryLists) -> Derived:
    """Return the category and the point rows of one response with id `rid`."""
    body = raw.text + "\n" + "\n".join(a.text for a in raw.attachments)
    derived = Derived(*categorise(raw.name, raw.organisation, raw.email, body, lists))
    parts = [("antwoord", raw.text)] + [(f"bijlage {a.name}", a.text) for a in raw.attachments]
    texts, labels = [], []
    for part, text in parts:
        for point in analyser.points(text):
            texts.append(point)
            labels.append(part)
    for seq, (pid, part, text) in enumerate(zip(point_ids(rid, texts), labels, texts, strict=True)):
        derived.points.append((pid, rid, seq, part, text))
        result = analyser.analyse(text)
        for i, res in enumerate(result.resolutions):
            derived.refs.append(
                (pid, i, res.ref.raw, res.status, res.target, ",".join(res.nodes), res.reason)
            )
        for a in result.assignments:
            derived.assignments.append((pid, a.node, a.method, a.evidence, a.matched, a.score))
        if not result.assignments:
            derived.unassigned.append((pid, result.reason))
    return derived


def derive_all(
    work: Sequence[tuple[RawResponse, str]],
    bill: Bill,
    lists: CategoryLists,
    analyser: Analyser | None = None,
    workers: int | None = None,
) -> Iterator[Derived]:
    """Yield `derive` for each (response, id) in order, on several processes for a large batch."""
    workers = _usable_cores() if workers is None else workers
    if workers < 2 or len(work) < PARALLEL_FROM:
        analyser = analyser or Analyser(bill)
        for raw, rid in work:
            yield derive(raw, rid, analyser, lists)
        return
    with multiprocessing.get_context().Pool(workers, _start_worker, (bill, lists)) as pool:
        yield from pool.imap(_derive_in_worker, work, chunksize=_CHUNK)


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_worker: tuple[Analyser, CategoryLists] | None = None


def _start_worker(bill: Bill, lists: CategoryLists) -> None:
    global _worker
    _worker = (Analyser(bill), lists)


def _derive_in_worker(item: tuple[RawResponse, str]) -> Derived:
    assert _worker is not None, "the pool starts every worker with _start_worker"
    return derive(item[0], item[1], *_worker)
