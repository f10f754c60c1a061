"""The Store's reads for reports: respondents, placed points, campaigns, in a stable order.

These only SELECT, so a report never changes the store.
"""

from __future__ import annotations

import sqlite3

from wetgen.consult.errors import StoreError
from wetgen.consult.store.base import CAMPAIGNS_PENDING, StoreBase
from wetgen.consult.store.schema import (
    CampaignGroup,
    NodeRow,
    PlacedPoint,
    ReportData,
    RespondentRow,
    VersionUnitRow,
)


class ReportReads(StoreBase):
    """The part of the Store that reports (and the public view of `consult show`) read."""

    def report_data(self) -> ReportData:
        """Read everything a report needs; raise StoreError when the store lacks it."""
        try:
            campaigns = self.campaigns()
            membership = {rid: c.id for c in campaigns for rid in c.members}
            units = self.version_units()
            return ReportData(
                self.all_meta(), self.nodes(), self.respondents(), self.placed_points(),
                campaigns, dict(sorted(membership.items())), units,
                self.point_targets() if units else [],
            )  # fmt: skip
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"the consultation store cannot be read for a report ({exc})"
            ) from None

    def all_meta(self) -> dict[str, str]:
        """Return every meta value, by key."""
        return {k: v for k, v in self.conn.execute("SELECT key, value FROM meta ORDER BY key")}

    def nodes(self) -> list[NodeRow]:
        """Return the bill's nodes (and the pseudo-nodes) in bill order."""
        rows = self.conn.execute(
            "SELECT eid, seq, kind, label, text, parent FROM nodes ORDER BY seq, eid"
        )
        return [NodeRow(*r) for r in rows]

    def respondents(self) -> list[RespondentRow]:
        """Return every response's respondent, with staff category overrides, in store order."""
        rows = self.conn.execute(
            "SELECT r.id, r.seq, r.name, r.place, r.organisation, r.email, r.submitted, r.public,"
            " v.category FROM responses r JOIN respondents v ON v.id = r.id ORDER BY r.seq, r.id"
        )
        return [RespondentRow(*r[:7], bool(r[7]), r[8]) for r in rows]

    def placed_points(self) -> list[PlacedPoint]:
        """Return every point with its nodes (effective assignments) and reaction, in order."""
        assigned: dict[str, list[str]] = {}
        for point_id, eid in self.conn.execute(
            "SELECT point_id, node_eid FROM effective_assignments ORDER BY point_id, node_eid"
        ):
            assigned.setdefault(point_id, []).append(eid)
        reasons = dict(self.conn.execute("SELECT point_id, reason FROM unassigned"))
        reactions = {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT point_id, reaction, change FROM reactions")}  # fmt: skip
        rows = self.conn.execute(
            "SELECT p.id, p.response_id, p.seq, p.text FROM points p "
            "JOIN responses r ON r.id = p.response_id ORDER BY r.seq, r.id, p.seq, p.id"
        )
        return [
            PlacedPoint(pid, rid, seq, text, tuple(assigned.get(pid, ())), reasons.get(pid, ""),
                        *reactions.get(pid, ("", "")))  # fmt: skip
            for pid, rid, seq, text in rows
        ]

    def version_units(self) -> list[VersionUnitRow]:
        """Return the consulted bill's units mapped to the newer version (none without one)."""
        rows = self.conn.execute(f"SELECT {', '.join(VersionUnitRow._fields)} FROM version_units")
        return sorted((VersionUnitRow(*r) for r in rows), key=lambda u: u.old_eid)

    def point_targets(self) -> list[tuple[str, str, str]]:
        """Return (point id, target, nodes) of every reference resolved into the bill."""
        rows = self.conn.execute(
            "SELECT point_id, target, nodes FROM refs WHERE nodes != '' ORDER BY point_id, seq"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def campaigns(self) -> list[CampaignGroup]:
        """Return the campaigns, largest first, with their members and member counts."""
        if self.meta(CAMPAIGNS_PENDING):
            raise StoreError(
                f"the last ingest into {self.where} stopped before it stored the campaigns; "
                "run `wetgen consult ingest` again (what it stored is kept)"
            )
        members: dict[str, list[tuple[str, bool, bool]]] = {}
        for cid, rid, public, adding in self.conn.execute(
            "SELECT m.campaign_id, m.response_id, COALESCE(r.public, 1), m.added != '' "
            "FROM campaign_members m LEFT JOIN responses r ON r.id = m.response_id "
            "ORDER BY m.response_id"
        ):
            members.setdefault(cid, []).append((rid, bool(public), bool(adding)))
        out = []
        for cid, rep, size, text in self.conn.execute(
            "SELECT id, representative, size, text FROM campaigns ORDER BY size DESC, id"
        ):
            group = members.get(cid, [])
            out.append(CampaignGroup(
                cid, rep, size, text, tuple(m[0] for m in group),
                sum(not m[1] for m in group), sum(m[2] for m in group),
            ))  # fmt: skip
        return out

    def response_points(self, rid: str) -> list[str]:
        """Return the texts of a response's points, in order."""
        rows = self.conn.execute(
            "SELECT text FROM points WHERE response_id = ? ORDER BY seq", (rid,)
        )
        return [r[0] for r in rows]
