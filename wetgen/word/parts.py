"""The parts of a Word package besides the body: section setup, settings, document
properties (core and custom) and media. Reference parts are edited with lxml; new parts are
written from the fragments of `wetgen.word.xml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import NamedTuple

from lxml import etree

from wetgen.errors import RenderError
from wetgen.word.package import parse_xml, serialise_xml
from wetgen.word.xml.ns import M_NS, R_NS, W_NS
from wetgen.word.xml.text import esc

_W = f"{{{W_NS}}}"
A4 = (11906, 16838)  # width and height in twips
DEFAULT_MARGIN = 1440
MAX_IMAGE_BYTES = 16 * 1024 * 1024
IMAGE_TYPES = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpeg"),
               "GIF": ("image/gif", "gif")}  # fmt: skip


# --- sections -------------------------------------------------------------------------------


def final_section(document_xml: bytes) -> etree._Element:
    """Return the final w:sectPr of a word/document.xml, in its tree (added if there is none)."""
    root = parse_xml(document_xml, "word/document.xml")
    found = root.findall(f"{_W}body/{_W}sectPr")
    if found:
        return found[-1]
    body = root.find(f"{_W}body")
    return etree.SubElement(body if body is not None else root, f"{_W}sectPr")


def section_xml(document_xml: bytes, header_rid: str, footer_rid: str, *,
                landscape: bool = False) -> str:  # fmt: skip
    """Return a w:sectPr like the final one of `document_xml`, with the given header and footer.

    The reference's own header and footer references, title page and rsids are dropped; with
    `landscape` the page is turned (A4 if the reference gives no size).
    """
    sect = final_section(document_xml)
    for tag in ("headerReference", "footerReference", "titlePg"):
        for old in sect.findall(f"{_W}{tag}"):
            sect.remove(old)
    refs = (("headerReference", header_rid), ("footerReference", footer_rid))
    for position, (tag, rid) in enumerate((t, r) for t, r in refs if r):
        ref = etree.Element(f"{_W}{tag}")
        ref.set(f"{_W}type", "default")
        ref.set(f"{{{R_NS}}}id", rid)
        sect.insert(position, ref)
    for key in [k for k in sect.attrib if k.startswith(f"{_W}rsid")]:
        del sect.attrib[key]
    if landscape:
        _turn(sect)
    xml = etree.tostring(sect, encoding="unicode")
    return re.sub(r'\s+xmlns:[wr]="[^"]*"', "", xml)


def _turn(sect: etree._Element) -> None:
    size = sect.find(f"{_W}pgSz")
    if size is None:
        size = etree.SubElement(sect, f"{_W}pgSz")
    width = int(size.get(f"{_W}w") or A4[0])
    height = int(size.get(f"{_W}h") or A4[1])
    size.set(f"{_W}w", str(max(width, height)))
    size.set(f"{_W}h", str(min(width, height)))
    size.set(f"{_W}orient", "landscape")


def text_width(document_xml: bytes, *, landscape: bool = False) -> int:
    """Return the width in twips between the margins of the final section of `document_xml`."""
    sect = final_section(document_xml)
    size, margins = sect.find(f"{_W}pgSz"), sect.find(f"{_W}pgMar")
    width, height = A4
    if size is not None:
        width = int(size.get(f"{_W}w") or A4[0])
        height = int(size.get(f"{_W}h") or A4[1])
    if landscape:
        width = max(width, height)
    if margins is None:
        return width - 2 * DEFAULT_MARGIN
    sides = (margins.get(f"{_W}{side}") or str(DEFAULT_MARGIN) for side in ("left", "right"))
    return width - sum(int(v) for v in sides)


# --- settings -------------------------------------------------------------------------------

_AFTER_FOOTNOTE_PR = (
    "endnotePr compat docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
    "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown "
    "smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
).split()


def with_footnote_separators(settings: bytes) -> bytes:
    """Return settings.xml naming the separator footnotes (-1, 0), in schema order."""
    root = parse_xml(settings, "word/settings.xml")
    for old in root.findall(f"{_W}footnotePr"):
        root.remove(old)
    note_pr = etree.Element(f"{_W}footnotePr")
    for note_id in ("-1", "0"):
        etree.SubElement(note_pr, f"{_W}footnote").set(f"{_W}id", note_id)
    successors = {f"{_W}{name}" for name in _AFTER_FOOTNOTE_PR} | {f"{{{M_NS}}}mathPr"}
    index = next((i for i, el in enumerate(root) if el.tag in successors), len(root))
    root.insert(index, note_pr)
    return serialise_xml(root)


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
    modified_by: str = ""  # who last changed it; the creator when empty


def w3cdtf(when: datetime) -> str:
    """Format a timestamp as W3CDTF in UTC, as core properties want."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def core_properties_part(props: Properties, when: datetime) -> bytes:
    """Return docProps/core.xml: title, subject, version, status (stage), fixed dates."""
    stamp = w3cdtf(when)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{esc(props.title)}</dc:title>"
        f"<dc:subject>{esc(props.subject)}</dc:subject>"
        f"<dc:creator>{esc(props.creator)}</dc:creator>"
        f"<cp:keywords>{esc(props.keywords)}</cp:keywords>"
        f"<cp:lastModifiedBy>{esc(props.modified_by or props.creator)}</cp:lastModifiedBy>"
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
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"{items}</Properties>"
    )
    return xml.encode("utf-8")


# --- media ----------------------------------------------------------------------------------


class ImageInfo(NamedTuple):
    """What a picture is: its MIME type, file extension and size in pixels (width, height)."""

    content_type: str
    extension: str
    pixels: tuple[int, int]


CUSTOM_XML_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def custom_xml_props_part(item_id: str, schema: str) -> bytes:
    """Return the properties of a custom XML part: its GUID and the namespace of its data."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<ds:datastoreItem ds:itemID="{{{esc(item_id)}}}" xmlns:ds="{CUSTOM_XML_PROPS_NS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{esc(schema)}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode()


def image_info(data: bytes) -> ImageInfo:
    """Return the type and pixel size of a PNG, JPEG or GIF; RenderError for anything else."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise RenderError(f"an image is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    try:
        with Image.open(BytesIO(data)) as image:
            kind, pixels = image.format or "", image.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise RenderError("an image is not a PNG, JPEG or GIF picture") from None
    if kind not in IMAGE_TYPES or min(pixels) < 1:
        raise RenderError("an image is not a PNG, JPEG or GIF picture")
    content_type, extension = IMAGE_TYPES[kind]
    return ImageInfo(content_type, extension, pixels)
