"""Generate templates/reference.docx, the wetgen house style, with python-docx.

Run `python templates/make_reference_docx.py [OUT]`. The result holds only styles and page
setup (A4, Kamerstuk-like margins); wetgen fills in the body, header and footer. The output is
deterministic, so the committed file changes only when this script does.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from wetgen.word import Properties, read_package
from wetgen.word.parts import core_properties_part

FONT = "Times New Roman"
SIZE = 11
PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Cm(2.5), Cm(2.5), Cm(3.0), Cm(2.5)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
HANG = Cm(0.75)
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
    b'"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>wetgen</Application></Properties>"
)
DROPPED_PARTS = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml")


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style: its name and the few properties the house style sets."""

    name: str
    size: float = SIZE
    bold: bool = False
    italic: bool = False
    caps: bool = False
    align: str = "left"
    before: float = 0
    after: float = 6
    left: int = 0  # in hanging-indent steps
    hanging: bool = False
    keep_next: bool = False
    keep_together: bool = False
    outline: int | None = None


STYLES = (
    ParaStyle("Opschrift", size=12, bold=True, after=18, keep_next=True),
    ParaStyle("Voorstel van wet", size=12, bold=True, before=6, after=18, keep_next=True),
    ParaStyle("Memorie van toelichting", size=12, bold=True, caps=True, after=18),
    ParaStyle("Aanhef", after=8),
    ParaStyle("Artikeltekst", after=6),
    ParaStyle("Lid", left=1, hanging=True, after=6),
    ParaStyle("Onderdeel", left=2, hanging=True, after=3),
    ParaStyle("Subonderdeel", left=3, hanging=True, after=3),
    ParaStyle("Onderdeelletter", before=10, after=6, keep_next=True),
    ParaStyle("Wijzigingsopdracht", after=6, keep_next=True),
    ParaStyle("Wijziging genummerd", left=1, hanging=True, after=6, keep_next=True),
    ParaStyle("Nieuw artikel", bold=True, before=6, after=6, keep_next=True),
    ParaStyle("Slotformulier", before=18, after=12),
    ParaStyle("Ondertekening", before=12, after=36, keep_together=True),
    ParaStyle("MvT tekst", align="justify", after=8),
    ParaStyle("MvT opsomming", left=1, hanging=True, align="justify", after=4),
    ParaStyle("MvT citaat", left=1, italic=True, after=8),
)
TABLE_STYLE = "MvT tabel"
TABLE_BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
TABLE_CELL_MARGINS = {"top": 40, "left": 85, "bottom": 40, "right": 85}  # twips
HEADINGS = (  # (level, size, space before)
    (1, 12, 18),
    (2, 11, 14),
    (3, 11, 12),
    (4, 11, 10),
)


def build() -> bytes:
    """Return the reference document's bytes."""
    document = Document()
    _page_setup(document)
    _defaults(document)
    for spec in STYLES:
        _apply(_paragraph_style(document, spec.name), spec, document.styles["Normal"])
    for level, size, before in HEADINGS:
        _heading(document, level, size, before)
    _header_footer_styles(document)
    _footnote_styles(document)
    _toc_styles(document)
    _table_style(document)
    buffer = BytesIO()
    document.save(buffer)
    return _clean(buffer.getvalue())


def _page_setup(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = section.footer_distance = Cm(1.25)


def _defaults(document) -> None:
    normal = document.styles["Normal"]
    _font(normal, SIZE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    rpr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr.find(qn("w:rPr"))
    _set_fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), "nl-NL")


def _paragraph_style(document, name: str):
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    return styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)


def _apply(style, spec: ParaStyle, normal=None) -> None:
    if normal is not None:
        style.base_style = normal
    style.quick_style = True
    _font(style, spec.size, bold=spec.bold, italic=spec.italic, caps=spec.caps)
    fmt = style.paragraph_format
    fmt.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[
        spec.align
    ]
    fmt.space_before, fmt.space_after = Pt(spec.before), Pt(spec.after)
    fmt.keep_with_next = spec.keep_next or None
    fmt.keep_together = spec.keep_together or None
    if spec.left:
        fmt.left_indent = HANG * spec.left
        fmt.first_line_indent = -HANG if spec.hanging else None
        fmt.tab_stops.add_tab_stop(HANG * spec.left, WD_TAB_ALIGNMENT.LEFT)
    if spec.outline is not None:
        _outline(style, spec.outline)


def _heading(document, level: int, size: float, before: float) -> None:
    style = document.styles[f"Heading {level}"]
    spec = ParaStyle(f"Heading {level}", size=size, bold=True, before=before, after=6)
    _apply(style, spec, document.styles["Normal"])
    style.paragraph_format.keep_with_next = True
    _outline(style, level - 1)


def _header_footer_styles(document) -> None:
    for name, align in (("Header", WD_ALIGN_PARAGRAPH.LEFT), ("Footer", WD_ALIGN_PARAGRAPH.CENTER)):
        style = document.styles[name]
        _font(style, 8 if name == "Header" else 9)
        style.paragraph_format.alignment = align
        tabs = style.paragraph_format.tab_stops
        for stop in list(tabs):
            tabs._pPr.tabs.remove(stop._tab)
        tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)


def _footnote_styles(document) -> None:
    text = _paragraph_style(document, "footnote text")
    _font(text, 9)
    text.paragraph_format.space_after = Pt(2)
    text.paragraph_format.line_spacing = 1.0
    text.paragraph_format.left_indent = Cm(0.4)
    text.paragraph_format.first_line_indent = -Cm(0.4)
    ref = document.styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True
    for style in (text, ref):
        style.element.set(qn("w:styleId"), "Footnote" + style.name.split()[1].capitalize())


def _toc_styles(document) -> None:
    heading = document.styles["TOC Heading"]
    _font(heading, 12, bold=True)
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(8)
    for level in (1, 2, 3):
        style = _paragraph_style(document, f"toc {level}")
        style.element.set(qn("w:styleId"), f"TOC{level}")
        _font(style, SIZE, bold=level == 1)
        style.paragraph_format.left_indent = HANG * (level - 1)
        style.paragraph_format.space_after = Pt(3 if level == 1 else 0)
        style.paragraph_format.space_before = Pt(3 if level == 1 else 0)
        style.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)


def _table_style(document) -> None:
    """Add the MvT table style: thin black borders, no spacing, a bold header row."""
    style = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    borders = "".join(TABLE_BORDER.format(side=side) for side in sides)
    margins = "".join(f'<w:{k} w:w="{v}" w:type="dxa"/>' for k, v in TABLE_CELL_MARGINS.items())
    parts = (
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>'
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders>"
        f"<w:tblCellMar>{margins}</w:tblCellMar></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr>'
        "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr></w:tblStylePr>"
    )
    style.element.extend(list(parse_xml(f"<w:style {nsdecls('w')}>{parts}</w:style>")))


def _font(style, size: float, *, bold=False, italic=False, caps=False) -> None:
    font = style.font
    font.name = FONT
    font.size = Pt(size)
    font.bold, font.italic = bold, italic
    font.all_caps = caps or None
    font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.element.get_or_add_rPr())


def _set_fonts(rpr) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)


def _outline(style, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    node = ppr.find(qn("w:outlineLvl"))
    if node is None:
        node = ppr.makeelement(qn("w:outlineLvl"), {})
        ppr.append(node)
    node.set(qn("w:val"), str(level))


def _clean(data: bytes) -> bytes:
    package = read_package(data)
    for name in DROPPED_PARTS:
        package.drop_part(name)
    for name in [n for n in package.parts if n.startswith("customXml/")]:
        package.drop_part(name)
    props = Properties(title="wetgen huisstijl", creator="wetgen")
    package.set_part("docProps/core.xml", core_properties_part(props, WHEN))
    package.set_part("docProps/app.xml", APP_XML)
    return package.to_bytes(WHEN)


def main(argv: list[str]) -> int:
    """Write the reference document to argv[0] or next to this script."""
    out = Path(argv[0]) if argv else Path(__file__).with_name("reference.docx")
    out.write_bytes(build())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
