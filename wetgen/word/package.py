"""The OPC layer: a .docx as a zip package of parts, relationships and content types.

Reading caps the expanded size (a reference document may come from anyone); writing is
deterministic: entries sorted by name, one fixed timestamp, fixed attributes and compression,
so the same parts always give the same bytes. Nothing here knows WordprocessingML.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from pathlib import Path

from lxml import etree

from wetgen.errors import RenderError

PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CONTENT_TYPES = "[Content_Types].xml"

MAX_PART_BYTES = 64 * 1024 * 1024
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
ZIP_EPOCH = datetime(1980, 1, 1)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


@dataclass
class Package:
    """The parts of a .docx as bytes by name; relationships and content types edited in place."""

    parts: dict[str, bytes] = field(default_factory=dict)

    def part(self, name: str) -> bytes:
        """Return a part's bytes, or raise RenderError naming the missing part."""
        try:
            return self.parts[name]
        except KeyError:
            raise RenderError(f"the reference document has no {name}; is it a .docx?") from None

    def set_part(self, name: str, data: bytes, content_type: str = "") -> None:
        """Add or replace a part; with `content_type`, register it as an override."""
        self.parts[name] = data
        if content_type:
            self._set_override("/" + name, content_type)

    def drop_part(self, name: str) -> None:
        """Remove a part together with its content-type override and relationships to it."""
        self.parts.pop(name, None)
        self.parts.pop(rels_part(name), None)
        root = parse_xml(self.part(CONTENT_TYPES), CONTENT_TYPES)
        for node in root.findall(f"{{{CT_NS}}}Override[@PartName='/{name}']"):
            root.remove(node)
        self.parts[CONTENT_TYPES] = serialise_xml(root)
        for rels in [n for n in self.parts if n.endswith(".rels")]:
            self._drop_rels_to(rels, name)

    def relate(self, source: str, rel_type: str, target: str, rel_id: str = "") -> str:
        """Ensure a relationship from `source` to `target` exists and return its id."""
        rels_name = rels_part(source)
        data = self.parts.get(rels_name) or f'<Relationships xmlns="{PKG_REL_NS}"/>'.encode()
        root = parse_xml(data, rels_name)
        for rel in root:
            if rel.get("Type") == rel_type and rel.get("Target") == target:
                return rel.get("Id", "")
        taken = {rel.get("Id") for rel in root}
        rel_id = rel_id if rel_id and rel_id not in taken else _free_id(taken)
        etree.SubElement(
            root, f"{{{PKG_REL_NS}}}Relationship", Id=rel_id, Type=rel_type, Target=target
        )
        self.parts[rels_name] = serialise_xml(root)
        return rel_id

    def related(self, source: str, rel_type: str) -> str:
        """Return the package name of the first part `source` relates to with `rel_type`, or ""."""
        data = self.parts.get(rels_part(source))
        if not data:
            return ""
        for rel in parse_xml(data, rels_part(source)):
            if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
                return target_part(source, rel.get("Target", ""))
        return ""

    def main_part(self) -> str:
        """Return the name of the main document part, or raise RenderError when there is none."""
        name = self.related("", REL_TYPE + "officeDocument")
        if not name:
            raise RenderError("the reference document has no main document part; is it a .docx?")
        return name

    def to_bytes(self, when: datetime) -> bytes:
        """Write the package as a deterministic zip: sorted entries, one fixed timestamp."""
        return write_zip(self.parts, when)

    def _set_override(self, part_name: str, content_type: str) -> None:
        root = parse_xml(self.part(CONTENT_TYPES), CONTENT_TYPES)
        for node in root.findall(f"{{{CT_NS}}}Override[@PartName='{part_name}']"):
            root.remove(node)
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=part_name, ContentType=content_type)
        self.parts[CONTENT_TYPES] = serialise_xml(root)

    def _drop_rels_to(self, rels_name: str, name: str) -> None:
        source = rels_owner(rels_name)
        root = parse_xml(self.parts[rels_name], rels_name)
        gone = [r for r in root if target_part(source, r.get("Target", "")) == name]
        for rel in gone:
            root.remove(rel)
        if gone:
            self.parts[rels_name] = serialise_xml(root)


def read_package(source: str | Path | bytes, *, own: bool = False) -> Package:
    """Read a .docx (path or bytes) into a Package, capping its expanded size unless it is
    wetgen's `own` output read back to be tidied (a reactietabel of 100,000 responses)."""
    try:
        archive = zipfile.ZipFile(BytesIO(source) if isinstance(source, bytes) else source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise RenderError(f"cannot read reference document {_shown(source)}: {exc}") from None
    with archive:
        infos = archive.infolist()
        if not own and sum(i.file_size for i in infos) > MAX_PACKAGE_BYTES:
            raise RenderError(f"reference document {_shown(source)} expands beyond the size cap")
        parts = {i.filename: archive.read(i) if own else _read_member(archive, i) for i in infos if not i.is_dir()}
    return Package(parts)


def write_zip(parts: dict[str, bytes], when: datetime) -> bytes:
    """Return a zip of `parts` with sorted names, fixed times and attributes: byte-identical."""
    stamp = max(when.replace(tzinfo=None), ZIP_EPOCH).timetuple()[:6]
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse a part without entities or network access; RenderError names a broken part."""
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise RenderError(f"{name} in the reference document is not valid XML: {exc}") from None


def serialise_xml(root: etree._Element) -> bytes:
    """Return a part's XML with the standalone declaration Word writes."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rels_part(part: str) -> str:
    """Return the name of the relationships part of `part` ("" for the package itself)."""
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def rels_owner(rels_name: str) -> str:
    """Return the part whose relationships `rels_name` holds ("" for the package)."""
    folder, _, base = rels_name.rpartition("/")
    parent = folder.rpartition("/")[0] if folder.endswith("_rels") else folder
    name = base[: -len(".rels")]
    return f"{parent}/{name}" if parent else name


def target_part(source: str, target: str) -> str:
    """Return the package name a relationship of `source` with `target` points at."""
    if target.startswith("/"):
        return target[1:]
    stack = source.split("/")[:-1]
    for piece in target.split("/"):
        if piece == "..":
            stack = stack[:-1]
        elif piece and piece != ".":
            stack.append(piece)
    return "/".join(stack)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_PART_BYTES:
        raise RenderError(f"part {info.filename} of the reference document is too large")
    return archive.read(info)


def _free_id(taken: set[str | None]) -> str:
    n = 1
    while f"rId{n}" in taken:
        n += 1
    return f"rId{n}"


def _shown(source: str | Path | bytes) -> str:
    return "(bytes)" if isinstance(source, bytes) else str(source)
