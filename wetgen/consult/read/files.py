"""Text from response files (PDF, DOCX, ODT, TXT, EML), and the folders and zips that hold them."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import Attachment
from wetgen.consult.read.safety import (
    DEFAULT_LIMITS,
    Limits,
    cap_text,
    check_zip,
    decode_text,
    parse_xml,
    read_member,
)

TEXT_SUFFIXES = {".txt", ".text"}
IGNORED = re.compile(r"(^|/)(consult\.sqlite.*|readme(\.\w+)?|thumbs\.db|desktop\.ini)$", re.I)
DOC_SUFFIXES = {".pdf", ".docx", ".odt", ".eml"} | TEXT_SUFFIXES
PAGE_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".csv", ".xlsx"}
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


@dataclass(frozen=True)
class VFile:
    """A file in a folder or a zip archive, read lazily and within limits."""

    name: str  # path relative to the source root, with forward slashes
    origin: str  # the folder or archive it is in, for messages
    size: int
    _path: Path | None = None
    _archive: zipfile.ZipFile | None = None

    @property
    def where(self) -> str:
        """Return a readable location: archive.zip!member or folder/file."""
        sep = "!" if self._archive is not None else "/"
        return f"{self.origin}{sep}{self.name}"

    @property
    def suffix(self) -> str:
        """Return the lower-case file suffix."""
        return PurePosixPath(self.name).suffix.lower()

    @property
    def stem(self) -> str:
        """Return the file name without folder and suffix."""
        return PurePosixPath(self.name).stem

    def read(self, limits: Limits = DEFAULT_LIMITS, head: int | None = None) -> bytes:
        """Return the bytes, or the first `head` bytes; refuse files over the size limit."""
        cap = limits.max_table_bytes if self.suffix in TABLE_SUFFIXES else limits.max_file_bytes
        if head is None and self.size > cap:
            mb = cap // (1024 * 1024)
            raise RejectedFile(
                self.where, f"file is {self.size / 2**20:.0f} MB, over the {mb} MB limit"
            )
        limit = head if head is not None else cap
        if self._archive is not None:
            with self._archive.open(self.name) as handle:
                return handle.read(limit)
        assert self._path is not None
        with self._path.open("rb") as handle:
            return handle.read(limit)


def walk_folder(root: Path) -> Iterator[VFile]:
    """Yield the files under a folder in sorted order, skipping hidden ones."""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in rel.split("/")) or IGNORED.search(rel):
            continue
        yield VFile(rel, str(root), path.stat().st_size, _path=path)


def open_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open a zip archive after checking it is not a bomb."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise RejectedFile(str(path), f"not a readable zip archive ({exc})") from None
    check_zip(archive, str(path), limits)
    return archive


def walk_zip(path: Path, archive: zipfile.ZipFile) -> Iterator[VFile]:
    """Yield the members of an opened archive in sorted order, skipping folders and junk."""
    for info in sorted(archive.infolist(), key=lambda i: i.filename):
        name = info.filename
        if (
            info.is_dir()
            or name.startswith("__MACOSX/")
            or PurePosixPath(name).name.startswith(".")
        ):
            continue
        yield VFile(name, str(path), info.file_size, _archive=archive)


def extract(vfile: VFile, limits: Limits = DEFAULT_LIMITS) -> Attachment:
    """Extract the text of a file as an Attachment; problems become its status, never raise."""
    try:
        text, warnings = _extract(vfile, limits)
    except RejectedFile as exc:
        return Attachment(vfile.name, "", "rejected", exc.reason)
    text, more = cap_text(text, vfile.where, limits)
    warnings += more
    status = "truncated" if more else "ok"
    return Attachment(vfile.name, text, status, "; ".join(warnings))


def _extract(vfile: VFile, limits: Limits) -> tuple[str, list[str]]:
    suffix = vfile.suffix
    if suffix in TEXT_SUFFIXES:
        return read_text(vfile, limits)
    data = vfile.read(limits)
    return extract_bytes(data, suffix, vfile.where, limits)


def read_text(vfile: VFile, limits: Limits) -> tuple[str, list[str]]:
    """Read a plain text file; a huge one is truncated rather than refused."""
    head = limits.max_text_chars * 4
    data = vfile.read(limits, head=head)
    text, warnings = decode_text(data, vfile.where)
    if vfile.size > head or len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        warnings.append(
            f"{vfile.where}: file is {vfile.size / 2**20:.0f} MB; only the first "
            f"{limits.max_text_chars:,} characters were read"
        )
    return text, warnings


def extract_bytes(data: bytes, suffix: str, where: str, limits: Limits) -> tuple[str, list[str]]:
    """Extract text from the bytes of a file of the given type."""
    if suffix == ".pdf":
        return pdf_text(data, where), []
    if suffix == ".docx":
        return docx_text(data, where, limits), []
    if suffix == ".odt":
        return odt_text(data, where, limits), []
    if suffix == ".eml":
        from wetgen.consult.read.eml import parse_eml

        message = parse_eml(data, where, limits)
        return message.text, message.warnings
    if suffix in TEXT_SUFFIXES:
        return decode_text(data, where)
    raise RejectedFile(where, f"unsupported file type {suffix or '(none)'}")


def pdf_text(data: bytes, where: str) -> str:
    """Extract the text of a PDF with pdfminer.six; refuse what is not a PDF."""
    if b"%PDF-" not in data[:1024]:
        raise RejectedFile(where, "not a PDF (no %PDF- header)")
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(data), maxpages=300)
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise RejectedFile(where, f"damaged PDF ({exc.__class__.__name__})") from None
    except Exception as exc:  # pdfminer raises many private error types
        raise RejectedFile(where, f"unreadable PDF ({exc.__class__.__name__})") from None
    return _tidy(text)


def _open_package(data: bytes, where: str, limits: Limits) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise RejectedFile(
            where, "not a valid Office/OpenDocument file (not a zip package)"
        ) from None
    check_zip(archive, where, limits)
    return archive


def docx_text(data: bytes, where: str, limits: Limits) -> str:
    """Extract paragraphs and table cells of a .docx with python-docx, within zip limits."""
    _open_package(data, where, limits)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise RejectedFile(where, f"damaged Word file ({exc.__class__.__name__})") from None
    except Exception as exc:  # lxml errors from a malformed part
        raise RejectedFile(where, f"unreadable Word file ({exc.__class__.__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return _tidy("\n\n".join(line for line in lines if line.strip()))


def odt_text(data: bytes, where: str, limits: Limits) -> str:
    """Extract the paragraphs of an OpenDocument text from content.xml, parsed safely."""
    archive = _open_package(data, where, limits)
    try:
        content = read_member(archive, "content.xml", limits.max_zip_total_bytes)
    except KeyError:
        raise RejectedFile(where, "OpenDocument file without content.xml") from None
    root = parse_xml(content, where)
    paragraphs = root.iter(f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    return _tidy("\n\n".join("".join(p.itertext()) for p in paragraphs))


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip().replace("\x0c", "")
