"""A ChangeSet as lines for the terminal: styled segments the CLI colours, plain text otherwise.

Word changes are marked in the text itself, `[-old-]{+new+}`, so the output stays readable
without colour (NO_COLOR, files, pipes). Long unchanged runs are shortened to a few words.
"""

from __future__ import annotations

from dataclasses import dataclass

from wetgen import ids
from wetgen.diff.changes import Change, ChangeSet
from wetgen.diff.tokens import TextOp, tokenize

CONTEXT = 8  # tokens of unchanged text kept on each side of a word change
_SIGNS = {"inserted": "+", "deleted": "-", "moved": ">", "renumbered": "#", "changed": "~"}
_NOUNS = {"item": "onderdeel", "wijziging": "wijziging"}
_PLURAL_NOUNS = {"wijziging": "wijzigingen"}


@dataclass(frozen=True)
class Segment:
    """A run of text with a style name: "", "inserted", "deleted", "moved", "renumbered",
    "changed", "heading" or "dim"."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class Line:
    """One output line: styled segments, indented by `indent` levels of four spaces."""

    segments: tuple[Segment, ...]
    indent: int = 0

    def plain(self) -> str:
        """Return the line as plain text."""
        return "    " * self.indent + "".join(s.text for s in self.segments)


def render_lines(changes: ChangeSet) -> tuple[Line, ...]:
    """Return the lines of the terminal report: a heading, a summary and every change."""
    title = f"{changes.old_version} → {changes.new_version}"
    counts = ", ".join(f"{n} {kind}" for kind, n in changes.summary().items())
    lines = [Line((Segment(title, "heading"),)), Line((Segment(counts, "dim"),))]
    if not changes:
        lines.append(Line((Segment("no changes", "dim"),)))
    for change in changes.changes:
        lines.append(Line(()))
        lines.extend(change_lines(change))
    return tuple(lines)


def render_plain(changes: ChangeSet) -> str:
    """Return the terminal report as plain text, one line per line, ending in a newline."""
    return "".join(line.plain() + "\n" for line in render_lines(changes))


def change_lines(change: Change) -> tuple[Line, ...]:
    """Return the heading line of one change and its body lines."""
    head = Line(
        (
            Segment(f"{_SIGNS[change.kind]} {change.kind:<10}", change.kind),
            Segment(" " + _title(change)),
        )
    )
    if change.kind in ("inserted", "deleted"):
        return (head, Line((Segment(change.content, change.kind),), 1))
    if change.kind == "changed":
        return (head, Line(word_segments(change.text), 1))
    return (head,)


def _title(change: Change) -> str:
    if change.kind == "renumbered":
        place = change.new_label or "wetsvoorstel"
        steps = ", ".join(f"{r.old} → {r.new}" for r in change.renumbering)
        noun = _noun(change.unit, len(change.renumbering))
        return f"{place}: {noun} {steps}"
    label = change.new_label or change.old_label
    if change.old_label and change.new_label and change.old_label != change.new_label:
        label = f"{change.new_label} (was {change.old_label})"
    if change.consequential:
        label += " (follows a renumbering)"
    return label


def _noun(unit: str, count: int) -> str:
    noun = _NOUNS.get(unit, unit)
    if count == 1:
        return noun
    return _PLURAL_NOUNS.get(noun) or ids.plural(noun, count)


def word_segments(ops: tuple[TextOp, ...]) -> tuple[Segment, ...]:
    """Return the segments of a word-level change: shortened equal runs, marked edits."""
    out: list[Segment] = []
    for n, op in enumerate(ops):
        if op.op == "equal":
            out.append(Segment(_shorten(op.old, first=n == 0, last=n == len(ops) - 1)))
            continue
        if op.old:
            out.append(Segment(f"[-{op.old}-]", "deleted"))
        if op.new:
            out.append(Segment(f"{{+{op.new}+}}", "inserted"))
    return tuple(out)


def _shorten(text: str, *, first: bool, last: bool) -> str:
    tokens = tokenize(text)
    keep = 2 * CONTEXT
    if len(tokens) <= keep + 1:
        return text
    if first:
        return "… " + "".join(tokens[-CONTEXT:]).lstrip()
    if last:
        return "".join(tokens[:CONTEXT]).rstrip() + " …"
    return "".join(tokens[:CONTEXT]).rstrip() + " … " + "".join(tokens[-CONTEXT:]).lstrip()
