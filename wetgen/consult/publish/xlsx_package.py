"""The reactietabel's package as openpyxl writes it, made deterministic and clean for Excel.

openpyxl stamps the clock into the zip and the core properties, writes every text as an
inline string (Excel moves them to a shared-strings table on its next save, so the file
changes just by being opened and saved) and orders a font's properties by its own list
rather than the schema's sequence. Here the times are fixed, the texts go into
xl/sharedStrings.xml, and font properties follow CT_Font's order.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from wetgen.errors import RenderError
from wetgen.word import Package, read_package, w3cdtf
from wetgen.word.package import REL_TYPE, parse_xml, serialise_xml

S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_S = f"{{{S_NS}}}"
CT_SHARED = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
WORKBOOK = "xl/workbook.xml"
SHARED = "sharedStrings.xml"
FONT_ORDER = ("b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign",
              "sz", "color", "name", "family", "charset", "scheme")  # fmt: skip
_CORE_TIME = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def tidy_workbook(
    data: bytes, when: datetime, heights: dict[str, list[float]] | None = None
) -> bytes:
    """Return openpyxl's .xlsx with fixed times, shared strings and schema-ordered fonts, and
    the row heights (points, per worksheet part, from the first row on) that are given."""
    try:
        package = read_package(data, own=True)
    except RenderError as exc:  # pragma: no cover - openpyxl wrote it
        raise RenderError(f"the reactietabel could not be written: {exc}") from None
    stamp = w3cdtf(when).encode()
    core = package.parts.get("docProps/core.xml", b"")
    package.parts["docProps/core.xml"] = _CORE_TIME.sub(
        lambda m: m.group(1) + stamp + m.group(3), core
    )
    if "xl/styles.xml" in package.parts:
        package.parts["xl/styles.xml"] = ordered_fonts(package.parts["xl/styles.xml"])
    share_strings(package, heights or {})
    return package.to_bytes(when)


def ordered_fonts(styles_xml: bytes) -> bytes:
    """Return xl/styles.xml with each font's properties in the order of CT_Font."""
    root = parse_xml(styles_xml, "xl/styles.xml")
    rank = {f"{_S}{name}": n for n, name in enumerate(FONT_ORDER)}
    for font in root.iter(f"{_S}font"):
        children = sorted(font, key=lambda el: rank.get(el.tag, len(rank)))
        font[:] = children
    return serialise_xml(root)


def share_strings(package: Package, heights: dict[str, list[float]] | None = None) -> None:
    """Move the inline strings of every worksheet into one shared-strings part, and set the
    row heights given for a worksheet (openpyxl's write-only sheets cannot: wrapped text
    would print over the next row in a program that does not fit rows itself)."""
    table: dict[str, int] = {}
    uses = 0
    sheets = sorted(
        n for n in package.parts if n.startswith("xl/worksheets/") and n.endswith(".xml")
    )
    for name in sheets:
        root = parse_xml(package.parts[name], name)
        for cell in root.iter(f"{_S}c"):
            if cell.get("t") == "inlineStr":
                uses += _share(cell, table)
        rows = (heights or {}).get(name, [])
        for row in root.iter(f"{_S}row"):
            n = int(row.get("r", "0")) - 1
            if 0 <= n < len(rows):
                row.set("ht", f"{rows[n]:g}")
                row.set("customHeight", "1")
        package.parts[name] = serialise_xml(root)
    if not table:
        return
    sst = etree.Element(
        f"{_S}sst", nsmap={None: S_NS}, count=str(uses), uniqueCount=str(len(table))
    )
    for text in table:
        t = etree.SubElement(etree.SubElement(sst, f"{_S}si"), f"{_S}t")
        t.text = text
        if text != text.strip():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    package.set_part(f"xl/{SHARED}", serialise_xml(sst), CT_SHARED)
    package.relate(WORKBOOK, REL_TYPE + "sharedStrings", SHARED)


def _share(cell: etree._Element, table: dict[str, int]) -> int:
    """Turn one inline-string cell into a shared-string cell; return 1 if it holds text."""
    inline = cell.find(f"{_S}is")
    if inline is None:  # an empty cell
        del cell.attrib["t"]
        return 0
    if inline.find(f"{_S}r") is not None:  # rich text stays inline
        return 0
    text = "".join(t.text or "" for t in inline.iter(f"{_S}t"))
    cell.remove(inline)
    cell.set("t", "s")
    etree.SubElement(cell, f"{_S}v").text = str(table.setdefault(text, len(table)))
    return 1
