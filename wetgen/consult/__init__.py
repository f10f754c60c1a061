"""The consultation as four stages, read → analyse → store → publish; each imports only earlier ones.

- `read`: pages, spreadsheets and files → RawResponse values (untrusted input, safety limits);
- `analyse`: responses → categories, points, references resolved to the bill, campaigns;
- `store`: one SQLite file; `Store` owns every SQL statement;
- `publish`: the store → reports, the reactietabel, `consult show`, through one privacy gate.

`ingest` runs read → analyse → store; the CLI (wetgen.cli.consult) calls ingest, the Store
and publish. docs/architecture.md and docs/consultation.md describe the flow.
"""

from __future__ import annotations

__all__ = ["PointReferences", "ReferenceView", "explain_references"]


def __getattr__(name: str) -> object:
    """Return a public name of the consultation, imported when first asked for."""
    if name in __all__:
        from wetgen.consult.analyse import explain

        return getattr(explain, name)
    raise AttributeError(f"module 'wetgen.consult' has no attribute {name!r}")
