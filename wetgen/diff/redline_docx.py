"""Two versions of a bill as one Word document with real tracked changes (a redline).

The rows of `redline_rows.aligned_rows` (the paragraphs of OLD and NEW, merged as the
ChangeSet pairs their units) become paragraphs of the NEW bill with revisions back to OLD:

- unchanged paragraphs are plain;
- a paragraph of a changed unit carries word-level w:del / w:ins runs (Dutch word tokens),
  a renumbered designation ("3." → "2.", "D" → "E") a small w:del / w:ins of its own;
- the paragraphs of an inserted or deleted unit are wrapped in w:ins or w:del, and so is
  their paragraph mark, so accepting or rejecting removes whole paragraphs;
- a moved unit is a w:moveFrom block where it was and a w:moveTo block where it is now;
- a renumbering is explained in a comment on the first paragraph of its list.

Accepting every revision gives the NEW bill's paragraphs, rejecting every one the OLD bill's.
The author is "wetgen" (or `author`) and the date that of the NEW version (or `when`), so the
output is deterministic.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from wetgen.diff.changes import ChangeSet
from wetgen.diff.redline_rows import Row, aligned_rows
from wetgen.diff.tokens import TextOp, word_ops
from wetgen.formulas import dutch_date
from wetgen.gcpause import gc_paused
from wetgen.model import Bill
from wetgen.render.bill_writer import Para, paragraph_xml, plain_runs
from wetgen.render.docx import Reference, build_time, open_reference
from wetgen.word import Properties, StyleMap, WordDocument, w3cdtf, xml

AUTHOR = "wetgen"


@gc_paused()
def render_redline_docx(
    old: Bill,
    new: Bill,
    changes: ChangeSet | None = None,
    reference: Reference = None,
    *,
    author: str = AUTHOR,
    when: datetime | None = None,
) -> bytes:
    """Render OLD → NEW as a .docx of the NEW bill with tracked changes back to OLD, by
    `author` at `when` (default: the NEW version's date)."""
    document = open_reference(reference)
    rows = aligned_rows(old, new, changes, document.styles)
    when = when or build_time(new)
    revisions = xml.Revisions(author, w3cdtf(when))
    document.body.extend(redline_paragraphs(rows, document, revisions))
    header = [bill_title(new), f"Wijzigingen {old.version.label} → {new.version.label}"]
    return finish_comparison(document, (old, new), "Wijzigingen", header, author=author, when=when)


def finish_comparison(document: WordDocument, versions: tuple[Bill, Bill], kind: str,
                      header: list[str], *, author: str, when: datetime) -> bytes:  # fmt: skip
    """Add the header, the page-numbered footer and the properties of a comparison of two
    versions ("Wijzigingen", "Wetsvergelijking"), made by `author` at `when`; return its bytes."""
    document.set_header(header)
    document.set_footer()
    document.properties = replace(document_properties(*versions, kind), modified_by=author)
    return document.to_bytes(when)


def redline_paragraphs(
    rows: list[Row], document: WordDocument, revisions: xml.Revisions
) -> list[str]:
    """Return the body paragraphs (XML) of the redline; its notes become comments."""
    out: list[str] = []
    marks = paragraph_marks(rows)
    end = ""
    for n, row in enumerate(rows):
        start = ""
        if row.move and (n == 0 or not _same_block(rows[n - 1], row)):
            start, end = revisions.move_range(row.kind, row.move)
        last = bool(row.move) and (n == len(rows) - 1 or not _same_block(rows[n + 1], row))
        tail = end if last else ""
        if row.note:  # only paired rows carry a note, never a move
            start, tail = document.add_comment(
                [xml.text_run(row.note)], author=revisions.author, date=revisions.date,
                comment_id=revisions.new_id())  # fmt: skip
        out.append(_redline_row(row, document.styles, revisions, marks[n], (start, tail)))
    return out


_MARKS = {"inserted": "ins", "deleted": "del", "moveFrom": "moveFrom", "moveTo": "moveTo"}


def paragraph_marks(rows: list[Row]) -> list[str]:
    """Return the revision of each row's paragraph mark: "ins", "del", "moveFrom", … or "".

    The mark of a document's last paragraph cannot go, so when the document ends in inserted
    (or deleted) paragraphs, the marks move one paragraph up: the mark before the new text is
    the inserted one, as when Word tracks typing Enter at the end.
    """
    marks = [_MARKS.get(row.inner if row.inner == "inserted" else row.kind, "") for row in rows]
    if not marks or marks[-1] not in ("ins", "del"):
        return marks
    first = len(marks) - 1
    while first > 0 and marks[first - 1] == marks[-1]:
        first -= 1
    if first > 0 and not marks[first - 1]:
        marks[first - 1 : len(marks)] = [marks[-1]] * (len(marks) - first) + [""]
    return marks


# --- rows as tracked-change paragraphs ------------------------------------------------------


def _same_block(a: Row, b: Row) -> bool:
    return a.kind == b.kind and a.move == b.move and bool(a.move)


def _redline_row(
    row: Row, styles: StyleMap, rev: xml.Revisions, mark: str, edges: tuple[str, str]
) -> str:
    """Return one paragraph of the redline; `edges` open and close a range (move, comment)."""
    start, end = edges
    change = ""
    if row.kind == "same":
        para, runs = row.new, plain_runs(row.new)
    elif row.kind == "changed":
        para, runs, change = row.new, _changed_runs(row, rev), _style_change(row, styles, rev)
    elif row.kind == "inserted":
        para, runs = row.new, rev.ins(plain_runs(row.new))
    elif row.kind == "deleted":
        para, runs = row.old, rev.deleted(row.old.plain())
    elif row.kind == "moveTo" and row.inner == "inserted":
        para, runs = row.new, rev.ins(plain_runs(row.new))
    elif row.kind == "moveTo" and row.inner == "changed":
        para, runs = row.new, rev.moved("moveTo", _changed_runs(row, rev))
        change = _style_change(row, styles, rev)
    else:
        para = row.old if row.kind == "moveFrom" else row.new
        runs = rev.moved(row.kind, plain_runs(para))
    mark_xml = rev.mark(mark) if mark else ""
    return paragraph_xml(para, styles, start + runs + end, mark=mark_xml, change=change)


def _changed_runs(row: Row, rev: xml.Revisions) -> str:
    ops = row.ops or word_ops(row.old.text, row.new.text)
    return _label_runs(row.old, row.new, rev) + _word_runs(ops, rev)


def _style_change(row: Row, styles: StyleMap, rev: xml.Revisions) -> str:
    if row.old.style == row.new.style:
        return ""
    return rev.style_change(styles[row.old.style])


def _label_runs(old: Para, new: Para, rev: xml.Revisions) -> str:
    if old.labelled and new.labelled:
        if old.label == new.label:
            return xml.text_run(new.label) + xml.tab_run()
        return rev.deleted(old.label) + rev.inserted(new.label) + xml.tab_run()
    gone = rev.deleted(old.label + "\t") if old.labelled else ""
    came = rev.ins(xml.text_run(new.label) + xml.tab_run()) if new.labelled else ""
    return gone + came


def _word_runs(ops: tuple[TextOp, ...], rev: xml.Revisions) -> str:
    out = []
    for op in ops:
        if op.op == "equal":
            out.append(xml.text_run(op.old))
        else:
            out.append(rev.deleted(op.old) + rev.inserted(op.new))
    return "".join(out) or xml.text_run("")


# --- document metadata ----------------------------------------------------------------------


def bill_title(bill: Bill) -> str:
    """Return the citeertitel of a bill, or its opschrift when it has none."""
    return bill.citeertitel or bill.opschrift


def document_properties(old: Bill, new: Bill, kind: str) -> Properties:
    """Return the document properties of a comparison of two versions ("Wijzigingen"...)."""
    versions = f"{old.version.label} → {new.version.label}"
    return Properties(
        title=f"{bill_title(new)}, {kind.lower()} {versions}",
        subject=new.opschrift,
        version=new.version.label,
        status=new.version.stage.value,
        creator=f"Ministerie van {new.ministry}" if new.ministry else "",
        keywords="wetsvoorstel; wijzigingen",
        custom=(
            ("Documentsoort", kind),
            ("Citeertitel", new.citeertitel),
            ("Oude versie", f"{old.version.label} ({dutch_date(old.version.date)})"),
            ("Nieuwe versie", f"{new.version.label} ({dutch_date(new.version.date)})"),
        ),
    )
