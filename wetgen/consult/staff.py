"""What staff add to the store: manual assignments, category overrides, tags, notes, reactions.

Ingest never writes these tables; these functions are the only writers.
"""

from __future__ import annotations

import re
import sqlite3

from wetgen import address
from wetgen.consult.categories import CATEGORIES
from wetgen.consult.errors import ConsultError
from wetgen.consult.refs import find_references
from wetgen.consult.resolve import GENERAL, MVT, BillIndex
from wetgen.consult.store import transaction


def node_for(spec: str, conn: sqlite3.Connection, index: BillIndex | None = None) -> list[str]:
    """Return the node eids a user's spec names: an eid, "mvt", "algemeen", or a reference."""
    spec = spec.strip()
    known = {r[0]: "" for r in conn.execute("SELECT eid FROM nodes")}
    for eid, article in conn.execute("SELECT eid, article FROM node_touches ORDER BY eid, article"):
        known[eid] = f"{known.get(eid, '')},{article}".strip(",")
    if spec in known:
        return [spec]
    lowered = spec.lower()
    if lowered in ("mvt", "toelichting", "memorie van toelichting"):
        return [MVT]
    if lowered in ("algemeen", "general", "geen"):
        return [GENERAL]
    text = (
        spec
        if re.match(r"(?i)(art|artikel|onderde|lid|het|\d+e?\s+lid)", spec)
        else f"artikel {spec}"
    )
    if index is not None:
        eids = [e for ref in find_references(text) for res in index.resolve(ref) for e in res.nodes]
    else:
        eids = _by_touches(text, known)
    eids = [e for e in dict.fromkeys(eids) if e in known]
    if not eids:
        raise ConsultError(f"{spec!r} names no article, onderdeel or lid of the consulted bill")
    return eids


def _by_touches(text: str, known: dict[str, str]) -> list[str]:
    out = []
    for ref in find_references(text):
        for number in ref.articles:
            out += [e for e, t in known.items() if number.lower() in t.split(",")]
            article = address.step(address.BILL, address.ARTICLE, number.upper()).eid
            out += [e for e in known if e == article]
    return out


def _points_of(conn: sqlite3.Connection, target: str) -> list[str]:
    points = [r[0] for r in conn.execute("SELECT id FROM points WHERE id = ?", (target,))]
    if not points:
        points = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM points WHERE response_id = ? ORDER BY seq", (target,)
            )
        ]
    if not points:
        raise ConsultError(f"no point or response with id {target!r} in the store")
    return points


def assign(conn: sqlite3.Connection, target: str, eids: list[str], note: str = "") -> list[str]:
    """Set the nodes of a point (or of every point of a response) by hand, replacing the automatic ones."""
    points = _points_of(conn, target)
    with transaction(conn):
        for pid in points:
            conn.execute("DELETE FROM manual_assignments WHERE point_id = ?", (pid,))
            conn.executemany(
                "INSERT INTO manual_assignments VALUES (?, ?, ?)",
                [(pid, eid, note) for eid in eids],
            )
    return points


def clear_assignment(conn: sqlite3.Connection, target: str) -> list[str]:
    """Drop the manual assignment of a point or response, so the automatic one applies again."""
    points = _points_of(conn, target)
    with transaction(conn):
        conn.executemany(
            "DELETE FROM manual_assignments WHERE point_id = ?", [(p,) for p in points]
        )
    return points


def set_category(conn: sqlite3.Connection, response: str, category: str, note: str = "") -> None:
    """Override the category of a respondent."""
    if category not in CATEGORIES:
        raise ConsultError(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")
    if not conn.execute("SELECT 1 FROM responses WHERE id = ?", (response,)).fetchone():
        raise ConsultError(f"no response with id {response!r} in the store")
    with transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO category_overrides VALUES (?, ?, ?)", (response, category, note)
        )


def add_tag(conn: sqlite3.Connection, target: str, tag: str) -> None:
    """Tag a response or point."""
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO tags VALUES (?, ?)", (target, tag))


def add_note(conn: sqlite3.Connection, target: str, note: str) -> None:
    """Add a note to a response or point."""
    with transaction(conn):
        seq = conn.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM notes WHERE target = ?", (target,)
        ).fetchone()[0]
        conn.execute("INSERT INTO notes VALUES (?, ?, ?)", (target, seq, note))


def set_reaction(
    conn: sqlite3.Connection, point: str, reaction: str, change: str = "", status: str = ""
) -> None:
    """Record the ministry's reaction to a point, and whether and how the bill changed."""
    with transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO reactions VALUES (?, ?, ?, ?)",
            (point, reaction, change, status),
        )


def orphans(conn: sqlite3.Connection) -> dict[str, int]:
    """Count staff rows whose point or response is no longer in the store (kept, never dropped)."""
    ids = "(SELECT id FROM points UNION SELECT id FROM responses)"
    return {
        table: conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {col} NOT IN {ids}").fetchone()[0]
        for table, col in (("manual_assignments", "point_id"), ("reactions", "point_id"),
                           ("tags", "target"), ("notes", "target"), ("category_overrides", "response_id"))
    }  # fmt: skip
