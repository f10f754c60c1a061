"""One memorie van toelichting with nested lists, a table and footnotes, read back from each of
the four outputs (Word, Akoma Ntoso, HTML, Markdown) by that format's own structure: every list
item once, at its level and of its kind; the same table cells; the same footnotes in order,
including a footnote in a list item and one in a table cell."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from typing import NamedTuple

import pytest
from lxml import etree
from lxml import html as lxml_html

from wetgen.loader import load_text
from wetgen.model import Bill
from wetgen.render.akn import AKN_NS, render_mvt_akn
from wetgen.render.docx import render_mvt_docx
from wetgen.render.html import render_html
from wetgen.render.text import render_markdown

BILL = """\
wetsvoorstel:
  opschrift: Regels over een voorbeeld
  citeertitel: Voorbeeldwet
  versie: {label: Consultatieversie, datum: "2026-12-01", fase: consultatieversie}
  ministerie: Volkshuisvesting en Ruimtelijke Ordening
  ondertekenaars: ["De Minister van Volkshuisvesting en Ruimtelijke Ordening,"]
  considerans: ["dat het wenselijk is regels te stellen;"]
  artikelen:
    - tekst: "Deze wet wordt aangehaald als: Voorbeeldwet."
"""

MVT = """\
## Gevolgen

Wie wat doet.[^a]

- Gemeenten[^b]
    1. stellen een verordening vast
    2. melden aan de provincie
        - per half jaar
        - met *aantallen*[^c]
    3. werken samen
- Provincies
    - verdelen de aantallen

| Partij | Wat | Wanneer |
|---|:-:|--:|
| Gemeenten[^d] | **verordening** | 2027 |
| Provincies | verdeling | |

1. Eerste stap
2. Tweede stap
    - een detail

[^a]: Noot bij de inleiding.
[^b]: Noot bij een punt.
[^c]: Noot op het derde niveau.
[^d]: Noot in een cel.
"""

ITEMS = [
    (1, False, "Gemeenten", ("Noot bij een punt.",)),
    (2, True, "stellen een verordening vast", ()),
    (2, True, "melden aan de provincie", ()),
    (3, False, "per half jaar", ()),
    (3, False, "met aantallen", ("Noot op het derde niveau.",)),
    (2, True, "werken samen", ()),
    (1, False, "Provincies", ()),
    (2, False, "verdelen de aantallen", ()),
    (1, True, "Eerste stap", ()),
    (1, True, "Tweede stap", ()),
    (2, False, "een detail", ()),
]
CELLS = [
    ["Partij", "Wat", "Wanneer"],
    ["Gemeenten", "verordening", "2027"],
    ["Provincies", "verdeling", ""],
]
ALIGN = ["", "center", "right"]
NOTES = ["Noot bij de inleiding.", "Noot bij een punt.", "Noot op het derde niveau.", "Noot in een cel."]  # fmt: skip


class Read(NamedTuple):
    """What a format shows: (level, numbered, text, its notes) per item, table cells, the
    alignment of the columns, notes."""

    items: list[tuple[int, bool, str, tuple[str, ...]]]
    cells: list[list[str]]
    align: list[str]
    notes: list[str]


@pytest.fixture(scope="module")
def bill() -> Bill:
    result = load_text(BILL)
    assert result.ok
    return dataclasses.replace(
        result.bill, toelichting=dataclasses.replace(result.bill.toelichting, algemeen=MVT)
    )


def squash(text: str) -> str:
    return " ".join(text.split())


# --- Word -----------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Read:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
        footnotes = etree.fromstring(archive.read("word/footnotes.xml"))
        styles = etree.fromstring(archive.read("word/styles.xml"))
    notes = {
        n.get(f"{W}id"): squash("".join(t.text or "" for t in n.iter(f"{W}t")))
        for n in footnotes.iter(f"{W}footnote")
    }
    style = styles.find(f"{W}style/{W}name[@{W}val='MvT opsomming']/..")
    step = int(style.find(f"{W}pPr/{W}ind").get(f"{W}left"))
    items = []
    for p in document.iter(f"{W}p"):
        if p.find(f"{W}pPr/{W}pStyle[@{W}val='{style.get(f'{W}styleId')}']") is None:
            continue
        label, _, text = _docx_text(p).partition("\t")
        indent = p.find(f"{W}pPr/{W}ind")
        level = 1 if indent is None else int(indent.get(f"{W}left")) // step
        items.append((level, label != "–", squash(text), _docx_notes(p, notes)))
    cells = [[squash(_docx_text(tc)) for tc in tr.iter(f"{W}tc")] for tr in document.iter(f"{W}tr")]
    order = [r.get(f"{W}id") for r in document.iter(f"{W}footnoteReference")]
    cell_notes = [_docx_notes(tc, notes) for tc in document.iter(f"{W}tc")]
    assert ("Noot in een cel.",) in cell_notes
    header = next(document.iter(f"{W}tr"))
    align = [jc.get(f"{W}val") if (jc := tc.find(f".//{W}jc")) is not None else "" for tc in header.iter(f"{W}tc")]  # fmt: skip
    return Read(items, cells, align, [notes[i] for i in order])


def _docx_text(element: etree._Element) -> str:
    return "".join("\t" if n.tag == f"{W}tab" else n.text or "" for n in element.iter(f"{W}t", f"{W}tab"))  # fmt: skip


def _docx_notes(element: etree._Element, notes: dict[str, str]) -> tuple[str, ...]:
    return tuple(notes[r.get(f"{W}id")] for r in element.iter(f"{W}footnoteReference"))


# --- Akoma Ntoso ----------------------------------------------------------------------------

A = f"{{{AKN_NS}}}"


def read_akn(data: bytes) -> Read:
    root = etree.fromstring(data)
    items = []
    for li in root.iter(f"{A}li"):
        level = sum(1 for a in li.iterancestors(f"{A}li")) + 1
        ordered = li.getparent().tag == f"{A}ol"
        notes = tuple(_akn_text(n) for n in li.findall(f"{A}authorialNote"))
        items.append((level, ordered, _akn_own_text(li), notes))
    cells = [[_akn_own_text(c.find(f"{A}p")) for c in tr] for tr in root.iter(f"{A}tr")]
    assert [_akn_text(n) for n in root.find(f".//{A}td/{A}p").findall(f"{A}authorialNote")] == [
        "Noot in een cel."
    ]
    notes = root.iter(f"{A}authorialNote")
    align = [(th.get("class") or "").removeprefix("align-") for th in root.iter(f"{A}th")]
    return Read(items, cells, align, [_akn_text(n) for n in notes])


def _akn_text(element: etree._Element) -> str:
    return squash("".join(element.itertext()))


def _akn_own_text(element: etree._Element) -> str:
    """Text of an element without its notes and nested lists."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in (f"{A}authorialNote", f"{A}ul", f"{A}ol"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return squash("".join(parts))


# --- HTML -----------------------------------------------------------------------------------


def read_html(data: bytes) -> Read:
    mvt = lxml_html.fromstring(data).get_element_by_id("memorie-van-toelichting")
    footnotes = {
        li.get("id"): squash("".join(li.itertext()).replace("\u21a9", ""))
        for li in mvt.xpath(".//div[@class='footnote']//li")
    }
    body = [e for e in mvt.iter() if not e.xpath("ancestor-or-self::div[@class='footnote']")]
    items = []
    for li in (e for e in body if e.tag == "li"):
        level = len(li.xpath("ancestor::li")) + 1
        refs = tuple(footnotes[a.get("href")[1:]] for a in li.xpath("./sup/a"))
        items.append((level, li.getparent().tag == "ol", _html_own_text(li), refs))
    cells = [[squash(_html_own_text(c)) for c in tr] for tr in mvt.iter("tr")]
    cell_refs = [footnotes[a.get("href")[1:]] for a in mvt.xpath(".//td/sup/a")]
    assert cell_refs == ["Noot in een cel."]
    order = [a.get("href")[1:] for e in body if e.tag == "sup" for a in e.iter("a")]
    styles = [th.get("style") or "" for th in mvt.iter("th")]
    align = [re.sub(r"text-align: (\w+);", r"\1", style) for style in styles]
    return Read(items, cells, align, [footnotes[i] for i in order])


def _html_own_text(element: lxml_html.HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag not in ("sup", "ul", "ol"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return squash("".join(parts))


# --- Markdown -------------------------------------------------------------------------------

ITEM_LINE = re.compile(r"^((?:    )*)(-|\d+\.) (.*)$")
NOTE_REF = re.compile(r"\[\^([^\]]+)\]")


def read_markdown(data: bytes) -> Read:
    text = data.decode("utf-8").split("# Memorie van toelichting", 1)[1]
    definitions = dict(re.findall(r"^\[\^([^\]]+)\]: (.*)$", text, re.M))
    items = []
    for line in text.splitlines():
        found = ITEM_LINE.match(line)
        if found:
            indent, marker, rest = found.groups()
            refs = tuple(definitions[label] for label in NOTE_REF.findall(rest))
            plain = squash(NOTE_REF.sub("", rest).replace("*", ""))
            items.append((len(indent) // 4 + 1, marker != "-", plain, refs))
    rows = [line for line in text.splitlines() if line.startswith("|")]
    sides = {(False, False): "", (True, False): "left", (True, True): "center", (False, True): "right"}  # fmt: skip
    marks = [m.strip() for m in rows.pop(1).split("|")[1:-1]]
    align = [sides[(m.startswith(":"), m.endswith(":"))] for m in marks]
    cells = [[squash(NOTE_REF.sub("", c).replace("*", "")) for c in row.split("|")[1:-1]] for row in rows]  # fmt: skip
    assert [definitions[label] for label in NOTE_REF.findall(rows[1])] == ["Noot in een cel."]
    body = text.split("\n[^", 1)[0]
    return Read(items, cells, align, [definitions[label] for label in NOTE_REF.findall(body)])


# --- the four agree --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "render, read",
    [
        (render_mvt_docx, read_docx),
        (render_mvt_akn, read_akn),
        (render_html, read_html),
        (render_markdown, read_markdown),
    ],
    ids=["docx", "akn", "html", "md"],
)
def test_each_format_shows_every_item_once_at_its_level_with_its_notes(bill, render, read):
    found = read(render(bill))
    assert found.items == ITEMS
    assert found.cells == CELLS
    assert found.align == ALIGN
    assert found.notes == NOTES
