"""YAML draft → Bill. Every scalar is read as a string, every node keeps its file:line:col,
and every schema problem is collected as a Diagnostic instead of stopping at the first.

The package reads a draft in layers: `reader` (locations, findings, mappings, text), `keys`
(the key tables the JSON Schema is built from), `bill`, `articles`, `instructions` and
`numbering`. This module opens the file and guards against unreadable or hostile input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from wetgen.errors import Diagnostic, DraftError, DraftInvalid, Severity, UsageError
from wetgen.gcpause import gc_paused
from wetgen.loader.bill import read_root
from wetgen.loader.keys import (
    ALL_INSTRUCTION_KEYS,
    AMENDING_ONDERDEEL_KEYS,
    ARTICLE_KEYS,
    BILL_KEYS,
    DIVISION_KEYS,
    ENDING_KEYS,
    FORMULIER_KEYS,
    INSTRUCTION_KEYS,
    JOINED_KEYS,
    LAW_KEYS,
    LID_KEYS,
    PAYLOAD_KEYS,
    RENUMBERING_KEYS,
    VERSION_KEYS,
    VORMGEVING_KEYS,
)
from wetgen.loader.reader import Reader
from wetgen.messages import Message, t
from wetgen.model import Bill
from wetgen.source import SourceLocation

__all__ = [
    "ALL_INSTRUCTION_KEYS", "AMENDING_ONDERDEEL_KEYS", "ARTICLE_KEYS", "BILL_KEYS", "DIVISION_KEYS",
    "ENDING_KEYS", "FORMULIER_KEYS", "INSTRUCTION_KEYS", "JOINED_KEYS", "LAW_KEYS", "LID_KEYS",
    "PAYLOAD_KEYS", "RENUMBERING_KEYS", "VERSION_KEYS", "VORMGEVING_KEYS", "LoadResult", "load_bill",
    "load_draft", "load_text", "require_bill",
]  # fmt: skip

MAX_DRAFT_BYTES = 20 * 1024 * 1024
# A draft nests some 30 levels deep at most; libyaml's composer recurses per level and crashes
# the process (not with an exception) somewhere past 10,000, so deeper input is refused first.
MAX_DEPTH = 200
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class LoadResult:
    """What loading a draft gave: the bill (None if unreadable), the findings and the source text."""

    path: str
    text: str
    bill: Bill | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the draft loaded with no error-level findings."""
        return self.bill is not None and not any(
            d.severity is Severity.ERROR for d in self.diagnostics
        )


def load_bill(path: str | Path) -> Bill:
    """Load a draft and return its Bill; raise DraftError or DraftInvalid if it has errors."""
    return require_bill(load_draft(path))


def require_bill(result: LoadResult) -> Bill:
    """Return the Bill of a load result; raise DraftError if unreadable, DraftInvalid on errors."""
    if result.bill is None:
        first = result.diagnostics[0]
        raise DraftError(first.message, first.location, first.code, result.text)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise DraftInvalid(errors, result.text)
    return result.bill


def load_draft(path: str | Path) -> LoadResult:
    """Read and parse a draft file, collecting every problem; raise UsageError for a non-file."""
    path = Path(path)
    if path.is_dir():
        raise UsageError(t("cli.draft-is-a-directory", path=str(path)))
    if not path.exists():
        raise UsageError(t("cli.no-such-file", path=str(path)))
    size = path.stat().st_size
    shown = str(path)
    if size > MAX_DRAFT_BYTES:
        return _unreadable(shown, t("READ003.too-large", size=f"{size / 1e6:.0f}", limit=MAX_DRAFT_BYTES // 2**20))
    data = path.read_bytes()
    return load_text(data, shown, base_dir=path.parent)


@gc_paused()
def load_text(data: bytes | str, path: str = "<draft>", base_dir: Path | None = None) -> LoadResult:
    """Parse draft content given as bytes or text; `base_dir` resolves the toelichting file."""
    if isinstance(data, bytes):
        if b"\x00" in data[:8192]:
            return _unreadable(path, t("READ001.binary"))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            return _unreadable(path, t("READ004.not-utf8", byte=f"0x{data[exc.start]:02x}"),
                               SourceLocation(path, line, col))  # fmt: skip
    else:
        text = data
    if not text.strip():
        return _unreadable(path, t("READ002.empty"))
    try:
        alias = _first_alias(text)
        if alias is not None:
            return _unreadable(path, t("YAML002.alias"), _at(path, alias), text=text)
        deep = _too_deep(text)
        if deep is not None:
            return _unreadable(path, t("READ005.too-deep", limit=MAX_DEPTH), _at(path, deep), text=text)
        root = yaml.compose(text, Loader=_YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = (
            SourceLocation(path, mark.line + 1, mark.column + 1)
            if mark
            else SourceLocation(path, 1, 1)
        )
        problem = exc.problem or exc.context or "invalid YAML"
        return _unreadable(path, t("YAML001.invalid", problem=problem), loc, text=text)
    except yaml.YAMLError as exc:
        return _unreadable(path, t("YAML001.invalid", problem=str(exc)), text=text)
    reader = Reader(path, base_dir, text)
    bill = read_root(reader, root)
    return LoadResult(path, text, bill, reader.finish())


_ALIAS_LIKE = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+", re.MULTILINE)


def _first_alias(text: str) -> yaml.Mark | None:
    """Return where the first alias is, parsing events only when the text looks like it has one."""
    if "*" not in text or not _ALIAS_LIKE.search(text):
        return None
    for event in yaml.parse(text, Loader=_YAML_LOADER):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark
    return None


_COMPACT_LISTS = re.compile(r"-[ ]+-[ \n]")


def _too_deep(text: str) -> yaml.Mark | None:
    """Return where the nesting first goes deeper than MAX_DEPTH, or None.

    Parsing events is cheap but not free, so it runs only when a bound says it might be needed:
    a level is opened by a bracket, by indentation (a mapping and the list it holds may share
    one, so at most two levels per space) or by a "- " on a line. Without compact nested lists
    ("- - x") a line opens at most one list; then two searches of the text, not one per line,
    bound the depth.
    """
    flow = text.count("[") + text.count("{")
    deepest_safe_indent = (MAX_DEPTH - flow - 3) // 2
    if (deepest_safe_indent > 0 and "\n" + " " * (deepest_safe_indent + 1) not in "\n" + text
            and not _COMPACT_LISTS.search(text)):
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_YAML_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        # libyaml of PyYAML 6.0.4 and later stops at its own depth limit while scanning ahead,
        # before the events reach ours: the same finding, at its place
        if "depth" in (exc.problem or "") and exc.problem_mark is not None:
            return exc.problem_mark
        raise
    return None


def _at(path: str, mark: yaml.Mark) -> SourceLocation:
    return SourceLocation(path, mark.line + 1, mark.column + 1)


def _unreadable(path: str, message: Message, loc: SourceLocation | None = None, text: str = "") -> LoadResult:
    diag = Diagnostic.of(message, loc or SourceLocation(path, 1, 1))
    return LoadResult(path, text, None, [diag])
