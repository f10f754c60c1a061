"""The consultation store: one SQLite file, versioned and migrated, that never loses staff work.

Ingest owns the tables it derives (responses, attachments, points, refs, assignments,
unassigned, campaigns, campaign_members, problems, nodes, meta) and may rewrite them. Staff own
manual_assignments, category_overrides, tags, notes and reactions; ingest never writes or
deletes those. Both are keyed by stable ids (response id "R…", point id "R…-hash"), so staff
work survives a re-ingest. docs/consultation.md describes every table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wetgen.consult.errors import StoreError

SCHEMA_VERSION = 2

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (eid TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  label TEXT NOT NULL, text TEXT NOT NULL, parent TEXT NOT NULL);
CREATE TABLE responses (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL,
  origin TEXT NOT NULL, source TEXT NOT NULL, name TEXT NOT NULL, place TEXT NOT NULL,
  organisation TEXT NOT NULL, email TEXT NOT NULL, submitted TEXT NOT NULL,
  public INTEGER NOT NULL, text TEXT NOT NULL, digest TEXT NOT NULL,
  category TEXT NOT NULL, category_reason TEXT NOT NULL);
CREATE TABLE attachments (response_id TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
  status TEXT NOT NULL, message TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (response_id, seq));
CREATE TABLE points (id TEXT PRIMARY KEY, response_id TEXT NOT NULL, seq INTEGER NOT NULL,
  part TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX points_response ON points (response_id, seq);
CREATE TABLE refs (point_id TEXT NOT NULL, seq INTEGER NOT NULL, raw TEXT NOT NULL,
  status TEXT NOT NULL, target TEXT NOT NULL, nodes TEXT NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY (point_id, seq));
CREATE TABLE assignments (point_id TEXT NOT NULL, node_eid TEXT NOT NULL, method TEXT NOT NULL,
  evidence TEXT NOT NULL, matched TEXT NOT NULL, score REAL NOT NULL,
  PRIMARY KEY (point_id, node_eid));
CREATE INDEX assignments_node ON assignments (node_eid);
CREATE TABLE unassigned (point_id TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE campaigns (id TEXT PRIMARY KEY, representative TEXT NOT NULL, size INTEGER NOT NULL,
  text TEXT NOT NULL);
CREATE TABLE campaign_members (response_id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL,
  similarity REAL NOT NULL, added TEXT NOT NULL);
CREATE TABLE problems (source TEXT NOT NULL, message TEXT NOT NULL, severity TEXT NOT NULL,
  PRIMARY KEY (source, message));
CREATE TABLE manual_assignments (point_id TEXT NOT NULL, node_eid TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '', PRIMARY KEY (point_id, node_eid));
CREATE TABLE category_overrides (response_id TEXT PRIMARY KEY, category TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '');
CREATE TABLE reactions (point_id TEXT PRIMARY KEY, reaction TEXT NOT NULL DEFAULT '',
  change TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '');
"""

_V2 = """
CREATE TABLE node_touches (eid TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (eid, article));
CREATE TABLE tags (target TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (target, tag));
CREATE TABLE notes (target TEXT NOT NULL, seq INTEGER NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY (target, seq));
CREATE VIEW effective_assignments AS
  SELECT point_id, node_eid, 'manual' AS method, note AS evidence, '' AS matched, 1.0 AS score
    FROM manual_assignments
  UNION ALL
  SELECT a.point_id, a.node_eid, a.method, a.evidence, a.matched, a.score FROM assignments a
   WHERE a.point_id NOT IN (SELECT point_id FROM manual_assignments);
CREATE VIEW respondents AS
  SELECT r.id, r.name, r.place, r.organisation, r.public,
         COALESCE(o.category, r.category) AS category,
         CASE WHEN o.category IS NULL THEN r.category_reason ELSE 'handmatig' END AS category_reason
    FROM responses r LEFT JOIN category_overrides o ON o.response_id = r.id;
"""

MIGRATIONS = (_V1, _V2)  # MIGRATIONS[n] takes a store from version n to n + 1
DERIVED_TABLES = (
    "nodes", "node_touches", "responses", "attachments", "points", "refs", "assignments", "unassigned",
    "campaigns", "campaign_members", "problems", "meta",
)  # fmt: skip
STAFF_TABLES = ("manual_assignments", "category_overrides", "reactions", "tags", "notes")


def open_store(path: Path | str, *, create: bool = True) -> sqlite3.Connection:
    """Open (or create) a store and migrate it to the current schema version."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"no consultation store at {path}; run `wetgen consult ingest` first")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-262144")  # 256 MB: large ingests insert at random keys
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a usable consultation store ({exc})") from None
    conn.row_factory = sqlite3.Row
    return conn


def version(conn: sqlite3.Connection) -> int:
    """Return the schema version of a store (0 for an empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, to: int = SCHEMA_VERSION) -> None:
    """Apply the migrations a store still needs, each in its own transaction."""
    current = version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"store has schema version {current}; this wetgen knows up to {SCHEMA_VERSION}"
        )
    for step in range(current, to):
        conn.executescript(f"BEGIN; {MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run a block in one transaction: all of it is stored, or none."""
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def get_meta(conn: sqlite3.Connection, key: str, default: str = "") -> str:
    """Return a meta value of the store."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a meta value of the store."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Return every table's rows in a canonical order, to compare two stores."""
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
    ]
    return {t: sorted(tuple(r) for r in conn.execute(f'SELECT * FROM "{t}"')) for t in tables}
