"""Ingest: the consultation's stages in order, read → analyse → store.

Reads the sources (wetgen.consult.read), analyses every new or changed response
(wetgen.consult.analyse, on worker processes for a large batch) and writes the result through
the Store. Idempotent and incremental: a response is identified by its key (GUID, id column,
file path or row content) or, when a key made from the contents changed with an edit, by its
respondent and text (wetgen.consult.store.identity); re-reading an unchanged response changes
nothing, a changed one is updated in place under the same id, and the staff work on its points
follows the edited points (or is detached, reported and kept).
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
from wetgen.consult.analyse.kernel_warmup import prepare_campaign_search
from wetgen.consult.analyse.resolve import GENERAL, GENERAL_LABEL, MVT, MVT_LABEL, BillIndex
from wetgen.consult.errors import StoreError
from wetgen.consult.read import READ, Attachment, Problem, RawResponse
from wetgen.consult.read.collect import CUT, Batch, collect
from wetgen.consult.store import IngestBuffer, Recognition, Store, open_store, response_id
from wetgen.consult.store.schema import (
    AttachmentRow,
    CampaignRow,
    MemberRow,
    NodeRow,
    ProblemRow,
    ResponseRow,
    TouchRow,
    VersionUnitRow,
)
from wetgen.dump import dump_bill
from wetgen.errors import WetgenError
from wetgen.gcpause import gc_paused
from wetgen.inputs import DEFAULT_LIMITS, Limits
from wetgen.loader import load_bill, load_text
from wetgen.model import Bill
from wetgen.progress import NULL_PROGRESS, Progress

__all__ = [
    "IngestReport",
    "Versions",
    "ingest",
    "response_id",
    "store_batch",
]  # response_id: a new response's id (96 bits)

STREAM_FROM = 64 * 2**20  # about 90,000 responses: larger CSV exports are ingested in chunks


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
    rebound: bool = False  # the consulted bill differs from the one in the store
    newer: str = ""  # the version after consultation the points were mapped to, if any
    remapped: bool = False  # that version (or the consulted one) changed: the map was redone
    recognised: int = 0  # responses whose key changed, recognised by respondent or text
    detached: list[str] = field(default_factory=list)  # staff work no edited point matched


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
    newer: Bill | None = None,
    newer_path: str = "",
    mapping: Mapping[str, str] | None = None,
    lists: CategoryLists | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = NULL_PROGRESS,
) -> IngestReport:
    """Read the sources into the store at `db` and return what happened.

    `bill` is the consulted version, unless the store already holds a consulted version of
    which `bill` is another version: then `bill` is the version after consultation (as is
    `newer` when given), the points stay resolved against the consulted version and are mapped
    to the newer one through the structural diff (wetgen.consult.analyse.versions).
    """
    streamed = [s for s in sources if streams(s)]
    rest = [s for s in sources if s not in streamed]
    batch = collect(rest, mapping, limits, progress) if rest else Batch()
    with open_store(db) as store:
        versions = choose_versions(store, bill, bill_path, newer, newer_path)
        if not streamed:
            return store_batch(store, batch, versions, lists=lists, progress=progress)
        # imported here: ingest_stream builds on this module's steps
        from wetgen.consult.ingest_stream import store_stream

        return store_stream(store, batch, streamed, versions, mapping=mapping, lists=lists,
                            limits=limits, progress=progress)  # fmt: skip


def streams(source: Path) -> bool:
    """Tell whether a source is read as a stream: a CSV export of STREAM_FROM bytes or more."""
    return (
        source.suffix.lower() == ".csv"
        and source.is_file()
        and source.stat().st_size >= STREAM_FROM
    )


@gc_paused()
def store_batch(
    store: Store,
    batch: Batch,
    versions: Versions,
    *,
    lists: CategoryLists | None = None,
    progress: Progress = NULL_PROGRESS,
) -> IngestReport:
    """Store a batch of responses and recompute everything derived from it."""
    bill = versions.consulted
    report = IngestReport(read=len(batch.responses), announced=batch.announced)
    analyser = Analyser(bill)
    lists = lists or default_lists()
    prepare_campaign_search(progress)  # the first ingest after installing compiles it, visibly
    with store.transaction():
        report.rebound = bind_consulted(store, analyser.index, bill, versions.consulted_path)
        report.newer, report.remapped = bind_newer(store, versions)
        recognition = store.recognise(batch.responses)
        report.recognised = len(recognition.matched)
        batch.problems += [Problem(where, message) for where, message in recognition.problems]
        report.problems = list(batch.problems)
        existing = store.response_digests()
        next_seq = max((s for _, s in existing.values()), default=0) + 1
        progress.start("Reacties analyseren", len(batch.responses))
        todo = []  # (response, digest, seq, replace) of every new or changed response
        for key in sorted(batch.responses, key=lambda k: batch.responses[k].source):
            raw = batch.responses[key]
            digest = response_digest(raw)
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
        work = [(raw, recognition.ids[raw.key]) for raw, *_ in todo]
        texts, public, seqs, ids = _campaign_inputs(store, todo, recognition)
        with Workers(bill, lists, len(work), analyser) as workers:
            # the campaigns need only the texts: on a worker, they are found during the analysis
            found = None
            if workers.parallel:
                found = workers.submit(summarise_campaigns, texts, public, seqs)
            for (raw, digest, seq, replace), derived in zip(
                todo, workers.derive_all(work), strict=True
            ):
                report.detached += queue_response(
                    store, buffer, raw, (recognition.ids[raw.key], digest, seq), derived, replace
                )
                report.points += queue_derived(buffer, derived)
                if derived.problem:  # stored with the batch's problems, and said
                    batch.problems.append(Problem(raw.source, derived.problem))
                    report.problems.append(batch.problems[-1])
                buffer.flush_if_full()
                progress.advance()
            buffer.flush()
            if report.rebound:
                reanalyse_all(store, analyser, batch.responses)
            store.add_problems(
                [ProblemRow(p.source, p.message, p.severity) for p in batch.problems]
            )
            if found is None:
                summaries = summarise_campaigns(texts, public, seqs, progress)
            else:
                progress.start("Campagnes zoeken", None)
                summaries = found.get()
        report.campaigns, report.in_campaigns = store_campaigns(store, summaries, ids, texts)
    guids = {k.removeprefix("guid:") for k in batch.responses if k.startswith("guid:")}
    report.listed_missing = len(batch.listed - guids)
    return report


@dataclass(frozen=True)
class Versions:
    """The version of the bill that was consulted, and the one after consultation if known."""

    consulted: Bill
    consulted_path: str = ""
    newer: Bill | None = None
    newer_path: str = ""


def choose_versions(
    store: Store, bill: Bill, bill_path: str = "", newer: Bill | None = None, newer_path: str = ""
) -> Versions:
    """Decide which bill is the consulted version and which the newer one, for this store.

    A store keeps the version it was first ingested against. A `bill` of the same version
    (label, date and stage) replaces it (a corrected draft: every point is resolved again);
    a `bill` of another, later version is the newer one; an earlier one becomes the consulted
    version and the stored one the newer. Without a newer version given, the one the
    store already maps to is kept.
    """
    stored = consulted_bill(store)
    if newer is not None or stored is None or same_version(stored, bill):
        if newer is None:
            newer, newer_path = _stored_bill(store, "newer_draft"), store.meta("newer_path")
        return Versions(bill, bill_path, newer, newer_path)
    if bill.version.date < stored.version.date:  # the store was first given the later version
        return Versions(bill, bill_path, stored, store.meta("bill_path"))
    return Versions(stored, store.meta("bill_path"), bill, bill_path)


def same_version(a: Bill, b: Bill) -> bool:
    """Tell whether two bills are the same version (label, date and stage), maybe corrected."""
    return (a.version.label, a.version.date, a.version.stage) == (
        b.version.label, b.version.date, b.version.stage,
    )  # fmt: skip


def consulted_bill(store: Store) -> Bill | None:
    """Return the consulted bill as the store keeps it (or its draft file, in an older store)."""
    return _stored_bill(store, "consulted_draft") or _first_store_bill(store)


def _stored_bill(store: Store, key: str) -> Bill | None:
    """Return a bill version the store keeps as YAML, or None when it keeps none."""
    text = store.meta(key)
    if not text:
        return None
    result = load_text(text, path=f"<{key} in the store>")
    if result.bill is None or not result.ok:
        raise StoreError(
            f"the store's copy of the bill ({key}) no longer loads; ingest again into a new store"
        )
    return result.bill


def _first_store_bill(store: Store) -> Bill | None:
    """Return the consulted bill of a store made before stores kept it: the draft it names, if
    that file is still the bill the store's nodes were made from."""
    path = Path(store.meta("bill_path") or ".")
    if not path.is_file():
        return None
    try:
        bill = load_bill(path)
    except WetgenError:
        return None
    return bill if bill_fingerprint(BillIndex(bill)) == store.meta("bill_fingerprint") else None


def bind_newer(store: Store, versions: Versions) -> tuple[str, bool]:
    """Map the consulted bill's units to the newer version when either changed; return the
    newer version's label ("" without one) and whether the map was made again."""
    newer = versions.newer
    if newer is None:
        return "", False
    consulted_yaml, newer_yaml = dump_bill(versions.consulted), dump_bill(newer)
    fingerprint = hashlib.sha1(f"{consulted_yaml}\x00{newer_yaml}".encode()).hexdigest()
    label = f"{newer.version.label} ({newer.version.date})"
    if store.meta("newer_fingerprint") == fingerprint:
        return label, False
    # imported here: the diff is needed only when a newer version comes in (ingest stays lean)
    from wetgen.consult.analyse.versions import map_versions

    units = [VersionUnitRow(*u) for u in map_versions(versions.consulted, newer)]
    store.bind_newer(units, {
        "newer_fingerprint": fingerprint, "newer_version": label,
        "newer_path": versions.newer_path, "newer_draft": newer_yaml,
    })  # fmt: skip
    return label, True


def bind_consulted(store: Store, index: BillIndex, bill: Bill, bill_path: str) -> bool:
    """Store the bill's nodes when the bill differs from the stored one; tell whether it did."""
    fingerprint = bill_fingerprint(index)
    old = store.meta("bill_fingerprint")
    if old == fingerprint:
        if not store.meta("consulted_draft"):
            store.set_meta("consulted_draft", dump_bill(bill))
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
        "consulted_draft": dump_bill(bill),
    })  # fmt: skip
    return bool(old)


def bill_fingerprint(index: BillIndex) -> str:
    """Return a hash of a bill's nodes: what the points are resolved against."""
    nodes = [(n.eid, n.label, n.text) for n in index.nodes]
    return hashlib.sha1(json.dumps(nodes, ensure_ascii=False).encode()).hexdigest()


def response_digest(raw: RawResponse) -> str:
    """Return the digest of everything read of a response: a change means it is stored again. Of a file read only in
    part (at the time, page or text limit), its bytes stand for its text, so that re-reading it unchanged changes nothing."""
    text = f"{CUT}:{raw.extra[CUT]}" if raw.extra.get(CUT) else raw.text
    fields = [raw.key, raw.origin, raw.name, raw.place, raw.organisation, raw.email,
              raw.submitted, raw.public, text, [(a.name, a.status, a.message, a.text) for a in raw.attachments]]  # fmt: skip
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def queue_response(
    store: Store,
    buffer: IngestBuffer,
    raw: RawResponse,
    identity: tuple[str, str, int],
    derived: Derived,
    replace: bool,
) -> list[str]:
    """Queue a response's rows (replacing the stored ones, its staff work moved to the edited
    points); return a message for every point whose staff work was detached."""
    rid, digest, seq = identity
    detached = []
    if replace:
        detached = store.reattach(rid, derived.points)
        store.delete_response(rid)
    buffer.add("responses", ResponseRow(
        rid, raw.key, seq, raw.origin, raw.source, raw.name, raw.place, raw.organisation,
        raw.email, raw.submitted, int(raw.public), raw.text, digest, derived.category,
        derived.category_reason,
    ))  # fmt: skip
    for i, a in enumerate(raw.attachments):
        buffer.add("attachments", AttachmentRow(rid, i, a.name, a.status, a.message, a.text))
    return detached


def queue_derived(buffer: IngestBuffer, derived: Derived) -> int:
    """Queue the point rows of one response; return how many points it has."""
    for table in ("points", "refs", "assignments", "unassigned"):
        buffer.extend(table, getattr(derived, table))
    return len(derived.points)


def reanalyse_all(store: Store, analyser: Analyser, keys: set[str] | dict) -> None:
    """Re-derive points of responses not in this batch (`keys`) after the bill version changed."""
    for rid, key, text, attachments in store.stored_responses():
        if key in keys:
            continue
        store.delete_points(rid)
        raw = RawResponse(key=key, origin="", source="", text=text)
        raw.attachments = [Attachment(n, t) for n, t in attachments]
        pending = store.buffer()
        queue_derived(pending, derive_points(raw, rid, analyser))
        pending.flush()


def _campaign_inputs(
    store: Store, todo: list[tuple[RawResponse, str, int, bool]], recognition: Recognition
) -> tuple[list[str], list[int], list[int], list[str]]:
    """Return the texts, public flags, seqs and ids of every response the store will hold, in
    store order: the stored ones as they are, the new and changed ones as this batch has them."""
    inputs = {
        rid: (campaign_text(text, read), public, seq)
        for rid, (text, read, public, seq) in store.campaign_sources(READ).items()
    }
    for raw, _, seq, _ in todo:
        read = [a.text for a in raw.attachments if a.status in READ]
        inputs[recognition.ids[raw.key]] = (campaign_text(raw.text, read), int(raw.public), seq)
    ids = sorted(inputs, key=lambda rid: inputs[rid][2])
    texts = [inputs[rid][0] for rid in ids]
    return texts, [inputs[rid][1] for rid in ids], [inputs[rid][2] for rid in ids], ids


def store_campaigns(
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
