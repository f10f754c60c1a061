"""The store's connection: opening and migrating the SQLite file, transactions, meta values.

`StoreBase` is what every part of the Store builds on (wetgen.consult.store.Store combines
them); it holds the connection and knows nothing of what the tables mean.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from wetgen.consult.errors import StoreBusy, StoreError
from wetgen.consult.store.schema import MIGRATIONS, POINT_KEYS, SCHEMA_VERSION, TABLES

# set while an ingest has stored responses whose campaigns it has not yet stored
CAMPAIGNS_PENDING = "campaigns_pending"

DEFAULT_WAIT = 120.0  # seconds a writer waits for another one (WETGEN_STORE_WAIT overrides)
FIRST_TRY_MS = 200  # a lock held longer than this is announced before waiting on


class Waiting:
    """How long a writer waits for another process's lock, and whom it tells that it waits."""

    seconds: float = float(os.environ.get("WETGEN_STORE_WAIT", DEFAULT_WAIT))
    notice: Callable[[str], None] = staticmethod(lambda message: None)


def wait_for_writers(seconds: float | None = None,
                     notice: Callable[[str], None] | None = None) -> None:  # fmt: skip
    """Set how long a writer waits for another one, and what is told while it waits."""
    if seconds is not None:
        Waiting.seconds = seconds
    if notice is not None:
        Waiting.notice = staticmethod(notice)


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def begin_writing(conn: sqlite3.Connection, where: str) -> None:
    """Start a write transaction, taking the write lock now (BEGIN IMMEDIATE), so two writers
    never both read and then both write; wait for another writer, announced, then give up in
    one line."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        return
    except sqlite3.OperationalError as exc:
        if not _locked(exc):
            raise
    Waiting.notice(
        f"{where} is being written by another wetgen process (an ingest?); "
        f"waiting up to {Waiting.seconds:.0f} s"
    )
    conn.execute(f"PRAGMA busy_timeout = {int(Waiting.seconds * 1000)}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if not _locked(exc):
            raise
        raise StoreBusy(
            f"{where} stayed locked by another wetgen process for {Waiting.seconds:.0f} s; "
            "nothing was changed: try again when it has finished (or set WETGEN_STORE_WAIT)"
        ) from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {FIRST_TRY_MS}")


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the schema version of a store (0 for an empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, to: int = SCHEMA_VERSION, where: str = "the store") -> None:
    """Apply the migrations a store still needs, each in its own transaction."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"store has schema version {current}; this wetgen knows up to {SCHEMA_VERSION}"
        )
    if current >= to:
        return
    begin_writing(conn, where)
    current = schema_version(conn)  # another process may have migrated it meanwhile
    if 0 < current < to:  # a rewrite of a large store's tables holds the lock for a while
        Waiting.notice(f"updating {where} from schema version {current} to {to}, once")
    try:
        for step in range(current, to):
            for statement in filter(str.strip, MIGRATIONS[step].split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _write_ahead(conn: sqlite3.Connection) -> None:
    """Put the store in write-ahead-log mode, retrying while another process converts it."""
    # SQLite reports "locked" at once, without calling the busy handler, when two connections
    # switch a new file to WAL at the same moment (two first ingests started together)
    deadline = time.monotonic() + Waiting.seconds
    pause = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def connect(path: Path | str, *, create: bool = True) -> sqlite3.Connection:
    """Open (or create) a store file and migrate it to the current schema version."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"no consultation store at {path}; run `wetgen consult ingest` first")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a store file")
    try:
        # while the file is opened (another process may be creating or converting it on a slow
        # disk) every read waits as long as a writer would; after it, the first try is short
        # check_same_thread off for one use only: a first ingest builds the point keys on a
        # second thread while its main thread reads through another connection and leaves this
        # one alone (StoreBase.point_keys_built_meanwhile); nothing else shares a connection
        conn = sqlite3.connect(
            path, isolation_level=None, timeout=Waiting.seconds, check_same_thread=False
        )
        _write_ahead(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        # 1 GB at most (allocated as used): a large ingest inserts at random keys into indexes
        # that outgrow a smaller cache (at a million responses the writes took 12.7x the CPU of
        # 100,000 with 256 MB, 10.1x to 11.7x with 1 GB; docs/performance.md)
        conn.execute("PRAGMA cache_size=-1048576")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn, where=str(path))
        conn.execute(f"PRAGMA busy_timeout = {FIRST_TRY_MS}")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a usable consultation store ({exc})") from None
    conn.row_factory = sqlite3.Row
    return conn


class StoreBase:
    """A connection to one store, with transactions and meta values.

    `conn` is public for tests and ad-hoc inspection; wetgen's own code goes through the
    Store's methods, so every SQL statement lives in wetgen.consult.store.
    """

    def __init__(self, conn: sqlite3.Connection, where: str = "the store") -> None:
        self.conn, self.where = conn, where
        # set while a first ingest has dropped the point keys; any other write builds missing ones
        self.keys_deferred = False

    def build_point_keys(self, stop: threading.Event | None = None) -> None:
        """Build the point tables' keys (schema.POINT_KEYS) that are missing: after a first
        ingest, or at the next write after one that was stopped; `stop` ends it early."""
        indexes = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        present = {name for (name,) in indexes}
        for name, statement in POINT_KEYS.items():
            if stop is not None and stop.is_set():
                return
            if name not in present:
                try:
                    self.conn.execute(statement)
                except sqlite3.IntegrityError as exc:
                    raise StoreError(
                        f"{self.where} holds two rows with one key ({exc}); it cannot be "
                        "repaired: ingest into a new store"
                    ) from None
        self.keys_deferred = False

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
    def point_keys_built_meanwhile(self) -> Iterator[None]:
        """Build the deferred point keys on a second thread while the block runs (inside
        `transaction`; the block must not use this connection). SQLite leaves Python's lock
        while it sorts, so the build takes the otherwise idle core. A block that fails, or is
        interrupted while it waits for the build, stops the build before the failure goes on
        to the rollback, so the connection is never used by both threads."""
        if not self.keys_deferred:
            yield
            return
        failed: list[BaseException] = []
        stop = threading.Event()

        def build() -> None:
            try:
                self.build_point_keys(stop)
            except BaseException as exc:  # handed to the main thread
                failed.append(exc)

        builder = threading.Thread(target=build, name="point keys", daemon=True)
        builder.start()
        try:
            yield
            builder.join()
        except BaseException:
            stop.set()
            while builder.is_alive():
                self.conn.interrupt()
                try:
                    builder.join(0.05)
                except BaseException:  # a second Ctrl-C: the build must still stop first
                    continue
            self.keys_deferred = False  # rolled back with the block: the next write builds them
            raise
        if failed:
            self.keys_deferred = False
            raise failed[0]

    @contextmanager
    def reader(self) -> Iterator[Self]:
        """Open the store a second time, for reading what was committed while this connection
        is busy (with a small page cache: it reads the responses once, in order)."""
        file = self.conn.execute("PRAGMA database_list").fetchone()[2]
        conn = sqlite3.connect(file, isolation_level=None, timeout=Waiting.seconds)
        conn.execute("PRAGMA cache_size=-65536")
        try:
            yield type(self)(conn, self.where)
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[StoreBase]:
        """Run a block in one transaction holding the write lock: all of it is stored, or none."""
        begin_writing(self.conn, self.where)
        try:
            if not self.keys_deferred:
                self.build_point_keys()
            yield self
        except BaseException:
            self.keys_deferred = False  # what was dropped and committed, the next write builds
            if self.conn.in_transaction:  # not when the next one could not begin (StoreBusy)
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def commit_and_continue(self) -> None:
        """Commit what the transaction holds and begin the next one (inside `transaction`)."""
        self.conn.execute("COMMIT")
        begin_writing(self.conn, self.where)

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the store file (between transactions; a reader of
        another process may keep part of it, which the next checkpoint folds)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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
