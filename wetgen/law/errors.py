"""The errors of the law package: one line each, written for people."""

from __future__ import annotations

from wetgen.errors import WetgenError


def one_line(text: str) -> str:
    """Collapse whitespace and line breaks so a message prints as one line."""
    return " ".join(str(text).split())


class LawError(WetgenError):
    """A base law could not be read, written or fetched; the message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class FetchError(LawError):
    """A toestand could not be downloaded from the BWB repository (network, HTTP, size)."""
