"""What one untrusted input may cost, and the error that refuses it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import ParamSpec, TypeVar

from wetgen.errors import WetgenError

MB = 1024 * 1024


def megabytes(size: int) -> str:
    """Return a byte count for people: "64 MB", "0.3 MB"."""
    value = size / MB
    return f"{value:.0f} MB" if value >= 10 else f"{value:.1f} MB"


def describe(exc: BaseException) -> str:
    """Return an exception as a short line for a message: its kind and its first line."""
    kind = {MemoryError: "out of memory", RecursionError: "nested too deeply"}.get(type(exc))
    if kind:
        return kind
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text if len(text) <= 160 else text[:159] + "…"
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


class RefusedInput(WetgenError):
    """One input file (or part of one) was refused: hostile, damaged, too large or too slow."""

    def __init__(self, path: str, reason: str) -> None:
        reason = " ".join(reason.split())  # one line, whatever the input put in it
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        """Pickle by (path, reason), so a refusal crosses a process boundary intact."""
        return (self.__class__, (self.path, self.reason))


@dataclass(frozen=True)
class Limits:
    """Caps on what one input may cost; anything beyond is refused or truncated, with a message."""

    max_file_bytes: int = 25 * MB  # a single file read from disk or from an archive
    max_table_bytes: int = 1024 * MB  # a CSV/XLSX export of many responses
    max_text_chars: int = 1_000_000  # text kept from one file (longer is truncated)
    max_zip_members: int = 5_000
    max_zip_total_bytes: int = 200 * MB  # sum of uncompressed sizes in an archive
    max_zip_ratio: int = 100  # uncompressed / compressed size of one member
    max_zip_depth: int = 1  # zip files inside zip files
    max_xml_bytes: int = 200 * MB  # one XML part, parsed incrementally
    max_stream_bytes: int = 32 * MB  # one decoded PDF stream, checked while it inflates
    max_decoded_bytes: int = 256 * MB  # all decoded PDF streams of one file together
    max_pages: int = 300  # pages read from one PDF
    max_page_chars: int = 50_000  # characters on one PDF page (a real page has a few thousand)
    max_page_boxes: int = 200  # text blocks on one PDF page grouped into columns (time is quadratic)
    max_rows: int = 2_000_000  # rows read from one spreadsheet
    max_columns: int = 256  # columns read from one spreadsheet row
    max_attachments: int = 100  # attachments read from one e-mail
    max_mail_depth: int = 20  # nesting of multipart and attached messages in one e-mail
    seconds_per_file: float = 60.0  # a document (PDF, Word, OpenDocument, e-mail)
    seconds_per_table: float = 600.0  # a spreadsheet of many responses
    memory_bytes: int = 1024 * MB  # what reading one document may allocate


DEFAULT_LIMITS = Limits()

P = ParamSpec("P")
R = TypeVar("R")


def refusals_as(
    convert: Callable[[RefusedInput], Exception],
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Return a decorator that raises `convert(refusal)` where the function refused its input,
    so that each reader keeps its own error type (ImportRefused, LawError)."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        """Wrap `func` so that its refusal becomes the reader's own error."""

        @wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            """Call the function, turning its refusal into the reader's own error."""
            try:
                return func(*args, **kwargs)
            except RefusedInput as exc:
                raise convert(exc) from None

        return wrapper

    return decorate


class Deadline:
    """A point in time a loop checks cooperatively, to stop (keeping what it has) before a
    harder budget ends it; `Deadline(None)` never passes."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    @property
    def passed(self) -> bool:
        """Tell whether the time is up."""
        return self.end is not None and time.monotonic() >= self.end
