"""Gather responses from every source given: pages, spreadsheets, folders and zips of files.

Attachments named by a page or a spreadsheet row are looked up among the files by id; the
files no response names become responses of their own (letters, e-mails). A file that is
refused becomes a Problem and the batch goes on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import Attachment, Problem, RawResponse
from wetgen.consult.read.eml import parse_eml
from wetgen.consult.read.files import (
    DOC_SUFFIXES,
    PAGE_SUFFIXES,
    TABLE_SUFFIXES,
    VFile,
    extract,
    open_zip,
    walk_folder,
    walk_zip,
)
from wetgen.consult.read.html import Listing, read_page
from wetgen.consult.read.safety import DEFAULT_LIMITS, Limits
from wetgen.consult.read.table import read_table
from wetgen.progress import NULL_PROGRESS, Progress

NOT_PUBLIC_SUBJECT = re.compile(r"vertrouwelijk|niet[ -]openbaar|confidential", re.I)


@dataclass
class Batch:
    """What a set of sources held: responses by key, problems, and what listing pages announced."""

    responses: dict[str, RawResponse] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    listed: set[str] = field(default_factory=set)
    announced: int | None = None

    def add(self, response: RawResponse) -> None:
        """Add a response, merging it with one of the same key from another source."""
        old = self.responses.get(response.key)
        self.responses[response.key] = merge(old, response) if old else response


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
    files: list[VFile] = []
    for source in sources:
        files.extend(_files(source, batch, limits))
    docs = {f.stem.lower(): f for f in files if f.suffix in DOC_SUFFIXES}
    used: set[str] = set()
    progress.start("Bestanden lezen", len(files))
    for vfile in files:
        if vfile.suffix in PAGE_SUFFIXES:
            _page(vfile, batch, limits)
        elif vfile.suffix in TABLE_SUFFIXES:
            _table(vfile, batch, mapping, limits)
        elif vfile.suffix not in DOC_SUFFIXES:
            batch.problems.append(
                Problem(vfile.where, f"skipped: {vfile.suffix or 'no'} files are not read")
            )
        progress.advance()
    for response in batch.responses.values():
        _attach(response, docs, used, batch, limits)
    for stem, vfile in sorted(docs.items(), key=lambda kv: kv[1].where):
        if stem not in used:
            _standalone(vfile, batch, limits)
    return batch


def _files(source: Path, batch: Batch, limits: Limits) -> list[VFile]:
    if not source.exists():
        batch.problems.append(Problem(str(source), "no such file or folder", "error"))
        return []
    if source.is_dir():
        out: list[VFile] = []
        for vfile in walk_folder(source):
            if vfile.suffix == ".zip":
                out.extend(_zip(Path(source, vfile.name), batch, limits))
            else:
                out.append(vfile)
        return out
    if source.suffix.lower() == ".zip":
        return _zip(source, batch, limits)
    return [VFile(source.name, str(source.parent), source.stat().st_size, _path=source)]


def _zip(path: Path, batch: Batch, limits: Limits) -> list[VFile]:
    try:
        archive = open_zip(path, limits)
    except RejectedFile as exc:
        batch.problems.append(Problem(str(path), exc.reason, "error"))
        return []
    out = []
    for vfile in walk_zip(path, archive):
        if vfile.suffix == ".zip":
            batch.problems.append(
                Problem(vfile.where, "archive inside an archive: not read", "error")
            )
        else:
            out.append(vfile)
    return out


def _page(vfile: VFile, batch: Batch, limits: Limits) -> None:
    try:
        found = read_page(vfile.read(limits), vfile.where, vfile.stem)
    except RejectedFile as exc:
        batch.problems.append(Problem(vfile.where, exc.reason, "error"))
        return
    if isinstance(found, Listing):
        batch.listed.update(found.guids)
        if found.announced is not None:
            batch.announced = found.announced
    else:
        batch.add(found)


def _table(vfile: VFile, batch: Batch, mapping: Mapping[str, str] | None, limits: Limits) -> None:
    try:
        responses, warnings = read_table(
            vfile.read(limits), vfile.suffix, vfile.where, mapping, limits
        )
    except RejectedFile as exc:
        batch.problems.append(Problem(vfile.where, exc.reason, "error"))
        return
    batch.problems.extend(Problem(vfile.where, w) for w in warnings)
    for response in responses:
        batch.add(response)


def _attach(
    response: RawResponse, docs: dict[str, VFile], used: set[str], batch: Batch, limits: Limits
) -> None:
    have = {a.name for a in response.attachments}
    for ident in filter(None, response.extra.pop("attachment_ids", "").split(",")):
        vfile = docs.get(ident.lower())
        if ident in have:
            if vfile is not None:
                used.add(ident.lower())
            continue
        if vfile is None:
            response.attachments.append(
                Attachment(ident, "", "missing", f"bijlage {ident} niet gevonden")
            )
            continue
        used.add(ident.lower())
        attachment = extract(vfile, limits)
        attachment.name = ident
        _report(attachment, vfile, batch)
        response.attachments.append(attachment)


def _report(attachment: Attachment, vfile: VFile, batch: Batch) -> None:
    if attachment.status == "rejected":
        batch.problems.append(Problem(vfile.where, attachment.message, "error"))
    elif attachment.message:
        batch.problems.append(Problem(vfile.where, attachment.message))


def _standalone(vfile: VFile, batch: Batch, limits: Limits) -> None:
    key = f"file:{hashlib.sha1(vfile.name.encode('utf-8')).hexdigest()[:12]}:{vfile.name}"
    response = RawResponse(key=key, origin="file", source=vfile.where)
    if vfile.suffix == ".eml":
        try:
            mail = parse_eml(vfile.read(limits), vfile.where, limits)
        except RejectedFile as exc:
            batch.problems.append(Problem(vfile.where, exc.reason, "error"))
            return
        response.origin, response.name, response.email = "eml", mail.name, mail.address
        response.submitted, response.text = mail.date, mail.text
        response.public = not NOT_PUBLIC_SUBJECT.search(mail.subject)
        response.attachments = mail.attachments
        batch.problems.extend(Problem(vfile.where, w) for w in mail.warnings)
        for attachment in mail.attachments:
            if attachment.status != "ok":
                batch.problems.append(
                    Problem(f"{vfile.where}!{attachment.name}", attachment.message, "error")
                )
    else:
        attachment = extract(vfile, limits)
        _report(attachment, vfile, batch)
        if attachment.status == "rejected":
            return
        response.text = attachment.text
    batch.add(response)
