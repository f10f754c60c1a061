"""The Store's staff work: manual assignments, category overrides, tags, notes, reactions.

Ingest writes these tables only to move staff work to an edited point, or into detached_work
(wetgen.consult.store.identity). Rows whose point or response no longer exists are kept
(`orphans` counts them).
"""

from __future__ import annotations

from collections.abc import Iterable

from wetgen.consult.analyse.categories import CATEGORIES
from wetgen.consult.errors import ConsultInputError
from wetgen.consult.store.base import StoreBase


class StaffTables(StoreBase):
    """The part of the Store that staff work goes through."""

    def known_nodes(self) -> dict[str, str]:
        """Return every node eid with the articles of the amended law it touches ("28a,28b")."""
        known = {r[0]: "" for r in self.conn.execute("SELECT eid FROM nodes")}
        for eid, article in self.conn.execute(
            "SELECT eid, article FROM node_touches ORDER BY eid, article"
        ):
            known[eid] = f"{known.get(eid, '')},{article}".strip(",")
        return known

    def node_label(self, eid: str) -> str:
        """Return the label of a node ("Artikel I, onderdeel B")."""
        row = self.conn.execute("SELECT label FROM nodes WHERE eid = ?", (eid,)).fetchone()
        if row is None:
            raise ConsultInputError(f"no node {eid!r} in the store")
        return row[0]

    def points_of(self, target: str) -> list[str]:
        """Return the point a point id names, or every point of a response id, in order."""
        points = [r[0] for r in self.conn.execute("SELECT id FROM points WHERE id = ?", (target,))]
        if not points:
            points = [
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM points WHERE response_id = ? ORDER BY seq", (target,)
                )
            ]
        if not points:
            raise ConsultInputError(f"no point or response with id {target!r} in the store")
        return points

    def assign(self, target: str, eids: list[str], note: str = "") -> list[str]:
        """Set the nodes of a point (or of every point of a response) by hand; return the points."""
        points = self.points_of(target)
        with self.transaction():
            for pid in points:
                self.conn.execute("DELETE FROM manual_assignments WHERE point_id = ?", (pid,))
                self.insert("manual_assignments", [(pid, eid, note) for eid in eids])
        return points

    def clear_assignment(self, target: str) -> list[str]:
        """Drop the manual assignment of a point or response, so the automatic one applies again."""
        points = self.points_of(target)
        with self.transaction():
            self.conn.executemany(
                "DELETE FROM manual_assignments WHERE point_id = ?", [(p,) for p in points]
            )
        return points

    def set_category(self, response: str, category: str, note: str = "") -> None:
        """Override the category of a respondent."""
        if category not in CATEGORIES:
            raise ConsultInputError(
                f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}"
            )
        if not self.conn.execute("SELECT 1 FROM responses WHERE id = ?", (response,)).fetchone():
            raise ConsultInputError(f"no response with id {response!r} in the store")
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO category_overrides VALUES (?, ?, ?)",
                (response, category, note),
            )

    def add_tag(self, target: str, tag: str) -> None:
        """Tag a response or point."""
        with self.transaction():
            self.conn.execute("INSERT OR IGNORE INTO tags VALUES (?, ?)", (target, tag))

    def add_note(self, target: str, note: str) -> None:
        """Add a note to a response or point."""
        with self.transaction():
            seq = self.conn.execute(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM notes WHERE target = ?", (target,)
            ).fetchone()[0]
            self.conn.execute("INSERT INTO notes VALUES (?, ?, ?)", (target, seq, note))

    def set_reaction(self, point: str, reaction: str, change: str = "", status: str = "") -> None:
        """Record the ministry's reaction to a point, and whether and how the bill changed."""
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO reactions VALUES (?, ?, ?, ?)",
                (point, reaction, change, status),
            )

    def write_reactions(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Store (point, reaction, change) in one transaction, keeping each reaction's status."""
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO reactions (point_id, reaction, change) VALUES (?, ?, ?) "
                "ON CONFLICT (point_id) DO UPDATE SET reaction = excluded.reaction, "
                "change = excluded.change",
                rows,
            )

    def reactions(self) -> dict[str, tuple[str, str, str]]:
        """Return point id → (reaction, change, status) for every stored reaction."""
        rows = self.conn.execute("SELECT point_id, reaction, change, status FROM reactions")
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def orphans(self) -> dict[str, int]:
        """Count staff rows whose point or response is no longer in the store, and the rows
        detached from an edited point (kept, never dropped)."""
        ids = "(SELECT id FROM points UNION SELECT id FROM responses)"
        detached = self.conn.execute("SELECT COUNT(*) FROM detached_work").fetchone()[0]
        return {"detached_work": detached} | {
            table: self.conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE {col} NOT IN {ids}"
            ).fetchone()[0]
            for table, col in (("manual_assignments", "point_id"), ("reactions", "point_id"),
                               ("tags", "target"), ("notes", "target"),
                               ("category_overrides", "response_id"))
        }  # fmt: skip
