"""Ingest: the consultation's stages in order, read → analyse → store.

Reads the sources (wetgen.consult.read), analyses every new or changed response
(wetgen.consult.analyse, on worker processes for a large batch) and writes the result through
the Store. Idempotent and incremental: a response is identified by its key (GUID, id column,
file path or row content), re-reading an unchanged response changes nothing, a changed one is
updated in place, and staff tables are never touched.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.campaign_summary import (
    CampaignSummary,
    campaign_text,
    summarise_campaigns,
)
from wetgen.consult.analyse.categories import CategoryLists, default_lists
from wetgen.consult.analyse.derive import Derived, Workers, derive_points
from wetgen.consult.analyse.resolve import GENERAL, GENERAL_LABEL, MVT, MVT_LABEL, BillIndex
from wetgen.consult.read import READ, Attachment, Problem, RawResponse
from wetgen.consult.read.collect import Batch, collect
from wetgen.consult.store import IngestBuffer, Store, open_store
from wetgen.consult.store.schema import (
    AttachmentRow,
    CampaignRow,
    MemberRow,
    NodeRow,
    ProblemRow,
    ResponseRow,
    TouchRow,
)
from wetgen.gcpause import gc_paused
from wetgen.inputs import DEFAULT_LIMITS, Limits
from wetgen.model import Bill
from wetgen.progress import NULL_PROGRESS, Progress


@dataclass
class IngestReport:
    """What an ingest did, for the CLI to show."""

    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    points: int = 0
    campaigns: int = 0
    in_campaigns: int = 0
    problems: list[Problem] = field(default_factory=list)
    listed_missing: int = 0
    announced: int | None = None
    rebound: bool = False  # the bill version differs from the one in the store


def response_id(key: str) -> str:
    """Return the stable id of a response from its key."""
    return "R" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def default_db(sources: list[Path]) -> Path:
    """Return the default store path: consult.sqlite next to the first source."""
    first = sources[0]
    folder = first if first.is_dir() else first.parent
    return folder / "consult.sqlite"


def ingest(
    sources: list[Path],
    bill: Bill,
    db: Path,
    *,
    bill_path: str = "",
    mapping: Mapping[str, str] | None = None,
    lists: CategoryLists | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = NULL_PROGRESS,
) -> IngestReport:
    """Read the sources into the store at `db`, resolved against `bill`; return what happened."""
    batch = collect(sources, mapping, limits, progress)
    with open_store(db) as store:
        return store_batch(store, batch, bill, bill_path=bill_path, lists=lists, progress=progress)


@gc_paused()
def store_batch(
    store: Store,
    batch: Batch,
    bill: Bill,
    *,
    bill_path: str = "",
    lists: CategoryLists | None = None,
    progress: Progress = NULL_PROGRESS,
) -> IngestReport:
    """Store a batch of responses and recompute everything derived from it."""
    read = len(batch.responses)
    analyser = Analyser(bill)
    lists = lists or default_lists()
    with store.transaction():
        report = IngestReport(read=read, announced=batch.announced)
        report.rebound = _bind_bill(store, analyser.index, bill, bill_path)
        existing = store.response_digests()
        _drop_collisions(batch, existing)
        report.problems = list(batch.problems)
        next_seq = max((s for _, s in existing.values()), default=0) + 1
        progress.start("Reacties analyseren", len(batch.responses))
        todo = []  # (response, digest, seq, replace) of every new or changed response
        for key in sorted(batch.responses, key=lambda k: batch.responses[k].source):
            raw = batch.responses[key]
            digest = _digest(raw)
            old = existing.get(key)
            if old and old[0] == digest and not report.rebound:
                report.unchanged += 1
                progress.advance()
                continue
            todo.append((raw, digest, old[1] if old else next_seq, bool(old)))
            next_seq += 0 if old else 1
            report.updated += bool(old)
            report.added += not old
        buffer = store.buffer()
        work = [(raw, response_id(raw.key)) for raw, *_ in todo]
        texts, public, seqs, ids = _campaign_inputs(store, todo)
        with Workers(bill, lists, len(work), analyser) as workers:
            # the campaigns need only the texts: on a worker, they are found during the analysis
            found = None
            if workers.parallel:
                found = workers.submit(summarise_campaigns, texts, public, seqs)
            for (raw, digest, seq, replace), derived in zip(
                todo, workers.derive_all(work), strict=True
            ):
                _queue_response(store, buffer, raw, digest, seq, derived, replace=replace)
                report.points += _queue_derived(buffer, derived)
                buffer.flush_if_full()
                progress.advance()
            buffer.flush()
            if report.rebound:
                _reanalyse_all(store, analyser, batch)
            store.add_problems([ProblemRow(p.source, p.message, p.severity) for p in batch.problems])
            if found is None:
                summaries = summarise_campaigns(texts, public, seqs, progress)
            else:
                progress.start("Campagnes zoeken", None)
                summaries = found.get()
        report.campaigns, report.in_campaigns = _store_campaigns(store, summaries, ids, texts)
    guids = {k.removeprefix("guid:") for k in batch.responses if k.startswith("guid:")}
    report.listed_missing = len(batch.listed - guids)
    return report


def _drop_collisions(batch: Batch, stored: Mapping[str, object]) -> None:
    """Leave out a response whose id is that of another response (stored, or earlier in this
    batch), with a problem naming both: two keys, one id would mix two respondents' work."""
    owners = {response_id(key): key for key in stored}
    for key in sorted(batch.responses, key=lambda k: (batch.responses[k].source, k)):
        rid = response_id(key)
        owner = owners.setdefault(rid, key)
        if owner != key:
            raw = batch.responses.pop(key)
            where = batch.responses[owner].source if owner in batch.responses else owner
            batch.problems.append(Problem(
                raw.source, f"its response id {rid} is also that of {where}: not stored "
                "(an id collision)", "error",
            ))  # fmt: skip


def _bind_bill(store: Store, index: BillIndex, bill: Bill, bill_path: str) -> bool:
    """Store the bill's nodes when the bill differs from the stored one; tell whether it did."""
    fingerprint = hashlib.sha1(
        json.dumps([(n.eid, n.label, n.text) for n in index.nodes], ensure_ascii=False).encode()
    ).hexdigest()
    old = store.meta("bill_fingerprint")
    if old == fingerprint:
        return False
    nodes = [
        NodeRow(GENERAL, 0, "algemeen", GENERAL_LABEL, "", ""),
        NodeRow(MVT, 1, "toelichting", MVT_LABEL, "", ""),
    ]
    nodes += [NodeRow(n.eid, i + 2, n.kind, n.label, n.text, n.parent)
              for i, n in enumerate(index.nodes)]  # fmt: skip
    touches = [
        TouchRow(eid, number)
        for a in index.amended
        for number, places in a.by_article.items()
        for eid, _ in places
    ]
    store.bind_bill(nodes, touches, {
        "bill_fingerprint": fingerprint,
        "bill_citeertitel": bill.citeertitel,
        "bill_version": f"{bill.version.label} ({bill.version.date})",
        "bill_path": bill_path,
    })  # fmt: skip
    return bool(old)


def _digest(raw: RawResponse) -> str:
    fields = [raw.key, raw.origin, raw.name, raw.place, raw.organisation, raw.email,
              raw.submitted, raw.public, raw.text, [(a.name, a.status, a.message, a.text) for a in raw.attachments]]  # fmt: skip
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def _queue_response(
    store: Store,
    buffer: IngestBuffer,
    raw: RawResponse,
    digest: str,
    seq: int,
    derived: Derived,
    replace: bool,
) -> None:
    rid = response_id(raw.key)
    if replace:
        store.delete_response(rid)
    buffer.add("responses", ResponseRow(
        rid, raw.key, seq, raw.origin, raw.source, raw.name, raw.place, raw.organisation,
        raw.email, raw.submitted, int(raw.public), raw.text, digest, derived.category,
        derived.category_reason,
    ))  # fmt: skip
    for i, a in enumerate(raw.attachments):
        buffer.add("attachments", AttachmentRow(rid, i, a.name, a.status, a.message, a.text))


def _queue_derived(buffer: IngestBuffer, derived: Derived) -> int:
    """Queue the point rows of one response; return how many points it has."""
    for table in ("points", "refs", "assignments", "unassigned"):
        buffer.extend(table, getattr(derived, table))
    return len(derived.points)


def _reanalyse_all(store: Store, analyser: Analyser, batch: Batch) -> None:
    """Re-derive points of responses not in this batch after the bill version changed."""
    keys = set(batch.responses)
    for rid, key, text, attachments in store.stored_responses():
        if key in keys:
            continue
        store.delete_points(rid)
        raw = RawResponse(key=key, origin="", source="", text=text)
        raw.attachments = [Attachment(n, t) for n, t in attachments]
        pending = store.buffer()
        _queue_derived(pending, derive_points(raw, rid, analyser))
        pending.flush()


def _campaign_inputs(
    store: Store, todo: list[tuple[RawResponse, str, int, bool]]
) -> tuple[list[str], list[int], list[int], list[str]]:
    """Return the texts, public flags, seqs and ids of every response the store will hold, in
    store order: the stored ones as they are, the new and changed ones as this batch has them."""
    inputs = {
        rid: (campaign_text(text, read), public, seq)
        for rid, (text, read, public, seq) in store.campaign_sources(READ).items()
    }
    for raw, _, seq, _ in todo:
        read = [a.text for a in raw.attachments if a.status in READ]
        inputs[response_id(raw.key)] = (campaign_text(raw.text, read), int(raw.public), seq)
    ids = sorted(inputs, key=lambda rid: inputs[rid][2])
    texts = [inputs[rid][0] for rid in ids]
    return texts, [inputs[rid][1] for rid in ids], [inputs[rid][2] for rid in ids], ids


def _store_campaigns(
    store: Store, summaries: list[CampaignSummary], ids: list[str], texts: list[str]
) -> tuple[int, int]:
    """Replace the stored campaigns; return (campaigns, responses in them)."""
    campaigns, members = [], []
    for summary in summaries:
        rep = summary.representative
        cid = "C" + ids[rep][1:]
        campaigns.append(CampaignRow(cid, ids[rep], len(summary.members), texts[rep]))
        members += [MemberRow(ids[i], cid, similarity, added)
                    for i, similarity, added in summary.members]  # fmt: skip
    store.replace_campaigns(campaigns, members)
    return len(summaries), len(members)
