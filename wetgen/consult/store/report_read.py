"""Read-only queries over the consultation store's tables, in a stable order.

The ingest side owns the schema (wetgen.consult.store); this module only SELECTs from it, so
a report never changes the store.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from wetgen.consult.errors import StoreError


@dataclass(frozen=True)
class NodeRow:
    """A bill node as the store keeps it."""

    eid: str
    seq: int
    kind: str
    label: str
    text: str
    parent: str


@dataclass(frozen=True)
class ResponseRow:
    """A response with its effective category (staff overrides applied)."""

    id: str
    seq: int
    name: str
    place: str
    organisation: str
    email: str
    submitted: str
    public: bool
    category: str


@dataclass(frozen=True)
class PointRow:
    """A point of a response, with where it landed and its staff reaction."""

    id: str
    response_id: str
    seq: int
    text: str
    nodes: tuple[str, ...]
    unassigned_reason: str
    reaction: str
    change: str


@dataclass(frozen=True)
class CampaignRow:
    """A campaign (form letter) and its member responses."""

    id: str
    representative: str
    size: int
    text: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class StoreData:
    """Everything a report reads from the store."""

    meta: dict[str, str]
    nodes: list[NodeRow]
    responses: list[ResponseRow]
    points: list[PointRow]
    campaigns: list[CampaignRow]
    membership: dict[str, str]  # response id → campaign id


def read_store(conn: sqlite3.Connection) -> StoreData:
    """Read the tables a report needs; raise StoreError when the store lacks them."""
    try:
        return _read(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"the consultation store cannot be read for a report ({exc})") from None


def _read(conn: sqlite3.Connection) -> StoreData:
    meta = {k: v for k, v in conn.execute("SELECT key, value FROM meta ORDER BY key")}
    nodes = [NodeRow(*r) for r in conn.execute(
        "SELECT eid, seq, kind, label, text, parent FROM nodes ORDER BY seq, eid")]  # fmt: skip
    responses = [
        ResponseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8])
        for r in conn.execute(
            "SELECT r.id, r.seq, r.name, r.place, r.organisation, r.email, r.submitted, r.public,"
            " v.category FROM responses r JOIN respondents v ON v.id = r.id ORDER BY r.seq, r.id"
        )
    ]
    assigned: dict[str, list[str]] = {}
    for point_id, eid in conn.execute(
        "SELECT point_id, node_eid FROM effective_assignments ORDER BY point_id, node_eid"
    ):
        assigned.setdefault(point_id, []).append(eid)
    reasons = dict(conn.execute("SELECT point_id, reason FROM unassigned"))
    reactions = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT point_id, reaction, change FROM reactions")}  # fmt: skip
    points = [
        PointRow(
            pid,
            rid,
            seq,
            text,
            tuple(assigned.get(pid, ())),
            reasons.get(pid, ""),
            *reactions.get(pid, ("", "")),
        )  # fmt: skip
        for pid, rid, seq, text in conn.execute(
            "SELECT p.id, p.response_id, p.seq, p.text FROM points p "
            "JOIN responses r ON r.id = p.response_id ORDER BY r.seq, r.id, p.seq, p.id"
        )
    ]
    membership = dict(conn.execute(
        "SELECT response_id, campaign_id FROM campaign_members ORDER BY response_id"))  # fmt: skip
    members: dict[str, list[str]] = {}
    for rid, cid in membership.items():
        members.setdefault(cid, []).append(rid)
    campaigns = [
        CampaignRow(cid, rep, size, text, tuple(sorted(members.get(cid, ()))))
        for cid, rep, size, text in conn.execute(
            "SELECT id, representative, size, text FROM campaigns ORDER BY size DESC, id"
        )
    ]
    return StoreData(meta, nodes, responses, points, campaigns, membership)


def stored_reactions(conn: sqlite3.Connection) -> dict[str, tuple[str, str, str]]:
    """Return point id → (reaction, change, status) for every stored reaction."""
    rows = conn.execute("SELECT point_id, reaction, change, status FROM reactions")
    return {r[0]: (r[1], r[2], r[3]) for r in rows}
