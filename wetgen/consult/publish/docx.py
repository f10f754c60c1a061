"""The consultatieverslag as Word, in the house style of the reference .docx.

Written with the public Word API (`wetgen.word`): paragraphs in the reference's styles
(Opschrift, Heading 1–3, MvT tekst, MvT opsomming, MvT citaat, Caption), tables in its
"Table Grid", the charts as PNG pictures, a header naming the version (public or internal)
and page numbers in the footer.
"""

from __future__ import annotations

from wetgen.consult.publish.charts import chart_png
from wetgen.consult.publish.model import Report, report_time
from wetgen.consult.publish.verslag import Block, verslag_blocks
from wetgen.render.bill_writer import clean
from wetgen.render.docx import Reference, resolve_reference
from wetgen.word import Properties, WordDocument, xml

STYLES = {
    "title": "Opschrift",
    "subtitle": "MvT tekst",
    "para": "MvT tekst",
    "warning": "MvT tekst",
    "subheading": "MvT tekst",
    "bullets": "MvT opsomming",
    "quote": "MvT citaat",
    "caption": "Caption",
}
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
TABLE_STYLE = "Table Grid"
EMU_PER_INCH = 914_400
IMAGE_WIDTH_INCH = 6.0


def render_docx(report: Report, reference: Reference = None) -> bytes:
    """Return the consultatieverslag as a .docx in the house style of `reference`."""
    document = WordDocument.open(resolve_reference(reference))
    writer = _Writer(report, document)
    for block in verslag_blocks(report):
        writer.block(block)
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


class _Writer:
    """Turns the verslag's blocks into paragraphs, tables and charts of the document."""

    def __init__(self, report: Report, document: WordDocument) -> None:
        self.report, self.document = report, document
        self.charts = 0

    def block(self, block: Block) -> None:
        """Write one block."""
        text = clean(block.text)
        add = self.document.add_paragraph
        if block.kind == "heading":
            self.document.add_heading(text, min(block.level, len(HEADINGS)))
        elif block.kind == "subtitle":
            add(text, STYLES[block.kind], italic=True)
        elif block.kind in ("subheading", "warning"):
            add(text, STYLES[block.kind], bold=True, keep_next=True)
        elif block.kind == "bullets":
            for item in block.items:
                self.document.add_runs(xml.labelled_runs("–", clean(item)), STYLES["bullets"])
        elif block.kind == "quote":
            source = xml.text_run(f" — {clean(block.source)}", italic=True)
            self.document.add_runs(xml.text_run(text) + source, STYLES["quote"])
        elif block.kind == "table":
            self.document.add_table(block.rows, style=TABLE_STYLE)
            add("", STYLES["para"])
        elif block.kind == "chart":
            self.chart(block)
        else:
            add(text, STYLES[block.kind])

    def chart(self, block: Block) -> None:
        """Add a chart as an inline PNG picture with its numbered caption."""
        self.charts += 1
        title = clean(block.text)
        self.document.add_picture(
            chart_png(self.report, block.source), descr=title, style=STYLES["caption"],
            width=int(IMAGE_WIDTH_INCH * EMU_PER_INCH), name=f"wetgen-grafiek-{block.source}",
            keep_next=True,
        )  # fmt: skip
        self.document.add_paragraph(f"Figuur {self.charts}. {title}", STYLES["caption"])
