"""The reactietabel: one row per point, a campaign's copies in one row, as a deterministic .xlsx.

Columns: the point id (the row's identity), respondent (public only, else an anonymised
label; for a campaign its name and size), category, article or onderdeel, passage, campaign,
how many points the row stands for, what became of its place in the newer version of the
bill, then the "Reactie" and "Aanpassing wetsvoorstel" columns to fill in, and two hidden
fingerprints that let an import tell a point or a reaction that changed in the store since
the export. A hidden sheet lists every exported id, so a deleted row is noticed. No cell
starts a formula. It prints on A4 landscape, fitted to the width, the header row on every page.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wetgen.consult.publish.model import Report, report_time
from wetgen.consult.publish.xlsx_package import tidy_workbook

SHEET = "Reactietabel"
MANIFEST = "wetgen"
FORMAT_TAG = "wetgen-reactietabel-1"
COLUMNS = (
    ("ID", 13),
    ("Respondent", 20),
    ("Categorie", 13),
    ("Artikel / onderdeel", 20),
    ("Passage", 55),
    ("Campagne", 18),
    ("Aantal", 7),
    ("Wetsvoorstel na consultatie", 24),
    ("Reactie", 40),
    ("Aanpassing wetsvoorstel", 24),
    ("Kenmerk punt", 14),
    ("Kenmerk reactie", 14),
)
HEADERS = tuple(name for name, _ in COLUMNS)
REACTION_COL, CHANGE_COL = HEADERS.index("Reactie"), HEADERS.index("Aanpassing wetsvoorstel")
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL = 32_000
CHARS_PER_WIDTH = 1.15
LINE_POINTS = 15


def neutralise(value: str) -> str:
    """Return text safe for a spreadsheet cell: no formula start, no control characters."""
    value = _ILLEGAL.sub("", value)[:MAX_CELL]
    return "'" + value if value.startswith(TRIGGERS) else value


def unneutralise(value: object) -> str:
    """Return a cell's text as the user meant it (the neutralising quote removed)."""
    text = "" if value is None else str(value)
    if text.startswith("'") and text[1:2] and text[1:].startswith(TRIGGERS):
        return text[1:]
    return text


def reaction_mark(reaction: str, change: str) -> str:
    """Return the fingerprint of a stored reaction, to notice later changes."""
    return hashlib.sha1(f"{reaction}\x1f{change}".encode()).hexdigest()[:12]


def render_xlsx(report: Report, when: datetime | None = None) -> bytes:
    """Return the reactietabel of a report as .xlsx bytes, byte-identical for the same report."""
    stamp = when or report_time(report)  # first: a bad SOURCE_DATE_EPOCH fails before writing
    wb = Workbook(write_only=True)
    styles = _styles(wb)
    ws = wb.create_sheet(SHEET)  # the first sheet: xl/worksheets/sheet1.xml
    _layout(ws, len(report.rows))
    ws.append([_cell(ws, name, styles["header"]) for name in HEADERS])
    heights = [LINE_POINTS * 2 + 2]  # the header: bold, on two lines
    for row in report.rows:
        point = row.point
        values = (
            point.id, row.respondent, row.category, "; ".join(point.labels), point.text,
            report.campaign_name(point.campaign), row.count, point.bill_change, point.reaction,
            point.change, point.fingerprint, reaction_mark(point.reaction, point.change),
        )  # fmt: skip
        ws.append([
            _cell(ws, v, styles["fill" if REACTION_COL <= i <= CHANGE_COL else "wrap"])
            for i, v in enumerate(values)
        ])  # fmt: skip
        heights.append(row_height(values))
    _manifest(wb, report)
    wb.properties.creator = "wetgen"
    wb.properties.title = f"Reactietabel {report.title} ({report.mode})"
    wb.properties.created = wb.properties.modified = stamp.replace(tzinfo=None)
    buffer = BytesIO()
    wb.save(buffer)
    return tidy_workbook(buffer.getvalue(), stamp, {"xl/worksheets/sheet1.xml": heights})


def row_height(values: tuple) -> float:
    """Return the height in points a row needs to show its wrapped text, from the column
    widths (a character of 11 pt text is about 0.85 of a width unit), at most 409."""
    lines = 1
    for value, (_, width) in zip(values, COLUMNS[:-2], strict=False):
        per_line = max(1, int(width * CHARS_PER_WIDTH))
        text = str(value)
        lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))
    return min(409.0, LINE_POINTS * lines + 2)


def _styles(wb: Workbook) -> dict[str, str]:
    """Register the three cell styles once: header, wrapped text, and the cells to fill in."""
    top = Alignment(vertical="top", wrap_text=True)
    made = {
        "header": NamedStyle("wetgen-kop", font=Font(bold=True, color="FFFFFF"), alignment=top,
                             fill=PatternFill("solid", fgColor="154273")),
        "wrap": NamedStyle("wetgen-tekst", alignment=top),
        "fill": NamedStyle("wetgen-invullen", alignment=top,
                           fill=PatternFill("solid", fgColor="FFF4D6")),
    }  # fmt: skip
    for style in made.values():
        wb.add_named_style(style)
    return {key: style.name for key, style in made.items()}


def _cell(ws, value: str | int, style: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value if isinstance(value, int) else neutralise(value))
    cell.style = style
    return cell


def _layout(ws, rows: int) -> None:
    """Set widths, hidden fingerprint columns, the frozen header, the filter and the page
    (A4 landscape, fitted to the width, the header row repeated), before the rows."""
    letters = [get_column_letter(i + 1) for i in range(len(COLUMNS))]
    for letter, (_, width) in zip(letters, COLUMNS, strict=True):
        ws.column_dimensions[letter].width = width
    for hidden in letters[-2:]:
        ws.column_dimensions[hidden].hidden = True
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{letters[CHANGE_COL]}{rows + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_area = f"A1:{letters[CHANGE_COL]}{rows + 1}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "Pagina &P van &N"


def _manifest(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet(MANIFEST)
    ws.sheet_state = "hidden"
    ws.append([FORMAT_TAG, report.mode, neutralise(report.title)])
    for row in report.rows:
        ws.append([neutralise(row.point.id)])
