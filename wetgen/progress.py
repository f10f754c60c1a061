"""A progress-reporting interface for long library work; the CLI supplies a real bar."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """What long-running library functions report to: a task with a total, then advances."""

    def start(self, description: str, total: int | None) -> None:
        """Begin a task of `total` steps (None when unknown)."""

    def advance(self, steps: int = 1) -> None:
        """Record that `steps` more steps are done."""


class NullProgress:
    """A progress sink that does nothing, so callers never branch on whether one was given."""

    def start(self, description: str, total: int | None) -> None:
        """Ignore the start of a task."""

    def advance(self, steps: int = 1) -> None:
        """Ignore progress."""


NULL_PROGRESS = NullProgress()
