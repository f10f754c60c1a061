"""The exception family and the Diagnostic record every checker returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from wetgen.source import UNKNOWN, SourceLocation


class Severity(StrEnum):
    """How serious a finding is; errors and warnings both make `check` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    """One finding: a code, a message for people, where it is, and an optional hint."""

    severity: Severity
    code: str
    message: str
    location: SourceLocation = UNKNOWN
    hint: str = ""
    rule: str = ""  # e.g. "Ar 4.25"; empty for schema and structure findings

    def headline(self) -> str:
        """Format as `path:line:col: severity[CODE]: message`."""
        return f"{self.location}: {self.severity.value}[{self.code}]: {self.message}"

    def as_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict with a stable set of keys."""
        return {
            "path": self.location.path,
            "line": self.location.line,
            "col": self.location.col,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            "rule": self.rule,
        }


class WetgenError(Exception):
    """Base of every error wetgen raises; its str() is written for the user."""


class DraftError(WetgenError):
    """A draft could not be read at all (not YAML, binary, too large, bad encoding...)."""

    def __init__(self, message: str, location: SourceLocation = UNKNOWN, code: str = "READ",
                 text: str = "") -> None:  # fmt: skip
        super().__init__(message)
        self.location = location
        self.code = code
        self.text = text  # the draft's text as far as it was read, for the caret excerpt

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Return the one finding that stopped reading, as `wetgen check` reports it."""
        return [Diagnostic(Severity.ERROR, self.code, self.args[0], self.location)]

    def __str__(self) -> str:
        prefix = f"{self.location}: " if self.location is not UNKNOWN else ""
        return f"{prefix}{self.args[0]}"


@dataclass
class DraftInvalid(WetgenError):
    """A draft was read but its content does not form a valid bill."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = field(default="", repr=False)  # the draft's text, for the caret excerpts

    def __str__(self) -> str:
        first = self.diagnostics[0].headline() if self.diagnostics else "invalid draft"
        more = len(self.diagnostics) - 1
        return first + (f" (and {more} more)" if more > 0 else "")


class RenderError(WetgenError):
    """A document could not be rendered (missing style, invalid schema output...)."""


class UsageError(WetgenError):
    """The user asked for something impossible (missing file, directory for a file...)."""
