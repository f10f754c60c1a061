"""The memorie van toelichting of two versions as one Word document with real tracked changes.

The MvT is read as sections of paragraphs (`mvt_sections`): the title lines, the algemeen
deel's sections, the artikelsgewijze toelichting on each article and onderdeel, and the
ondertekening. Sections pair as the comparison pairs them (`prose_diff`): the algemeen deel's by
heading and similarity, the artikelsgewijze through the body's own pairs, so the toelichting on a
renumbered onderdeel is compared with its old one. Within a pair of sections, paragraphs line up
in order (`align`), and the rows are laid out exactly as the bill's redline lays out its own
(`redline_docx.redline_paragraphs`): changed words as w:del / w:ins, whole paragraphs with their
paragraph marks, a changed style as w:pPrChange. Accepting every change gives NEW's MvT text,
rejecting every change OLD's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from wetgen.diff.align import align, ordered
from wetgen.diff.changes import ChangeSet
from wetgen.diff.compare import diff_bills
from wetgen.diff.mvt_sections import (
    ARTICLES_HEADING,
    GENERAL_HEADING,
    MvtLayout,
    Section,
    mvt_layout,
)
from wetgen.diff.prose_diff import pair_explanations, pair_general
from wetgen.diff.redline_docx import AUTHOR, bill_title, finish_comparison, redline_paragraphs
from wetgen.diff.redline_rows import Row
from wetgen.gcpause import gc_paused
from wetgen.model import Bill
from wetgen.render.bill_writer import HEADINGS, Para
from wetgen.render.docx import Reference, build_time, open_reference
from wetgen.word import StyleMap, w3cdtf, xml

KIND = "Wijzigingen memorie van toelichting"


@gc_paused()
def render_mvt_redline_docx(
    old: Bill,
    new: Bill,
    changes: ChangeSet | None = None,
    reference: Reference = None,
    *,
    author: str = AUTHOR,
    when: datetime | None = None,
) -> bytes:
    """Render the MvT of OLD → NEW as a .docx of NEW's MvT text with tracked changes back to
    OLD's, by `author` at `when` (default: the NEW version's date)."""
    document = open_reference(reference)
    rows = mvt_rows(old, new, changes, document.styles)
    when = when or build_time(new)
    revisions = xml.Revisions(author, w3cdtf(when))
    document.body.extend(redline_paragraphs(rows, document, revisions))
    header = [bill_title(new), f"Memorie van toelichting, wijzigingen {old.version.label} → {new.version.label}"]
    return finish_comparison(document, (old, new), KIND, header, author=author, when=when)


def mvt_rows(old: Bill, new: Bill, changes: ChangeSet | None, styles: StyleMap) -> list[Row]:
    """Return the paragraphs of OLD's and NEW's MvT merged into rows of a redline."""
    changes = diff_bills(old, new) if changes is None else changes
    a, b = mvt_layout(old, styles), mvt_layout(new, styles)
    rows = paragraph_rows(a.front, b.front)
    rows += paragraph_rows([Para(HEADINGS[0], "", GENERAL_HEADING)], [Para(HEADINGS[0], "", GENERAL_HEADING)])
    rows += _sections(a.general, b.general, pair_general(a.general, b.general))
    rows += paragraph_rows([Para(HEADINGS[0], "", ARTICLES_HEADING)], [Para(HEADINGS[0], "", ARTICLES_HEADING)])
    rows += _sections(a.articles, b.articles, pair_explanations(a.articles, b.articles, dict(changes.pairs)))
    return rows + paragraph_rows(a.closing, b.closing)


def layout_paragraphs(layout: MvtLayout) -> list[Para]:
    """Return every paragraph of an MvT as the redline prints it when nothing changed."""
    out = [*layout.front, Para(HEADINGS[0], "", GENERAL_HEADING)]
    out += [p for s in layout.general for p in (*s.heading, *s.body)]
    out.append(Para(HEADINGS[0], "", ARTICLES_HEADING))
    out += [p for s in layout.articles for p in (*s.heading, *s.body)]
    return out + list(layout.closing)


def paragraph_rows(olds: Sequence[Para], news: Sequence[Para]) -> list[Row]:
    """Return the rows of two runs of paragraphs lined up in order by their text."""
    pairs = align([p.plain() for p in olds], [p.plain() for p in news])
    rows = []
    for i, j in ordered(pairs, len(olds), len(news)):
        if i is None:
            rows.append(Row("inserted", new=news[j]))
        elif j is None:
            rows.append(Row("deleted", old=olds[i]))
        else:
            rows.append(Row("same" if olds[i] == news[j] else "changed", olds[i], news[j]))
    return rows


def _sections(olds: Sequence[Section], news: Sequence[Section], pairs) -> list[Row]:
    """Return the rows of two lists of sections: paired ones merged, the rest whole."""
    rows: list[Row] = []
    for i, j in ordered(pairs, len(olds), len(news)):
        if i is None:
            rows += [Row("inserted", new=p) for p in (*news[j].heading, *news[j].body)]
        elif j is None:
            rows += [Row("deleted", old=p) for p in (*olds[i].heading, *olds[i].body)]
        else:
            rows += paragraph_rows(olds[i].heading, news[j].heading)
            rows += paragraph_rows(olds[i].body, news[j].body)
    return rows
