"""The read stage: from what staff have to RawResponse values, within safety limits.

Takes saved internetconsultatie.nl pages, CSV/XLSX exports, folders and zips of PDF, DOCX,
ODT, TXT and EML files (`collect.collect`); gives a Batch of RawResponse values with their
attachments' text, and a Problem for every file that was refused or only partly read. Every
file is untrusted: the limits, budgets and safe parsers are the shared ones of `wetgen.inputs`;
`pdf.py` and `office.py` read PDF and Word/OpenDocument files in the reader process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

READ = ("ok", "truncated")  # attachment statuses whose text was read (truncated: in part)


class Extract(NamedTuple):
    """The text a reader took from a file, its warnings, and whether it is the whole text."""

    text: str
    warnings: list[str]
    complete: bool = True


@dataclass
class Attachment:
    """A file that came with a response, with the text extracted from it."""

    name: str
    text: str = ""
    status: str = "ok"  # "ok", "truncated", "rejected", "missing"
    message: str = ""


@dataclass
class RawResponse:
    """One response as a reader found it, before it is stored."""

    key: str  # identity across exports: the response GUID, else the source file and row
    origin: str  # "html", "table", "file", "eml"
    source: str  # where it came from, for people
    name: str = ""
    place: str = ""
    organisation: str = ""
    email: str = ""
    submitted: str = ""  # ISO date (YYYY-MM-DD) or "" when unknown
    public: bool = True
    text: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Problem:
    """Something in the batch that was refused or only partly read; the batch went on."""

    source: str
    message: str
    severity: str = "warning"  # "warning" (partly read) or "error" (refused)
