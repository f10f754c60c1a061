"""The exception family and the Diagnostic record every checker returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from wetgen.messages import Message, localize, t
from wetgen.source import UNKNOWN, Focus, SourceLocation


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
    focus: Focus | None = field(default=None, compare=False)  # the words inside a text it is about

    @classmethod
    def of(cls, message: Message, location: SourceLocation = UNKNOWN, hint: str = "",
           severity: Severity = Severity.ERROR, rule: str = "", focus: Focus | None = None
           ) -> Diagnostic:  # fmt: skip
        """Return the finding a catalogue message makes; its code is the message's."""
        return cls(severity, message.code, message, location, hint, rule, focus)

    def headline(self, language: str = "en") -> str:
        """Format as `path:line:col: severity[CODE]: message`, in `language`."""
        severity = localize(t(f"term.{self.severity.value}"), language)
        return f"{self.location}: {severity}[{self.code}]: {localize(self.message, language)}"

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

    def localized(self, language: str) -> str:
        """Return the message in `language` when it comes from the catalogue, else as written."""
        return localize(self.args[0], language) if len(self.args) == 1 else str(self)


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
        return self.localized("en")

    def localized(self, language: str) -> str:
        """Return the message in `language`, after the location when it is known."""
        prefix = f"{self.location}: " if self.location is not UNKNOWN else ""
        return f"{prefix}{localize(self.args[0], language)}"


@dataclass
class DraftInvalid(WetgenError):
    """A draft was read but its content does not form a valid bill."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = field(default="", repr=False)  # the draft's text, for the caret excerpts

    def __str__(self) -> str:
        return self.localized("en")

    def localized(self, language: str) -> str:
        """Return the first finding's headline in `language`, and how many more there are."""
        if not self.diagnostics:
            return "invalid draft"
        more = len(self.diagnostics) - 1
        first = self.diagnostics[0].headline(language)
        return first + (localize(t("cli.and-more", count=more), language) if more > 0 else "")


class RenderError(WetgenError):
    """A document could not be rendered (missing style, invalid schema output...)."""


class UsageError(WetgenError):
    """The user asked for something impossible (missing file, directory for a file...)."""
