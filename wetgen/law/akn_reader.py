"""Akoma Ntoso 3.0 (as wetgen writes it for a non-amending bill, or an `act`) → Law.

Divisions map by element (chapter → hoofdstuk, section → paragraaf, division → afdeling, part
→ deel, book → boek, title → titeldeel, `hcontainer` by its name); `article` → artikel,
`paragraph` → lid, `point` → onderdeel. `intro`, `content` and `wrapUp` paragraphs become
alineas. Each unit's path is its eId. A document with amending provisions (`mod`) is refused.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from wetgen.law.errors import LawError
from wetgen.law.model import Alinea, Article, Block, Division, Law, Lid, Lijst, ListItem
from wetgen.law.numbers import clean
from wetgen.law.safe_xml import load_bytes, normalise, parse_bytes

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = f"{{{AKN_NS}}}"
DIVISIONS = {"chapter": "hoofdstuk", "section": "paragraaf", "division": "afdeling", "part": "deel",
             "book": "boek", "title": "titeldeel", "subsection": "sub-paragraaf"}  # fmt: skip
_TEXT_PARTS = ("intro", "content", "wrapUp")


def read_akn(source: Path | bytes, where: str = "") -> Law:
    """Read an Akoma Ntoso bill or act that amends nothing; raise LawError otherwise."""
    where = where or (str(source) if isinstance(source, Path) else "<akn>")
    data = load_bytes(source) if isinstance(source, Path) else source
    root = parse_bytes(data, where)
    if root.tag != _A + "akomaNtoso":
        raise LawError(f"{where}: not an Akoma Ntoso document (root element <{etree.QName(root).localname}>)")
    document = next((child for child in root if child.tag in (_A + "bill", _A + "act")), None)
    if document is None:
        raise LawError(f"{where}: the Akoma Ntoso document holds no bill or act (a memorie van toelichting is no law)")
    if next(document.iter(_A + "mod"), None) is not None:
        raise LawError(f"{where}: the bill amends another law (it has mod elements); give the law it amends as the base")
    body = document.find(_A + "body")
    if body is None:
        raise LawError(f"{where}: the Akoma Ntoso {etree.QName(document).localname} has no body")
    return Law(
        citeertitel=_citeertitel(document),
        body=tuple(_node(child) for child in body if _is_node(child)),
        soort="wet",
        intitule=_text(document.find(f"{_A}preface/{_A}longTitle")),
        source=str(source) if isinstance(source, Path) else "",
    )


def _is_node(element: etree._Element) -> bool:
    name = etree.QName(element).localname if isinstance(element.tag, str) else ""
    return name == "article" or name in DIVISIONS or name == "hcontainer"


def _node(element: etree._Element) -> Division | Article:
    name = etree.QName(element).localname
    label, number = _num(element)
    heading = _text(element.find(_A + "heading"))
    path = element.get("eId", "")
    if name == "article":
        leden = tuple(_lid(child) for child in element.iterchildren(_A + "paragraph"))
        return Article(number=number, title=heading, blocks=_blocks(element), leden=leden, path=path,
                       label=label or "Artikel")  # fmt: skip
    kind = element.get("name", "divisie") if name == "hcontainer" else DIVISIONS[name]
    children = tuple(_node(child) for child in element if _is_node(child))
    return Division(kind=kind, number=number, title=heading, children=children, label=label, path=path)


def _lid(element: etree._Element) -> Lid:
    return Lid(clean(_text(element.find(_A + "num"))), _blocks(element), path=element.get("eId", ""))


def _item(element: etree._Element) -> ListItem:
    return ListItem(_text(element.find(_A + "num")), _blocks(element), path=element.get("eId", ""))


def _blocks(element: etree._Element) -> tuple[Block, ...]:
    """Return the alineas and lists of a unit: intro/content/wrapUp paragraphs and its points."""
    blocks: list[Block] = []
    items: list[ListItem] = []
    for child in element:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "point":
            items.append(_item(child))
            continue
        if items:
            blocks.append(Lijst(tuple(items)))
            items = []
        if name in _TEXT_PARTS:
            blocks.extend(Alinea(text) for text in (_text(p) for p in child.iter(_A + "p")) if text)
    if items:
        blocks.append(Lijst(tuple(items)))
    return tuple(blocks)


def _num(element: etree._Element) -> tuple[str, str]:
    """Split a heading number into its word and its number: "Hoofdstuk 2" → ("Hoofdstuk", "2")."""
    text = _text(element.find(_A + "num"))
    if text.lower() == "enig artikel":
        return "Enig artikel", ""
    word, _, number = text.rpartition(" ")
    return (word, number) if word else ("", text)


def _citeertitel(document: etree._Element) -> str:
    short = document.find(f".//{_A}preface//{_A}shortTitle")
    if short is not None:
        return _text(short)
    name = document.find(f".//{_A}FRBRWork/{_A}FRBRname")
    return name.get("value", "") if name is not None else ""


def _text(element: etree._Element | None) -> str:
    return normalise("".join(element.itertext())) if element is not None else ""
