"""The object users touch: a Word document written on a reference .docx.

The reference gives the styles, the page setup and everything else in the package; the
document gets a new body, header and footer, footnotes, comments, pictures, sections and
properties, and is saved deterministically. Paragraphs refer to styles by name (English or
Dutch, any case); the names are resolved to the reference's style ids.

Writers that make many paragraphs (a bill of thousands of articles) build fragments with
`wetgen.word.xml` and append them to `WordDocument.body` directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from wetgen.errors import RenderError
from wetgen.word import parts, xml
from wetgen.word.package import CT_CORE, CT_CUSTOM, CT_WML, REL_TYPE, RT_CORE, Package, read_package
from wetgen.word.parts import Properties
from wetgen.word.styles import StyleMap
from wetgen.word.xml import roots

HEADINGS = tuple(f"Heading {n}" for n in range(1, 10))
CUSTOM_PART = "docProps/custom.xml"
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


class WordDocument:
    """A Word document built on a reference .docx: its styles and page setup, a new body."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.main = package.main_part()
        styles_part = package.related(self.main, REL_TYPE + "styles") or "word/styles.xml"
        self.styles = StyleMap.from_xml(package.part(styles_part))
        self.body: list[str] = []
        self.properties: Properties | None = None
        self._page = package.part(self.main)  # the reference body: its final section is the page
        self._landscape = False
        self._breaks: list[tuple[int, bool]] = []  # (body index, landscape) of section ends
        self._header: list[str] = []
        self._footer: list[str] = []
        self._notes: list[str] = []
        self._comments: list[str] = []
        self._pictures = 0

    @classmethod
    def open(cls, source: str | Path | bytes) -> WordDocument:
        """Open a reference .docx (a path or its bytes) to write a new document on."""
        return cls(read_package(source))

    # --- styles and page ------------------------------------------------------------------

    def require_styles(self, names: Sequence[str]) -> None:
        """Raise RenderError naming every style among `names` that the reference lacks."""
        missing = self.styles.missing(list(names))
        if missing:
            shown = ", ".join(f'"{name}"' for name in missing)
            raise RenderError(f"the reference document lacks these styles: {shown}")

    def text_width(self) -> int:
        """Return the width in twips between the margins of the current section."""
        return parts.text_width(self._page, landscape=self._landscape)

    def add_section(self, *, landscape: bool = False) -> None:
        """Start a new section, portrait or landscape (at the start: set the first one's)."""
        if self.body:
            self._breaks.append((len(self.body), self._landscape))
            self.body.append("")  # the section break, written on saving
        self._landscape = landscape

    # --- body -----------------------------------------------------------------------------

    def add_paragraph(self, text: str = "", style: str = "Normal", *, bold: bool = False,
                      italic: bool = False, keep_next: bool = False, align: str = "") -> None:  # fmt: skip
        """Add a paragraph of plain text in a style."""
        runs = xml.text_run(text, bold=bold, italic=italic) if text else ""
        self.add_runs(runs, style, keep_next=keep_next, align=align)

    def add_runs(self, runs: str, style: str = "Normal", *, keep_next: bool = False,
                 indent: tuple[int, int] | None = None, align: str = "") -> None:  # fmt: skip
        """Add a paragraph holding run XML (from `wetgen.word.xml`) in a style."""
        para = xml.paragraph(self.styles[style], runs, keep_next=keep_next, indent=indent,
                             align=align)  # fmt: skip
        self.body.append(para)

    def add_heading(self, text: str, level: int = 1) -> None:
        """Add a heading in the built-in style of its level (Heading 1–9)."""
        self.add_paragraph(text, HEADINGS[min(max(level, 1), len(HEADINGS)) - 1])

    def add_page_break(self) -> None:
        """Add a page break."""
        self.body.append(xml.page_break())

    def add_table(self, rows: Sequence[Sequence[str]], *, style: str = "",
                  widths: Sequence[int] = (), cell_style: str = "Normal") -> None:  # fmt: skip
        """Add a full-width table of text whose first row is a bold header repeated per page.

        Columns share the text width equally unless `widths` (twips) are given; `style` is a
        table style of the reference (thin grey borders without one). Rows stay on one page.
        """
        if not rows:
            return
        count = max(len(row) for row in rows)
        sizes = tuple(widths) or _equal(self.text_width(), count)
        out = [self.table_row(row, sizes, cell_style, header=i == 0) for i, row in enumerate(rows)]
        self.body.append(xml.table(out, sizes, style_id=self.styles.get(style) if style else ""))

    def table_row(self, cells: Sequence[str], widths: Sequence[int], cell_style: str = "Normal",
                  *, header: bool = False) -> str:  # fmt: skip
        """Return a table row of text cells; a header row is bold and repeats on every page."""
        style_id = self.styles[cell_style]
        tcs = [
            xml.table_cell([xml.paragraph(style_id, xml.text_run(text, bold=header))], width)
            for text, width in zip(cells, widths, strict=False)
        ]
        return xml.table_row(tcs, header=header, cant_split=not header)

    def add_picture(self, data: bytes, *, descr: str, style: str = "Normal", width: int = 0,
                    name: str = "", keep_next: bool = False) -> None:  # fmt: skip
        """Add a paragraph holding a PNG, JPEG or GIF picture (see `picture_run`)."""
        self.add_runs(self.picture_run(data, descr=descr, width=width, name=name), style,
                      keep_next=keep_next)  # fmt: skip

    def picture_run(self, data: bytes, *, descr: str, width: int = 0, name: str = "") -> str:
        """Store a picture in the package and return the run that shows it inline.

        `width` is in EMU (default: its own size at 96 dpi, at most the text width); the height
        keeps the proportions. `name` is the media file's stem, `descr` its alternative text.
        """
        info = parts.image_info(data)
        self._pictures += 1
        stem = name or f"image{self._pictures}"
        target = f"media/{stem}.{info.extension}"
        folder = self.main.rpartition("/")[0]
        self.package.set_part(f"{folder}/{target}" if folder else target, data, info.content_type)
        rid = self.package.relate(self.main, REL_TYPE + "image", target)
        w_px, h_px = info.pixels
        cx = width or min(w_px * xml.EMU_PER_PIXEL, self.text_width() * xml.EMU_PER_TWIP)
        size = (cx, int(cx * h_px / w_px))
        return xml.inline_picture(rid, self._pictures, f"{stem}.{info.extension}", descr, size)

    # --- notes and comments ---------------------------------------------------------------

    def add_footnote(self, paragraphs: Sequence[str]) -> str:
        """Add a footnote whose paragraphs hold run XML; return the run that refers to it."""
        note_id = len(self._notes) + 1
        text, ref = self.styles["footnote text"], self.styles["footnote reference"]
        self._notes.append(xml.footnote(note_id, list(paragraphs), text, ref))
        return xml.footnote_reference(note_id, ref)

    def add_comment(self, paragraphs: Sequence[str], *, author: str, date: str,
                    comment_id: int = 0) -> tuple[str, str]:  # fmt: skip
        """Add a comment (paragraphs of run XML); return the markers around the text it is on.

        `date` is W3CDTF; `comment_id` defaults to the next free number, pass one when the
        ids are shared with tracked changes (`Revisions.new_id`).
        """
        cid = comment_id or len(self._comments) + 1
        self._comments.append(xml.comment(cid, author, date, list(paragraphs)))
        return xml.comment_start(cid), xml.comment_end(cid)

    # --- header, footer, saving -----------------------------------------------------------

    def add_custom_xml(self, data: bytes, schema: str, item_id: str) -> None:
        """Store `data` as a custom XML part of the document (Word and LibreOffice keep these on
        save); `schema` is the namespace of its root and `item_id` a fixed GUID."""
        number = 1 + sum(name.startswith("customXml/item") and name.count("/") == 1
                         for name in self.package.parts)  # fmt: skip
        item, props = f"customXml/item{number}.xml", f"customXml/itemProps{number}.xml"
        self.package.set_part(item, data)
        self.package.set_part(props, parts.custom_xml_props_part(item_id, schema), CT_CUSTOM_XML_PROPS)
        self.package.relate(item, REL_TYPE + "customXmlProps", f"itemProps{number}.xml")
        self.package.relate(self.main, REL_TYPE + "customXml", f"../{item}")

    def set_header(self, lines: Sequence[str], style: str = "Header") -> None:
        """Show `lines` at the top of every page."""
        self._header = [xml.paragraph(self.styles[style], xml.text_run(t)) for t in lines]

    def set_footer(self, lines: Sequence[str] = (), style: str = "Footer", *,
                   page_number: bool = True) -> None:  # fmt: skip
        """Show `lines` and, below them, the page number at the bottom of every page."""
        sid = self.styles[style]
        self._footer = [xml.paragraph(sid, xml.text_run(t)) for t in lines]
        if page_number:
            self._footer.append(xml.paragraph(sid, xml.page_number_field()))

    def to_bytes(self, when: datetime) -> bytes:
        """Return the finished .docx; `when` is written as its date and its zip entries' time."""
        if self._comments:
            self._add_part("comments", "comments.xml", roots.comments_root(self._comments))
        header = footer = ""
        if self._header:
            header = self._add_part("header", "wetgen-header.xml", roots.header_root(self._header))
        if self._footer:
            footer = self._add_part("footer", "wetgen-footer.xml", roots.footer_root(self._footer))
        if self._notes:
            self._add_footnotes()
        self._write_body(header, footer)
        if self.properties is not None:
            self._write_properties(self.properties, when)
        return self.package.to_bytes(when)

    def save(self, path: str | Path, when: datetime) -> None:
        """Write the finished .docx to `path`."""
        Path(path).write_bytes(self.to_bytes(when))

    def _add_part(self, kind: str, target: str, data: bytes) -> str:
        folder = self.main.rpartition("/")[0]
        self.package.set_part(f"{folder}/{target}" if folder else target, data,
                              f"{CT_WML}{kind}+xml")  # fmt: skip
        return self.package.relate(self.main, REL_TYPE + kind, target)

    def _add_footnotes(self) -> None:
        existing = self.package.related(self.main, REL_TYPE + "footnotes")
        target = existing.rpartition("/")[2] if existing else "footnotes.xml"
        self._add_part("footnotes", target, roots.footnotes_root(self._notes))
        settings = self.package.related(self.main, REL_TYPE + "settings")
        if settings:
            old = self.package.part(settings)
            self.package.set_part(settings, parts.with_footnote_separators(old))

    def _write_body(self, header: str, footer: str) -> None:
        body = list(self.body)
        for index, landscape in self._breaks:
            sect = parts.section_xml(self._page, header, footer, landscape=landscape)
            body[index] = xml.section_break(sect)
        final = parts.section_xml(self._page, header, footer, landscape=self._landscape)
        self.package.set_part(self.main, roots.document_root("".join(body), final))

    def _write_properties(self, props: Properties, when: datetime) -> None:
        core = self.package.related("", RT_CORE) or "docProps/core.xml"
        self.package.set_part(core, parts.core_properties_part(props, when), CT_CORE)
        self.package.relate("", RT_CORE, core)
        self.package.set_part(CUSTOM_PART, parts.custom_properties_part(props), CT_CUSTOM)
        self.package.relate("", REL_TYPE + "custom-properties", CUSTOM_PART)


def _equal(total: int, count: int) -> tuple[int, ...]:
    share = total // max(count, 1)
    return (share,) * (count - 1) + (total - share * (count - 1),)
