"""The store's connection: opening and migrating the SQLite file, transactions, meta values.

`StoreBase` is what every part of the Store builds on (wetgen.consult.store.Store combines
them); it holds the connection and knows nothing of what the tables mean.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wetgen.consult.errors import StoreError
from wetgen.consult.store.schema import MIGRATIONS, SCHEMA_VERSION, TABLES


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the schema version of a store (0 for an empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, to: int = SCHEMA_VERSION) -> None:
    """Apply the migrations a store still needs, each in its own transaction."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"store has schema version {current}; this wetgen knows up to {SCHEMA_VERSION}"
        )
    for step in range(current, to):
        conn.executescript(f"BEGIN; {MIGRATIONS[step]} PRAGMA user_version = {step + 1}; COMMIT;")


def connect(path: Path | str, *, create: bool = True) -> sqlite3.Connection:
    """Open (or create) a store file and migrate it to the current schema version."""
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


class StoreBase:
    """A connection to one store, with transactions and meta values.

    `conn` is public for tests and ad-hoc inspection; wetgen's own code goes through the
    Store's methods, so every SQL statement lives in wetgen.consult.store.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    @property
    def version(self) -> int:
        """Return the schema version of the store."""
        return schema_version(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[StoreBase]:
        """Run a block in one transaction: all of it is stored, or none."""
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self, key: str, default: str = "") -> str:
        """Return a meta value of the store."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Set a meta value of the store."""
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def insert(self, table: str, rows: list[tuple]) -> None:
        """Insert rows laid out as the table's row tuple (schema.TABLES)."""
        marks = ", ".join("?" * len(TABLES[table]._fields))
        self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def columns(self, table: str) -> tuple[str, ...]:
        """Return the column names of a table, in order."""
        return tuple(r[1] for r in self.conn.execute(f'PRAGMA table_info("{table}")'))

    def dump(self) -> dict[str, list[tuple]]:
        """Return every table's rows in a canonical order, to compare two stores."""
        tables = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            t: sorted(tuple(r) for r in self.conn.execute(f'SELECT * FROM "{t}"')) for t in tables
        }
