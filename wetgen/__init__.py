"""wetgen: Dutch legislative drafting and consultation, with bills as structured data.

The library API (see docs/api.md)::

    import wetgen

    bill = wetgen.load("drafts/huisvesting-vergunninghouders/02-adviesaanvraag.yaml")
    findings = wetgen.check_draft(bill)
    files = wetgen.build_bill(bill, "out", ["docx", "akn"])

Every name below is imported on first use (PEP 562), so `import wetgen` loads nothing else and
drafting never needs the consultation extra. `check`, `build`, `diff` and `consolidate` are
subpackages, so their functions are `check_draft`, `build_bill`, `diff_bills` and
`consolidate_bill`: a function of the same name as a subpackage would be replaced by the
subpackage the moment it is imported.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name → the module that defines it
_EXPORTS: dict[str, str] = {
    "load": "wetgen.api",
    "loads": "wetgen.api",
    "check_draft": "wetgen.api",
    "render_bill": "wetgen.api",
    "build_bill": "wetgen.api",
    "diff_bills": "wetgen.api",
    "redline": "wetgen.api",
    "nota": "wetgen.api",
    "import_bill": "wetgen.importer",
    "read_law": "wetgen.law.read",
    "fetch_law": "wetgen.api",
    "resolve_base": "wetgen.api",
    "consolidate_bill": "wetgen.consolidate.select",
    "ingest": "wetgen.api",
    "report": "wetgen.api",
    "Bill": "wetgen.model",
    "Diagnostic": "wetgen.errors",
    "Severity": "wetgen.errors",
    "WetgenError": "wetgen.errors",
    "DraftError": "wetgen.errors",
    "DraftInvalid": "wetgen.errors",
    "UsageError": "wetgen.errors",
    "ChangeSet": "wetgen.diff.changes",
    "Law": "wetgen.law.model",
    "Consolidation": "wetgen.consolidate.engine",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> object:
    """Import a public name from its module the first time it is asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'wetgen' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names with the module's own."""
    return sorted({*globals(), *__all__})
