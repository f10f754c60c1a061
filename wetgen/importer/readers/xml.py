"""XML bills, told apart by their root element: Akoma Ntoso (wetgen's own output) and the
government's publication XML (OP-XML, root `officiele-publicatie`)."""

from __future__ import annotations

from lxml import etree

from wetgen.importer import limits
from wetgen.importer.blocks import Block, Origin, Source
from wetgen.importer.errors import ImportRefused


def read_xml(data: bytes, path: str) -> Source:
    """Return the blocks of an AKN or OP-XML file; refuse other XML."""
    root = limits.parse_xml(data, path)
    name = etree.QName(root).localname
    if name == "akomaNtoso":
        from wetgen.importer.readers.akn import read_akn

        return read_akn(root, path)
    if name == "officiele-publicatie":
        from wetgen.importer.readers.opxml import read_opxml

        return read_opxml(root, path)
    raise ImportRefused(path, f"XML with root <{name}> is not a bill format wetgen reads "
                        "(Akoma Ntoso or officiele-publicatie)")  # fmt: skip


class Emitter:
    """Appends blocks for XML elements, with the element's line as origin."""

    def __init__(self, source: Source) -> None:
        self.source = source

    def add(self, element: etree._Element, text: str, *, role: str = "", label: str = "",
            style: str = "", depth: int = 0, level: int = 0, markup: str = "") -> None:  # fmt: skip
        """Add a block for `element` unless it has neither text nor label."""
        text = " ".join(text.split())
        label = " ".join(label.split())
        if not text and not label:
            return
        origin = Origin(self.source.path, element.sourceline or 0)
        self.source.blocks.append(Block(text, origin, label=label, role=role,
                                        style=style or etree.QName(element).localname,
                                        level=level, depth=depth, markup=markup))  # fmt: skip
