"""The one module that writes raw OOXML that python-docx lacks.

Sections, from small to large:

- text and runs (escaping, tabs, formatting);
- tracked changes (w:ins, w:del, w:moveFrom / w:moveTo with their ranges, paragraph-mark
  revisions and w:pPrChange), numbered by a `Revisions` counter;
- paragraphs;
- tables (a plain bordered grid with a repeating header row);
- fields (PAGE, TOC) as complex fields;
- footnotes (reference runs and the footnotes part);
- comments (range markers, reference runs and the comments part);
- headers and footers;
- document properties (core and custom);
- the package: reading a reference .docx, adding parts, relationships and content types, and
  writing a deterministic zip (fixed timestamps, sorted entries).

Everything here returns `str` XML fragments or `bytes` parts; nothing here knows about bills.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from pathlib import Path

from lxml import etree

from wetgen.errors import RenderError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

MAX_PART_BYTES = 64 * 1024 * 1024
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
ZIP_EPOCH = datetime(1980, 1, 1)

# --- text and runs --------------------------------------------------------------------------

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: str) -> str:
    """Escape text for XML content or a double-quoted attribute, dropping invalid characters."""
    # every invalid character is unprintable, and isprintable() is much quicker than the search
    if not text.isprintable() and _INVALID_XML.search(text):
        text = _INVALID_XML.sub("", text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def run_props(
    *,
    bold: bool = False,
    italic: bool = False,
    style_id: str = "",
    strike: bool = False,
    underline: bool = False,
) -> str:
    """Return a w:rPr element for the given character formatting, or "" when there is none."""
    if not (bold or italic or style_id or strike or underline):
        return ""
    parts = [f'<w:rStyle w:val="{esc(style_id)}"/>' if style_id else ""]
    parts.append("<w:b/>" if bold else "")
    parts.append("<w:i/>" if italic else "")
    parts.append("<w:strike/>" if strike else "")
    parts.append('<w:u w:val="single"/>' if underline else "")
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def text_run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    style_id: str = "",
    strike: bool = False,
    underline: bool = False,
) -> str:
    """Return a w:r holding `text`; tab characters become w:tab elements."""
    rpr = run_props(bold=bold, italic=italic, style_id=style_id, strike=strike, underline=underline)
    if "\t" not in text:
        return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else "<w:r/>"
    pieces = text.split("\t")
    body = "<w:tab/>".join(f'<w:t xml:space="preserve">{esc(p)}</w:t>' if p else "" for p in pieces)
    return f"<w:r>{rpr}{body}</w:r>"


def tab_run() -> str:
    """Return a run holding a single tab."""
    return "<w:r><w:tab/></w:r>"


def deleted_text_run(text: str) -> str:
    """Return a w:r holding deleted `text` as w:delText; tab characters become w:tab elements."""
    body = "<w:tab/>".join(
        f'<w:delText xml:space="preserve">{esc(p)}</w:delText>' if p else ""
        for p in text.split("\t")
    )
    return f"<w:r>{body}</w:r>" if body else ""


# --- tracked changes ------------------------------------------------------------------------


@dataclass
class Revisions:
    """Writes tracked changes by one author at one date, each with a document-unique w:id."""

    author: str
    date: str  # W3CDTF, e.g. "2027-03-15T00:00:00Z"
    next_id: int = 1
    moves: int = 0

    def new_id(self) -> int:
        """Return a fresh annotation id (for a revision, a move range or a comment)."""
        rev_id, self.next_id = self.next_id, self.next_id + 1
        return rev_id

    def _attrs(self) -> str:
        return f'w:id="{self.new_id()}" w:author="{esc(self.author)}" w:date="{self.date}"'

    def ins(self, runs: str) -> str:
        """Return `runs` (run XML) wrapped as an insertion."""
        return f"<w:ins {self._attrs()}>{runs}</w:ins>" if runs else ""

    def deleted(self, text: str) -> str:
        """Return `text` as a deletion (w:del around a run of w:delText)."""
        run = deleted_text_run(text)
        return f"<w:del {self._attrs()}>{run}</w:del>" if run else ""

    def inserted(self, text: str) -> str:
        """Return `text` as an insertion (w:ins around a run of w:t)."""
        return self.ins(text_run(text)) if text else ""

    def moved(self, kind: str, runs: str) -> str:
        """Return `runs` wrapped as moved text; `kind` is "moveFrom" or "moveTo"."""
        return f"<w:{kind} {self._attrs()}>{runs}</w:{kind}>" if runs else ""

    def mark(self, kind: str) -> str:
        """Return a paragraph-mark w:rPr recording that the mark was inserted, deleted or moved.

        `kind` is "ins", "del", "moveFrom" or "moveTo"; accepting or rejecting the revision
        then removes the paragraph itself, not only its text.
        """
        return f"<w:rPr><w:{kind} {self._attrs()}/></w:rPr>"

    def style_change(self, old_style_id: str) -> str:
        """Return a w:pPrChange recording that the paragraph had style `old_style_id` before."""
        old = f'<w:pPr><w:pStyle w:val="{esc(old_style_id)}"/></w:pPr>'
        return f"<w:pPrChange {self._attrs()}>{old}</w:pPrChange>"

    def new_move_name(self) -> str:
        """Return a fresh name that links a moveFrom range to its moveTo range."""
        self.moves += 1
        return f"move{self.moves}"

    def move_range(self, kind: str, name: str) -> tuple[str, str]:
        """Return the (start, end) markers of a move range; `kind` is "moveFrom" or "moveTo"."""
        rev_id = self.next_id
        start = f'<w:{kind}RangeStart {self._attrs()} w:name="{esc(name)}"/>'
        return start, f'<w:{kind}RangeEnd w:id="{rev_id}"/>'


# --- paragraphs -----------------------------------------------------------------------------


def paragraph(
    style_id: str,
    runs: str = "",
    *,
    keep_next: bool = False,
    indent: tuple[int, int] | None = None,
    mark: str = "",
    change: str = "",
    align: str = "",
) -> str:
    """Return a w:p with paragraph style `style_id` and the given run XML.

    `indent` overrides the style's indentation as (left, hanging) in twentieths of a point;
    a negative hanging is a first-line indent. `align` ("left", "center", "right") overrides
    the style's alignment. `mark` is the paragraph mark's w:rPr and `change` a w:pPrChange,
    both for tracked changes (see `Revisions`).
    """
    keep = "<w:keepNext/>" if keep_next else ""
    ind = _ind(indent) if indent else ""
    jc = f'<w:jc w:val="{esc(align)}"/>' if align else ""
    ppr = f'<w:pStyle w:val="{esc(style_id)}"/>{keep}{ind}{jc}{mark}{change}'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _ind(indent: tuple[int, int]) -> str:
    left, hanging = indent
    if hanging < 0:
        return f'<w:ind w:left="{left}" w:firstLine="{-hanging}"/>'
    return f'<w:ind w:left="{left}" w:hanging="{hanging}"/>'


def page_break() -> str:
    """Return a paragraph holding a page break."""
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


# --- tables ---------------------------------------------------------------------------------

_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def table(rows: list[str], widths: tuple[int, ...], *, style_id: str = "") -> str:
    """Return a full-width w:tbl of fixed column `widths` (twips) holding `rows`.

    With `style_id` the borders and cell margins come from that table style (its header-row
    formatting switched on); without, the table has thin grey borders of its own.
    """
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    if style_id:  # CT_TblPr order: tblStyle, tblW, …, tblLayout, tblCellMar, tblLook
        props = (
            f'<w:tblPr><w:tblStyle w:val="{esc(style_id)}"/><w:tblW w:w="5000" w:type="pct"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0620" w:firstRow="1" '
            'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            "</w:tblPr>"
        )
    else:
        props = (
            '<w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
            f'<w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
            '</w:tblCellMar><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        )
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def table_row(cells: list[str], *, header: bool = False, cant_split: bool = False) -> str:
    """Return a w:tr of `cells`; a header row repeats at the top of every page.

    With `cant_split` the row is kept on one page where it fits.
    """
    flags = ("<w:cantSplit/>" if cant_split else "") + ("<w:tblHeader/>" if header else "")
    props = f"<w:trPr>{flags}</w:trPr>" if flags else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def table_cell(paragraphs: list[str], width: int, *, shade: str = "") -> str:
    """Return a w:tc of `width` twips holding `paragraphs` (an empty paragraph if none)."""
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{esc(shade)}"/>' if shade else ""
    body = "".join(paragraphs) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{body}</w:tc>'


# --- fields ---------------------------------------------------------------------------------


def field_begin(instruction: str, *, dirty: bool = False) -> str:
    """Return the runs that open a complex field and hold its instruction, up to 'separate'."""
    flag = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_end() -> str:
    """Return the run that closes a complex field."""
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def simple_field(instruction: str, cached: str) -> str:
    """Return a complete complex field in one paragraph, with `cached` as its shown result."""
    return field_begin(instruction) + text_run(cached) + field_end()


def page_number_field() -> str:
    """Return a PAGE field (the current page number)."""
    return simple_field("PAGE", "1")


def toc_paragraphs(
    entries: list[tuple[int, str]],
    entry_style_ids: dict[int, str],
    *,
    levels: str = "1-3",
    placeholder: str = "",
) -> list[str]:
    """Return paragraphs holding a TOC field whose cached result lists `entries` (level, text).

    The field is marked dirty so Word recomputes it (page numbers) when the document opens;
    the cached entries make the table readable before that, e.g. in a PDF made by LibreOffice.
    """
    begin = field_begin(f'TOC \\o "{levels}" \\h \\z \\u', dirty=True)
    rows = [(lvl, txt) for lvl, txt in entries if lvl in entry_style_ids]
    if not rows:
        style = entry_style_ids[min(entry_style_ids)]
        return [paragraph(style, begin + text_run(placeholder) + field_end())]
    out = []
    for i, (level, text) in enumerate(rows):
        runs = (begin if i == 0 else "") + text_run(text)
        runs += field_end() if i == len(rows) - 1 else ""
        out.append(paragraph(entry_style_ids[level], runs))
    return out


# --- footnotes ------------------------------------------------------------------------------


def footnote_reference(note_id: int, ref_style_id: str) -> str:
    """Return the run in the body that refers to footnote `note_id`."""
    return (
        f'<w:r><w:rPr><w:rStyle w:val="{esc(ref_style_id)}"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    )


def footnote(
    note_id: int, paragraphs_runs: list[str], text_style_id: str, ref_style_id: str
) -> str:
    """Return one w:footnote; the first paragraph starts with the footnote mark and a space."""
    mark = (
        f'<w:r><w:rPr><w:rStyle w:val="{esc(ref_style_id)}"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
    )
    paras = [
        paragraph(text_style_id, (mark if i == 0 else "") + runs)
        for i, runs in enumerate(paragraphs_runs or [""])
    ]
    return f'<w:footnote w:id="{note_id}">{"".join(paras)}</w:footnote>'


def footnotes_part(notes: list[str]) -> bytes:
    """Return word/footnotes.xml with the two separators Word requires and `notes`."""
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
    )
    xml = f"{XML_HEAD}<w:footnotes {NSDECL}>{separators}{''.join(notes)}</w:footnotes>"
    return xml.encode("utf-8")


# --- comments -------------------------------------------------------------------------------


def comment_start(comment_id: int) -> str:
    """Return the marker where the text a comment is about begins."""
    return f'<w:commentRangeStart w:id="{comment_id}"/>'


def comment_end(comment_id: int) -> str:
    """Return the marker where the commented text ends, and the run that shows the comment."""
    return (
        f'<w:commentRangeEnd w:id="{comment_id}"/>'
        f'<w:r><w:commentReference w:id="{comment_id}"/></w:r>'
    )


def comment(comment_id: int, author: str, date: str, paragraphs_runs: list[str]) -> str:
    """Return one w:comment by `author` at `date` (W3CDTF) holding paragraphs of run XML."""
    initials = "".join(word[:1] for word in author.split())[:8] or "-"
    paras = "".join(f"<w:p>{runs}</w:p>" for runs in paragraphs_runs or [""])
    return (
        f'<w:comment w:id="{comment_id}" w:author="{esc(author)}" w:date="{date}" '
        f'w:initials="{esc(initials)}">{paras}</w:comment>'
    )


def comments_part(comments: list[str]) -> bytes:
    """Return word/comments.xml holding `comments`."""
    return f"{XML_HEAD}<w:comments {NSDECL}>{''.join(comments)}</w:comments>".encode()


# --- document, headers and footers ----------------------------------------------------------


def document_part(body: str, sect_pr: str) -> bytes:
    """Return word/document.xml with the given body content and final section properties."""
    xml = f"{XML_HEAD}<w:document {NSDECL}><w:body>{body}{sect_pr}</w:body></w:document>"
    return xml.encode("utf-8")


def header_part(paragraphs: list[str]) -> bytes:
    """Return a header part (w:hdr) holding `paragraphs`."""
    return f"{XML_HEAD}<w:hdr {NSDECL}>{''.join(paragraphs)}</w:hdr>".encode()


def footer_part(paragraphs: list[str]) -> bytes:
    """Return a footer part (w:ftr) holding `paragraphs`."""
    return f"{XML_HEAD}<w:ftr {NSDECL}>{''.join(paragraphs)}</w:ftr>".encode()


def section_properties(reference_document: bytes, header_rid: str, footer_rid: str) -> str:
    """Return the reference's final w:sectPr, pointing at our default header and footer."""
    root = _parse(reference_document, "word/document.xml")
    found = root.findall(f"{{{W_NS}}}body/{{{W_NS}}}sectPr")
    sect = found[-1] if found else etree.Element(f"{{{W_NS}}}sectPr")
    for tag in ("headerReference", "footerReference", "titlePg"):
        for old in sect.findall(f"{{{W_NS}}}{tag}"):
            sect.remove(old)
    for position, (tag, rid) in enumerate(
        (("headerReference", header_rid), ("footerReference", footer_rid))
    ):
        ref = etree.Element(f"{{{W_NS}}}{tag}")
        ref.set(f"{{{W_NS}}}type", "default")
        ref.set(f"{{{R_NS}}}id", rid)
        sect.insert(position, ref)
    for key in [k for k in sect.attrib if k.startswith(f"{{{W_NS}}}rsid")]:
        del sect.attrib[key]
    xml = etree.tostring(sect, encoding="unicode")
    return re.sub(r'\s+xmlns:[wr]="[^"]*"', "", xml)


def _final_section(root: etree._Element) -> etree._Element:
    found = root.findall(f"{{{W_NS}}}body/{{{W_NS}}}sectPr")
    if found:
        return found[-1]
    return etree.SubElement(root.find(f"{{{W_NS}}}body"), f"{{{W_NS}}}sectPr")


def with_landscape(document_xml: bytes) -> bytes:
    """Return word/document.xml with its final section turned to landscape (A4 if unsized)."""
    root = _parse(document_xml, "word/document.xml")
    sect = _final_section(root)
    size = sect.find(f"{{{W_NS}}}pgSz")
    if size is None:
        size = etree.SubElement(sect, f"{{{W_NS}}}pgSz")
    width = int(size.get(f"{{{W_NS}}}w") or 11906)
    height = int(size.get(f"{{{W_NS}}}h") or 16838)
    size.set(f"{{{W_NS}}}w", str(max(width, height)))
    size.set(f"{{{W_NS}}}h", str(min(width, height)))
    size.set(f"{{{W_NS}}}orient", "landscape")
    return _serialise(root)


def text_width(document_xml: bytes) -> int:
    """Return the width in twips between the margins of the final section."""
    sect = _final_section(_parse(document_xml, "word/document.xml"))
    size, margins = sect.find(f"{{{W_NS}}}pgSz"), sect.find(f"{{{W_NS}}}pgMar")
    width = int(size.get(f"{{{W_NS}}}w") or 11906) if size is not None else 11906
    if margins is None:
        return width - 2 * 1440
    sides = (margins.get(f"{{{W_NS}}}{side}") or "1440" for side in ("left", "right"))
    return width - sum(int(v) for v in sides)


_AFTER_FOOTNOTE_PR = (
    "endnotePr compat docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
    "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown "
    "smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
).split()


def with_footnote_separators(settings: bytes) -> bytes:
    """Return settings.xml naming the separator footnotes (-1, 0), in schema order."""
    root = _parse(settings, "word/settings.xml")
    for old in root.findall(f"{{{W_NS}}}footnotePr"):
        root.remove(old)
    note_pr = etree.Element(f"{{{W_NS}}}footnotePr")
    for note_id in ("-1", "0"):
        etree.SubElement(note_pr, f"{{{W_NS}}}footnote").set(f"{{{W_NS}}}id", note_id)
    successors = {f"{{{W_NS}}}{name}" for name in _AFTER_FOOTNOTE_PR}
    successors |= {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}
    index = next((i for i, el in enumerate(root) if el.tag in successors), len(root))
    root.insert(index, note_pr)
    return _serialise(root)


# --- document properties --------------------------------------------------------------------


@dataclass(frozen=True)
class Properties:
    """Document properties written to docProps/core.xml and docProps/custom.xml."""

    title: str
    subject: str = ""
    version: str = ""
    status: str = ""
    creator: str = ""
    keywords: str = ""
    custom: tuple[tuple[str, str], ...] = ()


def w3cdtf(when: datetime) -> str:
    """Format a timestamp as W3CDTF in UTC, as core properties want."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def core_properties_part(props: Properties, when: datetime) -> bytes:
    """Return docProps/core.xml: title, subject, version, status (stage), fixed dates."""
    stamp = w3cdtf(when)
    xml = (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{esc(props.title)}</dc:title>"
        f"<dc:subject>{esc(props.subject)}</dc:subject>"
        f"<dc:creator>{esc(props.creator)}</dc:creator>"
        f"<cp:keywords>{esc(props.keywords)}</cp:keywords>"
        f"<cp:lastModifiedBy>{esc(props.creator)}</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision>"
        f"<cp:version>{esc(props.version)}</cp:version>"
        f"<cp:contentStatus>{esc(props.status)}</cp:contentStatus>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    return xml.encode("utf-8")


def custom_properties_part(props: Properties) -> bytes:
    """Return docProps/custom.xml holding the custom string properties in `props`."""
    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    items = "".join(
        f'<property fmtid="{fmtid}" pid="{pid}" name="{esc(name)}">'
        f"<vt:lpwstr>{esc(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.custom, start=2)
    )
    xml = (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    )
    return xml.encode("utf-8")


# --- the package ----------------------------------------------------------------------------


@dataclass
class Package:
    """The parts of a .docx as bytes by name; relationships and content types edited in place."""

    parts: dict[str, bytes] = field(default_factory=dict)

    def part(self, name: str) -> bytes:
        """Return a part's bytes, or raise RenderError naming the missing part."""
        try:
            return self.parts[name]
        except KeyError:
            raise RenderError(f"the reference document has no {name}; is it a .docx?") from None

    def set_part(self, name: str, data: bytes, content_type: str = "") -> None:
        """Add or replace a part; with `content_type`, register it as an override."""
        self.parts[name] = data
        if content_type:
            self._set_override("/" + name, content_type)

    def drop_part(self, name: str) -> None:
        """Remove a part together with its content-type override and relationships to it."""
        self.parts.pop(name, None)
        self.parts.pop(_rels_name(name), None)
        root = _parse(self.part("[Content_Types].xml"), "[Content_Types].xml")
        for node in root.findall(f"{{{CT_NS}}}Override[@PartName='/{name}']"):
            root.remove(node)
        self.parts["[Content_Types].xml"] = _serialise(root)
        for rels in [n for n in self.parts if n.endswith(".rels")]:
            self._drop_rels_to(rels, name)

    def relate(self, source: str, rel_type: str, target: str, rel_id: str = "") -> str:
        """Ensure a relationship from `source` to `target` exists and return its id."""
        rels_name = _rels_name(source)
        data = self.parts.get(rels_name) or f'<Relationships xmlns="{PKG_REL_NS}"/>'.encode()
        root = _parse(data, rels_name)
        for rel in root:
            if rel.get("Type") == rel_type and rel.get("Target") == target:
                return rel.get("Id", "")
        taken = {rel.get("Id") for rel in root}
        rel_id = rel_id if rel_id and rel_id not in taken else _free_id(taken)
        etree.SubElement(
            root, f"{{{PKG_REL_NS}}}Relationship", Id=rel_id, Type=rel_type, Target=target
        )
        self.parts[rels_name] = _serialise(root)
        return rel_id

    def related(self, source: str, rel_type: str) -> str:
        """Return the package name of the first part `source` relates to with `rel_type`, or ""."""
        data = self.parts.get(_rels_name(source))
        if not data:
            return ""
        for rel in _parse(data, _rels_name(source)):
            if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
                return _resolve(source, rel.get("Target", ""))
        return ""

    def to_bytes(self, when: datetime) -> bytes:
        """Write the package as a deterministic zip: sorted entries, one fixed timestamp."""
        return write_zip(self.parts, when)

    def _set_override(self, part_name: str, content_type: str) -> None:
        root = _parse(self.part("[Content_Types].xml"), "[Content_Types].xml")
        for node in root.findall(f"{{{CT_NS}}}Override[@PartName='{part_name}']"):
            root.remove(node)
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=part_name, ContentType=content_type)
        self.parts["[Content_Types].xml"] = _serialise(root)

    def _drop_rels_to(self, rels_name: str, name: str) -> None:
        source = _rels_source(rels_name)
        root = _parse(self.parts[rels_name], rels_name)
        gone = [r for r in root if _resolve(source, r.get("Target", "")) == name]
        for rel in gone:
            root.remove(rel)
        if gone:
            self.parts[rels_name] = _serialise(root)


def read_package(source: str | Path | bytes) -> Package:
    """Read a .docx (path or bytes) into a Package, capping its expanded size."""
    try:
        archive = zipfile.ZipFile(BytesIO(source) if isinstance(source, bytes) else source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise RenderError(f"cannot read reference document {_shown(source)}: {exc}") from None
    with archive:
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_PACKAGE_BYTES:
            raise RenderError(f"reference document {_shown(source)} expands beyond the size cap")
        parts = {i.filename: _read_member(archive, i) for i in infos if not i.is_dir()}
    return Package(parts)


def write_zip(parts: dict[str, bytes], when: datetime) -> bytes:
    """Return a zip of `parts` with sorted names, fixed times and attributes: byte-identical."""
    stamp = max(when.replace(tzinfo=None), ZIP_EPOCH).timetuple()[:6]
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()


def style_ids_by_name(styles_xml: bytes) -> dict[str, str]:
    """Map lower-cased style names to style ids from word/styles.xml."""
    root = _parse(styles_xml, "word/styles.xml")
    found: dict[str, str] = {}
    for style in root.iter(f"{{{W_NS}}}style"):
        name = style.find(f"{{{W_NS}}}name")
        if name is not None:
            found.setdefault(
                name.get(f"{{{W_NS}}}val", "").lower(), style.get(f"{{{W_NS}}}styleId", "")
            )
    return found


def style_indents(styles_xml: bytes) -> dict[str, tuple[int, int]]:
    """Map style ids to their (left, hanging) indent in twips, following basedOn; firstLine < 0."""
    root = _parse(styles_xml, "word/styles.xml")
    own: dict[str, tuple[int | None, int | None]] = {}
    parent: dict[str, str] = {}
    for style in root.iter(f"{{{W_NS}}}style"):
        sid = style.get(f"{{{W_NS}}}styleId", "")
        based = style.find(f"{{{W_NS}}}basedOn")
        if based is not None:
            parent[sid] = based.get(f"{{{W_NS}}}val", "")
        own[sid] = _indent_of(style.find(f"{{{W_NS}}}pPr/{{{W_NS}}}ind"))
    return {sid: _inherited_indent(sid, own, parent) for sid in own}


def _indent_of(ind: etree._Element | None) -> tuple[int | None, int | None]:
    if ind is None:
        return (None, None)
    left = ind.get(f"{{{W_NS}}}left") or ind.get(f"{{{W_NS}}}start")
    hanging, first = ind.get(f"{{{W_NS}}}hanging"), ind.get(f"{{{W_NS}}}firstLine")
    hang = int(hanging) if hanging else (-int(first) if first else None)
    return (int(left) if left else None, hang)


def _inherited_indent(sid: str, own: dict, parent: dict) -> tuple[int, int]:
    left = hang = None
    seen: set[str] = set()
    while sid and sid not in seen and (left is None or hang is None):
        seen.add(sid)
        mine = own.get(sid, (None, None))
        left = mine[0] if left is None else left
        hang = mine[1] if hang is None else hang
        sid = parent.get(sid, "")
    return (left or 0, hang or 0)


# --- helpers --------------------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _parse(data: bytes, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise RenderError(f"{name} in the reference document is not valid XML: {exc}") from None


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_PART_BYTES:
        raise RenderError(f"part {info.filename} of the reference document is too large")
    return archive.read(info)


def _rels_name(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _rels_source(rels_name: str) -> str:
    folder, _, base = rels_name.rpartition("/")
    parent = folder.rpartition("/")[0] if folder.endswith("_rels") else folder
    name = base[: -len(".rels")]
    return f"{parent}/{name}" if parent else name


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    stack = source.split("/")[:-1]
    for piece in target.split("/"):
        if piece == "..":
            stack = stack[:-1]
        elif piece and piece != ".":
            stack.append(piece)
    return "/".join(stack)


def _free_id(taken: set[str | None]) -> str:
    n = 1
    while f"rId{n}" in taken:
        n += 1
    return f"rId{n}"


def _shown(source: str | Path | bytes) -> str:
    return "(bytes)" if isinstance(source, bytes) else str(source)
