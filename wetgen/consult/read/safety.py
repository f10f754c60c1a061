"""Limits and safe parsers for files that come from the public."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, html

from wetgen.consult.errors import RejectedFile


@dataclass(frozen=True)
class Limits:
    """Caps on what one input may cost; anything beyond is refused or truncated."""

    max_file_bytes: int = 25 * 1024 * 1024  # a single file read from disk
    max_table_bytes: int = 1024 * 1024 * 1024  # a CSV/XLSX export of many responses
    max_text_chars: int = 1_000_000  # text kept from one file (longer is truncated)
    max_zip_members: int = 5_000
    max_zip_total_bytes: int = 200 * 1024 * 1024  # sum of uncompressed sizes in an archive
    max_zip_ratio: int = 100  # uncompressed / compressed size of one member
    max_zip_depth: int = 1  # zip files inside zip files


DEFAULT_LIMITS = Limits()

_HTML_PARSER_KW = dict(no_network=True, remove_comments=True, remove_pis=True)


def read_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a file, refusing it when it is larger than the file limit."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise RejectedFile(
            str(path), f"file is {size // (1024 * 1024)} MB, over the {_mb(limits)} MB limit"
        )
    return path.read_bytes()


def _mb(limits: Limits) -> int:
    return limits.max_file_bytes // (1024 * 1024)


def decode_text(data: bytes, where: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8, else Windows-1252; report replaced characters as a warning."""
    warnings: list[str] = []
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RejectedFile(where, "binary data where text was expected")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        warnings.append(f"{where}: invalid characters replaced (encoding not recognised)")
    else:
        warnings.append(f"{where}: not UTF-8, read as Windows-1252")
    return text, warnings


def cap_text(text: str, where: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[str]]:
    """Truncate text past the text limit, with a warning saying so."""
    if len(text) <= limits.max_text_chars:
        return text, []
    message = f"{where}: text truncated to the first {limits.max_text_chars:,} characters"
    return text[: limits.max_text_chars], [message]


def check_zip(archive: zipfile.ZipFile, where: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an archive that would expand too far (a zip bomb) or holds too many members."""
    infos = archive.infolist()
    if len(infos) > limits.max_zip_members:
        raise RejectedFile(
            where, f"archive has {len(infos)} members, over {limits.max_zip_members}"
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > limits.max_zip_ratio:
            raise RejectedFile(
                where, f"member {info.filename!r} expands {ratio:.0f}-fold: refused as a zip bomb"
            )
    if total > limits.max_zip_total_bytes:
        raise RejectedFile(
            where, f"archive would expand to {total // (1024 * 1024)} MB: refused as a zip bomb"
        )


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read one archive member, stopping at `limit` bytes whatever its header claims."""
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise RejectedFile(name, f"member expands past {limit // (1024 * 1024)} MB")
    return data


def parse_html(data: bytes | str, where: str) -> html.HtmlElement:
    """Parse HTML without network access or entities; a page declaring entities is refused."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if b"<!entity" in data[:65536].lower():
        raise RejectedFile(where, "HTML declares entities (<!ENTITY ...>): refused")
    if not data.strip():
        raise RejectedFile(where, "empty HTML file")
    try:
        return html.document_fromstring(data, parser=html.HTMLParser(**_HTML_PARSER_KW))
    except (etree.ParserError, ValueError) as exc:
        raise RejectedFile(where, f"not readable as HTML ({exc})") from None


def xml_parser() -> etree.XMLParser:
    """Return an XML parser with external entities, DTD loading and network access off."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
    )


def parse_xml(data: bytes, where: str) -> etree._Element:
    """Parse XML safely; a document with a DOCTYPE declaring entities is refused."""
    head = data[:4096].lower()
    if b"<!entity" in head or (b"<!doctype" in head and b"system" in head):
        raise RejectedFile(where, "XML declares entities or an external DTD: refused")
    try:
        return etree.fromstring(data, parser=xml_parser())
    except etree.XMLSyntaxError as exc:
        raise RejectedFile(where, f"not well-formed XML ({exc})") from None
