"""The amended law and the wetsvergelijking in Word, written through the public Word API.

- `render_law_docx`: the law as amended in the house style (headings, Artikeltekst, Lid,
  Onderdeel, Subonderdeel), a footnote on every changed unit naming the onderdeel behind it.
- `render_compare_docx`: the wetsvergelijking. First the changed articles as real tracked
  changes (accept all: the amended law; reject all: the current one), then, on landscape
  pages, a two-column table (current | amended) in which words taken out are struck through
  on the left and words brought in underlined on the right, one-sided rows shaded.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from wetgen.consolidate.comparison import Block, Row, comparison
from wetgen.consolidate.engine import Consolidation
from wetgen.consolidate.notes import note_text
from wetgen.consolidate.view import Para, law_paras
from wetgen.errors import RenderError
from wetgen.formulas import dutch_date, file_time
from wetgen.law.model import Law
from wetgen.render.docx import open_reference
from wetgen.word import Properties, WordDocument, w3cdtf, xml

AUTHOR = "wetgen"
LEGEND = ("De huidige tekst naast de tekst na wijziging. Links doorgehaald: wat vervalt; rechts "
          "onderstreept: wat nieuw is. Rood: alleen in de huidige tekst; groen: alleen in de tekst na "
          "wijziging; geel: gewijzigd.")  # fmt: skip
_TEXT_STYLES = ("Artikeltekst", "Lid", "Onderdeel", "Subonderdeel")
_SHADE_OLD, _SHADE_NEW, _SHADE_CHANGED, _HEADER_SHADE = "FBE4D5", "E2F0D9", "FFF2CC", "D9D9D9"


def render_law_docx(result: Consolidation, subtitle: str, when: str) -> bytes:
    """Return the amended law as a .docx with a footnote on every changed unit."""
    document = open_reference()
    _front(document, result.law.citeertitel, subtitle)
    for para in law_paras(result.law):
        marks = result.provenance.get(para.address) if para.first else None
        note = document.add_footnote([xml.text_run(note_text(marks))]) if marks else ""
        document.add_runs(_runs(para) + note, style(para), keep_next=para.heading)
    return _finish(document, result.law, "Geconsolideerde tekst", subtitle, when)


def render_compare_docx(old: Law, result: Consolidation, subtitle: str, when: str) -> bytes:
    """Return the wetsvergelijking as a .docx: tracked changes, then a two-column table."""
    document = open_reference()
    title = result.law.citeertitel or old.citeertitel
    _front(document, f"Wetsvergelijking {title}".strip(), subtitle)
    blocks = comparison(old, result)
    if not blocks:
        document.add_paragraph("De wet wordt niet gewijzigd.", "Artikeltekst")
    revisions = xml.Revisions(AUTHOR, w3cdtf(_time(when)))
    for block in blocks:
        if block.context:
            document.add_paragraph(block.context, "Heading 1", keep_next=True)
        document.body.extend(tracked(row, document, revisions) for row in block.rows)
    if blocks:
        document.add_section(landscape=True)
        document.add_paragraph(LEGEND, "Artikeltekst", italic=True)
        document.body.append(_table(blocks, document))
        document.add_paragraph("", "Artikeltekst")  # a section that ends in a table loses its page setup in LibreOffice
    return _finish(document, result.law, "Wetsvergelijking", subtitle, when)


def tracked(row: Row, document: WordDocument, revisions: xml.Revisions) -> str:
    """Return one row of the comparison as a paragraph with tracked changes."""
    para = row.new or row.old
    assert para is not None
    style_id = document.styles[style(para)]
    if row.old is None or row.new is None:
        kind = "ins" if row.old is None else "del"
        text = f"{para.label}\t{para.text}" if para.label else para.text
        runs = revisions.inserted(text) if kind == "ins" else revisions.deleted(text)
        return xml.paragraph(style_id, runs, mark=revisions.mark(kind), keep_next=para.heading)
    label = ""
    if row.old.label == row.new.label:
        label = xml.text_run(row.new.label) + xml.tab_run() if row.new.label else ""
    else:
        label = revisions.deleted(row.old.label) + revisions.inserted(row.new.label) + xml.tab_run()
    runs = []
    for op in row.ops:
        if op.op == "equal":
            runs.append(xml.text_run(op.old))
        else:
            runs.append(revisions.deleted(op.old) + revisions.inserted(op.new))
    return xml.paragraph(style_id, label + "".join(runs), keep_next=para.heading)


def style(para: Para) -> str:
    """Return the house style of a paragraph of the law."""
    if para.heading:
        return f"Heading {min(max(para.level - 1, 1), 4)}"
    return _TEXT_STYLES[min(para.depth, len(_TEXT_STYLES) - 1)]


def _table(blocks: list[Block], document: WordDocument) -> str:
    width = document.text_width() // 2
    normal = document.styles["Normal"]
    heads = [xml.table_cell([xml.paragraph(normal, xml.text_run(head, bold=True))], width, shade=_HEADER_SHADE)
             for head in ("Huidige tekst", "Tekst na wijziging")]  # fmt: skip
    rows = [xml.table_row(heads, header=True)]
    for block in blocks:
        if block.context:
            cells = [xml.table_cell([xml.paragraph(normal, xml.text_run(block.context, italic=True))], width)] * 2
            rows.append(xml.table_row(cells, cant_split=True))
        rows.extend(_table_row(row, document, width) for row in block.rows)
    return xml.table(rows, (width, width))


def _table_row(row: Row, document: WordDocument, width: int) -> str:
    cells = []
    for side, para, shade in (("old", row.old, _SHADE_OLD), ("new", row.new, _SHADE_NEW)):
        if para is None:
            cells.append(xml.table_cell([], width))
            continue
        runs = "".join(
            xml.text_run(text, strike=mark == "del", underline=mark == "ins") for mark, text in row.pieces(side)
        )
        label = xml.text_run(para.label) + xml.tab_run() if para.label else ""
        paragraphs = [xml.paragraph(document.styles[style(para)], label + runs)]
        if side == "new" and row.note:
            paragraphs.append(xml.paragraph(document.styles["Normal"], xml.text_run(row.note, italic=True)))
        one_sided = row.old is None or row.new is None
        fill = shade if one_sided else _SHADE_CHANGED if row.changed else ""
        cells.append(xml.table_cell(paragraphs, width, shade=fill))
    return xml.table_row(cells, cant_split=True)


def _runs(para: Para) -> str:
    return xml.labelled_runs(para.label, para.text) if para.label else xml.text_run(para.text)


def _front(document: WordDocument, title: str, subtitle: str) -> None:
    document.add_paragraph(title, "Opschrift")
    if subtitle:
        document.add_paragraph(subtitle, "Artikeltekst", italic=True)


def _finish(document: WordDocument, law: Law, kind: str, subtitle: str, when: str) -> bytes:
    title = law.citeertitel or "Wet"
    document.set_header([title, f"{kind}, {dutch_date(when)}"])
    document.set_footer()
    document.properties = Properties(
        title=f"{title}, {kind.lower()}", subject=subtitle, version=when, creator=AUTHOR,
        keywords="wet; consolidatie", custom=(("Documentsoort", kind), ("BWB", law.bwb_id), ("Datum", when)),
    )  # fmt: skip
    return document.to_bytes(_time(when))


def _time(when: str) -> datetime:
    try:
        day = date.fromisoformat(when)
    except ValueError:
        raise RenderError(f"not an ISO date: {when!r}") from None
    return file_time(datetime(day.year, day.month, day.day, tzinfo=UTC))
