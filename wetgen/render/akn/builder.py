"""The elements of an Akoma Ntoso 3.0 document: the namespace, element helpers and the document
being built, which remembers the draft location of every eId it gives out.

Every AKN writer of wetgen (bill, memorie van toelichting, nota van wijziging) builds through
these helpers, so the namespace, the serialisation and the eId bookkeeping exist once.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from wetgen.source import UNKNOWN, SourceLocation

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NSMAP = {None: AKN_NS}
QUALIFIER = f"{{{AKN_NS}}}"


def element(tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Return a new AKN element (not yet placed), with `text` and attributes if given."""
    made = etree.Element(QUALIFIER + tag, attrs)
    if text is not None:
        made.text = text
    return made


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Add an AKN element to `parent` and return it; `class` and other keywords are attributes."""
    made = etree.SubElement(parent, QUALIFIER + tag, attrs)
    if text is not None:
        made.text = text
    return made


def p(parent: etree._Element, text: str, cls: str = "") -> etree._Element:
    """Add a `p` holding `text` (with a class if given) to `parent` and return it."""
    return sub(parent, "p", text, **({"class": cls} if cls else {}))


def local_name(node: etree._Element) -> str:
    """Return an element's tag without the AKN namespace ("article")."""
    return etree.QName(node).localname


@dataclass(frozen=True)
class AknDocument:
    """A rendered AKN document: the tree and the draft location of every eId in it."""

    root: etree._Element
    locations: dict[str, SourceLocation]

    def to_bytes(self) -> bytes:
        """Serialise as indented UTF-8 XML with a declaration."""
        return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class AknBuilder:
    """An AKN document being built: `root` (akomaNtoso), `doc` (the document element) and the
    draft location of each eId given out with `mark`."""

    def __init__(self, doc_type: str, name: str) -> None:
        self.root = etree.Element(QUALIFIER + "akomaNtoso", nsmap=NSMAP)
        self.doc = sub(self.root, doc_type, name=name)
        self.locations: dict[str, SourceLocation] = {}

    def mark(self, node: etree._Element, eid: str, loc: SourceLocation = UNKNOWN) -> None:
        """Give `node` its eId and remember where in the draft it came from."""
        node.set("eId", eid)
        if loc is not UNKNOWN:
            self.locations[eid] = loc

    def document(self) -> AknDocument:
        """Return the document built so far."""
        return AknDocument(self.root, self.locations)


def canonical(xml: bytes) -> bytes:
    """Return the C14N 2.0 form of an XML document, for comparing with golden files."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    return etree.tostring(etree.fromstring(xml, parser=parser), method="c14n2", strip_text=True)
