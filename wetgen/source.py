"""Source locations of draft nodes and the caret excerpt shown with a diagnostic."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SourceLocation:
    """A 1-based line and column in a named source file."""

    path: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


UNKNOWN = SourceLocation("<unknown>", 0, 0)


def excerpt(text: str, line: int, col: int) -> str:
    """Return the source line at `line` with a caret under column `col`, or "" if out of range."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    source_line = lines[line - 1].rstrip()
    caret_pad = "".join("\t" if ch == "\t" else " " for ch in source_line[: max(col - 1, 0)])
    return f"  {source_line}\n  {caret_pad}^"
