"""The store stage: one SQLite file that keeps what ingest derived and what staff added."""

from wetgen.consult.store.base import (
    DERIVED_TABLES,
    MIGRATIONS,
    SCHEMA_VERSION,
    dump,
    get_meta,
    migrate,
    open_store,
    set_meta,
    transaction,
)

__all__ = ["DERIVED_TABLES", "MIGRATIONS", "SCHEMA_VERSION", "dump", "get_meta", "migrate",
           "open_store", "set_meta", "transaction"]  # fmt: skip
