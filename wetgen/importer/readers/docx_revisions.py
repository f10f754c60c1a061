"""Tracked changes in a Word file, accepted or rejected before the text is read.

Insertions and deletions of text (`w:ins`, `w:del`), moves (`w:moveFrom`, `w:moveTo`),
inserted or deleted paragraph marks (a paragraph joined to the next) and changed properties
(`w:pPrChange`, `w:rPrChange` and their table kin) are resolved on the XML tree, so the
reader after this sees one version of the text.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
NS = {"w": W}
ACCEPT, REJECT = "accept", "reject"
_MARKS = ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "tblPrChange",
          "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange", "cellIns", "cellDel",
          "cellMerge", "numberingChange")  # fmt: skip
_MARK_TAGS = tuple(_W + m for m in _MARKS)
_PARAGRAPH_MARKS = etree.XPath(".//w:p/w:pPr/w:rPr/w:ins | .//w:p/w:pPr/w:rPr/w:del", namespaces=NS)
_PROPERTY_CHANGES = ("pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange",
                     "sectPrChange", "tblGridChange")  # fmt: skip
_RANGE_MARKS = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
                "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
                "customXmlDelRangeEnd")  # fmt: skip


def has_revisions(root: etree._Element) -> bool:
    """Tell whether a part holds tracked changes."""
    return next(root.iter(_MARK_TAGS), None) is not None


def resolve(root: etree._Element, mode: str) -> int:
    """Accept or reject every tracked change under `root` in place; return how many there were."""
    count = 0
    for name in _RANGE_MARKS:
        for el in list(root.iter(_W + name)):
            _remove(el)
    count += _rows(root, mode)
    count += _paragraph_marks(root, mode)
    keep, drop = ("ins", "moveTo"), ("del", "moveFrom")
    if mode == REJECT:
        keep, drop = drop, keep
    for name in drop:
        for el in list(root.iter(_W + name)):
            if el.getparent() is not None and el.getparent().tag != _W + "rPr":
                _remove(el)
                count += 1
    for name in keep:
        for el in list(root.iter(_W + name)):
            if el.getparent() is not None and el.getparent().tag != _W + "rPr":
                _unwrap(el, restore_text=mode == REJECT)
                count += 1
    count += _properties(root, mode)
    for name in ("cellIns", "cellDel", "cellMerge", "numberingChange", "ins", "del"):
        for el in list(root.iter(_W + name)):  # what is left: marks on run properties
            _remove(el)
            count += 1
    return count


def _rows(root: etree._Element, mode: str) -> int:
    """Remove table rows that were inserted (reject) or deleted (accept); drop the marks otherwise."""
    count = 0
    gone = "del" if mode == ACCEPT else "ins"
    for tr_pr in list(root.iter(_W + "trPr")):
        for mark in tr_pr.findall(_W + "ins") + tr_pr.findall(_W + "del"):
            count += 1
            if mark.tag == _W + gone:
                row = tr_pr.getparent()
                if row is not None and row.getparent() is not None:
                    row.getparent().remove(row)
                break
            tr_pr.remove(mark)
    return count


def _paragraph_marks(root: etree._Element, mode: str) -> int:
    """Join a paragraph to the next where its mark goes away; drop the mark's record otherwise."""
    count = 0
    joined = "del" if mode == ACCEPT else "ins"
    for mark in list(_PARAGRAPH_MARKS(root)):
        count += 1
        paragraph = mark.getparent().getparent().getparent()
        mark.getparent().remove(mark)
        if mark.tag == _W + joined:
            if not _keeps_text(paragraph, joined):
                _drop_bookmarks(paragraph)  # the paragraph is gone: its unit does not go on in the next
            _join_with_next(paragraph)
    return count


def _keeps_text(paragraph: etree._Element, dropped: str) -> bool:
    """Tell whether any text of the paragraph stays once the `dropped` changes are resolved."""
    gone = (_W + dropped, _W + ("moveFrom" if dropped == "del" else "moveTo"))
    for text in paragraph.iter(_W + "t"):
        if not any(a.tag in gone for a in text.iterancestors()):
            return True
    return False


def _drop_bookmarks(paragraph: etree._Element) -> None:
    for mark in list(paragraph.iter(_W + "bookmarkStart", _W + "bookmarkEnd")):
        mark.getparent().remove(mark)


def _join_with_next(paragraph: etree._Element) -> None:
    """Move a paragraph's content to the start of the next paragraph, which keeps its own mark."""
    following = paragraph.getnext()
    while following is not None and following.tag != _W + "p":
        following = following.getnext()
    if following is None:
        return
    content = [child for child in paragraph if child.tag != _W + "pPr"]
    anchor = following.find(_W + "pPr")
    index = 0 if anchor is None else following.index(anchor) + 1
    for offset, child in enumerate(content):
        following.insert(index + offset, child)
    paragraph.getparent().remove(paragraph)


def _properties(root: etree._Element, mode: str) -> int:
    count = 0
    for name in _PROPERTY_CHANGES:
        for change in list(root.iter(_W + name)):
            count += 1
            owner = change.getparent()
            old = change[0] if len(change) else None
            owner.remove(change)
            if mode == REJECT and old is not None:
                keep = {_W + "rPr", _W + "sectPr", _W + "pPrChange", _W + "rPrChange"}
                for child in [c for c in owner if c.tag not in keep]:
                    owner.remove(child)
                for child in list(old):
                    owner.append(child)
    return count


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _unwrap(el: etree._Element, restore_text: bool) -> None:
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for offset, child in enumerate(list(el)):
        if restore_text:
            for deleted in child.iter(_W + "delText", _W + "delInstrText"):
                deleted.tag = _W + ("t" if deleted.tag == _W + "delText" else "instrText")
        parent.insert(index + offset, child)
    parent.remove(el)

