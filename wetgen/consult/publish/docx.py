"""The consultatieverslag as Word, in the house style of the reference .docx.

Paragraphs use the reference's styles (Opschrift, Heading 1–3, MvT tekst, MvT opsomming,
MvT citaat, Caption), tables its "Table Grid", and the charts are PNG images. Text runs,
paragraphs, headers, footers, properties and the deterministic zip come from
wetgen.render.ooxml; the drawing and table XML that module lacks is written here.
"""

from __future__ import annotations

import struct

from wetgen.consult.publish.charts import chart_png
from wetgen.consult.publish.model import Report, report_time
from wetgen.consult.publish.verslag import Block, verslag_blocks
from wetgen.errors import RenderError
from wetgen.render import ooxml
from wetgen.render.docx import Reference, clean, resolve_reference

STYLES = {
    "title": "Opschrift",
    "subtitle": "MvT tekst",
    "para": "MvT tekst",
    "warning": "MvT tekst",
    "subheading": "MvT tekst",
    "bullets": "MvT opsomming",
    "quote": "MvT citaat",
    "caption": "Caption",
    "header": "Header",
    "footer": "Footer",
}
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
TABLE_STYLE = "Table Grid"
EMU_PER_INCH = 914_400
IMAGE_WIDTH_INCH = 6.0
TEXT_WIDTH_TWIPS = 9000
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def render_docx(report: Report, reference: Reference = None) -> bytes:
    """Return the consultatieverslag as a .docx in the house style of `reference`."""
    package = ooxml.read_package(resolve_reference(reference))
    main = package.related("", ooxml.REL_TYPE + "officeDocument")
    if not main:
        raise RenderError("the reference document has no main document part; is it a .docx?")
    styles_part = package.related(main, ooxml.REL_TYPE + "styles") or "word/styles.xml"
    styles = ooxml.style_ids_by_name(package.part(styles_part))
    writer = _Writer(report, package, main, styles)
    for block in verslag_blocks(report):
        writer.block(block)
    _finish(package, main, styles, writer.out, report)
    return package.to_bytes(report_time(report))


class _Writer:
    """Turns blocks into body XML, adding chart images to the package."""

    def __init__(self, report: Report, package: ooxml.Package, main: str, styles: dict) -> None:
        self.report, self.package, self.main, self.styles = report, package, main, styles
        self.out: list[str] = []
        self.images = 0

    def style(self, name: str) -> str:
        """Return the style id of a style name; RenderError names a style the reference lacks."""
        try:
            return self.styles[name.lower()]
        except KeyError:
            raise RenderError(f'the reference document lacks the style "{name}"') from None

    def para(self, kind: str, runs: str, keep_next: bool = False) -> None:
        """Add one paragraph in the style for `kind`."""
        self.out.append(ooxml.paragraph(self.style(STYLES[kind]), runs, keep_next=keep_next))

    def block(self, block: Block) -> None:
        """Write one block."""
        text = clean(block.text)
        if block.kind == "heading":
            style = HEADINGS[min(block.level, len(HEADINGS)) - 1]
            self.out.append(ooxml.paragraph(self.style(style), ooxml.text_run(text)))
        elif block.kind == "subtitle":
            self.para(block.kind, ooxml.text_run(text, italic=True))
        elif block.kind in ("subheading", "warning"):
            self.para(block.kind, ooxml.text_run(text, bold=True), keep_next=True)
        elif block.kind == "bullets":
            for item in block.items:
                self.para(
                    "bullets", ooxml.text_run("–") + ooxml.tab_run() + ooxml.text_run(clean(item))
                )
        elif block.kind == "quote":
            self.para(
                "quote",
                ooxml.text_run(text) + ooxml.text_run(f" — {clean(block.source)}", italic=True),
            )
        elif block.kind == "table":
            self.out.append(self.table(block.rows))
        elif block.kind == "chart":
            self.chart(block)
        else:
            self.para(block.kind, ooxml.text_run(text))

    def table(self, rows: tuple[tuple[str, ...], ...]) -> str:
        """Return a w:tbl in the reference's table style, with a repeating header row."""
        width = TEXT_WIDTH_TWIPS // max(1, len(rows[0]))
        style = self.styles.get(TABLE_STYLE.lower(), "")
        tbl_style = f'<w:tblStyle w:val="{ooxml.esc(style)}"/>' if style else ""
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in rows[0])
        body = "".join(self.row(r, i == 0, width) for i, r in enumerate(rows))
        return (f'<w:tbl><w:tblPr>{tbl_style}<w:tblW w:w="0" w:type="auto"/>'
                '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
                + ooxml.paragraph(self.style(STYLES["para"])))  # fmt: skip

    def row(self, cells: tuple[str, ...], header: bool, width: int) -> str:
        """Return one table row; header cells are bold and repeat on every page."""
        pr = "<w:trPr><w:tblHeader/></w:trPr>" if header else "<w:trPr><w:cantSplit/></w:trPr>"
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + ooxml.paragraph(self.style("Normal"), ooxml.text_run(clean(c), bold=header))
            + "</w:tc>"
            for c in cells
        )
        return f"<w:tr>{pr}{tcs}</w:tr>"

    def chart(self, block: Block) -> None:
        """Add a chart as an inline PNG image with its caption."""
        self.images += 1
        png = chart_png(self.report, block.source)
        name = f"media/wetgen-grafiek-{block.source}.png"
        folder = self.main.rpartition("/")[0]
        self.package.set_part(f"{folder}/{name}" if folder else name, png, "image/png")
        rid = self.package.relate(self.main, ooxml.REL_TYPE + "image", name)
        self.para("caption", _drawing(rid, self.images, clean(block.text), png), keep_next=True)
        self.para("caption", ooxml.text_run(f"Figuur {self.images}. {clean(block.text)}"))


def _drawing(rid: str, number: int, title: str, png: bytes) -> str:
    """Return a run holding an inline picture, sized to the text width."""
    width_px, height_px = struct.unpack(">II", png[16:24])
    cx = int(IMAGE_WIDTH_INCH * EMU_PER_INCH)
    cy = int(cx * height_px / width_px)
    descr = ooxml.esc(title)
    return (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{NS_WP}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{number}" name="Grafiek {number}" '
        f'descr="{descr}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{NS_A}" '
        f'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="{NS_A}">'
        f'<a:graphicData uri="{NS_PIC}"><pic:pic xmlns:pic="{NS_PIC}"><pic:nvPicPr>'
        f'<pic:cNvPr id="{number}" name="grafiek-{number}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        f"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def _finish(
    package: ooxml.Package, main: str, styles: dict, body: list[str], report: Report
) -> None:
    """Add header, footer, section properties and document properties; set the body."""

    def add(kind: str, data: bytes) -> str:
        """Add a header or footer part and return its relationship id."""
        folder = main.rpartition("/")[0]
        target = f"wetgen-{kind}.xml"
        package.set_part(
            f"{folder}/{target}" if folder else target, data, f"{ooxml.CT_WML}{kind}+xml"
        )
        return package.relate(main, ooxml.REL_TYPE + kind, target)

    mode = "openbare versie" if report.public else "INTERN – niet publiceren"
    header = ooxml.header_part([ooxml.paragraph(styles["header"], ooxml.text_run(line)) for line in
                                (f"Consultatieverslag {report.title}", mode)])  # fmt: skip
    footer = ooxml.footer_part([ooxml.paragraph(styles["footer"], ooxml.page_number_field())])
    sect = ooxml.section_properties(
        package.part(main), add("header", header), add("footer", footer)
    )
    package.set_part(main, ooxml.document_part("".join(body), sect))
    props = ooxml.Properties(
        title=f"Consultatieverslag {report.title}",
        subject="Consultatieverslag en concept MvT-paragraaf Advies en consultatie",
        status=report.mode,
        creator="wetgen",
        keywords="consultatieverslag",
        custom=(("Documentsoort", "Consultatieverslag"), ("Modus", report.mode)),
    )
    when = report_time(report)
    core_rel = (
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    )
    core = package.related("", core_rel) or "docProps/core.xml"
    package.set_part(core, ooxml.core_properties_part(props, when),
                     "application/vnd.openxmlformats-package.core-properties+xml")  # fmt: skip
    package.relate("", core_rel, core)
    package.set_part("docProps/custom.xml", ooxml.custom_properties_part(props),
                     "application/vnd.openxmlformats-officedocument.custom-properties+xml")  # fmt: skip
    package.relate("", ooxml.REL_TYPE + "custom-properties", "docProps/custom.xml")
