"""wetgen's own Akoma Ntoso: every unit is marked, so the reader states each block's role,
and the payload of a wijzigingsopdracht is the content of its `quotedStructure`."""

from __future__ import annotations

import re

from lxml import etree

from wetgen.importer import blocks as b
from wetgen.importer.blocks import Source
from wetgen.importer.readers.xml import Emitter

A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = f"{{{A}}}"
_DIVISIONS = {"chapter", "division", "section", "hcontainer", "part", "title", "book"}
_JCI_BWB = re.compile(r"jci1\.3:c:(BWBR\d{7})")
_LETTER = re.compile(r"^[0-9]?[A-Z]{1,3}[a-z]{0,2}\.?$")  # "A" or, lettered with a stop, "A."


def read_akn(root: etree._Element, path: str) -> Source:
    """Return the blocks of an Akoma Ntoso bill."""
    source = Source(path, "akn", marks_depth=True)
    doc = next(iter(root), None)
    if doc is None:
        return source
    source.meta.update(_meta(doc))
    out = Emitter(source)
    for part in doc:
        name = etree.QName(part).localname
        if name == "preface":
            _preface(part, out)
        elif name == "preamble":
            _preamble(part, out)
        elif name in ("body", "mainBody"):
            _units(part, out, 0, amending=False)
        elif name == "conclusions":
            _conclusions(part, out)
    return source


def text_of(el: etree._Element | None) -> str:
    """Return an element's text with quoted words in their quotes, without footnote bodies."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name in ("quotedStructure", "authorialNote"):
            pass
        elif name == "quotedText":
            parts.append(f"{child.get('startQuote', '')}{text_of(child)}{child.get('endQuote', '')}")
        elif name:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _meta(doc: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    name = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRWork/{_A}FRBRname")
    if name is not None and name.get("value"):
        meta["citeertitel"] = name.get("value", "")
    expression = doc.find(f"{_A}meta/{_A}identification/{_A}FRBRExpression")
    if expression is not None:
        date = expression.find(_A + "FRBRdate")
        if date is not None:
            meta["datum"], meta["fase"] = date.get("date", ""), date.get("name", "")
        version = expression.find(_A + "FRBRversionNumber")
        if version is not None:
            meta["versie"] = version.get("value", "")
    for org in doc.iterfind(f"{_A}meta/{_A}references/{_A}TLCOrganization"):
        shown = org.get("showAs", "")
        if shown.startswith("Ministerie van "):
            meta["ministerie"] = shown[len("Ministerie van ") :]
    for mod in doc.iterfind(f"{_A}meta/{_A}analysis/{_A}activeModifications/*"):
        source, destination = mod.find(_A + "source"), mod.find(_A + "destination")
        if source is None or destination is None:
            continue
        bwb = _JCI_BWB.search(destination.get("href", ""))
        article = re.match(r"#art_([^_]+)", source.get("href", ""))
        if bwb and article:
            meta[f"bwb:{article.group(1)}"] = bwb.group(1)
    return meta


def _preface(part: etree._Element, out: Emitter) -> None:
    for p in part.iter(_A + "p"):
        doc_type = p.find(_A + "docType")
        if doc_type is not None:
            out.add(p, text_of(doc_type), role=b.DOCTYPE)
        elif p.getparent() is not None and etree.QName(p.getparent()).localname == "longTitle":
            out.add(p, text_of(p), role=b.TITLE)


def _preamble(part: etree._Element, out: Emitter) -> None:
    for child in part:
        name, kind = etree.QName(child).localname, child.get("name", "")
        if name == "formula":
            role = b.AANHEF if kind == "aanhef" else b.FORMULA
            for p in child.iter(_A + "p"):
                out.add(p, text_of(p), role=role)
        elif name == "recitals":
            for recital in child.iterfind(_A + "recital"):
                out.add(recital, " ".join(text_of(p) for p in recital.iter(_A + "p")),
                        role=b.CONSIDERANS, style="recital")  # fmt: skip


def _conclusions(part: etree._Element, out: Emitter) -> None:
    for child in part:
        role = b.CLOSING if child.get("name") == "slotformulier" else b.SIGNATURE
        for p in child.iter(_A + "p"):
            out.add(p, text_of(p), role=role)


def _units(parent: etree._Element, out: Emitter, depth: int, amending: bool) -> None:
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name in _DIVISIONS:
            out.add(child, text_of(child.find(_A + "heading")), role=b.DIVISION,
                    label=text_of(child.find(_A + "num")), depth=depth)  # fmt: skip
            _units(child, out, depth, amending)
        elif name == "article":
            _article(child, out, depth)
        elif name == "paragraph":
            _with_content(child, out, depth, b.LID, amending)
        elif name == "point":
            _point(child, out, depth, amending)


def _article(article: etree._Element, out: Emitter, depth: int) -> None:
    out.add(article, text_of(article.find(_A + "heading")), role=b.ARTICLE,
            label=text_of(article.find(_A + "num")), depth=depth)  # fmt: skip
    # lettered onderdelen, or the mod of an article's only change (printed without a letter)
    amending = article.find(f".//{_A}mod") is not None or any(
        etree.QName(c).localname == "point" and _LETTER.match((c.findtext(_A + "num") or "").strip())
        for c in article
    )
    for child in article:
        name = etree.QName(child).localname
        if name in ("intro", "content"):
            for p in child.iterfind(_A + "p"):
                if amending:
                    _sentence(p, out, depth, "", "")
                else:
                    out.add(p, text_of(p), role=b.TEXT, depth=depth)
    _units(article, out, depth, amending)


def _with_content(unit: etree._Element, out: Emitter, depth: int, role: str, amending: bool) -> None:
    """A lid or list item: its num, the text of its intro or content, then its points."""
    ps = [p for part in ("intro", "content") for p in unit.iterfind(f"{_A}{part}/{_A}p")]
    out.add(unit, " ".join(text_of(p) for p in ps), role=role, label=text_of(unit.find(_A + "num")),
            depth=depth)  # fmt: skip
    _units(unit, out, depth, amending)


def _point(point: etree._Element, out: Emitter, depth: int, amending: bool) -> None:
    label = text_of(point.find(_A + "num")).strip()
    if not amending:
        _with_content(point, out, depth, b.ITEM, amending)
        return
    letter = bool(_LETTER.match(label))
    if letter:
        out.add(point, "", role=b.ONDERDEEL, label=label, depth=depth)
    for part in ("intro", "content"):
        for p in point.iterfind(f"{_A}{part}/{_A}p"):
            role = b.INSTRUCTION if label and not letter else ""
            _sentence(p, out, depth, role, label if role else "")
            for structure in p.iter(_A + "quotedStructure"):
                _units(structure, out, depth + 1, amending=False)
    for child in point:
        if etree.QName(child).localname == "point":
            _point(child, out, depth, amending)


def _sentence(p: etree._Element, out: Emitter, depth: int, role: str, label: str) -> None:
    """A wijzigingsopdracht: its sentence, and new words after "te luiden:" (a volzin, an aanhef,
    begripsomschrijvingen, written as the mod's last, unquoted quotedText) as new text below it."""
    mod = p.find(_A + "mod")
    last = mod[-1] if mod is not None and len(mod) else None
    text = text_of(p).rstrip()
    new = text_of(last).rstrip() if last is not None else ""
    unquoted = last is not None and etree.QName(last).localname == "quotedText" and not last.get("startQuote")
    if not (unquoted and new and text.endswith(new) and text[: -len(new)].rstrip().endswith(":")):
        out.add(p, text, role=role, label=label, depth=depth)
        return
    out.add(p, text[: -len(new)].rstrip(), role=role, label=label, depth=depth)
    for line in new.split("\n"):
        if line.strip():
            out.add(last, line.strip(), role=b.TEXT, depth=depth + 1)
