"""Spreadsheets (.xlsx) from outside, opened with openpyxl only after the package is checked.

The package is checked first (a zip bomb, encryption, a member compressed by an unreadable
method, a DOCTYPE in any XML part), then openpyxl opens it read-only, and rows are read as they
come: the dimension a sheet declares is ignored, so a 2 KB file claiming A1:XFD1048576 costs
what its real cells cost. Every openpyxl error becomes a RefusedInput with one line.

openpyxl parses with expat, which before 2.6 parses again from its start a token (a tag, a
comment) that spans many reads: a stored 16 MB tag takes 17 s, a 1 GB one hours. openpyxl reads
the package through the file we give it, so that file checks the deadline on every read, and
the time budget holds even inside one row.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from wetgen.inputs.archives import member_problem, open_archive, refuse_doctypes
from wetgen.inputs.limits import DEFAULT_LIMITS, Deadline, Limits, RefusedInput, describe


class TimeUp(RefusedInput):
    """A spreadsheet's time budget ran out while it was read."""


class TimedReader(io.RawIOBase):
    """A seekable binary file that raises TimeUp on a read past the deadline."""

    def __init__(self, raw: BinaryIO, where: str, deadline: Deadline) -> None:
        super().__init__()
        self.raw, self.where, self.deadline = raw, where, deadline

    def readable(self) -> bool:
        """Tell io that this file can be read."""
        return True

    def seekable(self) -> bool:
        """Tell zipfile that this file can be sought."""
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move in the underlying file."""
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        """Return the position in the underlying file."""
        return self.raw.tell()

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Fill `buffer` from the underlying file, unless the time is up."""
        if self.deadline.passed:
            raise TimeUp(self.where, f"the time limit is {self.deadline.seconds:.0f} s")
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_workbook(
    source: BinaryIO, where: str, limits: Limits = DEFAULT_LIMITS, formulas: bool = False,
    deadline: Deadline | None = None,
) -> Any:  # fmt: skip
    """Open a workbook read-only after checking its package; with `formulas`, a formula cell
    gives its formula text instead of its cached value; past `deadline`, every read of the
    package raises TimeUp."""
    import openpyxl

    if not source.seekable():
        source = io.BytesIO(source.read(limits.max_table_bytes + 1))
    if deadline is not None:
        source = TimedReader(source, where, deadline)
    archive = open_archive(source, where, limits, kind=".xlsx file")
    refuse_doctypes(archive, where)
    for info in archive.infolist():
        problem = member_problem(info)
        if problem:
            raise RefusedInput(where, f"{info.filename}: {problem}")
    source.seek(0)
    try:
        return openpyxl.load_workbook(source, read_only=True, data_only=not formulas)
    except TimeUp:
        seconds = deadline.seconds if deadline else 0
        raise RefusedInput(where, f"took longer than {seconds:.0f} s to open: refused") from None
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
                damaged.append(f"{where}: only the first {limits.max_rows:,} rows were read")
                return
            done += 1
            yield row
    except TimeUp as exc:
        damaged.append(f"{where}: only the first {done:,} rows were read ({exc.reason})")
    except Exception as exc:  # a damaged sheet: the rows before the damage stand
        damaged.append(f"{where}: damaged at row {done + 1}, read no further ({describe(exc)})")
