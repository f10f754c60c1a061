"""The ingest pipeline: read sources, store responses, derive points, assignments and campaigns.

Idempotent and incremental: a response is identified by its key (GUID, id column, file path
or row content), re-reading an unchanged response changes nothing, a changed one is updated
in place, and staff tables are never touched.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
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
from wetgen.consult.read import READ, Problem, RawResponse
from wetgen.consult.read.collect import Batch, collect
from wetgen.consult.read.safety import DEFAULT_LIMITS, Limits
from wetgen.consult.store import get_meta, open_store, set_meta, transaction
from wetgen.gcpause import gc_paused
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
    conn = open_store(db)
    try:
        return store_batch(conn, batch, bill, bill_path=bill_path, lists=lists, progress=progress)
    finally:
        conn.close()


@gc_paused()
def store_batch(
    conn: sqlite3.Connection,
    batch: Batch,
    bill: Bill,
    *,
    bill_path: str = "",
    lists: CategoryLists | None = None,
    progress: Progress = NULL_PROGRESS,
) -> IngestReport:
    """Store a batch of responses and recompute everything derived from it."""
    report = IngestReport(
        read=len(batch.responses), problems=list(batch.problems), announced=batch.announced
    )
    analyser = Analyser(bill)
    lists = lists or default_lists()
    with transaction(conn):
        report.rebound = _bind_bill(conn, analyser.index, bill, bill_path)
        existing = {
            r[0]: (r[1], r[2]) for r in conn.execute("SELECT key, digest, seq FROM responses")
        }
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
        rows = Rows()
        work = [(raw, response_id(raw.key)) for raw, *_ in todo]
        texts, public, seqs, ids = _campaign_inputs(conn, todo)
        with Workers(bill, lists, len(work), analyser) as workers:
            # the campaigns need only the texts: on a worker, they are found during the analysis
            found = None
            if workers.parallel:
                found = workers.submit(summarise_campaigns, texts, public, seqs)
            for (raw, digest, seq, replace), derived in zip(
                todo, workers.derive_all(work), strict=True
            ):
                _write_response(conn, rows, raw, digest, seq, derived, replace=replace)
                report.points += rows.add_derived(derived)
                rows.flush_if_full(conn)
                progress.advance()
            rows.flush(conn)
            if report.rebound:
                _reanalyse_all(conn, analyser, batch, progress)
            _write_problems(conn, batch.problems)
            if found is None:
                summaries = summarise_campaigns(texts, public, seqs, progress)
            else:
                progress.start("Campagnes zoeken", None)
                summaries = found.get()
        report.campaigns, report.in_campaigns = _store_campaigns(conn, summaries, ids, texts)
    guids = {k.removeprefix("guid:") for k in batch.responses if k.startswith("guid:")}
    report.listed_missing = len(batch.listed - guids)
    return report


class Rows:
    """Rows waiting to be inserted, written in large batches."""

    WIDTHS = {
        "responses": 15,
        "attachments": 6,
        "points": 5,
        "refs": 7,
        "assignments": 6,
        "unassigned": 2,
    }

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple]] = {name: [] for name in self.WIDTHS}
        self.pending = 0

    def add(self, table: str, row: tuple) -> None:
        """Queue one row."""
        self.tables[table].append(row)

    def add_derived(self, derived: Derived) -> int:
        """Queue the point rows of one response; return how many points it has."""
        for table in ("points", "refs", "assignments", "unassigned"):
            self.tables[table].extend(getattr(derived, table))
        self.pending += len(derived.points)
        return len(derived.points)

    def flush_if_full(self, conn: sqlite3.Connection, limit: int = 20_000) -> None:
        """Write the queued rows once there are many."""
        if self.pending >= limit:
            self.flush(conn)

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write every queued row, in table order."""
        for table, width in self.WIDTHS.items():
            marks = ", ".join("?" * width)
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", self.tables[table])
            self.tables[table].clear()
        self.pending = 0


def _bind_bill(conn: sqlite3.Connection, index: BillIndex, bill: Bill, bill_path: str) -> bool:
    fingerprint = hashlib.sha1(
        json.dumps([(n.eid, n.label, n.text) for n in index.nodes], ensure_ascii=False).encode()
    ).hexdigest()
    old = get_meta(conn, "bill_fingerprint")
    if old == fingerprint:
        return False
    conn.execute("DELETE FROM nodes")
    rows = [
        (GENERAL, 0, "algemeen", GENERAL_LABEL, "", ""),
        (MVT, 1, "toelichting", MVT_LABEL, "", ""),
    ]
    rows += [(n.eid, i + 2, n.kind, n.label, n.text, n.parent) for i, n in enumerate(index.nodes)]
    conn.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.execute("DELETE FROM node_touches")
    conn.executemany(
        "INSERT OR IGNORE INTO node_touches VALUES (?, ?)",
        [
            (eid, number)
            for a in index.amended
            for number, places in a.by_article.items()
            for eid, _ in places
        ],
    )
    set_meta(conn, "bill_fingerprint", fingerprint)
    set_meta(conn, "bill_citeertitel", bill.citeertitel)
    set_meta(conn, "bill_version", f"{bill.version.label} ({bill.version.date})")
    set_meta(conn, "bill_path", bill_path)
    return bool(old)


def _digest(raw: RawResponse) -> str:
    fields = [raw.key, raw.origin, raw.name, raw.place, raw.organisation, raw.email,
              raw.submitted, raw.public, raw.text, [(a.name, a.status, a.message, a.text) for a in raw.attachments]]  # fmt: skip
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def _write_response(
    conn: sqlite3.Connection,
    rows: Rows,
    raw: RawResponse,
    digest: str,
    seq: int,
    derived: Derived,
    replace: bool,
) -> None:
    rid = response_id(raw.key)
    if replace:
        _delete_derived(conn, rid)
    rows.add(
        "responses",
        (rid, raw.key, seq, raw.origin, raw.source, raw.name, raw.place, raw.organisation,
         raw.email, raw.submitted, int(raw.public), raw.text, digest, derived.category,
         derived.category_reason),
    )  # fmt: skip
    for i, a in enumerate(raw.attachments):
        rows.add("attachments", (rid, i, a.name, a.status, a.message, a.text))


def _delete_derived(conn: sqlite3.Connection, rid: str) -> None:
    points = "SELECT id FROM points WHERE response_id = ?"
    for table in ("refs", "assignments", "unassigned"):
        conn.execute(f"DELETE FROM {table} WHERE point_id IN ({points})", (rid,))
    for table in ("points", "attachments"):
        conn.execute(f"DELETE FROM {table} WHERE response_id = ?", (rid,))
    conn.execute("DELETE FROM responses WHERE id = ?", (rid,))


def _reanalyse_all(
    conn: sqlite3.Connection, analyser: Analyser, batch: Batch, progress: Progress
) -> None:
    """Re-derive points of responses not in this batch after the bill version changed."""
    keys = set(batch.responses)
    rows = conn.execute("SELECT id, key, text FROM responses ORDER BY seq").fetchall()
    for rid, key, text in rows:
        if key in keys:
            continue
        attachments = conn.execute(
            "SELECT name, text FROM attachments WHERE response_id = ? ORDER BY seq", (rid,)
        ).fetchall()
        for table in ("refs", "assignments", "unassigned"):
            conn.execute(
                f"DELETE FROM {table} WHERE point_id IN (SELECT id FROM points WHERE response_id = ?)",
                (rid,),
            )
        conn.execute("DELETE FROM points WHERE response_id = ?", (rid,))
        raw = RawResponse(key=key, origin="", source="", text=text)
        from wetgen.consult.read import Attachment

        raw.attachments = [Attachment(n, t) for n, t in attachments]
        pending = Rows()
        pending.add_derived(derive_points(raw, rid, analyser))
        pending.flush(conn)


def _write_problems(conn: sqlite3.Connection, problems: list[Problem]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO problems VALUES (?, ?, ?)",
        [(p.source, p.message, p.severity) for p in problems],
    )


def _campaign_inputs(
    conn: sqlite3.Connection, todo: list[tuple[RawResponse, str, int, bool]]
) -> tuple[list[str], list[int], list[int], list[str]]:
    """Return the texts, public flags, seqs and ids of every response the store will hold, in
    store order: the stored ones as they are, the new and changed ones as this batch has them."""
    extra: dict[str, list[str]] = {}
    for rid, text in conn.execute(
        "SELECT response_id, text FROM attachments WHERE status IN (?, ?) ORDER BY response_id, seq",
        READ,
    ):
        extra.setdefault(rid, []).append(text)
    inputs = {
        rid: (campaign_text(text, extra.get(rid, [])), public, seq)
        for rid, text, public, seq in conn.execute("SELECT id, text, public, seq FROM responses")
    }
    for raw, _, seq, _ in todo:
        read = [a.text for a in raw.attachments if a.status in READ]
        inputs[response_id(raw.key)] = (campaign_text(raw.text, read), int(raw.public), seq)
    ids = sorted(inputs, key=lambda rid: inputs[rid][2])
    texts = [inputs[rid][0] for rid in ids]
    return texts, [inputs[rid][1] for rid in ids], [inputs[rid][2] for rid in ids], ids


def _store_campaigns(
    conn: sqlite3.Connection, summaries: list[CampaignSummary], ids: list[str], texts: list[str]
) -> tuple[int, int]:
    """Replace the stored campaigns; return (campaigns, responses in them)."""
    conn.execute("DELETE FROM campaigns")
    conn.execute("DELETE FROM campaign_members")
    members = 0
    for summary in summaries:
        rep = summary.representative
        cid = "C" + ids[rep][1:]
        conn.execute(
            "INSERT INTO campaigns VALUES (?, ?, ?, ?)",
            (cid, ids[rep], len(summary.members), texts[rep]),
        )
        conn.executemany(
            "INSERT INTO campaign_members VALUES (?, ?, ?, ?)",
            [(ids[i], cid, similarity, added) for i, similarity, added in summary.members],
        )
        members += len(summary.members)
    return len(summaries), members
