"""Two versions of a bill side by side: a wetsvergelijking table (old | new) in Word.

The rows are those of the redline (`aligned_rows`): a paragraph of OLD on the left and its
counterpart in NEW on the right, in the house style of the reference document. Within a row,
words that are gone are struck through on the left and new words underlined on the right; a
row only one side has is shaded (red for gone, green for new, blue for a moved unit, yellow
for a changed paragraph). The page is landscape, the header row repeats on every page.
"""

from __future__ import annotations

from wetgen.diff.changes import ChangeSet
from wetgen.diff.redline_docx import (
    Para,
    Row,
    aligned_rows,
    bill_title,
    document_properties,
    paragraph_xml,
)
from wetgen.diff.tokens import TextOp, word_ops
from wetgen.model import Bill
from wetgen.render import ooxml
from wetgen.render.docx import (
    Reference,
    _assemble,
    _open,
    _Styles,
    build_time,
    dutch_date,
    full_opschrift,
)

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
    old: Bill, new: Bill, changes: ChangeSet | None = None, reference: Reference = None
) -> bytes:
    """Render OLD and NEW side by side as a two-column wetsvergelijking table in a .docx."""
    package, styles = _open(reference)
    main = package.related("", ooxml.REL_TYPE + "officeDocument")
    package.set_part(main, ooxml.with_landscape(package.part(main)))
    half = ooxml.text_width(package.part(main)) // 2
    rows = aligned_rows(old, new, changes, styles)
    body = [*_front(old, new, styles), compare_table(rows, styles, old, new, half)]
    header = [bill_title(new), f"Wetsvergelijking {old.version.label} – {new.version.label}"]
    props = document_properties(old, new, "Wetsvergelijking")
    return _assemble(package, styles, body, header, props, build_time(new))


def compare_table(rows: list[Row], styles: _Styles, old: Bill, new: Bill, width: int) -> str:
    """Return the w:tbl of the comparison: a repeating header row, then one row per row."""
    heads = [_version_head(old, styles, width), _version_head(new, styles, width)]
    out = [ooxml.table_row(heads, header=True)]
    out.extend(_table_row(row, styles, width) for row in rows)
    return ooxml.table(out, (width, width))


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


def _front(old: Bill, new: Bill, styles: _Styles) -> list[str]:
    legend = (
        f"Links de {old.version.label} ({dutch_date(old.version.date)}), rechts de "
        f"{new.version.label} ({dutch_date(new.version.date)}). Doorgehaalde tekst vervalt, "
        "onderstreepte tekst is nieuw; verplaatste onderdelen zijn blauw gearceerd."
    )
    return [
        ooxml.paragraph(styles["Opschrift"], ooxml.text_run(full_opschrift(new)), keep_next=True),
        ooxml.paragraph(styles["Voorstel van wet"], ooxml.text_run("Wetsvergelijking")),
        ooxml.paragraph(styles["MvT tekst"], ooxml.text_run(legend)),
    ]


def _version_head(bill: Bill, styles: _Styles, width: int) -> str:
    text = f"{bill.version.label} ({dutch_date(bill.version.date)})"
    para = ooxml.paragraph(styles["MvT tekst"], ooxml.text_run(text, bold=True), keep_next=True)
    return ooxml.table_cell([para], width, shade=HEADER_SHADE)


def _table_row(row: Row, styles: _Styles, width: int) -> str:
    left, right = side_runs(row)
    shade_left, shade_right = SHADES[row.kind]
    old = row.old if row.kind != "moveTo" else None  # a moved unit's OLD text is elsewhere
    cells = [
        ooxml.table_cell([paragraph_xml(old, styles, left)] if old else [], width,
                         shade=shade_left),
        ooxml.table_cell([paragraph_xml(row.new, styles, right)] if row.new else [], width,
                         shade=shade_right),
    ]  # fmt: skip
    return ooxml.table_row(cells)


def _runs(para: Para, *, strike: bool = False, underline: bool = False) -> str:
    text = ooxml.text_run(para.text, strike=strike, underline=underline)
    if not para.labelled:
        return text
    label = ooxml.text_run(para.label, strike=strike, underline=underline)
    return label + ooxml.tab_run() + text


def _changed_runs(old: Para, new: Para, ops: tuple[TextOp, ...]) -> tuple[str, str]:
    left, right = _label_pair(old, new)
    for op in ops or word_ops(old.text, new.text):
        if op.op == "equal":
            left.append(ooxml.text_run(op.old))
            right.append(ooxml.text_run(op.new))
            continue
        left.append(ooxml.text_run(op.old, strike=True) if op.old else "")
        right.append(ooxml.text_run(op.new, underline=True) if op.new else "")
    return "".join(left), "".join(right)


def _label_pair(old: Para, new: Para) -> tuple[list[str], list[str]]:
    differ = old.label != new.label
    left = [ooxml.text_run(old.label, strike=differ), ooxml.tab_run()] if old.labelled else []
    right = [ooxml.text_run(new.label, underline=differ), ooxml.tab_run()] if new.labelled else []
    return left, right
