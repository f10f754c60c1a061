"""BWB toestand XML → Law, read incrementally: each article is built and then freed.

What is read: `toestand` (bwb-id, inwerkingtreding), `wetgeving` (soort, intitule,
citeertitel), and the `wettekst` of a `wet-besluit` or the `regeling-tekst` of a `regeling`:
divisions with `kop/label,nr,titel`, articles, `lid/lidnr`, `al`, `lijst/li/li.nr`, tables,
each unit's `bwb-ng-variabel-deel`, ids and `status`. Inline markup (`extref`, `intref`,
`nadruk`, `redactie`, …) is flattened to its text; `meta-data` (publication bookkeeping) and
`noot` (footnotes) are not law text and are left out. Bijlagen are not read.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from wetgen.law.errors import LawError
from wetgen.law.model import (
    DIVISION_KINDS,
    NO_IDS,
    Alinea,
    Article,
    Block,
    BwbIds,
    Division,
    Law,
    Lid,
    Lijst,
    ListItem,
    Table,
)
from wetgen.law.safe_xml import iter_events, normalise, release

TEXT_ROOTS = ("wettekst", "regeling-tekst")
FORMS = {"wettekst": "wet-besluit", "regeling-tekst": "regeling"}
_META = ("meta-data", "noot")
_SKIPPED = frozenset({"kop", "lidnr", "li.nr", "lid", *_META})
_TAGS = ("toestand", "wetgeving", "citeertitel", "intitule", *TEXT_ROOTS, *DIVISION_KINDS, "artikel")


def read_bwb(source: Path | bytes, where: str = "") -> Law:
    """Read a BWB toestand from a file or bytes; raise LawError if it is not one."""
    where = where or (str(source) if isinstance(source, Path) else "<bwb>")
    reader = _Reader(where)
    for event, element in iter_events(source, where, _TAGS):
        reader.handle(event, element)
    return reader.law(str(source) if isinstance(source, Path) else "")


class _Reader:
    """The state of one incremental read: the toestand's metadata and open divisions."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.meta: dict[str, str] = {}
        self.stack: list[list[Division | Article]] = []
        self.body: tuple[Division | Article, ...] | None = None
        self.seen_root = False
        self.form = ""

    def handle(self, event: str, element: etree._Element) -> None:
        """Take one start or end event of a structural element."""
        tag = element.tag
        if not self.seen_root:
            if event != "start" or tag != "toestand":
                raise LawError(f"{self.where}: not a BWB toestand (no <toestand> root element)")
            self.seen_root = True
            self.meta["bwb_id"] = element.get("bwb-id", "")
            self.meta["inwerkingtreding"] = element.get("inwerkingtreding", "")
            return
        if tag in TEXT_ROOTS:
            self._text_root(event, element)
        elif event == "start":
            if tag == "wetgeving":
                self.meta["soort"] = element.get("soort", "")
            elif tag in DIVISION_KINDS and self.stack:
                self.stack.append([])
        elif tag in ("citeertitel", "intitule") and not self.stack and tag not in self.meta:
            self.meta[tag] = flat_text(element)
        elif tag == "artikel" and self.stack:
            self.stack[-1].append(read_article(element))
            release(element)
        elif tag in DIVISION_KINDS and self.stack:
            children = tuple(self.stack.pop())
            self.stack[-1].append(read_division(element, children))
            release(element)

    def _text_root(self, event: str, element: etree._Element) -> None:
        if event == "start":
            if self.body is None and not self.stack:
                self.stack.append([])
                self.form = FORMS[element.tag]
        elif len(self.stack) == 1 and self.body is None:
            self.body = tuple(self.stack.pop())
            release(element)

    def law(self, source: str) -> Law:
        """Return the law read, or raise LawError if the toestand held no text."""
        if not self.seen_root:
            raise LawError(f"{self.where}: not a BWB toestand (no <toestand> root element)")
        if self.body is None:
            raise LawError(f"{self.where}: the toestand has no wettekst or regeling-tekst to read")
        return Law(
            citeertitel=self.meta.get("citeertitel", ""),
            body=self.body,
            bwb_id=self.meta["bwb_id"],
            inwerkingtreding=self.meta["inwerkingtreding"],
            soort=self.meta.get("soort", ""),
            intitule=self.meta.get("intitule", ""),
            form=self.form,
            source=source,
        )


def read_article(element: etree._Element) -> Article:
    """Build an Article from an `artikel` element."""
    etree.strip_elements(element, *_META, with_tail=False)
    label, number, title = _kop(element)
    return Article(
        number=number,
        title=title,
        blocks=read_blocks(element),
        leden=tuple(_lid(child) for child in element.iterchildren("lid")),
        status=element.get("status", ""),
        path=element.get("bwb-ng-variabel-deel", ""),
        ids=_ids(element),
        label=label,
    )


def read_division(element: etree._Element, children: tuple[Division | Article, ...]) -> Division:
    """Build a Division from a division element whose children were already read."""
    label, number, title = _kop(element)
    return Division(kind=element.tag, number=number, title=title, children=children, label=label,
                    status=element.get("status", ""), path=element.get("bwb-ng-variabel-deel", ""),
                    ids=_ids(element))  # fmt: skip


def read_blocks(element: etree._Element) -> tuple[Block, ...]:
    """Return the alineas, lists and tables directly in `element`, in order."""
    blocks: list[Block] = []
    for child in element.iterchildren(tag=etree.Element):
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == "lijst":
            blocks.append(Lijst(tuple(_item(li) for li in child.iterchildren("li")), child.get("type", "")))
        elif tag == "table":
            blocks.append(_table(child))
        elif tag == "al-groep":
            blocks.extend(read_blocks(child))
        else:
            text = flat_text(child)
            if text:
                blocks.append(Alinea(text))
    return tuple(blocks)


def flat_text(element: etree._Element) -> str:
    """Return the text of an element with inline markup flattened and notes left out."""
    if len(element) == 0:
        return normalise(element.text or "")
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _META:
            parts.append(flat_text(child) if len(child) else (child.text or ""))
        parts.append(child.tail or "")
    return normalise(" ".join(parts) if _has_block_children(element) else "".join(parts))


def _has_block_children(element: etree._Element) -> bool:
    return any(child.tag in ("al", "lijst", "li", "table") for child in element)


def _lid(element: etree._Element) -> Lid:
    number = element.find("lidnr")
    return Lid(number=flat_text(number) if number is not None else "", blocks=read_blocks(element),
               status=element.get("status", ""), path=element.get("bwb-ng-variabel-deel", ""),
               ids=_ids(element))  # fmt: skip


def _item(element: etree._Element) -> ListItem:
    label = element.find("li.nr")
    return ListItem(label=flat_text(label) if label is not None else "", blocks=read_blocks(element),
                    path=element.get("bwb-ng-variabel-deel", ""), ids=_ids(element))  # fmt: skip


def _table(element: etree._Element) -> Table:
    rows = []
    header = 0
    for row in element.iter("row"):
        rows.append(tuple(flat_text(entry) for entry in row.iterchildren("entry")))
        if row.getparent() is not None and row.getparent().tag == "thead":
            header += 1
    return Table(tuple(rows), header)


def _kop(element: etree._Element) -> tuple[str, str, str]:
    kop = element.find("kop")
    if kop is None:
        return "", "", ""
    parts = {}
    for name in ("label", "nr", "titel"):
        found = kop.find(name)
        parts[name] = flat_text(found) if found is not None else ""
    return parts["label"], parts["nr"], parts["titel"]


def _ids(element: etree._Element) -> BwbIds:
    stam, versie, label = element.get("stam-id"), element.get("versie-id"), element.get("label-id")
    if stam is None and versie is None and label is None:
        return NO_IDS
    return BwbIds(stam or "", versie or "", label or "")
