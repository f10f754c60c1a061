"""The government's publication XML (root `officiele-publicatie`), as served for Kamerstukken
and the Staatsblad on zoek.officielebekendmakingen.nl.

Bills are in `voorstel-wet` or `wet`: `aanhef` (`wij`, `considerans.al`, `afkondiging`),
`wettekst` with divisions (`kop` of `label`, `nr`, `titel`), `artikel` (`lid`/`lidnr`, `al`,
`lijst`/`li`/`li.nr`) and `wijzig-artikel` (`wat`, `wijziging` with `nr` and `wat`, nested
changes, and the new text as `artikel`, `lid`, `al`, `lijst` or `wijzig-divisie`), then the
`slotformulering` and `ondertekening`. Elements not listed here are read as text, never dropped.
"""

from __future__ import annotations

import re

from lxml import etree

from wetgen.importer import blocks as b
from wetgen.importer.blocks import Source
from wetgen.importer.readers.xml import Emitter
from wetgen.importer.structure.front import iso_date

_DIVISIONS = {"hoofdstuk", "afdeling", "paragraaf", "titeldeel", "titel", "boek", "deel", "divisie",
              "sub-paragraaf", "wijzig-divisie"}  # fmt: skip
_CHANGES = {"wijziging", "wijzig-lid"}
_SKIP = {"metadata", "noot", "kamerstukkop", "meta"}
_CLOSING = {"slotformulering", "wetsluiting", "voorstel-sluiting", "ondertekening", "dagtekening"}
_LETTER = re.compile(r"^[0-9]?[A-Z]{1,3}[a-z]{0,2}\.?$")


def read_opxml(root: etree._Element, path: str) -> Source:
    """Return the blocks of an OP-XML publication."""
    source = Source(path, "opxml", marks_depth=True)
    _metadata(root, source)
    reader = _Reader(Emitter(source), source)
    reader.walk(root, 0)
    return source


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _metadata(root: etree._Element, source: Source) -> None:
    for meta in root.iter("{*}meta"):
        name, content = (meta.get("name") or "").lower(), (meta.get("content") or "").strip()
        if name in ("dcterms.issued", "dc.date", "overheidop.datumondertekening") and re.match(r"\d{4}-\d{2}-\d{2}", content):
            source.meta.setdefault("datum", content[:10])
        elif name == "dc.creator" and content.startswith("Ministerie van "):
            source.meta.setdefault("ministerie", content[len("Ministerie van ") :])


class _Reader:
    def __init__(self, out: Emitter, source: Source) -> None:
        self.out, self.source = out, source

    def text(self, el: etree._Element | None, marked: bool = False) -> str:
        """Return inline text; footnotes are taken out and kept with their number (`marked`
        leaves a Markdown footnote mark where each one was)."""
        if el is None:
            return ""
        parts = [el.text or ""]
        for child in el:
            name = _local(child)
            if name == "noot":
                mark = " ".join((child.findtext("{*}noot.nr") or "").split())
                body = " ".join(self.text(al) for al in child.iter("{*}noot.al"))
                if mark:
                    self.source.footnotes[mark] = body
                    parts.append(f"[^{mark}]" if marked else "")
            elif name:
                parts.append(self.text(child, marked))
            parts.append(child.tail or "")
        return "".join(parts)

    def add(self, el: etree._Element, **hints: object) -> None:
        """Add a block for an element's text, with footnote marks as its markup when it has notes."""
        text = self.text(el)
        marked = self.text(el, marked=True) if el.find(".//{*}noot") is not None else ""
        self.out.add(el, text, markup=" ".join(marked.split()), **hints)  # type: ignore[arg-type]

    def walk(self, el: etree._Element, depth: int) -> None:
        """Read every child element in order."""
        for child in el:
            self.element(child, depth)

    def element(self, el: etree._Element, depth: int) -> None:  # noqa: C901 - one branch per element
        """Read one element by its name; unknown elements are read as text."""
        name = _local(el)
        if not name or name in _SKIP:
            return
        if name == "dossier":
            self.out.add(el, self.text(el.find("{*}dossiernummer")), style="dossiernummer")
            self.out.add(el, self.text(el.find("{*}titel")), role=b.TITLE)
        elif name == "stuk" and el.find("{*}stuknr") is not None:
            self.out.add(el, f"{self.text(el.find('{*}stuknr'))} {self.text(el.find('{*}titel'))}", role=b.DOCTYPE)
            for child in el:
                if _local(child) not in ("stuknr", "titel"):
                    self.element(child, depth)
        elif name == "intitule":
            self.out.add(el, self.text(el), role=b.TITLE)
            date = iso_date(self.text(el))
            if date:
                self.source.meta.setdefault("datum", date)
        elif name == "wij":
            self.add(el, role=b.AANHEF)
        elif name == "considerans.al":
            self.add(el, role=b.CONSIDERANS)
        elif name == "afkondiging":
            self.out.add(el, " ".join(self.text(al) for al in el.iter("{*}al")), role=b.FORMULA)
        elif name in _DIVISIONS:
            self.heading(el, b.DIVISION, depth)
            self.walk_except(el, depth, "kop")
        elif name == "artikel":
            self.heading(el, b.ARTICLE, depth)
            self.walk_except(el, depth, "kop")
        elif name == "wijzig-artikel":
            self.heading(el, b.ARTICLE, depth)
            for child in el:
                cname = _local(child)
                if cname == "wat":
                    self.add(child, depth=depth)
                elif cname in _CHANGES:
                    self.change(child, depth, top=True)
                elif cname != "kop":
                    self.element(child, depth)
        elif name == "lid":
            self.unit(el, b.LID, "lidnr", depth)
        elif name in ("li", "definitie-item"):
            self.unit(el, b.ITEM, "li.nr", depth)
        elif name in _CHANGES:
            self.change(el, depth, top=False)
        elif name in _CLOSING:
            self.closing(el)
        elif name == "row":
            cells = ["  ".join(self.text(a) for a in entry.iter("{*}al")) or self.text(entry)
                     for entry in el.iter("{*}entry")]  # fmt: skip
            self.out.add(el, "\t".join(c.strip() for c in cells), role=b.ROW, depth=depth)
        elif len(el) and any(_local(c) not in ("nadruk", "extref", "intref", "noot", "sup", "inf") for c in el):
            self.walk(el, depth)
        else:
            self.add(el, role=b.TEXT, depth=depth)

    def walk_except(self, el: etree._Element, depth: int, skipped: str) -> None:
        """Read every child but those named `skipped`."""
        for child in el:
            if _local(child) != skipped:
                self.element(child, depth)

    def heading(self, el: etree._Element, role: str, depth: int) -> None:
        """Add the heading (kop: label, nr, titel) of an article or division."""
        kop = el.find("{*}kop")
        if kop is None:
            return
        label = f"{self.text(kop.find('{*}label'))} {self.text(kop.find('{*}nr'))}"
        self.out.add(kop, self.text(kop.find("{*}titel")), role=role, label=label.strip(), depth=depth)

    def unit(self, el: etree._Element, role: str, number: str, depth: int) -> None:
        """A lid or list item: its number and first paragraph, then the rest in order."""
        first = True
        label = self.text(el.find(f"{{*}}{number}"))
        term = el.find("{*}term")
        lead = self.text(term) if term is not None else ""
        for child in el:
            cname = _local(child)
            if cname in (number, "term"):
                continue
            if first and cname in ("al", "definitie"):
                parts = list(child.iter("{*}al")) if cname == "definitie" else [child]
                text = " ".join(self.text(a) for a in parts)
                marked = " ".join(self.text(a, marked=True) for a in parts)
                self.out.add(child, f"{lead} {text}".strip(), role=role, label=label, depth=depth,
                             markup=f"{lead} {marked}".strip() if marked != text else "")  # fmt: skip
                first = False
            else:
                self.element(child, depth)
        if first:
            self.out.add(el, lead, role=role, label=label, depth=depth)

    def change(self, el: etree._Element, depth: int, top: bool) -> None:
        """A change of a wijzig-artikel: its letter or number, its sentence and its new text."""
        label = self.text(el.find("{*}nr") if el.find("{*}nr") is not None else el.find("{*}lidnr")).strip()
        letter = top and bool(_LETTER.match(label))
        if letter:
            self.out.add(el, "", role=b.ONDERDEEL, label=label.rstrip("."), depth=depth)
        for child in el:
            cname = _local(child)
            if cname in ("nr", "lidnr"):
                continue
            if cname == "wat":
                role = b.INSTRUCTION if label and not letter else ""
                self.add(child, role=role, label=label if role else "", depth=depth)
            elif cname in _CHANGES:
                self.change(child, depth, top=False)
            else:
                self.element(child, depth + 1)

    def closing(self, el: etree._Element) -> None:
        """Add the slotformulering and the lines of the ondertekening."""
        name = _local(el)
        if name == "slotformulering":
            self.out.add(el, " ".join(self.text(al) for al in el.iter("{*}al")) or self.text(el), role=b.CLOSING)
            return
        for child in el:
            cname = _local(child)
            if cname in ("naam", "functie", "label", "dagtekening", "al", "plaats", "datum"):
                self.out.add(child, self.text(child), role=b.SIGNATURE)
            elif cname in _CLOSING:
                self.closing(child)
            elif cname:
                self.element(child, 0)
