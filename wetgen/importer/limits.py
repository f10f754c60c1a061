"""The input limits and safe parsers importers share with the consultation readers.

The caps (file size, zip members and expansion) and the entity-free XML and HTML parsers are
those of `wetgen.consult.read.safety`; this module is the one place the importer reaches
them, and turns their refusals into `ImportRefused`, so that moving those limits to a shared
module later changes one import here.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from lxml import etree, html

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import safety
from wetgen.importer.errors import ImportRefused

DEFAULT_LIMITS = safety.DEFAULT_LIMITS
Limits = safety.Limits
MAX_PART_BYTES = 200 * 1024 * 1024  # one part of a Word package once unzipped

P = ParamSpec("P")
R = TypeVar("R")


def _refusing(func: Callable[P, R]) -> Callable[P, R]:
    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        """Call the safety function, turning its refusal into ImportRefused."""
        try:
            return func(*args, **kwargs)
        except RejectedFile as exc:
            raise ImportRefused(exc.path, exc.reason) from None

    return wrapper


@_refusing
def read_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a file, refusing it when it is larger than the file limit."""
    return safety.read_bytes(path, limits)


@_refusing
def decode_text(data: bytes, where: str) -> tuple[str, list[str]]:
    """Decode text as UTF-8 (else Windows-1252), with a warning when it was not UTF-8."""
    return safety.decode_text(data, where)


@_refusing
def check_zip(archive: zipfile.ZipFile, where: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a zip that expands too far (a zip bomb) or holds too many members."""
    safety.check_zip(archive, where, limits)


@_refusing
def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytes:
    """Read one member of a zip, stopping at `limit` bytes whatever its header claims."""
    return safety.read_member(archive, name, limit)


@_refusing
def parse_xml(data: bytes, where: str) -> etree._Element:
    """Parse XML without entities, DTDs or network; refuse a document that declares entities."""
    return safety.parse_xml(data, where)


@_refusing
def parse_html(data: bytes | str, where: str) -> html.HtmlElement:
    """Parse HTML without network or entities; refuse a page that declares entities."""
    return safety.parse_html(data, where)
