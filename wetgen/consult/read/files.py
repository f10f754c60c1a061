"""Response files (PDF, DOCX, ODT, TXT, EML), and the folders and zips that hold them.

Folders are walked without following links (wetgen.inputs.files); archive members that leave
the archive, are links, encrypted or unreadable are refused one by one
(wetgen.inputs.archives). Documents are parsed in the reader process (wetgen.inputs.sandbox)
when one is given: each within the time and memory budget of `Limits`.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import Attachment, Extract
from wetgen.inputs import DEFAULT_LIMITS, Deadline, Limits, RefusedInput
from wetgen.inputs.archives import member_problem, open_archive, open_member
from wetgen.inputs.files import Found, Passed, open_regular, walk
from wetgen.inputs.limits import megabytes
from wetgen.inputs.sandbox import Sandbox
from wetgen.inputs.text import decode_text

TEXT_SUFFIXES = {".txt", ".text"}
IGNORED = re.compile(r"(^|/)(consult\.sqlite.*|readme(\.\w+)?|thumbs\.db|desktop\.ini)$", re.I)
DOC_SUFFIXES = {".pdf", ".docx", ".odt", ".eml"} | TEXT_SUFFIXES
PAGE_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".csv", ".xlsx"}
READERS = ("wetgen.consult.read.pdf", "wetgen.consult.read.office", "wetgen.consult.read.eml")
_SIGNATURES = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "zip (or Word, Excel, OpenDocument)"),
               (bytes.fromhex("D0CF11E0A1B11AE1"), "Microsoft Office"))  # fmt: skip
SOFT = 0.8  # share of a file's time budget after which a reader stops and keeps what it has


@dataclass(frozen=True)
class VFile:
    """A file in a folder or a zip archive, read lazily and within limits."""

    name: str  # path relative to the source root, with forward slashes
    origin: str  # the folder or archive it is in, for messages
    size: int
    _path: Path | None = None
    _archive: zipfile.ZipFile | None = None
    _identity: tuple[int, int] | None = None  # (device, inode) of a file on disk, as walked

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

    def cap(self, limits: Limits) -> int:
        """Return the size limit for this kind of file."""
        return limits.max_table_bytes if self.suffix in TABLE_SUFFIXES else limits.max_file_bytes

    def open(self, limits: Limits = DEFAULT_LIMITS) -> BinaryIO:
        """Open the file for streaming; refuse it when it is over its size limit."""
        cap = self.cap(limits)
        if self.size > cap:
            raise RejectedFile(self.where, f"file is {megabytes(self.size)}, over the {megabytes(cap)} limit")
        return self._open(cap)

    def read(self, limits: Limits = DEFAULT_LIMITS, head: int | None = None) -> bytes:
        """Return the bytes, or only the first `head` bytes; refuse files over the size limit."""
        if head is not None:
            with self._open(head + 1) as handle:
                return _read_up_to(handle, head)
        cap = self.cap(limits)
        with self.open(limits) as handle:
            data = _read_up_to(handle, cap + 1)
        if len(data) > cap:
            raise RejectedFile(self.where, f"file is over the {megabytes(cap)} limit")
        return data

    def _open(self, cap: int) -> BinaryIO:
        if self._archive is not None:
            return open_member(self._archive, self.name, self.origin, cap)  # type: ignore[return-value]
        assert self._path is not None
        return open_regular(self._path, self._identity)


def _read_up_to(handle: BinaryIO, size: int) -> bytes:
    parts, left = [], size
    while left > 0:
        chunk = handle.read(min(left, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def walk_folder(root: Path) -> Iterator[VFile | Passed]:
    """Yield the files under a folder in sorted order, and every link or special file passed over."""
    for entry in walk(root):
        if isinstance(entry, Passed):
            yield entry
        elif not IGNORED.search(entry.rel):
            yield _on_disk(entry, str(root))


def _on_disk(found: Found, origin: str) -> VFile:
    return VFile(found.rel, origin, found.size, _path=found.path, _identity=found.identity)


def named_file(path: Path) -> VFile:
    """Return a file named on the command line as a VFile (a link named there is followed)."""
    target = path.resolve()
    info = target.stat()
    return VFile(path.name, str(path.parent), info.st_size, _path=target,
                 _identity=(info.st_dev, info.st_ino))  # fmt: skip


def open_zip(vfile: VFile, limits: Limits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open a zip archive on disk after checking it is not a bomb."""
    handle = vfile.open(limits)
    try:
        return open_archive(handle, vfile.where, limits)
    except RefusedInput:
        handle.close()
        raise


def walk_zip(vfile: VFile, archive: zipfile.ZipFile) -> Iterator[VFile | Passed]:
    """Yield the members of an opened archive in sorted order, and every member refused."""
    origin = vfile.where
    for info in sorted(archive.infolist(), key=lambda i: i.filename):
        name = info.filename
        if info.is_dir() or name.startswith("__MACOSX/") or PurePosixPath(name).name.startswith("."):
            continue
        problem = member_problem(info)
        if problem:
            yield Passed(f"{origin}!{name}", problem)
        else:
            yield VFile(name, origin, info.file_size, _archive=archive)


def extract(vfile: VFile, limits: Limits = DEFAULT_LIMITS, sandbox: Sandbox | None = None) -> Attachment:
    """Extract the text of a file as an Attachment; problems become its status, never raise."""
    try:
        if vfile.suffix in TEXT_SUFFIXES:
            found = read_text(vfile, limits)
        else:
            data = vfile.read(limits)
            found = run_reader(sandbox, vfile.where, limits, extract_bytes,
                               data, vfile.suffix, vfile.where, limits)  # fmt: skip
    except RefusedInput as exc:
        return Attachment(vfile.name, "", "rejected", exc.reason)
    found = cap_text(found, vfile.where, limits)
    message = "; ".join(w.removeprefix(f"{vfile.where}: ") for w in found.warnings)
    return Attachment(vfile.name, found.text, "ok" if found.complete else "truncated", message)


def cap_text(found: Extract, where: str, limits: Limits) -> Extract:
    """Truncate text past the text limit, with a warning saying so."""
    if len(found.text) <= limits.max_text_chars:
        return found
    text = found.text[: limits.max_text_chars]
    if not found.complete:  # the reader already said it stopped early
        return found._replace(text=text)
    message = f"{where}: text truncated to the first {limits.max_text_chars:,} characters"
    return Extract(text, [*found.warnings, message], False)


def run_reader(sandbox: Sandbox | None, where: str, limits: Limits, func, *args):
    """Call a reader `func(*args, deadline)` in the reader process when there is one, within the
    file's time budget; the reader itself stops early (SOFT) and keeps what it has."""
    seconds = limits.seconds_per_file
    deadline = Deadline(seconds * SOFT)
    if sandbox is None:
        return func(*args, deadline)
    return sandbox.run(where, seconds, func, *args, deadline)


def read_text(vfile: VFile, limits: Limits) -> Extract:
    """Read a plain text file; a huge one is truncated rather than refused."""
    head = limits.max_text_chars * 4
    data = vfile.read(limits, head=head)
    text, warnings = decode_text(_not_empty(data, vfile.where), vfile.where)
    if vfile.size > head or len(text) > limits.max_text_chars:
        warnings.append(
            f"{vfile.where}: file is {megabytes(vfile.size)}; only the first "
            f"{limits.max_text_chars:,} characters were read"
        )
        return Extract(text[: limits.max_text_chars], warnings, False)
    return Extract(text, warnings)


def _not_empty(data: bytes, where: str) -> bytes:
    """Refuse an empty file, or a known binary format under a text file's name."""
    if not data.strip():
        raise RejectedFile(where, "empty file")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise RejectedFile(where, f"a {kind} file, not text: refused (is the extension wrong?)")
    return data


def extract_bytes(
    data: bytes, suffix: str, where: str, limits: Limits, deadline: Deadline | None = None
) -> Extract:
    """Extract text from the bytes of a file of the given type."""
    deadline = deadline or Deadline(None)
    if suffix == ".pdf":
        from wetgen.consult.read.pdf import pdf_text

        found = pdf_text(data, where, limits, deadline)
        return found._replace(text=_tidy(found.text))
    if suffix in (".docx", ".odt"):
        from wetgen.consult.read.office import docx_text, odt_text

        return (docx_text if suffix == ".docx" else odt_text)(data, where, limits, deadline)
    if suffix == ".eml":
        from wetgen.consult.read.eml import parse_eml

        message = parse_eml(data, where, limits, deadline)
        return Extract(message.text, message.warnings, message.complete)
    if suffix in TEXT_SUFFIXES:
        return Extract(*decode_text(_not_empty(data, where), where))
    raise RejectedFile(where, f"unsupported file type {suffix or '(none)'}")


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip().replace("\x0c", "")
