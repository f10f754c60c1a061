"""The XML layer: every raw WordprocessingML and DrawingML fragment wetgen writes.

Fragments are `str` (quick to build for bills of thousands of articles) and parts are `bytes`.
Raw `<w:` markup lives in this package only (a test scans wetgen/ for it); nothing here knows
about bills. Modules, from small to large: `text` (escaping, runs), `revisions` (tracked
changes), `blocks` (paragraphs, breaks, tables), `fields` (PAGE, TOC), `notes` (footnotes,
comments), `drawing` (inline pictures), `roots` (the part roots), `ns` (namespaces).
"""

from wetgen.word.xml.blocks import (
    page_break,
    paragraph,
    section_break,
    table,
    table_cell,
    table_row,
    with_leading,
)
from wetgen.word.xml.drawing import EMU_PER_PIXEL, EMU_PER_TWIP, inline_picture
from wetgen.word.xml.fields import (
    bookmarked,
    field_begin,
    field_end,
    page_number_field,
    page_reference_runs,
    simple_field,
    toc_paragraphs,
)
from wetgen.word.xml.notes import (
    comment,
    comment_end,
    comment_start,
    footnote,
    footnote_reference,
)
from wetgen.word.xml.ns import R_NS, W_NS
from wetgen.word.xml.revisions import Revisions, count_revisions
from wetgen.word.xml.text import (
    deleted_text_run,
    esc,
    labelled_runs,
    run_props,
    tab_run,
    text_run,
    uncapped_run,
)

__all__ = [
    "EMU_PER_PIXEL",
    "EMU_PER_TWIP",
    "R_NS",
    "W_NS",
    "Revisions",
    "bookmarked",
    "comment",
    "comment_end",
    "comment_start",
    "count_revisions",
    "deleted_text_run",
    "esc",
    "field_begin",
    "field_end",
    "footnote",
    "footnote_reference",
    "inline_picture",
    "labelled_runs",
    "page_break",
    "page_number_field",
    "page_reference_runs",
    "paragraph",
    "run_props",
    "section_break",
    "simple_field",
    "tab_run",
    "uncapped_run",
    "table",
    "table_cell",
    "table_row",
    "text_run",
    "toc_paragraphs",
    "with_leading",
]
