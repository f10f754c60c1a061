"""Read a filled-in reactietabel back into the store, by point id, without losing anything.

A row of a campaign's copies carries the id of the group's head; its reaction is stored on
that point and stands for every copy (wetgen.consult.publish.collapse), so it is compared with
what the table showed: the group's reaction.

Rules: a reaction is written only for a point that is still what it was at export time and
whose stored reaction nobody changed since; everything else is reported as a conflict and
left alone. An empty cell never clears a stored reaction. Importing the same file twice
changes nothing the second time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from wetgen.consult.errors import ConsultError
from wetgen.consult.publish.builder import current_fingerprints, effective_reactions
from wetgen.consult.publish.xlsx import FORMAT_TAG, MANIFEST, SHEET, reaction_mark, unneutralise
from wetgen.consult.store import Store
from wetgen.errors import UsageError
from wetgen.inputs import DEFAULT_LIMITS, Deadline, RefusedInput
from wetgen.inputs.files import open_regular
from wetgen.inputs.sheets import open_workbook, sheet_rows

MAX_BYTES = 50 * 1024 * 1024
# the time budget of a spreadsheet; 40,000 rows (3.6 MB) read in about 17 s on two cores
SECONDS = DEFAULT_LIMITS.seconds_per_table
REQUIRED = ("ID", "Reactie", "Aanpassing wetsvoorstel", "Kenmerk punt", "Kenmerk reactie")
KINDS = {
    "unknown": "onbekend id: dit punt is nooit uit deze store geëxporteerd",
    "gone": "het punt bestaat niet meer in de store (opnieuw ingelezen?)",
    "point_changed": "het punt is in de store gewijzigd sinds de export",
    "reaction_changed": "de reactie in de store is gewijzigd sinds de export",
    "deleted": "de rij is uit de tabel verwijderd",
    "duplicate": "het id staat meer dan eens in de tabel",
    "no_id": "de rij heeft geen id",
}


@dataclass(frozen=True)
class Conflict:
    """A row that was not imported, and why."""

    row: int  # spreadsheet row number, 0 for a deleted row
    point_id: str
    kind: str

    def __str__(self) -> str:
        where = f"rij {self.row}" if self.row else "ontbrekende rij"
        return f"{where}, {self.point_id or '(geen id)'}: {KINDS[self.kind]}"


@dataclass
class ImportResult:
    """What an import did: points updated, rows that changed nothing, and conflicts."""

    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0  # rows left empty where the store already has a reaction
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    number: int
    point_id: str
    reaction: str
    change: str
    point_mark: str
    reaction_mark: str


def import_reactions(store: Store, path: Path | str) -> ImportResult:
    """Import the reactions in a filled-in reactietabel into the store; return what happened."""
    exported, rows = read_table(Path(path))
    data = store.report_data()
    marks = current_fingerprints(data)
    stored = {pid: (*given, "") for pid, given in effective_reactions(data).items()}
    result = ImportResult()
    writes: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for row in rows:
        write = _judge(row, exported, marks, stored, seen, result)
        if write:
            writes.append(write)
    result.conflicts.extend(Conflict(0, pid, "deleted") for pid in sorted(set(exported) - seen))
    store.write_reactions(writes)
    result.updated.extend(pid for pid, _, _ in writes)
    return result


def _judge(row, exported, marks, stored, seen, result) -> tuple[str, str, str] | None:
    """Return the write a row asks for, or None (recording a conflict or a no-op)."""
    if not row.point_id:
        if row.reaction or row.change:
            result.conflicts.append(Conflict(row.number, "", "no_id"))
        return None
    if row.point_id in seen:
        result.conflicts.append(Conflict(row.number, row.point_id, "duplicate"))
        return None
    seen.add(row.point_id)
    old_reaction, old_change, _ = stored.get(row.point_id, ("", "", ""))
    new = (row.reaction or old_reaction, row.change or old_change)
    if row.point_id not in marks:
        kind = "gone" if row.point_id in exported else "unknown"
        if row.reaction or row.change or kind == "unknown":
            result.conflicts.append(Conflict(row.number, row.point_id, kind))
        return None
    if new == (old_reaction, old_change):
        result.kept += bool((old_reaction or old_change) and not (row.reaction or row.change))
        result.unchanged += 1
        return None
    if row.point_mark != marks[row.point_id]:
        result.conflicts.append(Conflict(row.number, row.point_id, "point_changed"))
        return None
    if row.reaction_mark != reaction_mark(old_reaction, old_change):
        result.conflicts.append(Conflict(row.number, row.point_id, "reaction_changed"))
        return None
    return (row.point_id, *new)


def read_table(path: Path) -> tuple[list[str], list[_Row]]:
    """Return the exported ids (from the hidden sheet) and the rows of a reactietabel; refuse a
    damaged, hostile or other file with one line, having imported nothing."""
    if path.is_dir():
        raise UsageError(f"{path}: a folder, not a reactietabel (.xlsx)")
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.stat().st_size > MAX_BYTES:
        raise ConsultError(
            f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; not a reactietabel"
        )
    try:
        with open_regular(path.resolve()) as handle:
            data = io.BytesIO(handle.read(MAX_BYTES + 1))
        # a formula is kept as its text
        wb = open_workbook(data, str(path), formulas=True, deadline=Deadline(SECONDS))
    except RefusedInput as exc:
        raise ConsultError(f"{path}: {exc.reason}; nothing was imported") from None
    damaged: list[str] = []
    try:
        if SHEET not in wb.sheetnames or MANIFEST not in wb.sheetnames:
            raise ConsultError(f"{path}: not a reactietabel made by `wetgen consult report`")
        exported = _manifest(path, sheet_rows(wb[MANIFEST], str(path), damaged))
        rows = _rows(path, sheet_rows(wb[SHEET], str(path), damaged))
    except ConsultError:
        if not damaged:
            raise
    finally:
        wb.close()
    if damaged:  # the damage, not what it made look missing
        raise ConsultError(f"{damaged[0]}; nothing was imported")
    return exported, rows


def _manifest(path: Path, rows) -> list[str]:
    head = next(rows, ())
    if not head or head[0] != FORMAT_TAG:
        raise ConsultError(f"{path}: the hidden sheet '{MANIFEST}' is missing or damaged")
    return [unneutralise(r[0]) for r in rows if r and r[0]]


def _rows(path: Path, rows) -> list[_Row]:
    header = [unneutralise(h).strip() for h in next(rows, ())]
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        raise ConsultError(f"{path}: the table lacks the column(s) {', '.join(missing)}")
    col = {h: header.index(h) for h in REQUIRED}
    out = []
    for number, values in enumerate(rows, start=2):
        cells = [unneutralise(v).strip() for v in values] + [""] * len(header)
        if not any(cells):
            continue
        out.append(_Row(number, *(cells[col[h]] for h in REQUIRED)))
    return out
