"""The consultatieverslag as Word, in the house style of the reference .docx.

Written from the verslag's prose blocks (wetgen.prose.blocks) with the public Word API
(`wetgen.word`): paragraphs in the reference's styles (Opschrift, Heading 1–3, MvT tekst, MvT
opsomming, MvT citaat, Caption), tables in its "Table Grid", the charts as PNG pictures, a
header naming the version (public or internal) and page numbers in the footer. After the title
comes a table of contents whose page numbers are PAGEREF fields to bookmarks on the headings,
so that Word and LibreOffice (also when converting to PDF) fill them in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wetgen.consult.publish.charts import chart_png
from wetgen.consult.publish.model import Report, report_time
from wetgen.consult.publish.verslag import verslag_blocks
from wetgen.prose.blocks import Block, Figure, Heading, Inlines, ListItem, Quote, Span, Table
from wetgen.prose.blocks import Paragraph as Para
from wetgen.prose.blocks import plain_text as plain
from wetgen.render.bill_writer import clean
from wetgen.render.docx import Reference, resolve_reference
from wetgen.word import Properties, WordDocument, xml

STYLES = {"": "MvT tekst", "subtitle": "MvT tekst", "warning": "MvT tekst",
          "subheading": "MvT tekst", "item": "MvT opsomming", "quote": "MvT citaat",
          "caption": "Caption", "title": "Opschrift", "toc": "TOC Heading"}  # fmt: skip
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
TOC_LEVELS = 2
TABLE_STYLE = "Table Grid"
EMU_PER_INCH = 914_400
_WHITE = re.compile(r"\s+")
IMAGE_WIDTH_INCH = 6.0


def render_docx(report: Report, reference: Reference = None) -> bytes:
    """Return the consultatieverslag as a .docx in the house style of `reference`."""
    document = WordDocument.open(resolve_reference(reference))
    writer = BlockWriter(document, charts=lambda name: chart_png(report, name))
    writer.write(verslag_blocks(report), contents="Inhoudsopgave")
    mode = "openbare versie" if report.public else "INTERN – niet publiceren"
    document.set_header([f"Consultatieverslag {report.title}", mode])
    document.set_footer()
    document.properties = Properties(
        title=f"Consultatieverslag {report.title}",
        subject="Consultatieverslag en concept MvT-paragraaf Advies en consultatie",
        status=report.mode,
        creator="wetgen",
        keywords="consultatieverslag",
        custom=(("Documentsoort", "Consultatieverslag"), ("Modus", report.mode)),
    )
    return document.to_bytes(report_time(report))


class BlockWriter:
    """Writes prose blocks into a Word document in the house styles, with a contents list."""

    def __init__(self, document: WordDocument, charts=None) -> None:
        self.document, self.styles = document, document.styles
        self.charts = charts  # chart name → PNG bytes, for figures
        self.figures = 0
        self.toc: list[tuple[int, str, str]] = []  # (level, text, bookmark)

    def write(self, blocks: Sequence[Block], *, contents: str = "") -> None:
        """Write the blocks; with `contents`, a table of contents (so titled) goes before the
        first numbered heading."""
        start = None
        for block in blocks:
            if start is None and isinstance(block, Heading) and block.level >= 1:
                start = len(self.document.body)
            self.block(block)
        if contents and self.toc:
            at = len(self.document.body) if start is None else start
            self.document.body[at:at] = self.contents(contents)

    def contents(self, title: str) -> list[str]:
        """Return the table of contents: its title, a line per heading with its page, a break."""
        lines = [xml.paragraph(self.styles[STYLES["toc"]], xml.text_run(title))]
        for level, text, bookmark in self.toc:
            runs = xml.page_reference_runs(xml.text_run(text), bookmark)
            lines.append(xml.paragraph(self.styles[f"toc {level}"], runs))
        return [*lines, xml.page_break()]

    def block(self, block: Block) -> None:
        """Write one block."""
        add = self.document.add_runs
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Para):
            keep = block.role in ("subheading", "warning")
            add(self.runs(block.inlines), STYLES.get(block.role, STYLES[""]), keep_next=keep)
        elif isinstance(block, ListItem):
            add(xml.text_run(block.label) + xml.tab_run() + self.runs(block.inlines), STYLES["item"])
        elif isinstance(block, Quote):
            add(self.runs(block.inlines), STYLES["quote"])
        elif isinstance(block, Table):
            rows = [[clean(plain(c)) for c in row] for row in (block.header, *block.rows)]
            self.document.add_table(rows, style=TABLE_STYLE)
            self.document.add_paragraph("", STYLES[""])
        elif isinstance(block, Figure):
            self.figure(block)

    def heading(self, block: Heading) -> None:
        """Write a heading: the title in Opschrift, others bookmarked for the contents."""
        text = clean(plain(block.inlines))
        if block.level == 0:
            self.document.add_paragraph(text, STYLES["title"])
            return
        level = min(block.level, len(HEADINGS))
        runs = xml.text_run(text)
        if level <= TOC_LEVELS:
            bookmark = f"_Toc{len(self.toc) + 1:05d}"
            self.toc.append((level, text, bookmark))
            runs = xml.bookmarked(len(self.toc), bookmark, runs)
        self.document.body.append(xml.paragraph(self.styles[HEADINGS[level - 1]], runs))

    def runs(self, inlines: Inlines) -> str:
        """Return run XML for inlines (bold and italic kept; white space collapsed, not cut)."""
        return "".join(xml.text_run(_WHITE.sub(" ", s.text), bold=s.bold, italic=s.italic)
                       for s in inlines if isinstance(s, Span) and s.text)  # fmt: skip

    def figure(self, block: Figure) -> None:
        """Add a chart as an inline PNG picture with its numbered caption."""
        if self.charts is None:
            return
        self.figures += 1
        title = clean(plain(block.caption))
        self.document.add_picture(
            self.charts(block.source), descr=title, style=STYLES["caption"],
            width=int(IMAGE_WIDTH_INCH * EMU_PER_INCH), name=f"wetgen-grafiek-{block.source}",
            keep_next=True,
        )  # fmt: skip
        self.document.add_paragraph(f"Figuur {self.figures}. {title}", STYLES["caption"])
