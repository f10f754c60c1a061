"""The store stage: one SQLite file that keeps what ingest derived and what staff added.

Takes the rows that ingest derives (responses, points, references, assignments, campaigns)
and staff's work (manual assignments, categories, tags, notes, reactions); gives them back as
named tuples (wetgen.consult.store.schema) to `consult show` and the reports. `Store` owns
every SQL statement of wetgen, and this package is the only one that imports sqlite3 (an
import-linter contract). The schema is versioned and migrated in place (schema.MIGRATIONS).
"""

from __future__ import annotations

from pathlib import Path

from wetgen.consult.store.base import connect, migrate, schema_version, wait_for_writers
from wetgen.consult.store.bulk import BulkReads
from wetgen.consult.store.derived import DerivedTables, IngestBuffer
from wetgen.consult.store.identity import IdentityTables, Recognition, response_id
from wetgen.consult.store.report_read import ReportReads
from wetgen.consult.store.schema import (
    DERIVED_TABLES,
    MIGRATIONS,
    POINT_KEYS,
    SCHEMA_VERSION,
    STAFF_TABLES,
    TABLES,
)
from wetgen.consult.store.staff import StaffTables
from wetgen.consult.store.views import ReadViews


class Store(DerivedTables, BulkReads, IdentityTables, StaffTables, ReadViews, ReportReads):
    """A consultation store: ingest's writes, staff work, staff views and the report's reads."""

    def __enter__(self) -> Store:
        return self


def open_store(path: Path | str, *, create: bool = True) -> Store:
    """Open (or create) the store at `path`, migrated to the current schema version."""
    return Store(connect(path, create=create), str(path))


__all__ = [
    "DERIVED_TABLES", "MIGRATIONS", "POINT_KEYS", "SCHEMA_VERSION", "STAFF_TABLES", "TABLES", "IngestBuffer",
    "Recognition", "Store", "migrate", "open_store", "response_id", "schema_version",
    "wait_for_writers",
]  # fmt: skip
