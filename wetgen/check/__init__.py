"""Checks on a bill: schema (from the loader), structure, references and the Aanwijzingen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from wetgen.check.aanwijzingen import check_aanwijzingen
from wetgen.check.files import check_files
from wetgen.check.instructions import check_instructions
from wetgen.check.references import check_references
from wetgen.check.structure import check_structure
from wetgen.errors import Diagnostic
from wetgen.loader import LoadResult, load_draft
from wetgen.model import Bill
from wetgen.source import pinpoint

Checker = Callable[[Bill], list[Diagnostic]]
CHECKERS: list[Checker] = [check_structure, check_references, check_aanwijzingen, check_instructions,
                           check_files]  # fmt: skip


def check_bill(bill: Bill) -> list[Diagnostic]:
    """Run every rule family on a loaded bill and return the findings in source order."""
    return in_source_order([d for checker in CHECKERS for d in checker(bill)])


def in_source_order(found: list[Diagnostic]) -> list[Diagnostic]:
    """Sort findings by line, column and code, so output is stable and reads top to bottom."""
    return sorted(found, key=lambda d: (d.location.path, d.location.line, d.location.col, d.code))


def check_file(path: str | Path, when_clean: list[Checker] | None = None) -> LoadResult:
    """Load a draft and run every check; `when_clean` checkers run only if no errors were found.

    The CLI passes the Akoma Ntoso schema validation as a `when_clean` checker: an incomplete
    bill would only repeat its errors as schema errors.
    """
    result = load_draft(path)
    if result.bill is not None:
        found = on_the_words([*result.diagnostics, *check_bill(result.bill)], result.text, result.path)
        result.diagnostics = in_source_order(found)
        if result.ok and when_clean:
            result.diagnostics += [d for checker in when_clean for d in checker(result.bill)]
    return result


def on_the_words(found: list[Diagnostic], text: str, path: str) -> list[Diagnostic]:
    """Move each finding about words inside a text of the draft at `path` onto those words."""
    lines: list[str] | None = None
    out = []
    for diagnostic in found:
        if diagnostic.focus is not None and diagnostic.location.path == path:
            lines = text.splitlines() if lines is None else lines
            moved = pinpoint(lines, diagnostic.location, diagnostic.focus)
            diagnostic = replace(diagnostic, location=moved) if moved else replace(diagnostic, focus=None)
        out.append(diagnostic)
    return out
