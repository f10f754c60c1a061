"""Ingest in chunks: a large CSV export read as a stream, a chunk at a time through the analysis
and into the store, so memory does not grow with the number of responses.

The same steps as `ingest.store_batch` (ids, digests, derive on the worker pool, the batched
writes, staff work following edited points), applied per chunk of CHUNK responses; the
campaigns are then found over the texts streamed back from the store. Responses of the other
sources (pages, folders, small exports) go first, as the first chunks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.campaign_summary import summarise_campaigns, text_digest
from wetgen.consult.analyse.campaigns import Shingles
from wetgen.consult.analyse.categories import CategoryLists, default_lists
from wetgen.consult.analyse.derive import PARALLEL_FROM, Derived, Workers
from wetgen.consult.analyse.identity import CONTENT_KEYS, has_content_key
from wetgen.consult.analyse.kernel_warmup import prepare_campaign_search
from wetgen.consult.errors import RejectedFile
from wetgen.consult.ingest import (
    IngestReport,
    Versions,
    bind_consulted,
    bind_newer,
    queue_derived,
    queue_response,
    reanalyse_all,
    response_digest,
    store_campaigns,
)
from wetgen.consult.read import READ, Problem, RawResponse
from wetgen.consult.read.collect import Batch, merge
from wetgen.consult.read.table import stream_csv
from wetgen.consult.store import Store
from wetgen.consult.store.identity import assign_id, candidate
from wetgen.consult.store.schema import ProblemRow
from wetgen.gcpause import gc_paused
from wetgen.inputs import DEFAULT_LIMITS, Limits
from wetgen.progress import NULL_PROGRESS, Progress

CHUNK = 20_000  # responses per chunk: a few tens of MB of text and results at a time


class StoredTexts:
    """The compared texts of the store's responses by index, read from the store when asked:
    the campaign summary needs only its members' texts, a page at a time."""

    def __init__(self, store: Store, seqs: list[int]) -> None:
        self.store, self.seqs = store, seqs

    def __len__(self) -> int:
        return len(self.seqs)

    def __getitem__(self, index: int) -> str:
        return self.many([index])[0]

    def many(self, indices: list[int]) -> list[str]:
        """Return the texts at `indices`, read from the store in one query."""
        return self.store.campaign_texts_at([self.seqs[i] for i in indices], READ)


@gc_paused()
def store_stream(
    store: Store,
    batch: Batch,
    streamed: list[Path],
    versions: Versions,
    *,
    mapping: Mapping[str, str] | None = None,
    lists: CategoryLists | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = NULL_PROGRESS,
) -> IngestReport:
    """Store the batch and the streamed exports chunk by chunk, then the campaigns."""
    bill, lists = versions.consulted, lists or default_lists()
    report = IngestReport(problems=list(batch.problems), announced=batch.announced)
    analyser = Analyser(bill)
    warnings: list[str] = []
    prepare_campaign_search(progress)
    with store.transaction():
        # asked once the store is this ingest's to write: another writer may have stored
        # responses while this one waited, and a first ingest does not look its keys up
        first = store.next_seq() == 1  # no response stored yet
        store.mark_campaigns_pending()
        report.rebound = bind_consulted(store, analyser.index, bill, versions.consulted_path)
        report.newer, report.remapped = bind_newer(store, versions)
        _recognise_edited(store, batch, streamed, mapping, limits, report)
        if first:
            store.defer_point_keys()
        seen: set[str] = set()
        given = Given(first, seen)
        next_seq = store.next_seq()
        progress.start("Reacties analyseren", None)
        commits = Commits(store, first)
        with Workers(bill, lists, PARALLEL_FROM, analyser) as workers:
            # One chunk ahead: while the workers derive a chunk, this process writes the one
            # before it, so that the writes and the analysis overlap instead of taking turns
            ahead: tuple[Prepared, Iterator[Derived]] | None = None
            for chunk in _chunks(_responses(batch, streamed, mapping, limits, warnings, report)):
                prepared = _prepare_chunk(store, chunk, next_seq, report, ahead and ahead[0], given)
                next_seq = prepared.next_seq
                derived = workers.start(prepared.work())
                if ahead:
                    _write_chunk(store, *ahead, report)
                    commits.written(len(ahead[0].todo))
                ahead = (prepared, derived)
                seen.update(r.key for r in chunk)
                progress.advance(len(chunk))
            if ahead:
                _write_chunk(store, *ahead, report)
            if report.rebound:
                reanalyse_all(store, analyser, seen)
        report.read = len(seen)
        guids = {k.removeprefix("guid:") for k in seen if k.startswith("guid:")}
        report.listed_missing = len(batch.listed - guids)
        del seen, guids, given  # a million keys: freed before the campaign search
        report.problems += [Problem(w.split(": ", 1)[0], w.split(": ", 1)[-1]) for w in warnings]
        store.add_problems([ProblemRow(p.source, p.message, p.severity) for p in report.problems])
    # The responses are committed before the campaign search and the log folded into the store:
    # the search reads the members back at random, and every page read looks through the whole
    # uncommitted log (gigabytes at a million responses), which made it grow faster than the
    # responses. Should the search be interrupted, the mark tells the readers to ingest again.
    store.checkpoint()
    with store.transaction():
        report.campaigns, report.in_campaigns = _campaigns(store, progress)
    return report


def _responses(
    batch: Batch, streamed: list[Path], mapping, limits, warnings: list[str], report: IngestReport
) -> Iterator[RawResponse]:
    yield from sorted(batch.responses.values(), key=lambda r: r.source)
    for path in streamed:
        naming = 0
        try:
            for response in stream_csv(path, mapping, limits, warnings):
                naming += bool(response.extra.pop("attachment_ids", ""))
                yield response
        except RejectedFile as exc:
            report.problems.append(Problem(str(path), exc.reason, "error"))
        if naming:
            report.problems.append(Problem(str(path), f"{naming} responses name attachments, which "
                                           "are not looked up in an export this large; ingest "
                                           "them as files of their own"))  # fmt: skip


def _chunks(responses: Iterable[RawResponse]) -> Iterator[list[RawResponse]]:
    iterator = iter(responses)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def _recognise_edited(
    store: Store, batch: Batch, streamed: list[Path], mapping, limits, report: IngestReport
) -> None:
    """When the store holds responses keyed by their contents, read the exports' keys once and
    recognise the edited ones (the store re-keys them)."""
    stored = set(store.keys_like(CONTENT_KEYS))
    if not stored:
        return
    keys: set[str] = set()
    new = []
    for response in chain(batch.responses.values(),
                          *(stream_csv(p, mapping, limits) for p in streamed)):  # fmt: skip
        keys.add(response.key)
        if has_content_key(response.key) and response.key not in stored:
            new.append(candidate(response))
    matches, notes = store.rekey_edited(sorted(stored - keys), new)
    report.recognised = len(matches)
    report.problems += [Problem("herkenning", note) for note in notes]


class Commits:
    """When a first ingest commits: after the first chunk, then each time the responses written
    since the last commit reach the number committed then.

    A first ingest has no staff work to keep consistent, so it commits along the way: a stopped
    ingest keeps at least half of what it wrote, and a re-run goes on from there. Each commit
    writes every page the chunks since the last one touched, and at random keys that is nearly
    every page of the indexes; committing each chunk made the commits grow with the square of
    the responses, doubling the interval keeps their sum within twice the final store.
    """

    def __init__(self, store: Store, first: bool) -> None:
        self.store, self.first = store, first
        self.committed, self.pending = 0, 0

    def written(self, responses: int) -> None:
        """Count `responses` written, and commit when the interval is reached."""
        self.pending += responses
        if self.first and self.pending >= max(self.committed, 1):
            self.store.commit_and_continue()
            self.committed += self.pending
            self.pending = 0


class Given:
    """The keys read and the ids given out so far by this ingest.

    When the store held no response before the ingest began, a key or id not among them is not
    in the store either, and is not looked up there: a chunk's keys and ids are random, so their
    look-ups read nearly every page of two indexes, and once those outgrow the page cache the
    reads grew faster than the responses.
    """

    def __init__(self, first: bool, keys: set[str]) -> None:
        self.first, self.keys = first, keys
        self.ids: set[str] = set()

    def stored_keys(self, keys: list[str]) -> list[str]:
        """Return those of `keys` that may be in the store."""
        return [k for k in keys if k in self.keys] if self.first else keys

    def stored_ids(self, ids: list[str]) -> list[str]:
        """Return those of `ids` that may be in the store."""
        return [i for i in ids if i in self.ids] if self.first else ids

    def add(self, added: dict[str, tuple[str, str, int]]) -> None:
        """Count the ids of a prepared chunk's new responses as given (their keys are read)."""
        if self.first:
            self.ids.update(rid for rid, _, _ in added.values())


@dataclass
class Prepared:
    """A chunk ready to be derived and written: each response with its identity (id, digest,
    seq) and whether it replaces the stored one, and the keys it adds."""

    todo: list[tuple[RawResponse, tuple[str, str, int], bool]]
    added: dict[str, tuple[str, str, int]]
    next_seq: int

    def work(self) -> list[tuple[RawResponse, str]]:
        """Return the (response, id) pairs the workers derive."""
        return [(raw, identity[0]) for raw, identity, _ in self.todo]


def _prepare_chunk(
    store: Store, chunk: list[RawResponse], next_seq: int, report: IngestReport,
    unwritten: Prepared | None, given: Given,
) -> Prepared:  # fmt: skip
    """Give each response of a chunk its identity; `unwritten` is the chunk before, being
    derived and not yet in the store, whose keys and ids count as stored."""
    merged: dict[str, RawResponse] = {}
    for raw in chunk:  # the same key twice in one chunk is one response, as in a batch
        merged[raw.key] = merge(merged[raw.key], raw) if raw.key in merged else raw
    chunk = list(merged.values())
    known = store.identities(given.stored_keys([r.key for r in chunk]))
    before = unwritten.added if unwritten else {}
    known.update({r.key: before[r.key] for r in chunk if r.key in before})
    fresh = {r.key: r for r in chunk if r.key not in known}
    owner = store.id_owners(given.stored_ids(sorted({_proposed(k) for k in fresh})))
    owner.update({identity[0]: key for key, identity in before.items()})
    problems: list[tuple[str, str]] = []
    todo, added = [], {}
    for raw in chunk:
        digest = response_digest(raw)
        if raw.key in known:
            rid, old_digest, seq = known[raw.key]
            if old_digest == digest and not report.rebound:
                report.unchanged += 1
                continue
            report.updated += 1
            todo.append((raw, (rid, digest, seq), True))
        else:
            rid = assign_id(raw.key, owner, raw.source, problems)
            known[raw.key] = added[raw.key] = (rid, digest, next_seq)
            todo.append((raw, (rid, digest, next_seq), False))
            next_seq += 1
            report.added += 1
    report.problems += [Problem(where, message) for where, message in problems]
    given.add(added)
    return Prepared(todo, added, next_seq)


def _write_chunk(
    store: Store, prepared: Prepared, derived: Iterator[Derived], report: IngestReport
) -> None:
    """Write a prepared chunk's responses and the rows derived from them."""
    buffer = store.buffer()
    for (raw, identity, replace), rows in zip(prepared.todo, derived, strict=True):
        report.detached += queue_response(store, buffer, raw, identity, rows, replace)
        report.points += queue_derived(buffer, rows)
        if rows.problem:
            report.problems.append(Problem(raw.source, rows.problem))
        buffer.flush_if_full()
    buffer.flush()


def _proposed(key: str) -> str:
    # looked up through the module, so a test can force a collision
    from wetgen.consult.store import identity

    return identity.response_id(key)


def _campaigns(store: Store, progress: Progress) -> tuple[int, int]:
    """Find the campaigns over every stored response's text, streamed from the store."""
    progress.start("Campagnes zoeken", None)
    ids: list[str] = []
    public: list[int] = []
    seqs: list[int] = []
    digests: list[bytes] = []  # the copies of a campaign told apart without reading them again

    def texts(reader: Store) -> Iterator[str]:
        for rid, text, is_public, seq in reader.stream_campaign_texts(READ):
            ids.append(rid)
            public.append(is_public)
            seqs.append(seq)
            digests.append(text_digest(text))
            yield text

    if store.keys_deferred:
        # a first ingest builds the point keys it dropped while the texts are shingled, which
        # reads the committed responses through a second connection
        with store.reader() as reader, store.point_keys_built_meanwhile():
            shingles = Shingles(texts(reader))
    else:
        shingles = Shingles(texts(store))
    stored = StoredTexts(store, seqs)
    summaries = summarise_campaigns(
        stored, public, seqs, progress, shingles=shingles, fetch=stored.many, digests=digests
    )
    return store_campaigns(store, summaries, ids, stored)
