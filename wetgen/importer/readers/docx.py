"""Any Word bill (.docx): paragraphs and table rows in order, with the numbers Word's automatic
numbering shows, style names, heading levels, footnotes, and tracked changes resolved first."""

from __future__ import annotations

import re

from lxml import etree

from wetgen.importer import blocks as b
from wetgen.importer.blocks import Block, Origin, Source
from wetgen.importer.errors import ImportRefused
from wetgen.importer.readers import docx_revisions as revisions
from wetgen.importer.readers.docx_numbering import Numbering
from wetgen.importer.readers.docx_package import open_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
P, TBL, SDT, TR, TC = _W + "p", _W + "tbl", _W + "sdt", _W + "tr", _W + "tc"
BOOKMARK = _W + "bookmarkStart"
T, TAB, BR, CR, NBH, FOOTREF = _W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen", _W + "footnoteReference"
_INLINE = (T, TAB, BR, CR, NBH, FOOTREF)
_EMPHASIS = (_W + "b", _W + "i")
PPR, PSTYLE, NUMPR, NUMID, ILVL = _W + "pPr", _W + "pStyle", _W + "numPr", _W + "numId", _W + "ilvl"
OUTLINE, VAL = _W + "outlineLvl", _W + "val"
_BULLETS = {"\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "o", "§", "·", "•", "▪", "–", "-"}
_HEADING_NAME = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)


def read_docx(data: bytes, path: str, revision_mode: str | None = None) -> Source:
    """Return the blocks of a Word file; tracked changes need `revision_mode` accept or reject."""
    package = open_docx(data, path)
    source = Source(path, "docx", meta=package.meta)
    parts = [package.document] + ([package.footnotes] if package.footnotes is not None else [])
    if any(revisions.has_revisions(part) for part in parts):
        if revision_mode not in (revisions.ACCEPT, revisions.REJECT):
            raise ImportRefused(path, "has tracked changes; import it with --revisions accept or "
                                "--revisions reject")  # fmt: skip
        for part in parts:
            revisions.resolve(part, revision_mode)
    reader = _BodyReader(source, Numbering(package.numbering, package.styles), package.styles)
    reader.unit_keys = package.keys
    body = package.document.find(_W + "body")
    if body is not None:
        reader.walk(body)
    if package.footnotes is not None:
        notes = _footnotes(package.footnotes)
        source.footnotes = {shown: notes.get(note_id, "") for note_id, shown in reader.note_numbers.items()}
    for fmt in sorted(reader.numbering.unknown_formats):
        source.warn(path, f"Word number format '{fmt}' shown as decimal")
    return source


class _Styles:
    """Style names and the heading level each style gives, following basedOn."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.names: dict[str, str] = {}
        self.levels: dict[str, int] = {}
        self.default = ""  # the paragraph style of a paragraph that names none
        if styles is None:
            return
        own: dict[str, tuple[str, int | None, str | None]] = {}
        for style in styles.iterfind(_W + "style"):
            sid = style.get(_W + "styleId") or ""
            name_el = style.find(_W + "name")
            name = name_el.get(_W + "val") if name_el is not None else sid
            outline = style.find(f"{_W}pPr/{_W}outlineLvl")
            level = int(outline.get(_W + "val")) + 1 if outline is not None and (outline.get(_W + "val") or "").isdigit() else None
            based = style.find(_W + "basedOn")
            own[sid] = (name or sid, level, based.get(_W + "val") if based is not None else None)
            if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true", "on"):
                self.default = sid
        for sid, (name, _, _) in own.items():
            self.names[sid] = name
            self.levels[sid] = _style_level(sid, own)


def _style_level(sid: str, own: dict[str, tuple[str, int | None, str | None]]) -> int:
    seen: set[str] = set()
    current: str | None = sid
    while current and current in own and current not in seen:
        seen.add(current)
        name, level, based = own[current]
        if level is not None and level < 10:
            return level
        m = _HEADING_NAME.match(name)
        if m:
            return int(m.group(1))
        current = based
    return 0


class _BodyReader:
    def __init__(self, source: Source, numbering: Numbering, styles: etree._Element | None) -> None:
        self.source, self.numbering, self.styles = source, numbering, _Styles(styles)
        self.path = source.path
        self.count = 0
        self.note_numbers: dict[str, str] = {}  # footnote id → the number Word shows (document order)
        self.unit_keys: dict[str, tuple[str, str]] = {}  # bookmark → (kind, key) wetgen wrote

    def walk(self, parent: etree._Element) -> None:
        """Read the paragraphs and tables under `parent` in order, content controls included."""
        for child in parent.iterchildren():
            tag = child.tag
            if tag == P:
                block = self.paragraph(child)
                if block is not None:
                    self.source.blocks.append(block)
            elif tag == TBL:
                self.table(child)
            elif tag == SDT:
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.walk(content)

    def paragraph(self, p: etree._Element) -> Block | None:
        """Return a paragraph as a block with its Word number, style and level; None if empty."""
        self.count += 1
        ppr = p.find(PPR)
        style_id, num_id, ilvl, level = self.styles.default, None, None, 0
        if ppr is not None:
            pstyle = ppr.find(PSTYLE)
            if pstyle is not None:
                style_id = pstyle.get(VAL) or ""
            numpr = ppr.find(NUMPR)
            if numpr is not None:
                nid, lvl = numpr.find(NUMID), numpr.find(ILVL)
                num_id = nid.get(VAL) if nid is not None else None
                ilvl = int(lvl.get(VAL) or 0) if lvl is not None else None
            outline = ppr.find(OUTLINE)
            if outline is not None and (outline.get(VAL) or "").isdigit():
                level = int(outline.get(VAL)) + 1
        if self.unit_keys:
            self._keys(p)
        raw, raw_markup = _text(p, self.note_numbers)
        used = self.numbering.list_of(style_id, num_id, ilvl) if style_id or num_id else None
        label = self.numbering.label(*used).strip() if used else ""
        if label and label in _BULLETS:
            label = "•"
        text = " ".join(raw.split())
        if not text and not label:
            return None
        if not 0 < level < 10:
            level = self.styles.levels.get(style_id, 0)
        markup = " ".join(raw_markup.split()) if raw_markup is not raw else ""
        return Block(text, Origin(self.path, self.count, "paragraph"), label, "",
                     self.styles.names.get(style_id, style_id), level, 0, markup)  # fmt: skip

    def _keys(self, p: etree._Element) -> None:
        """Record the keys of the units whose bookmarks are in this paragraph."""
        found = [self.unit_keys[n] for n in (m.get(_W + "name") for m in p.iter(BOOKMARK)) if n in self.unit_keys]
        if found:
            self.source.keys[self.count] = found

    def table(self, tbl: etree._Element) -> None:
        """Add each table row as one block, its cells joined by tabs."""
        for row in tbl.iter(TR):
            first = self.count + 1
            cells = []
            for cell in row.iterfind(TC):
                texts = []
                for p in cell.iter(P):
                    block = self.paragraph(p)
                    if block is not None:
                        texts.append(f"{block.label} {block.text}".strip())
                cells.append(" ".join(texts))
            if any(cells):
                origin = Origin(self.source.path, first, "paragraph")
                self.source.blocks.append(Block("\t".join(cells), origin, role=b.ROW, style="table"))


def _text(p: etree._Element, note_numbers: dict[str, str]) -> tuple[str, str]:
    """Return a paragraph's plain text and its Markdown (bold, italic, footnote marks numbered
    as Word shows them: by order of appearance, whatever their ids)."""
    plain: list[str] = []
    marked: list[str] = []
    formatted = False
    emphasised = next(p.iter(_EMPHASIS), None) is not None  # most paragraphs have none: skip the runs
    for el in p.iter(_INLINE):
        tag = el.tag
        if tag == T:
            piece = el.text or ""
            plain.append(piece)
            emphasis = _emphasis(el.getparent()) if emphasised else ""
            formatted = formatted or bool(emphasis)
            marked.append(f"{emphasis}{piece}{emphasis}" if emphasis and piece.strip() else piece)
        elif tag == FOOTREF:
            formatted = True
            shown = note_numbers.setdefault(el.get(_W + "id") or "", str(len(note_numbers) + 1))
            marked.append(f"[^{shown}]")
        elif tag == NBH:
            plain.append("-")
            marked.append("-")
        else:
            plain.append("\t" if tag == TAB else " ")
            marked.append(" ")
    text = "".join(plain)
    return text, ("".join(marked) if formatted else text)


def _emphasis(run: etree._Element | None) -> str:
    rpr = run.find(_W + "rPr") if run is not None else None
    if rpr is None:
        return ""
    bold = _on(rpr.find(_W + "b"))
    italic = _on(rpr.find(_W + "i"))
    return "***" if bold and italic else "**" if bold else "*" if italic else ""


def _on(el: etree._Element | None) -> bool:
    return el is not None and (el.get(_W + "val") or "true") not in ("0", "false", "off")


def _footnotes(root: etree._Element) -> dict[str, str]:
    notes: dict[str, str] = {}
    for note in root.iterfind(_W + "footnote"):
        if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [" ".join(_text(p, {})[1].split()) for p in note.iter(P)]
        notes[note.get(_W + "id") or ""] = " ".join(t for t in texts if t)
    return notes
