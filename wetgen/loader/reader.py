"""The primitives of reading a composed YAML draft: locations, findings, mappings with their key
checks, text, literal words, lists and flags. Every problem becomes a Diagnostic; reading goes
on with a default, so the other checks still run."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from wetgen.errors import Diagnostic, Severity
from wetgen.loader.keys import NO, YES
from wetgen.source import SourceLocation


class Reader:
    """Walks the composed YAML node tree, collecting diagnostics."""

    def __init__(self, path: str, base_dir: Path | None) -> None:
        self.path = path
        self.base_dir = base_dir
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[int] = set()

    def loc(self, node: yaml.Node) -> SourceLocation:
        """Return the 1-based location of a node."""
        return SourceLocation(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def report(self, code: str, message: str, node: yaml.Node | None, hint: str = "",
               severity: Severity = Severity.ERROR) -> None:  # fmt: skip
        """Record a finding at a node."""
        loc = self.loc(node) if node is not None else SourceLocation(self.path, 1, 1)
        self.diagnostics.append(Diagnostic(severity, code, message, loc, hint))

    def visit(self, node: yaml.Node) -> bool:
        """Mark a node read; refuse (and report) a second visit, which only an alias can cause."""
        # The C composer shares the node object for an alias; refusing a second visit both
        # forbids aliases and makes an alias bomb cost nothing.
        if id(node) in self._seen:
            self.report("YAML002", "YAML anchors and aliases are not allowed in a draft", node,
                        "write the text out in full")  # fmt: skip
            return False
        self._seen.add(id(node))
        return True

    def mapping(self, node: yaml.Node, what: str, keys: dict[str, bool]) -> dict[str, yaml.Node]:
        """Return a mapping's entries, reporting unknown, duplicate and missing keys."""
        if not isinstance(node, yaml.MappingNode):
            self.report("SCH003", f"{what} must be a mapping of keys, not {kind(node)}", node)
            return {}
        if not self.visit(node):
            return {}
        entries: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if key in entries:
                self.report("SCH006", f"duplicate key '{key}' in {what}", key_node)
                continue
            if key not in keys:
                self.report("SCH001", f"unknown key '{key}' in {what}", key_node, did_you_mean(key, keys))
                continue
            entries[key] = value_node
        for key, required in keys.items():
            if required and key not in entries:
                self.report("SCH002", f"{what} is missing the key '{key}'", node)
        return entries

    def text(self, node: yaml.Node | None, what: str, *, keep_lines: bool = False) -> str:
        """Return a scalar's text (whitespace normalised unless keep_lines)."""
        value = self._scalar(node, what)
        return value.strip() if keep_lines else " ".join(value.split())

    def words(self, node: yaml.Node | None, what: str) -> str:
        """Return quoted words literally: spaces kept, only the line end of a block scalar gone."""
        value = self._scalar(node, what)
        return value[:-1] if value.endswith("\n") else value

    def _scalar(self, node: yaml.Node | None, what: str) -> str:
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            if self.visit(node):
                self.report("SCH003", f"{what} must be text, not {kind(node)}", node)
            return ""
        value = node.value
        if node.tag == "tag:yaml.org,2002:null" and node.style is None and value in ("", "~", "null"):
            return ""
        return value

    def seq(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        """Return a sequence's items, reporting anything else."""
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.report("SCH003", f"{what} must be a list, not {kind(node)}", node)
            return []
        return list(node.value) if self.visit(node) else []

    def flag(self, node: yaml.Node | None, what: str) -> bool:
        """Return a ja/nee flag."""
        value = self.text(node, what).lower()
        if value and value not in YES + NO:
            self.report("SCH004", f"{what} must be 'ja' or 'nee', not '{value}'", node)
        return value in YES

    def choice(self, node: yaml.Node | None, what: str, values: tuple[str, ...], default: str = "") -> str:
        """Return one of a fixed set of words, reporting anything else (with a suggestion)."""
        value = self.text(node, what)
        if not value:
            return default
        if value not in values:
            self.report("SCH004", f"{what} must be one of {', '.join(values)}, not '{value}'", node,
                        did_you_mean(value, values))  # fmt: skip
            return default
        return value


def key_node(node: yaml.Node, key: str) -> yaml.Node:
    """Return the node of a key in a mapping node (for locating a finding), else the mapping."""
    for k, _ in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return k
    return node


def kind(node: yaml.Node) -> str:
    """Return how a node is described in a finding: "a mapping", "a list", "the text '…'"."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the text '{node.value[:30]}'" if node.value else "nothing"


def did_you_mean(word: str, choices: object) -> str:
    """Return a "did you mean '…'?" hint for a misspelt word, or ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)  # type: ignore[call-overload]
    return f"did you mean '{close[0]}'?" if close else ""
