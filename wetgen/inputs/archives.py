"""Zip archives and zip packages (Office, OpenDocument) from untrusted hands.

An archive is refused when it would expand too far or holds too many members; a member is
refused, alone, when its name leaves the archive (an absolute path, "..", a drive letter), when
it is a link or a special file, encrypted, compressed by a method Python cannot read, or damaged
(a CRC error, a truncated stream). Every zipfile and zlib error becomes a RefusedInput.
"""

from __future__ import annotations

import io
import lzma
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from wetgen.inputs.limits import DEFAULT_LIMITS, Limits, RefusedInput, describe, megabytes

READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_METHOD_NAMES = {9: "Deflate64", 6: "Implode", 98: "PPMd", 99: "AES encryption"}
CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # encrypted Office files and old .doc/.xls
# what zipfile and the decompressors raise on a damaged or unsupported archive
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError,
              NotImplementedError, ValueError, KeyError, OverflowError, UnicodeDecodeError)  # fmt: skip


def open_archive(
    source: Path | bytes | BinaryIO, where: str, limits: Limits = DEFAULT_LIMITS,
    kind: str = "zip archive",
) -> zipfile.ZipFile:  # fmt: skip
    """Open a zip archive or package (a path, bytes or a binary file) after checking it is not
    a bomb; `kind` names it in the message when it is not a zip at all."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    if not isinstance(source, Path):
        head = source.read(len(CFB_SIGNATURE))
        source.seek(0)
        if head == CFB_SIGNATURE:
            raise RefusedInput(where, "an encrypted (password-protected) or old-format Office file")
    try:
        archive = zipfile.ZipFile(source)
    except ZIP_ERRORS as exc:
        raise RefusedInput(where, f"not a readable {kind} ({describe(exc)})") from None
    check_zip(archive, where, limits)
    return archive


def check_zip(archive: zipfile.ZipFile, where: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an archive that would expand too far (a zip bomb) or holds too many members."""
    infos = archive.infolist()
    if len(infos) > limits.max_zip_members:
        raise RefusedInput(
            where, f"archive has {len(infos)} members, over {limits.max_zip_members}"
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > limits.max_zip_ratio:
            raise RefusedInput(
                where, f"member {info.filename!r} expands {ratio:.0f}-fold: refused as a zip bomb"
            )
    if total > limits.max_zip_total_bytes:
        raise RefusedInput(
            where, f"archive would expand to {megabytes(total)}: refused as a zip bomb"
        )


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Return why an archive member must not be read, or None when it may be."""
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "an absolute path in an archive: refused"
    if ".." in parts:
        return "a path that leaves the archive (..): refused"
    kind_bits = stat.S_IFMT(info.external_attr >> 16)  # Unix file type, when the archiver kept it
    if info.create_system == 3 and kind_bits not in (0, stat.S_IFREG, stat.S_IFDIR):
        kind = "a symbolic link" if kind_bits == stat.S_IFLNK else "a special file"
        return f"{kind} in an archive: not followed"
    if info.flag_bits & 0x1:
        return "encrypted (password-protected): not read"
    if info.compress_type not in READABLE_METHODS:
        method = _METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
        return f"compressed with {method}, which cannot be read"
    return None


def open_member(
    archive: zipfile.ZipFile, name: str, where: str, limit: int
) -> CappedReader:
    """Open one member for streaming, refusing a member that must not be read."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise RefusedInput(where, f"{name} is missing") from None
    problem = member_problem(info)
    if problem:
        raise RefusedInput(where, f"{name}: {problem}")
    try:
        return CappedReader(archive.open(info), f"{where}!{name}", limit)
    except ZIP_ERRORS as exc:
        raise RefusedInput(where, f"{name}: damaged ({describe(exc)})") from None


def read_member(archive: zipfile.ZipFile, name: str, where: str, limit: int) -> bytes:
    """Read one member whole, refusing it past `limit` bytes whatever its header claims."""
    with open_member(archive, name, where, limit) as handle:
        return handle.read()


def refuse_doctypes(archive: zipfile.ZipFile, where: str) -> None:
    """Refuse a package whose XML parts declare a DOCTYPE (entities, external DTDs): Office and
    OpenDocument parts never need one, and parsers outside our control will read them."""
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")) or member_problem(info):
            continue
        try:
            with archive.open(info) as handle:
                head = handle.read(2048).lower()
        except ZIP_ERRORS as exc:
            raise RefusedInput(where, f"{info.filename}: damaged ({describe(exc)})") from None
        if b"<!doctype" in head or b"<!entity" in head:
            raise RefusedInput(
                where, f"{info.filename} declares a DTD or entities (<!DOCTYPE/<!ENTITY): refused"
            )


class CappedReader(io.RawIOBase):
    """A binary stream that stops with PartTooLarge after `limit` bytes and turns every zipfile
    or zlib error into a RefusedInput."""

    def __init__(self, handle: BinaryIO, where: str, limit: int) -> None:
        super().__init__()
        self.handle, self.where, self.limit, self.count = handle, where, limit, 0

    def readable(self) -> bool:
        """Tell io that this stream can be read."""
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Fill `buffer` from the member, counting bytes against the limit."""
        if self.count >= self.limit:
            raise PartTooLarge(self.where, f"larger than {megabytes(self.limit)}")
        want = min(len(buffer), self.limit - self.count + 1)
        try:
            data = self.handle.read(want)
        except ZIP_ERRORS as exc:
            raise RefusedInput(self.where, f"damaged ({describe(exc)})") from None
        buffer[: len(data)] = data
        self.count += len(data)
        if self.count > self.limit:
            raise PartTooLarge(self.where, f"larger than {megabytes(self.limit)}")
        return len(data)

    def close(self) -> None:
        """Close the member."""
        self.handle.close()
        super().close()


class PartTooLarge(RefusedInput):
    """A part went past its size cap while it was read; what was read so far may be kept."""
