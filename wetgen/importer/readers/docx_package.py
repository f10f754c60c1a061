"""Opening a Word file safely: refuse what is not a readable .docx before python-docx parses it,
then hand out the parts the reader needs (body, styles, numbering, footnotes, properties)."""

from __future__ import annotations

import io
import zipfile
from typing import NamedTuple

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from wetgen.importer import limits
from wetgen.importer.errors import ImportRefused

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
_KEYS = "{urn:wetgen:keys}"  # the custom XML part wetgen writes (wetgen.render.docx_keys)
_CUSTOM_KEYS = {"citeertitel": "citeertitel", "versie": "versie", "versiedatum": "datum", "fase": "fase"}


class WordPackage(NamedTuple):
    """The parts of a .docx the importer reads."""

    document: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    footnotes: etree._Element | None
    meta: dict[str, str]
    keys: dict[str, tuple[str, str]]  # bookmark name → (kind, key), from wetgen's custom XML part


def open_docx(data: bytes, where: str) -> WordPackage:
    """Return the parts of a Word file; raise ImportRefused for anything that is not a sound .docx."""
    if data.startswith(OLE_MAGIC):
        raise ImportRefused(where, "an encrypted (password-protected) Word file or an old .doc; "
                            "save it as .docx without a password")  # fmt: skip
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportRefused(where, "not a Word file: damaged or not a .docx") from None
    with archive:
        limits.check_zip(archive, where)
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise ImportRefused(where, "damaged Word file: it has no word/document.xml")
        _refuse_entities(archive, where)
    try:
        document = docx.Document(io.BytesIO(data))
        part = document.part
        styles = part.styles.element if _has_rel(part, RT.STYLES) else None
        numbering = part.numbering_part.element if _has_rel(part, RT.NUMBERING) else None
        footnotes = _related_xml(part, RT.FOOTNOTES, where)
        meta = _meta(document, where)
        keys = _unit_keys(document, where)
        return WordPackage(document.element, styles, numbering, footnotes, meta, keys)
    except ImportRefused:
        raise
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError,
            AttributeError, TypeError, IndexError, EOFError, NotImplementedError) as exc:  # fmt: skip
        raise ImportRefused(where, f"damaged Word file ({_reason(exc)})") from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text[:120]


def _refuse_entities(archive: zipfile.ZipFile, where: str) -> None:
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(info) as handle:
            head = handle.read(4096).lower()
        if b"<!entity" in head or b"<!doctype" in head:
            raise ImportRefused(where, f"{info.filename} declares a DTD or entities: refused")


def _has_rel(part: object, reltype: str) -> bool:
    return any(rel.reltype == reltype for rel in part.rels.values())  # type: ignore[attr-defined]


def _related_xml(part: object, reltype: str, where: str) -> etree._Element | None:
    for rel in part.rels.values():  # type: ignore[attr-defined]
        if rel.reltype == reltype and not rel.is_external:
            return limits.parse_xml(rel.target_part.blob, f"{where}!{rel.target_part.partname}")
    return None


def _meta(document: object, where: str) -> dict[str, str]:
    """Return what the file's properties say about the bill (wetgen writes these itself)."""
    meta: dict[str, str] = {}
    core = document.core_properties  # type: ignore[attr-defined]
    creator = (core.author or "").strip()
    if creator.startswith("Ministerie van "):
        meta["ministerie"] = creator[len("Ministerie van ") :]
    for part in document.part.package.iter_parts():  # type: ignore[attr-defined]
        if str(part.partname) == "/docProps/custom.xml":
            root = limits.parse_xml(part.blob, f"{where}!docProps/custom.xml")
            for prop in root.iterfind(_CUSTOM + "property"):
                key = _CUSTOM_KEYS.get((prop.get("name") or "").lower())
                value = "".join(prop.itertext()).strip()
                if key and value:
                    meta[key] = value
    return meta


def _unit_keys(document: object, where: str) -> dict[str, tuple[str, str]]:
    """Return the keys of the bill's units by bookmark name, when wetgen wrote them."""
    keys: dict[str, tuple[str, str]] = {}
    for part in document.part.package.iter_parts():  # type: ignore[attr-defined]
        name = str(part.partname)
        if not (name.startswith("/customXml/item") and name.count("/") == 2 and "Props" not in name):
            continue
        root = limits.parse_xml(part.blob, f"{where}!{name.lstrip('/')}")
        if root.tag != _KEYS + "keys":
            continue
        for unit in root.iterfind(_KEYS + "unit"):
            bookmark, kind, key = unit.get("bookmark"), unit.get("kind"), unit.get("key")
            if bookmark and kind and key:
                keys[bookmark] = (kind, key)
    return keys
