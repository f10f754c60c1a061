"""Spreadsheets (.xlsx) from outside, opened with openpyxl only after the package is checked.

The package is checked first (a zip bomb, encryption, a member compressed by an unreadable
method, a DOCTYPE in any XML part), then openpyxl opens it read-only, and rows are read as they
come: the dimension a sheet declares is ignored, so a 2 KB file claiming A1:XFD1048576 costs
what its real cells cost. Every openpyxl error becomes a RefusedInput with one line.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from wetgen.inputs.archives import member_problem, open_archive, refuse_doctypes
from wetgen.inputs.limits import DEFAULT_LIMITS, Limits, RefusedInput, describe


def open_workbook(
    source: BinaryIO, where: str, limits: Limits = DEFAULT_LIMITS, formulas: bool = False
) -> Any:
    """Open a workbook read-only after checking its package; with `formulas`, a formula cell
    gives its formula text instead of its cached value."""
    import openpyxl

    if not source.seekable():
        source = io.BytesIO(source.read(limits.max_table_bytes + 1))
    archive = open_archive(source, where, limits, kind=".xlsx file")
    refuse_doctypes(archive, where)
    for info in archive.infolist():
        problem = member_problem(info)
        if problem:
            raise RefusedInput(where, f"{info.filename}: {problem}")
    source.seek(0)
    try:
        return openpyxl.load_workbook(source, read_only=True, data_only=not formulas)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise RefusedInput(where, f"not a readable .xlsx file ({describe(exc)})") from None


def sheet_rows(
    sheet: Any, where: str, damaged: list[str], limits: Limits = DEFAULT_LIMITS
) -> Iterator[tuple[Any, ...]]:
    """Yield a read-only sheet's rows as they come, ignoring its declared dimension, at most
    `max_columns` wide and `max_rows` long; damage ends the rows, with a line in `damaged`."""
    sheet.reset_dimensions()
    done = 0
    try:
        for row in sheet.iter_rows(values_only=True, max_col=limits.max_columns):
            if done == limits.max_rows:
                damaged.append(f"{where}: more than {limits.max_rows:,} rows: read no further")
                return
            done += 1
            yield row
    except Exception as exc:  # a damaged sheet: the rows before the damage stand
        damaged.append(f"{where}: damaged at row {done + 1}, read no further ({describe(exc)})")
