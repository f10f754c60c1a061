"""Why an import stops: the file cannot be read as a bill at all."""

from __future__ import annotations

from wetgen.errors import UsageError


class ImportRefused(UsageError):
    """A file was refused before any structure was read (damaged, encrypted, too large, hostile)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
