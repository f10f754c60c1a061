"""The memorie van toelichting in Word: title, table of contents, algemeen deel, artikelsgewijze
toelichting, with real footnotes, tables and figures.

The Markdown is read once into prose blocks (`wetgen.prose`). A figure whose file is a
regular file inside the draft's folder (no larger than `MAX_FIGURE_BYTES`) is placed as a
picture with its caption; any other figure, a web address included, keeps only its caption
line. Nothing outside the draft's folder is ever read.
"""

from __future__ import annotations

import math
from pathlib import Path

from wetgen import ids
from wetgen.amend import wording
from wetgen.draft_files import MAX_FIGURE_BYTES, DraftFileRefused, read_draft_file
from wetgen.errors import RenderError
from wetgen.model import Article, Bill
from wetgen.prose.blocks import Block, Cell, Figure, Note, Span, Table, plain_text
from wetgen.prose.markdown_in import parse_markdown
from wetgen.render.bill_writer import HEADINGS, clean, full_opschrift
from wetgen.render.kamerstuk import MVT_KIND, heading_block
from wetgen.typography import typographic
from wetgen.word import WordDocument, xml

TOC_LEVELS = 3
TABLE_STYLE = "MvT tabel"
TABLE_TEXT_STYLE = "Normal"
CAPTION_STYLE = "Caption"
CHAR_TWIPS = 110  # the width of an average character at 11 pt, for a column's narrowest width
CELL_MARGINS = 170  # left and right cell margins together, in twips


class MvtWriter:
    """Writes the MvT: title, TOC, algemeen deel, artikelsgewijze toelichting, footnotes."""

    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self.styles = document.styles
        self.out: list[str] = []
        self.toc: list[tuple[int, str]] = []
        self.figures = 0
        self.root: Path | None = None  # the draft's folder; figures are read only inside it

    def mvt(self, bill: Bill) -> None:
        """Write the whole memorie van toelichting; the contents go in front once known."""
        self.root = draft_folder(bill)
        source = Path(bill.toelichting.source) if bill.toelichting.source else None
        self.section(1, "I. ALGEMEEN DEEL")
        self.markdown(bill.toelichting.algemeen, 2, source.parent if source else self.root)
        self.section(1, "II. ARTIKELSGEWIJS")
        for article in bill.articles():
            self.article(article)
        for signatory in bill.signatories:
            self.text("Ondertekening", signatory)
        self.document.body.extend([*self.front_matter(bill), *self.out])

    def text(self, style: str, text: str, *, keep_next: bool = False) -> None:
        """Add a paragraph holding plain text."""
        self.out.append(self.plain(style, text, keep_next=keep_next))

    def plain(self, style: str, text: str, *, keep_next: bool = False) -> str:
        """Return a paragraph holding plain text."""
        runs = xml.text_run(typographic(clean(text)))
        return xml.paragraph(self.styles[style], runs, keep_next=keep_next)

    def front_matter(self, bill: Bill) -> list[str]:
        """Return the title lines and the table of contents of the headings written so far."""
        front = heading_block(bill, MVT_KIND, "Memorie van toelichting", self.styles) or [
            self.plain("Opschrift", full_opschrift(bill), keep_next=True),
            self.plain("Memorie van toelichting", MVT_KIND),
        ]
        front.append(self.plain("TOC Heading", "Inhoudsopgave"))
        # Each line's page is a PAGEREF field to its heading's bookmark: LibreOffice computes it
        # when it lays the document out (also converting to PDF) and Word when it opens it; a
        # TOC field's cached result would keep whatever number it was written with.
        for n, (level, text) in enumerate(self.toc, start=1):
            runs = xml.page_reference_runs(xml.text_run(text), contents_bookmark(n))
            front.append(xml.paragraph(self.styles[f"toc {level}"], runs))
        # No page break after the contents: the algemeen deel follows on the same page, so a
        # contents that runs a few lines over does not leave a page almost empty.
        return front

    def section(self, level: int, text: str, runs: str = "") -> None:
        """Add a heading and remember it for the table of contents."""
        style = HEADINGS[min(max(level, 1), len(HEADINGS)) - 1]
        runs = runs or xml.text_run(typographic(clean(text)))
        if level <= TOC_LEVELS:
            self.toc.append((level, typographic(clean(text))))
            runs = xml.bookmarked(len(self.toc), contents_bookmark(len(self.toc)), runs)
        self.out.append(xml.paragraph(self.styles[style], runs))

    def article(self, article: Article) -> None:
        """Write the toelichting on an article and on each of its onderdelen."""
        if article.toelichting.strip():
            self.section(2, ids.article_heading(article.number, False))
            self.markdown(article.toelichting, 3, self.root)
        for onderdeel in article.onderdelen:
            if onderdeel.toelichting.strip():
                self.section(2, wording.onderdeel_heading(article, onderdeel))
                self.markdown(onderdeel.toelichting, 3, self.root)

    def markdown(self, text: str, top_level: int, folder: Path | None) -> None:
        """Write Markdown blocks; its highest heading level becomes `top_level`.

        `folder` is where the Markdown's figure files are looked up.
        """
        blocks = parse_markdown(text)
        levels = [b.level for b in blocks if b.kind == "heading"]
        shift = top_level - min(levels) if levels else 0
        for block in blocks:
            self.block(block, shift, folder)

    def block(self, block: Block, shift: int, folder: Path | None = None) -> None:
        """Write one prose block in the MvT styles."""
        if isinstance(block, Table):
            self.table(block)
            return
        if isinstance(block, Figure):
            self.figure(block, folder)
            return
        runs = self.runs(block.inlines)
        if block.kind == "heading":
            self.section(block.level + shift, plain_text(block.inlines), runs)
        elif block.kind == "item":
            left, hanging = self.styles.indent("MvT opsomming")
            indent = (left * block.level, hanging) if block.level > 1 else None
            runs = xml.text_run(block.label) + xml.tab_run() + runs
            self.out.append(xml.paragraph(self.styles["MvT opsomming"], runs, indent=indent))
        else:
            style = "MvT citaat" if block.kind == "quote" else "MvT tekst"
            self.out.append(xml.paragraph(self.styles[style], runs))

    def figure(self, figure: Figure, folder: Path | None) -> None:
        """Write a figure as a picture with its caption, or only the caption line."""
        self.figures += 1
        caption = plain_text(figure.caption)
        style = CAPTION_STYLE if CAPTION_STYLE in self.styles else "MvT tekst"
        data = figure_file(figure.source, folder, self.root)
        if data is not None:
            try:
                run = self.document.picture_run(data, descr=caption or figure.source)
            except RenderError:
                run = ""
            if run:
                self.out.append(xml.paragraph(self.styles["MvT tekst"], run, keep_next=True))
        shown = caption or figure.source
        label = f"Figuur {self.figures}. {shown}" if shown else f"Figuur {self.figures}"
        self.text(style, label)

    def table(self, table: Table) -> None:
        """Write a Markdown table as a Word table in the table style, then an empty paragraph."""
        columns = list(zip(table.header, *table.rows, strict=True))
        width = self.document.text_width()
        widths = column_widths([[plain_text(c) for c in col] for col in columns], width)
        rows = [self.table_row(table.header, widths, table.align, header=True)]
        rows += [self.table_row(row, widths, table.align) for row in table.rows]
        self.out.append(xml.table(rows, widths, style_id=self.styles[TABLE_STYLE]))
        self.out.append(xml.paragraph(self.styles[TABLE_TEXT_STYLE]))

    def table_row(self, cells: tuple[Cell, ...], widths: tuple[int, ...], align: tuple[str, ...],
                  *, header: bool = False) -> str:  # fmt: skip
        """Return a table row kept on one page; a header row is bold and repeats on every page."""
        out = []
        for i, cell in enumerate(cells):
            runs = self.runs(cell, bold=header)
            jc = align[i] if i < len(align) else ""
            para = xml.paragraph(self.styles[TABLE_TEXT_STYLE], runs, align=jc)
            out.append(xml.table_cell([para], widths[i]))
        return xml.table_row(out, header=header, cant_split=True)

    def runs(self, inlines: tuple[Span | Note, ...], *, bold: bool = False) -> str:
        """Return run XML for inlines, all bold if `bold`; each note becomes a real footnote."""
        out, before = [], ""
        for n, inline in enumerate(inlines):
            if isinstance(inline, Note):
                out.append(
                    self.document.add_footnote([self.note_runs(p) for p in inline.paragraphs])
                )
                continue
            strong = inline.bold or bold
            out.append(xml.text_run(typographic(inline.text, before), bold=strong, italic=inline.italic))
            before = inline.text or before
            out.append(_link_target(inline, inlines[n + 1 : n + 2], bold=strong))
        return "".join(out)

    def note_runs(self, spans: tuple[Span | Note, ...]) -> str:
        """Return run XML for a footnote's paragraph (nested notes are not possible in Word)."""
        out, before = [], ""
        for n, span in enumerate(spans):
            if isinstance(span, Span):
                out.append(xml.text_run(typographic(span.text, before), bold=span.bold, italic=span.italic))
                before = span.text or before
                out.append(_link_target(span, spans[n + 1 : n + 2], bold=span.bold))
        return "".join(out)


def contents_bookmark(number: int) -> str:
    """Return the name of the bookmark on the `number`th heading of the contents ("_Toc00001")."""
    return f"_Toc{number:05d}"


def draft_folder(bill: Bill) -> Path | None:
    """Return the folder of the bill's draft file, or None when it was not read from a file."""
    path = Path(bill.loc.path)
    return path.parent.resolve() if path.is_file() else None


def figure_file(source: str, folder: Path | None, root: Path | None) -> bytes | None:
    """Return a figure's bytes when `source` names a regular file under `root`, within the cap
    (`wetgen.draft_files`, the check the toelichting passes too), else None.

    `source` is relative to `folder`; web addresses, absolute paths, files reached through a
    link that leaves `root`, special files and files over `MAX_FIGURE_BYTES` give None (the
    check reports them).
    """
    if root is None or folder is None or source.startswith("/") or ":" in source:
        return None
    try:
        return read_draft_file(root, source, MAX_FIGURE_BYTES, folder)
    except DraftFileRefused:
        return None


def _link_target(span: Span, following: tuple[Span | Note, ...], *, bold: bool) -> str:
    """Return the run printing a web link's address after its last span, unless it is shown."""
    if not span.href.startswith(("http://", "https://")) or span.href in span.text:
        return ""
    if following and isinstance(following[0], Span) and following[0].href == span.href:
        return ""
    return xml.text_run(f" ({span.href})", bold=bold, italic=span.italic)


def column_widths(columns: list[list[str]], total: int) -> tuple[int, ...]:
    """Return column widths in twips that add up to `total`, by the square root of their text.

    A column is widened, at the expense of the widest, so that its longest word fits.
    """
    weights = [math.sqrt(max(sum(len(text) for text in col), 1)) for col in columns]
    widths = [int(total * w / sum(weights)) for w in weights]
    for i, col in enumerate(columns):
        longest = max((len(word) for text in col for word in text.split()), default=0)
        need = min(longest * CHAR_TWIPS + CELL_MARGINS, total // len(columns)) - widths[i]
        if need > 0:
            widest = max(range(len(widths)), key=lambda j: widths[j])
            widths[widest] -= need
            widths[i] += need
    widths[-1] += total - sum(widths)
    return tuple(widths)
