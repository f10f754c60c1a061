"""The Store's writes for ingest: the bill's nodes, responses and what is derived from them.

Only the tables ingest owns (schema.DERIVED_TABLES) are written here; staff tables are never
touched, so a re-ingest keeps every manual assignment, category, tag, note and reaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

from wetgen.consult.store.base import CAMPAIGNS_PENDING, StoreBase
from wetgen.consult.store.schema import (
    POINT_KEYS,
    CampaignRow,
    MemberRow,
    NodeRow,
    ProblemRow,
    TouchRow,
    VersionUnitRow,
)

_POINTS_OF = "SELECT id FROM points WHERE response_id = ?"


class IngestBuffer:
    """Rows waiting to be inserted, written in large batches, in table order."""

    TABLES = ("responses", "attachments", "points", "refs", "assignments", "unassigned")

    def __init__(self, store: StoreBase, limit: int = 20_000) -> None:
        self.store, self.limit = store, limit
        self.tables: dict[str, list[tuple]] = {name: [] for name in self.TABLES}

    def add(self, table: str, row: tuple) -> None:
        """Queue one row of a table."""
        self.tables[table].append(row)

    def extend(self, table: str, rows: Iterable[tuple]) -> None:
        """Queue rows of a table."""
        self.tables[table].extend(rows)

    def flush_if_full(self) -> None:
        """Write the queued rows once many points wait."""
        if len(self.tables["points"]) >= self.limit:
            self.flush()

    def flush(self) -> None:
        """Write every queued row, in table order."""
        for table, rows in self.tables.items():
            self.store.insert(table, rows)
            rows.clear()


class DerivedTables(StoreBase):
    """The part of the Store that ingest writes through."""

    def buffer(self) -> IngestBuffer:
        """Return a buffer that inserts responses and their derived rows in batches."""
        return IngestBuffer(self)

    def defer_point_keys(self) -> None:
        """Drop the keys of the point tables while they are empty, to build them once when the
        ingest has written its points (build_point_keys): sorted in one pass, instead of kept
        up at random keys with every row (at a million responses, a third of the writes)."""
        if self.conn.execute("SELECT 1 FROM points LIMIT 1").fetchone():
            return
        for name in POINT_KEYS:
            self.conn.execute(f"DROP INDEX IF EXISTS {name}")
        self.keys_deferred = True

    def bind_bill(self, nodes: list[NodeRow], touches: list[TouchRow], meta: dict[str, str]) -> None:
        """Replace the bill's nodes and the articles they touch, and record the bill in meta."""
        self.conn.execute("DELETE FROM nodes")
        self.insert("nodes", nodes)
        self.conn.execute("DELETE FROM node_touches")
        self.conn.executemany("INSERT OR IGNORE INTO node_touches VALUES (?, ?)", touches)
        for key, value in meta.items():
            self.set_meta(key, value)

    def bind_newer(self, units: list[VersionUnitRow], meta: dict[str, str]) -> None:
        """Replace the map from the consulted bill's units to the newer version's, and record
        the newer version in meta."""
        self.conn.execute("DELETE FROM version_units")
        self.insert("version_units", units)
        for key, value in meta.items():
            self.set_meta(key, value)

    def response_digests(self) -> dict[str, tuple[str, int]]:
        """Return response key → (digest, seq) for every stored response."""
        rows = self.conn.execute("SELECT key, digest, seq FROM responses")
        return {r[0]: (r[1], r[2]) for r in rows}

    def delete_response(self, rid: str) -> None:
        """Delete a response with its attachments, points and everything derived from them."""
        self.delete_points(rid)
        self.conn.execute("DELETE FROM attachments WHERE response_id = ?", (rid,))
        self.conn.execute("DELETE FROM responses WHERE id = ?", (rid,))

    def delete_points(self, rid: str) -> None:
        """Delete a response's points with their references and assignments."""
        if self.keys_deferred:  # a key repeated in a first ingest: found through the keys
            self.build_point_keys()
        for table in ("refs", "assignments", "unassigned"):
            self.conn.execute(f"DELETE FROM {table} WHERE point_id IN ({_POINTS_OF})", (rid,))
        self.conn.execute("DELETE FROM points WHERE response_id = ?", (rid,))

    def stored_responses(self) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
        """Return (id, key, answer text, [(attachment name, text)]) of every response, in order."""
        out = []
        for rid, key, text in self.conn.execute(
            "SELECT id, key, text FROM responses ORDER BY seq"
        ).fetchall():
            attachments = self.conn.execute(
                "SELECT name, text FROM attachments WHERE response_id = ? ORDER BY seq", (rid,)
            ).fetchall()
            out.append((rid, key, text, [(n, t) for n, t in attachments]))
        return out

    def campaign_sources(
        self, statuses: Sequence[str]
    ) -> dict[str, tuple[str, list[str], int, int]]:
        """Return response id → (answer text, texts of attachments with `statuses`, public, seq)."""
        marks = ", ".join("?" * len(statuses))
        extra: dict[str, list[str]] = {}
        for rid, text in self.conn.execute(
            f"SELECT response_id, text FROM attachments WHERE status IN ({marks}) "
            "ORDER BY response_id, seq",
            tuple(statuses),
        ):
            extra.setdefault(rid, []).append(text)
        return {
            rid: (text, extra.get(rid, []), public, seq)
            for rid, text, public, seq in self.conn.execute(
                "SELECT id, text, public, seq FROM responses"
            )
        }

    def replace_campaigns(self, campaigns: list[CampaignRow], members: list[MemberRow]) -> None:
        """Replace every stored campaign and its members."""
        self.conn.execute("DELETE FROM campaigns")
        self.conn.execute("DELETE FROM campaign_members")
        # in key order: the keys are random, and a B-tree fed at random keys grows slower than
        # its rows once it outgrows the page cache
        self.insert("campaigns", sorted(campaigns, key=itemgetter(0)))
        self.insert("campaign_members", sorted(members, key=itemgetter(0)))
        self.set_meta(CAMPAIGNS_PENDING, "")

    def mark_campaigns_pending(self) -> None:
        """Record that the responses changed and the campaigns are not yet found again."""
        self.set_meta(CAMPAIGNS_PENDING, "1")

    def add_problems(self, problems: list[ProblemRow]) -> None:
        """Record sources that were refused or only partly read (the same one once)."""
        self.conn.executemany("INSERT OR REPLACE INTO problems VALUES (?, ?, ?)", problems)
