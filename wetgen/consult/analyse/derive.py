"""What ingest derives from one response: its category, points, references and assignments.

Deriving is a pure function of the response, the bill and the category lists, so a large
batch is spread over the machine's cores (in order, so the store is the same either way); the
same worker processes take other pure jobs of the ingest, such as finding the campaigns.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeVar

from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.assign import PointResult
from wetgen.consult.analyse.categories import CategoryLists, categorise
from wetgen.consult.analyse.points import Point, point_ids
from wetgen.consult.read import RawResponse
from wetgen.gcpause import gc_paused
from wetgen.model import Bill

UNANALYSED = "de tekst kon niet worden geanalyseerd"
PARALLEL_FROM = 2_000  # smaller batches are derived in this process: starting workers costs more
_CHUNK = 250
T = TypeVar("T")


@dataclass
class Derived:
    """The rows derived from one response, ready for the store's tables."""

    category: str = ""
    category_reason: str = ""
    points: list[tuple] = field(default_factory=list)  # (id, response, seq, part, text)
    refs: list[tuple] = field(default_factory=list)
    assignments: list[tuple] = field(default_factory=list)
    unassigned: list[tuple] = field(default_factory=list)
    problem: str = ""  # why a text of the response was stored without its analysis


def derive(raw: RawResponse, rid: str, analyser: Analyser, lists: CategoryLists) -> Derived:
    """Return the category and the point rows of one response with id `rid`."""
    derived = derive_points(raw, rid, analyser)
    body = raw.text + "\n" + "\n".join(a.text for a in raw.attachments)
    derived.category, derived.category_reason = categorise(
        raw.name, raw.organisation, raw.email, body, lists
    )
    return derived


def derive_points(raw: RawResponse, rid: str, analyser: Analyser) -> Derived:
    """Return the point rows of one response with id `rid` (no category)."""
    derived = Derived()
    parts = [("antwoord", raw.text)] + [(f"bijlage {a.name}", a.text) for a in raw.attachments]
    texts, labels, results = [], [], []
    for part, text in parts:
        try:
            analysed = analyser.analyse_text(text)
        except Exception as exc:  # noqa: BLE001 - one response's text must not stop the batch
            # kept whole, in the general group, and reported: staff still see every word
            derived.problem = f"{part}: not analysed ({type(exc).__name__}); stored as one point in the general group"
            analysed = [(Point(text), PointResult(reason=UNANALYSED))]
        for point, result in analysed:
            texts.append(point.text)
            labels.append(part)
            results.append(result)
    rows = zip(point_ids(rid, texts), labels, texts, results, strict=True)
    for seq, (pid, part, text, result) in enumerate(rows):
        derived.points.append((pid, rid, seq, part, text))
        for i, res in enumerate(result.resolutions):
            derived.refs.append(
                (pid, i, res.ref.raw, res.status, res.target, ",".join(res.nodes), res.reason)
            )
        for a in result.assignments:
            derived.assignments.append((pid, a.node, a.method, a.evidence, a.matched, a.score))
        if not result.assignments:
            derived.unassigned.append((pid, result.reason))
    return derived


class Workers:
    """The worker processes of one ingest (one per core), or none for a small batch.

    Use as a context manager. Without workers, `derive_all` runs in this process and
    `parallel` is false, so the caller runs other jobs itself.
    """

    def __init__(self, bill: Bill, lists: CategoryLists, size: int, analyser: Analyser) -> None:
        self.bill, self.lists, self.analyser = bill, lists, analyser
        self.count = _usable_cores() if size >= PARALLEL_FROM else 1
        self._pool: Pool | None = None

    @property
    def parallel(self) -> bool:
        """Whether work goes to worker processes."""
        return self.count > 1

    def __enter__(self) -> Workers:
        if self.parallel:
            # workers start clean instead of as a copy of this process: they do not carry the
            # whole batch in memory, nor the threads of a progress bar (unsafe to fork)
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            self._pool = context.Pool(self.count, _start_worker, (self.bill, self.lists))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()

    def submit(self, function: Callable[..., T], *args: object) -> AsyncResult[T]:
        """Start `function(*args)` on a worker; `.get()` on the result waits for it."""
        assert self._pool is not None, "submit needs worker processes (see `parallel`)"
        return self._pool.apply_async(function, args)

    def derive_all(self, work: Sequence[tuple[RawResponse, str]]) -> Iterator[Derived]:
        """Yield `derive` for each (response, id) in order."""
        if self._pool is None:
            for raw, rid in work:
                yield derive(raw, rid, self.analyser, self.lists)
            return
        pending: deque = deque()  # a few chunks ahead of the writer, so results do not pile up
        for start in range(0, len(work), _CHUNK):
            chunk = work[start : start + _CHUNK]
            pending.append(self._pool.apply_async(_derive_chunk, (chunk,)))
            if len(pending) > 2 * self.count:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def start(self, work: Sequence[tuple[RawResponse, str]]) -> Iterator[Derived]:
        """Start deriving every (response, id) of `work` now; return the results in order.

        Unlike `derive_all`, the whole of `work` is handed to the workers at once, so that they
        derive it while this process does something else (a chunked ingest writes the chunk
        before); without workers, deriving happens as the results are read.
        """
        if self._pool is None:
            return self.derive_all(work)
        started = [self._pool.apply_async(_derive_chunk, (work[i : i + _CHUNK],))
                   for i in range(0, len(work), _CHUNK)]  # fmt: skip
        return (derived for result in started for derived in result.get())


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_worker: tuple[Analyser, CategoryLists] | None = None


def _start_worker(bill: Bill, lists: CategoryLists) -> None:
    global _worker
    _worker = (Analyser(bill), lists)


def _derive_chunk(items: Sequence[tuple[RawResponse, str]]) -> list[Derived]:
    assert _worker is not None, "the pool starts every worker with _start_worker"
    with gc_paused():
        return [derive(raw, rid, *_worker) for raw, rid in items]
