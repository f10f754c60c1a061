"""Gather responses from every source given: pages, spreadsheets, folders and zips of files.

Attachments named by a page or a spreadsheet row are looked up among the files by id; the
files no response names become responses of their own (letters, e-mails).

Every file is read in isolation: whatever goes wrong inside one file (a refusal, or any
exception of zipfile, zlib, openpyxl, pdfminer, lxml or email) becomes one Problem for that file
and the batch goes on. Documents are parsed in the reader process (wetgen.inputs.sandbox), each
within the time and memory budget of `Limits`; links and special files are never followed.
Every text a response carries is neutralised before it leaves this stage: control characters,
terminal escapes and bidi overrides never reach the store.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path

from wetgen.consult.read import Attachment, Problem, RawResponse
from wetgen.consult.read.eml import parse_eml
from wetgen.consult.read.files import (
    DOC_SUFFIXES,
    PAGE_SUFFIXES,
    READERS,
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    VFile,
    extract,
    named_file,
    open_zip,
    run_reader,
    walk_folder,
    walk_zip,
)
from wetgen.consult.read.html import Listing, read_page
from wetgen.consult.read.table import read_table
from wetgen.inputs import DEFAULT_LIMITS, Limits, RefusedInput, describe
from wetgen.inputs.files import Passed
from wetgen.inputs.sandbox import Sandbox
from wetgen.inputs.text import neutralise
from wetgen.progress import NULL_PROGRESS, Progress

SANDBOXED = DOC_SUFFIXES - TEXT_SUFFIXES  # read in the reader process
NOT_PUBLIC_SUBJECT = re.compile(r"vertrouwelijk|niet[ -]openbaar|confidential", re.I)


# RawResponse.extra: the digest of a file read only in part (at the time, page or text limit), whose kept text may
# differ from one run and machine to the next
CUT = "cut"


@dataclass
class Batch:
    """What a set of sources held: responses by key, problems, what listing pages announced,
    and what reading cost (seconds per file, the reader process's peak memory)."""

    responses: dict[str, RawResponse] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    listed: set[str] = field(default_factory=set)
    announced: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    reader_peak_bytes: int = 0

    def add(self, response: RawResponse) -> None:
        """Add a response, neutralised, merging it with one of the same key from another source."""
        clean(response)
        old = self.responses.get(response.key)
        self.responses[response.key] = merge(old, response) if old else response

    def refuse(self, where: str, reason: str) -> None:
        """Record a file (or part of one) that was not read."""
        self.problems.append(Problem(where, reason, "error"))

    def warn(self, where: str, message: str) -> None:
        """Record a file that was read in part or with help."""
        self.problems.append(Problem(where, message.removeprefix(f"{where}: ")))

    def guarded(self, where: str, step: Callable[[], None]) -> None:
        """Run one file's step; any failure inside it becomes that file's problem."""
        with self.timed(where):
            try:
                step()
            except RefusedInput as exc:
                self.refuse(where, exc.reason)
            except Exception as exc:  # any failure inside one file stays with that file
                self.refuse(where, f"unreadable ({describe(exc)})")

    @contextmanager
    def timed(self, where: str) -> Iterator[None]:
        """Add the time the block takes to the file's reading time."""
        start = time.monotonic()
        try:
            yield
        finally:
            self.seconds[where] = self.seconds.get(where, 0.0) + time.monotonic() - start


def clean(response: RawResponse) -> None:
    """Neutralise every text of a response: control characters, escapes and bidi controls go."""
    for item in fields(response):
        value = getattr(response, item.name)
        if isinstance(value, str):
            setattr(response, item.name, neutralise(value))
    for attachment in response.attachments:
        clean_attachment(attachment)
    response.extra = {k: neutralise(v) for k, v in response.extra.items()}


def clean_attachment(attachment: Attachment) -> None:
    """Neutralise an attachment's name, text and message."""
    attachment.name = neutralise(attachment.name)
    attachment.text = neutralise(attachment.text)
    attachment.message = neutralise(attachment.message)


def merge(old: RawResponse, new: RawResponse) -> RawResponse:
    """Merge two readings of one response: fill gaps, keep the longer text, non-public wins."""
    for name in ("name", "place", "organisation", "email", "submitted"):
        if not getattr(old, name):
            setattr(old, name, getattr(new, name))
    old.public = old.public and new.public
    if len(new.text) > len(old.text):
        old.text = new.text
    names = {a.name for a in old.attachments}
    old.attachments.extend(a for a in new.attachments if a.name not in names)
    old.source = min(old.source, new.source)
    return old


def collect(
    sources: list[Path],
    mapping: Mapping[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = NULL_PROGRESS,
) -> Batch:
    """Read every source into one Batch; nothing here raises for a bad file."""
    batch = Batch()
    with Sandbox(limits.memory_bytes, READERS) as sandbox:
        reader = _Reader(batch, mapping, limits, sandbox)
        try:
            reader.read_all(sources, progress)
        finally:
            reader.close()
        batch.reader_peak_bytes = sandbox.peak_bytes
    return batch


class _Reader:
    """One collect run: the batch, the options, and the reader process."""

    def __init__(self, batch: Batch, mapping: Mapping[str, str] | None, limits: Limits,
                 sandbox: Sandbox) -> None:  # fmt: skip
        self.batch, self.mapping, self.limits, self.sandbox = batch, mapping, limits, sandbox
        self.archives: list = []

    def close(self) -> None:
        """Close the archives opened while reading."""
        for archive in self.archives:
            handle = archive.fp
            archive.close()
            if handle is not None:
                handle.close()

    def read_all(self, sources: list[Path], progress: Progress) -> None:
        """Read pages and tables, attach documents to their responses, then read the rest."""
        files: list[VFile] = []
        for source in sources:
            self.batch.guarded(str(source), lambda s=source: files.extend(self.files(s)))
        docs: dict[str, list[VFile]] = {}  # by stem: 1002.pdf and 1002.docx are both kept
        for vfile in files:
            if vfile.suffix in DOC_SUFFIXES:
                docs.setdefault(vfile.stem.lower(), []).append(vfile)
        used: set[str] = set()
        if any(f.suffix in SANDBOXED for f in files):
            self.sandbox.start()  # before the clock of the first document starts
        progress.start("Bestanden lezen", len(files))
        for vfile in files:
            if vfile.suffix in PAGE_SUFFIXES:
                self.batch.guarded(vfile.where, lambda v=vfile: self.page(v))
            elif vfile.suffix in TABLE_SUFFIXES:
                self.batch.guarded(vfile.where, lambda v=vfile: self.table(v))
            elif vfile.suffix not in DOC_SUFFIXES:
                self.batch.warn(vfile.where, f"skipped: {vfile.suffix or 'no'} files are not read")
            progress.advance()
        for response in list(self.batch.responses.values()):
            self.attach(response, docs, used)
        for vfile in sorted((f for stem, same in docs.items() if stem not in used for f in same),
                            key=lambda f: f.where):  # fmt: skip
            self.batch.guarded(vfile.where, lambda v=vfile: self.standalone(v))

    def files(self, source: Path) -> list[VFile]:
        """Return the files of one named source: a folder, a zip or a file."""
        if not source.exists():
            self.batch.refuse(str(source), "no such file or folder")
            return []
        if source.is_dir():
            out: list[VFile] = []
            for entry in walk_folder(source.resolve() if source.is_symlink() else source):
                if isinstance(entry, Passed):
                    self.batch.refuse(f"{source}/{entry.rel}", entry.reason)
                elif entry.suffix == ".zip":
                    self.batch.guarded(entry.where, lambda e=entry: out.extend(self.zip(e)))
                else:
                    out.append(entry)
            return out
        vfile = named_file(source)
        return self.zip(vfile) if vfile.suffix == ".zip" else [vfile]

    def zip(self, vfile: VFile) -> list[VFile]:
        """Return the members of a zip that may be read; refuse the others one by one."""
        archive = open_zip(vfile, self.limits)
        self.archives.append(archive)
        out = []
        for entry in walk_zip(vfile, archive):
            if isinstance(entry, Passed):
                self.batch.refuse(entry.rel, entry.reason)
            elif entry.suffix == ".zip":
                self.batch.refuse(entry.where, "archive inside an archive: not read")
            else:
                out.append(entry)
        return out

    def page(self, vfile: VFile) -> None:
        """Read a saved page: a response or a listing."""
        found = read_page(vfile.read(self.limits), vfile.where, vfile.stem)
        if isinstance(found, Listing):
            self.batch.listed.update(found.guids)
            if found.announced is not None:
                self.batch.announced = found.announced
        else:
            self.batch.add(found)

    def table(self, vfile: VFile) -> None:
        """Read a spreadsheet of responses, row by row."""
        with vfile.open(self.limits) as stream:
            responses, warnings = read_table(stream, vfile.suffix, vfile.where, self.mapping, self.limits)
        for warning in warnings:
            self.batch.warn(vfile.where, warning)
        for response in responses:
            self.batch.add(response)

    def attach(self, response: RawResponse, docs: dict[str, list[VFile]], used: set[str]) -> None:
        """Read the attachments a page or a row names, from the files found (every file with
        that name: 1002.pdf and 1002.docx both)."""
        have = {a.name for a in response.attachments}
        for ident in filter(None, response.extra.pop("attachment_ids", "").split(",")):
            found = docs.get(ident.lower(), [])
            if ident in have:
                if found:
                    used.add(ident.lower())
                continue
            if not found:
                response.attachments.append(
                    Attachment(ident, "", "missing", f"bijlage {ident} niet gevonden")
                )
                continue
            used.add(ident.lower())
            for vfile in found:
                with self.batch.timed(vfile.where):
                    attachment = self.extract(vfile)
                attachment.name = ident if len(found) == 1 else f"{ident}{vfile.suffix}"
                clean_attachment(attachment)
                response.attachments.append(attachment)

    def extract(self, vfile: VFile) -> Attachment:
        """Extract one document's text and report what went wrong with it."""
        attachment = extract(vfile, self.limits, self.sandbox)
        if attachment.status == "rejected":
            self.batch.refuse(vfile.where, attachment.message)
        elif attachment.message:
            self.batch.warn(vfile.where, attachment.message)
        return attachment

    def standalone(self, vfile: VFile) -> None:
        """Read a letter or an e-mail that no page or row names as a response of its own."""
        key = f"file:{hashlib.sha1(vfile.name.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}:{vfile.name}"
        response = RawResponse(key=key, origin="file", source=vfile.where)
        if vfile.suffix == ".eml":
            data = vfile.read(self.limits)
            mail = run_reader(self.sandbox, vfile.where, self.limits, parse_eml, data, vfile.where, self.limits)
            response.origin, response.name, response.email = "eml", mail.name, mail.address
            response.submitted, response.text = mail.date, mail.text
            response.public = not NOT_PUBLIC_SUBJECT.search(mail.subject)
            response.attachments = mail.attachments
            for warning in mail.warnings:
                self.batch.warn(vfile.where, warning)
            for attachment in mail.attachments:
                if attachment.status == "rejected":
                    self.batch.refuse(f"{vfile.where}!{attachment.name}", attachment.message)
        else:
            attachment = self.extract(vfile)
            if attachment.status == "rejected":
                return
            response.text = attachment.text
            if attachment.status == "truncated":  # how far it was read may depend on the machine: the file is its identity
                # (its head: a file over the size limit is read in part, not refused here)
                response.extra[CUT] = hashlib.sha1(vfile.read(self.limits, head=self.limits.max_file_bytes)).hexdigest()
        self.batch.add(response)
