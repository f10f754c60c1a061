"""Accept or reject every tracked change in a word/document.xml, as Word would, for the tests.

Accepting drops deleted and moved-away content and keeps inserted and moved-here content;
rejecting does the reverse. A paragraph whose mark is dropped merges into the next paragraph,
which keeps its own properties; the last paragraph's mark never goes. A w:pPrChange is dropped (accept) or restores the old
properties (reject). The result is the list of (style id, text) of the body's paragraphs.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_DROP = {"accept": ("del", "moveFrom"), "reject": ("ins", "moveTo")}
_KEEP = {"accept": ("ins", "moveTo"), "reject": ("del", "moveFrom")}
_RANGES = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")


def document_xml(docx: bytes) -> bytes:
    """Return word/document.xml of a .docx."""
    with zipfile.ZipFile(BytesIO(docx)) as archive:
        return archive.read("word/document.xml")


def resolve(docx: bytes, how: str) -> list[tuple[str, str]]:
    """Return the (style id, text) of every body paragraph after accepting or rejecting all."""
    root = etree.fromstring(document_xml(docx))
    body = root.find(f"{W}body")
    _resolve_runs(body, how)
    paragraphs = _resolve_marks(body, how)
    return [(_style(p), _text(p)) for p in paragraphs]


def paragraphs(docx: bytes) -> list[tuple[str, str]]:
    """Return the (style id, text) of every body paragraph of a .docx without revisions."""
    body = etree.fromstring(document_xml(docx)).find(f"{W}body")
    return [(_style(p), _text(p)) for p in body.iter(f"{W}p")]


def _resolve_runs(body, how: str) -> None:
    for tag in _DROP[how]:
        for el in list(body.iter(f"{W}{tag}")):
            if el.getparent().tag != f"{W}rPr":
                el.getparent().remove(el)
    for tag in _KEEP[how]:
        for el in list(body.iter(f"{W}{tag}")):
            if el.getparent().tag != f"{W}rPr":
                _unwrap(el)
    for tag in _RANGES:
        for el in list(body.iter(f"{W}{tag}")):
            el.getparent().remove(el)
    for el in list(body.iter(f"{W}delText")):
        el.tag = f"{W}t"
    for change in list(body.iter(f"{W}pPrChange")):
        ppr = change.getparent()
        if how == "reject":
            old = change.find(f"{W}pPr")
            for child in list(ppr):
                if child.tag != f"{W}rPr":
                    ppr.remove(child)
            for n, child in enumerate(old):
                ppr.insert(n, child)
        else:
            ppr.remove(change)


def _resolve_marks(body, how: str) -> list:
    """Merge each paragraph whose mark is dropped into the following paragraph."""
    result = []
    carried: list = []
    for p in body.iter(f"{W}p"):
        content = [c for c in p if c.tag != f"{W}pPr"]
        if _mark_dropped(p, how):
            carried.extend(content)
            continue
        for n, c in enumerate(carried):
            p.insert(1 + n if p.find(f"{W}pPr") is not None else n, c)
        carried = []
        result.append(p)
    # Word never removes the document's last paragraph mark, so a redline must not ask it to
    assert not carried, "the last paragraph's mark is marked as inserted or deleted"
    return result


def _mark_dropped(p, how: str) -> bool:
    rpr = p.find(f"{W}pPr/{W}rPr")
    return rpr is not None and any(rpr.find(f"{W}{t}") is not None for t in _DROP[how])


def _unwrap(el) -> None:
    parent = el.getparent()
    index = parent.index(el)
    for n, child in enumerate(list(el)):
        parent.insert(index + n, child)
    parent.remove(el)


def _style(p) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val") if style is not None else ""


def _text(p) -> str:
    out = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}delText"):
        out.append("\t" if el.tag == f"{W}tab" else (el.text or ""))
    return "".join(out)
