"""Two versions of a bill side by side: a wetsvergelijking table (old | new) in Word.

The rows are those of the redline (`aligned_rows`): a paragraph of OLD on the left and its
counterpart in NEW on the right, in the house style of the reference document. Within a row,
words that are gone are struck through on the left and new words underlined on the right; a
row only one side has is shaded (red for gone, green for new, blue for a moved unit, yellow
for a changed paragraph). The page is landscape, the header row repeats on every page.
"""

from __future__ import annotations

from datetime import datetime

from wetgen.diff.changes import ChangeSet
from wetgen.diff.redline_docx import AUTHOR, bill_title, finish_comparison
from wetgen.diff.redline_rows import Row, aligned_rows
from wetgen.diff.tokens import TextOp, word_ops
from wetgen.formulas import dutch_date
from wetgen.model import Bill
from wetgen.render.bill_writer import Para, full_opschrift, paragraph_xml
from wetgen.render.docx import Reference, build_time, open_reference
from wetgen.word import StyleMap, xml

SHADES = {
    "changed": ("FFF2CC", "FFF2CC"),
    "deleted": ("FBE4D5", ""),
    "inserted": ("", "E2F0D9"),
    "moveFrom": ("DEEAF6", ""),
    "moveTo": ("", "DEEAF6"),
    "same": ("", ""),
}
HEADER_SHADE = "D9D9D9"


def render_compare_docx(
    old: Bill,
    new: Bill,
    changes: ChangeSet | None = None,
    reference: Reference = None,
    *,
    author: str = AUTHOR,
    when: datetime | None = None,
) -> bytes:
    """Render OLD and NEW side by side as a two-column wetsvergelijking table in a .docx,
    last modified by `author` at `when` (default: the NEW version's date)."""
    document = open_reference(reference)
    document.add_section(landscape=True)
    half = document.text_width() // 2
    rows = aligned_rows(old, new, changes, document.styles)
    document.body.extend(_front(old, new, document.styles))
    document.body.append(compare_table(rows, document.styles, old, new, half))
    header = [bill_title(new), f"Wetsvergelijking {old.version.label} – {new.version.label}"]
    when = when or build_time(new)
    return finish_comparison(document, (old, new), "Wetsvergelijking", header, author=author, when=when)


def compare_table(rows: list[Row], styles: StyleMap, old: Bill, new: Bill, width: int) -> str:
    """Return the w:tbl of the comparison: a repeating header row, then one row per row."""
    heads = [_version_head(old, styles, width), _version_head(new, styles, width)]
    out = [xml.table_row(heads, header=True)]
    out.extend(_table_row(row, styles, width) for row in rows)
    return xml.table(out, (width, width))


def side_runs(row: Row) -> tuple[str, str]:
    """Return the run XML of the left (OLD) and right (NEW) cell of a row."""
    if row.kind == "changed":
        return _changed_runs(row.old, row.new, row.ops)
    if row.kind == "moveTo":  # within the moved unit, changes show as elsewhere
        if row.inner == "changed":
            return "", _changed_runs(row.old, row.new, row.ops)[1]
        return "", _runs(row.new, underline=row.inner == "inserted")
    left = _runs(row.old, strike=row.kind == "deleted") if row.old else ""
    right = _runs(row.new, underline=row.kind == "inserted") if row.new else ""
    return left, right


def _front(old: Bill, new: Bill, styles: StyleMap) -> list[str]:
    legend = (
        f"Links de {old.version.label} ({dutch_date(old.version.date)}), rechts de "
        f"{new.version.label} ({dutch_date(new.version.date)}). Doorgehaalde tekst vervalt, "
        "onderstreepte tekst is nieuw; verplaatste onderdelen zijn blauw gearceerd."
    )
    return [
        xml.paragraph(styles["Opschrift"], xml.text_run(full_opschrift(new)), keep_next=True),
        xml.paragraph(styles["Voorstel van wet"], xml.text_run("Wetsvergelijking")),
        xml.paragraph(styles["MvT tekst"], xml.text_run(legend)),
    ]


def _version_head(bill: Bill, styles: StyleMap, width: int) -> str:
    text = f"{bill.version.label} ({dutch_date(bill.version.date)})"
    para = xml.paragraph(styles["MvT tekst"], xml.text_run(text, bold=True), keep_next=True)
    return xml.table_cell([para], width, shade=HEADER_SHADE)


def _table_row(row: Row, styles: StyleMap, width: int) -> str:
    left, right = side_runs(row)
    shade_left, shade_right = SHADES[row.kind]
    old = row.old if row.kind != "moveTo" else None  # a moved unit's OLD text is elsewhere
    cells = [
        xml.table_cell([paragraph_xml(old, styles, left)] if old else [], width,
                         shade=shade_left),
        xml.table_cell([paragraph_xml(row.new, styles, right)] if row.new else [], width,
                         shade=shade_right),
    ]  # fmt: skip
    return xml.table_row(cells)


def _runs(para: Para, *, strike: bool = False, underline: bool = False) -> str:
    text = xml.text_run(para.text, strike=strike, underline=underline)
    if not para.labelled:
        return text
    label = xml.text_run(para.label, strike=strike, underline=underline)
    return label + xml.tab_run() + text


def _changed_runs(old: Para, new: Para, ops: tuple[TextOp, ...]) -> tuple[str, str]:
    left, right = _label_pair(old, new)
    for op in ops or word_ops(old.text, new.text):
        if op.op == "equal":
            left.append(xml.text_run(op.old))
            right.append(xml.text_run(op.new))
            continue
        left.append(xml.text_run(op.old, strike=True) if op.old else "")
        right.append(xml.text_run(op.new, underline=True) if op.new else "")
    return "".join(left), "".join(right)


def _label_pair(old: Para, new: Para) -> tuple[list[str], list[str]]:
    differ = old.label != new.label
    left = [xml.text_run(old.label, strike=differ), xml.tab_run()] if old.labelled else []
    right = [xml.text_run(new.label, underline=differ), xml.tab_run()] if new.labelled else []
    return left, right
