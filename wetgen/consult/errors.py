"""Errors of the consultation layer; every message is written for the user."""

from __future__ import annotations

from wetgen.errors import WetgenError


class ConsultError(WetgenError):
    """Something about consultation data or the consultation store went wrong."""


class RejectedFile(ConsultError):
    """One input file was refused (hostile, too large, not what it claims to be)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(ConsultError):
    """The consultation store could not be opened, migrated or changed as asked."""
