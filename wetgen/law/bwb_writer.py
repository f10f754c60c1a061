"""Law → BWB toestand XML, the shape `bwb_reader` reads (and KOOP publishes).

Only what the model holds is written: metadata, divisions, articles, leden, alineas, lists and
tables with their paths, ids and status. Reading the output gives back an equal Law (a
hypothesis property). The output is deterministic: the same law gives the same bytes.
"""

from __future__ import annotations

from lxml import etree

from wetgen.law.errors import LawError
from wetgen.law.model import (
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


def write_bwb(law: Law) -> bytes:
    """Return the law as a BWB toestand document (UTF-8, indented); raise LawError on bad text."""
    try:
        root = _toestand(law)
    except ValueError as exc:  # lxml refuses control characters and the like
        raise LawError(f"the law cannot be written as XML: {exc}") from None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _toestand(law: Law) -> etree._Element:
    root = etree.Element("toestand", _attrs(("bwb-id", law.bwb_id), ("inwerkingtreding", law.inwerkingtreding)))
    wetgeving = _sub(root, "wetgeving", _attrs(("soort", law.soort)))
    if law.intitule:
        _sub(wetgeving, "intitule", text=law.intitule)
    if law.citeertitel:
        _sub(wetgeving, "citeertitel", {"status": "officieel"}, law.citeertitel)
    regeling = law.form == "regeling"
    form = _sub(wetgeving, "regeling" if regeling else "wet-besluit")
    text = _sub(form, "regeling-tekst" if regeling else "wettekst")
    for node in law.body:
        _node(text, node)
    return root


def _node(parent: etree._Element, node: Division | Article) -> None:
    if isinstance(node, Division):
        element = _sub(parent, node.kind, _unit_attrs(node.path, node.ids, node.status))
        _kop(element, node.label, node.number, node.title)
        for child in node.children:
            _node(element, child)
        return
    label = " ".join(part for part in (node.label, node.number) if part)
    attrs = _unit_attrs(node.path, node.ids, "")
    attrs.update(_attrs(("label", label), ("status", node.status)))
    element = _sub(parent, "artikel", attrs)
    _kop(element, node.label, node.number, node.title)
    _blocks(element, node.blocks)
    for lid in node.leden:
        _lid(element, lid)


def _lid(parent: etree._Element, lid: Lid) -> None:
    element = _sub(parent, "lid", _unit_attrs(lid.path, lid.ids, lid.status))
    if lid.number:
        _sub(element, "lidnr", text=lid.number)
    _blocks(element, lid.blocks)


def _blocks(parent: etree._Element, blocks: tuple[Block, ...]) -> None:
    for block in blocks:
        if isinstance(block, Alinea):
            _sub(parent, "al", text=block.text)
        elif isinstance(block, Lijst):
            lijst = _sub(parent, "lijst", _attrs(("type", block.type)))
            for item in block.items:
                _item(lijst, item)
        else:
            _table(parent, block)


def _item(parent: etree._Element, item: ListItem) -> None:
    element = _sub(parent, "li", _unit_attrs(item.path, item.ids, ""))
    if item.label:
        _sub(element, "li.nr", text=item.label)
    _blocks(element, item.blocks)


def _table(parent: etree._Element, table: Table) -> None:
    columns = max((len(row) for row in table.rows), default=0)
    group = _sub(_sub(parent, "table"), "tgroup", {"cols": str(columns)})
    sections = (("thead", table.rows[: table.header_rows]), ("tbody", table.rows[table.header_rows :]))
    for tag, rows in sections:
        if not rows:
            continue
        section = _sub(group, tag)
        for row in rows:
            row_element = _sub(section, "row")
            for cell in row:
                _sub(_sub(row_element, "entry"), "al", text=cell)


def _kop(parent: etree._Element, label: str, number: str, title: str) -> None:
    kop = _sub(parent, "kop")
    for tag, value in (("label", label), ("nr", number), ("titel", title)):
        if value:
            _sub(kop, tag, text=value)


def _unit_attrs(path: str, ids: BwbIds, status: str) -> dict[str, str]:
    return _attrs(("bwb-ng-variabel-deel", path), ("stam-id", ids.stam_id), ("versie-id", ids.versie_id),
                  ("label-id", ids.label_id), ("status", status))  # fmt: skip


def _attrs(*pairs: tuple[str, str]) -> dict[str, str]:
    return {name: value for name, value in pairs if value}


def _sub(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, tag, attrs or {})
    if text is not None:
        element.text = text
    return element
