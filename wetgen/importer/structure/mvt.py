"""The memorie van toelichting: its algemeen deel as Markdown, and its artikelsgewijs part
tied to the articles and onderdelen it explains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wetgen.importer import blocks as b
from wetgen.importer.blocks import Block, Source
from wetgen.importer.report import Notes
from wetgen.model import AmendingOnderdeel, Article, Division

_HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_ALGEMEEN = re.compile(r"^(?:[IV]+\.?\s+|[A-Z]\.?\s+)?algemeen(?:\s+deel)?$", re.IGNORECASE)
_ARTIKELSGEWIJS = re.compile(
    r"^(?:[IV]+\.?\s+|[A-Z]\.?\s+)?(?:artikelsgewijs(?:\s+deel)?|artikelsgewijze toelichting"
    r"|toelichting op de artikelen|artikelen)$", re.IGNORECASE)  # fmt: skip
_MVT_TITLE = re.compile(r"^(?:nr\.\s*\w+\s+)?memorie van toelichting\.?$", re.IGNORECASE)
_SECTION = re.compile(
    r"^(?:Artikel(?:en)?\s+(?P<art>[IVXLCDM]+[A-Z]?|\d+[a-z]?(?:[.:]\d+[a-z]?)?)[.,]?)?\s*"
    r"(?:,?\s*[Oo]nderde(?:el|len)\s+(?P<ond>[0-9]?[A-Z]{1,3}[a-z]{0,2}))?\s*(?:\(.*\))?\s*$"
)


@dataclass
class _Item:
    """A heading, a run of text or a table row of the MvT."""

    level: int  # 0 for text
    text: str
    where: str = ""
    row: bool = False


@dataclass
class Section:
    """One section of the artikelsgewijs part: its heading, the unit it names and its text."""

    heading: str
    article: str
    onderdeel: str
    items: list[_Item] = field(default_factory=list)

    notes: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """Return the section's text as Markdown, with the footnotes it uses."""
        return _markdown(self.items, self.notes)


@dataclass
class Mvt:
    """The MvT read from a file: the algemeen deel and the artikelsgewijs sections."""

    algemeen: str = ""
    sections: list[Section] = field(default_factory=list)


def read_mvt(blocks: list[Block], source: Source) -> Mvt:
    """Return the algemeen deel and the artikelsgewijs sections of the MvT blocks."""
    if not blocks:
        return Mvt()
    items = _raw_items(blocks, source) if source.lines else _block_items(blocks, source)
    items = [i for i in items if not (i.level and _MVT_TITLE.match(i.text))]
    split = next((n for n, i in enumerate(items) if i.level and _ARTIKELSGEWIJS.match(i.text)), len(items))
    general = [i for i in items[:split] if not (i.level and _ALGEMEEN.match(i.text))]
    notes = {} if source.lines else source.footnotes
    mvt = Mvt(algemeen=_markdown(general, notes))
    for item in items[split + 1 :]:
        target = _SECTION.match(item.text) if item.level else None
        if target and (target.group("art") or target.group("ond")):
            mvt.sections.append(Section(item.text, target.group("art") or "", target.group("ond") or "", notes=notes))
        elif mvt.sections:
            mvt.sections[-1].items.append(item)
        else:
            mvt.sections.append(Section("Artikelsgewijs", "", "", [item], notes))
    return mvt


def _raw_items(blocks: list[Block], source: Source) -> list[_Item]:
    """Items from the raw lines of a text source, keeping its wrapping and Markdown."""
    start = blocks[0].origin.number - 1
    items: list[_Item] = []
    text: list[str] = []
    for number, line in enumerate(source.lines[start:], start=start + 1):
        heading = _HEADING_LINE.match(line)
        if heading:
            if text:
                items.append(_Item(0, "\n".join(text)))
                text = []
            items.append(_Item(len(heading.group(1)), heading.group(2), f"{source.path}:{number}"))
        elif line.strip() == "---" and not text:
            continue
        else:
            text.append(line)
    if text:
        items.append(_Item(0, "\n".join(text)))
    return items


def _block_items(blocks: list[Block], source: Source) -> list[_Item]:
    items: list[_Item] = []
    for block in blocks:
        if block.role == b.ROW:
            cells = [c.strip().replace("|", "\\|") for c in block.text.split("\t")]
            items.append(_Item(0, "| " + " | ".join(cells) + " |", str(block.origin), row=True))
        else:
            items.append(_Item(block.level, (block.markup or block.text).strip(), str(block.origin)))
    return items


def _markdown(items: list[_Item], notes: dict[str, str] | None = None) -> str:
    """Join items as Markdown, the highest heading level becoming level 2, rows as tables, and
    the definitions of the footnotes the items use at the end."""
    levels = [i.level for i in items if i.level]
    shift = (min(levels) - 2) if levels else 0
    parts: list[str] = []
    previous: _Item | None = None
    for item in items:
        if item.level:
            parts.append(f"{'#' * max(2, min(6, item.level - shift))} {item.text}")
        elif item.row and previous is not None and previous.row:
            parts[-1] += "\n" + item.text
        elif item.row:
            parts.append(item.text + "\n|" + "---|" * item.text.count(" | ") + "---|")
        else:
            parts.append(item.text.strip("\n"))
        previous = item
    text = "\n\n".join(p for p in parts if p.strip())
    used = dict.fromkeys(re.findall(r"\[\^([^\]\s]+)\](?!:)", text))
    definitions = [f"[^{mark}]: {notes[mark]}" for mark in used if notes and mark in notes]
    text = "\n\n".join([text, *definitions]) if definitions else text
    return re.sub(r"\[\^t\d+-([^\]\s]+)\]", r"[^\1]", text).strip()


def attach(body: tuple[Division | Article, ...], mvt: Mvt, notes: Notes
           ) -> tuple[tuple[Division | Article, ...], str]:  # fmt: skip
    """Tie artikelsgewijs sections to their articles and onderdelen; return the new body and the
    algemeen deel, with every section that names no unit of the bill appended to it."""
    if not mvt.sections:
        return body, mvt.algemeen
    wanted: dict[tuple[str, str], list[str]] = {}
    keys: list[tuple[str, str]] = []
    last_article = ""
    for section in mvt.sections:
        last_article = section.article or last_article
        key = (last_article, section.onderdeel)
        keys.append(key)
        wanted.setdefault(key, []).append(section.text)
    found: set[tuple[str, str]] = set()
    new_body = tuple(_with_toelichting(node, wanted, found) for node in body)
    extra = []
    for section, key in zip(mvt.sections, keys, strict=True):
        if key not in found and section.text:
            notes.warn("memorie van toelichting", f"section '{section.heading}' names no unit of "
                       "the bill; kept in the algemeen deel")  # fmt: skip
            extra.append(f"## {section.heading}\n\n{section.text}")
    return new_body, "\n\n".join(p for p in [mvt.algemeen, *extra] if p)


def _with_toelichting(node: Division | Article, wanted: dict[tuple[str, str], list[str]],
                      found: set[tuple[str, str]]) -> Division | Article:  # fmt: skip
    if isinstance(node, Division):
        return replace(node, children=tuple(_with_toelichting(c, wanted, found) for c in node.children))
    onderdelen = tuple(_onderdeel(node.number, o, wanted, found) for o in node.onderdelen)
    return replace(node, toelichting=_take(wanted, found, (node.number, "")) or node.toelichting,
                   onderdelen=onderdelen)  # fmt: skip


def _onderdeel(article: str, onderdeel: AmendingOnderdeel, wanted: dict[tuple[str, str], list[str]],
               found: set[tuple[str, str]]) -> AmendingOnderdeel:  # fmt: skip
    text = _take(wanted, found, (article, onderdeel.number))
    return replace(onderdeel, toelichting=text or onderdeel.toelichting)


def _take(wanted: dict[tuple[str, str], list[str]], found: set[tuple[str, str]],
          key: tuple[str, str]) -> str:  # fmt: skip
    texts = [t for t in wanted.get(key, []) if t]
    if texts:
        found.add(key)
    return "\n\n".join(texts)
