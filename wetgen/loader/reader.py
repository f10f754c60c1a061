"""The primitives of reading a composed YAML draft: locations, findings, mappings with their key
checks, text, literal words, lists and flags. Every problem becomes a Diagnostic; reading goes
on with a default, so the other checks still run."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from wetgen.errors import Diagnostic, Severity
from wetgen.loader.keys import NO, YES
from wetgen.messages import Message, t
from wetgen.source import CONTROL_CHARACTERS, SourceLocation, codepoint, visible

# An unknown key is reported once per kind of mapping it is in, with the lines of its other
# places, and only so many keys are reported one by one: a flood of them says little more.
MAX_UNKNOWN_KEYS = 40
MAX_LINES_LISTED = 5


class Reader:
    """Walks the composed YAML node tree, collecting diagnostics."""

    def __init__(self, path: str, base_dir: Path | None, source: str | None = None) -> None:
        self.path = path
        self.base_dir = base_dir
        # A text can hold a control character only if the source has one or an escape (a
        # backslash): one search of the whole source spares one per scalar.
        self.may_hold_controls = source is None or "\\" in source or bool(CONTROL_CHARACTERS.search(source))
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[int] = set()
        self._unknown: dict[tuple[str, str], list] = {}  # (what, key) → [index, node, keys, lines...]

    def loc(self, node: yaml.Node) -> SourceLocation:
        """Return the 1-based location of a node, with where it ends."""
        start, end = node.start_mark, node.end_mark
        return SourceLocation(self.path, start.line + 1, start.column + 1, end.line + 1, end.column + 1)

    def report(self, message: Message, node: yaml.Node | None, hint: str = "",
               severity: Severity = Severity.ERROR) -> None:  # fmt: skip
        """Record a finding from the catalogue at a node."""
        loc = self.loc(node) if node is not None else SourceLocation(self.path, 1, 1)
        self.diagnostics.append(Diagnostic.of(message, loc, hint, severity))

    def clean_file_text(self, text: str, path: str, what: str) -> str:
        """Return the text of a file the draft names without control characters, reporting the
        first at its line."""
        bad = CONTROL_CHARACTERS.search(text)
        if bad is None:
            return text
        line = text.count("\n", 0, bad.start()) + 1
        col = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        message = t("SCH011.control-character", what=what, char=codepoint(bad.group()))
        self.diagnostics.append(Diagnostic.of(message, SourceLocation(path, line, col),
                                              t("hint.remove-control-character")))  # fmt: skip
        return CONTROL_CHARACTERS.sub("", text)

    def finish(self) -> list[Diagnostic]:
        """Report the unknown keys collected while reading (capped), each where it was first
        met among the other findings, and return every finding."""
        placed: list[tuple[int, Diagnostic]] = []  # (how many findings came before, the finding)
        for n, ((what, key), (before, node, keys, *lines)) in enumerate(self._unknown.items()):
            if n == MAX_UNKNOWN_KEYS:
                rest = len(self._unknown) - n
                placed.append((before, Diagnostic.of(t("SCH001.more-unknown-keys", count=rest), self.loc(node),
                                                     t("hint.fix-the-keys-shown"))))  # fmt: skip
                break
            also = ""
            if lines:
                shown = ", ".join(map(str, lines[:MAX_LINES_LISTED]))
                more = len(lines) - MAX_LINES_LISTED
                also = t("term.also-at-lines", lines=shown, more=more) if more > 0 else \
                    t("term.also-at-line", lines=shown)  # fmt: skip
            message = t("SCH001.unknown-key", key=visible(key), what=what, also=also)
            placed.append((before, Diagnostic.of(message, self.loc(node), did_you_mean(key, keys))))
        self._unknown.clear()
        merged: list[Diagnostic] = []
        pending = iter(placed)
        nxt = next(pending, None)
        for index, diagnostic in enumerate([*self.diagnostics, None]):
            while nxt is not None and nxt[0] <= index:
                merged.append(nxt[1])
                nxt = next(pending, None)
            if diagnostic is not None:
                merged.append(diagnostic)
        self.diagnostics = merged
        return merged

    def _unknown_key(self, key: str, what: str, node: yaml.Node, keys: dict[str, bool]) -> None:
        found = self._unknown.get((what, key))
        if found is None:
            self._unknown[(what, key)] = [len(self.diagnostics), node, keys]
        else:
            found.append(node.start_mark.line + 1)

    def visit(self, node: yaml.Node) -> bool:
        """Mark a node read; refuse (and report) a second visit, which only an alias can cause."""
        # The C composer shares the node object for an alias; refusing a second visit both
        # forbids aliases and makes an alias bomb cost nothing.
        if id(node) in self._seen:
            self.report(t("YAML002.alias"), node, t("hint.write-out-in-full"))
            return False
        self._seen.add(id(node))
        return True

    def mapping(self, node: yaml.Node, what: str, keys: dict[str, bool]) -> dict[str, yaml.Node]:
        """Return a mapping's entries, reporting unknown, duplicate and missing keys."""
        if not isinstance(node, yaml.MappingNode):
            self.report(t("SCH003.not-a-mapping", what=what, kind=kind(node)), node)
            return {}
        if not self.visit(node):
            return {}
        entries: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if key in entries:
                self.report(t("SCH006.duplicate-key", key=visible(key), what=what), key_node)
                continue
            if key not in keys:
                self._unknown_key(key, what, key_node, keys)
                continue
            entries[key] = value_node
        for key, required in keys.items():
            if required and key not in entries:
                self.report(t("SCH002.missing-key", what=what, key=key), node)
        return entries

    def text(self, node: yaml.Node | None, what: str, *, keep_lines: bool = False) -> str:
        """Return a scalar's text (whitespace normalised unless keep_lines)."""
        value = self._scalar(node, what)
        return value.strip() if keep_lines else single_spaced(value)

    def words(self, node: yaml.Node | None, what: str) -> str:
        """Return quoted words literally: spaces kept, only the line end of a block scalar gone."""
        value = self._scalar(node, what)
        return value[:-1] if value.endswith("\n") else value

    def _scalar(self, node: yaml.Node | None, what: str) -> str:
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            if self.visit(node):
                self.report(t("SCH003.not-text", what=what, kind=kind(node)), node)
            return ""
        value = node.value
        if node.tag == "tag:yaml.org,2002:null" and node.style is None and value in ("", "~", "null"):
            return ""
        bad = CONTROL_CHARACTERS.search(value) if self.may_hold_controls else None
        if bad:
            self.report(t("SCH011.control-character", what=what, char=codepoint(bad.group())), node,
                        t("hint.remove-control-character"))  # fmt: skip
            return CONTROL_CHARACTERS.sub("", value)
        return value

    def seq(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        """Return a sequence's items, reporting anything else."""
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.report(t("SCH003.not-a-list", what=what, kind=kind(node)), node)
            return []
        return list(node.value) if self.visit(node) else []

    def flag(self, node: yaml.Node | None, what: str) -> bool:
        """Return a ja/nee flag."""
        value = self.text(node, what).lower()
        if value and value not in YES + NO:
            self.report(t("SCH004.not-a-flag", what=what, value=value), node)
        return value in YES

    def choice(self, node: yaml.Node | None, what: str, values: tuple[str, ...], default: str = "") -> str:
        """Return one of a fixed set of words, reporting anything else (with a suggestion)."""
        value = self.text(node, what)
        if not value:
            return default
        if value not in values:
            self.report(t("SCH004.not-one-of", what=what, values=", ".join(values), value=value), node,
                        did_you_mean(value, values))  # fmt: skip
            return default
        return value


def single_spaced(text: str) -> str:
    """Return text with every run of white space made one space, and none at either end."""
    # Most texts are so already, and telling that is cheaper than splitting them into words:
    # every white-space character but the space is unprintable.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def key_node(node: yaml.Node, key: str) -> yaml.Node:
    """Return the node of a key in a mapping node (for locating a finding), else the mapping."""
    for k, _ in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return k
    return node


def kind(node: yaml.Node) -> Message:
    """Return how a node is described in a finding: "a mapping", "a list", "the text '…'"."""
    if isinstance(node, yaml.MappingNode):
        return t("term.a-mapping")
    if isinstance(node, yaml.SequenceNode):
        return t("term.a-list")
    return t("term.the-text", text=visible(node.value[:30])) if node.value else t("term.nothing")


def did_you_mean(word: str, choices: object) -> str:
    """Return a "did you mean '…'?" hint for a misspelt word, or ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)  # type: ignore[call-overload]
    return t("hint.did-you-mean", word=close[0]) if close else ""
