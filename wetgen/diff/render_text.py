"""A ChangeSet as lines for the terminal, in the reviewer's language: styled segments the CLI
colours, plain text otherwise.

Every line names the kind of change and of unit in Dutch ("gewijzigd", "lid") and the unit as a
reviewer cites it (`address.citation`: "Artikel I, onderdeel A, onder 2, zesde lid", "Artikel 28a
(nieuw), derde lid — artikel I, onderdeel B"). Word changes are marked in the text itself,
`[-old-]{+new+}`, so the output stays readable without colour (NO_COLOR, files, pipes); long
unchanged runs are shortened to a few words. Inserted and deleted units are printed as the bill
prints them. The considerans, the memorie van toelichting and the metadata follow the body,
each under its own heading.
"""

from __future__ import annotations

from dataclasses import dataclass

from wetgen import address
from wetgen.diff.changes import KINDS, PARTS, Change, ChangeSet
from wetgen.diff.tokens import TextOp, tokenize

CONTEXT = 8  # tokens of unchanged text kept on each side of a word change
_SIGNS = {"inserted": "+", "deleted": "-", "moved": ">", "renumbered": "#", "changed": "~"}
VERBS = {"inserted": "ingevoegd", "deleted": "vervallen", "moved": "verplaatst",
         "renumbered": "vernummerd", "changed": "gewijzigd"}  # fmt: skip
PART_TITLES = {"considerans": "Considerans", "toelichting": "Memorie van toelichting", "metadata": "Metadata"}
NOTHING = "geen wijzigingen"
PARAGRAPH_MARK = " ¶ "  # where a paragraph ends inside a compared text


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
    """Return the lines of the terminal report: a heading, a summary per part and every change."""
    title = f"{changes.old_version} → {changes.new_version}"
    lines = [Line((Segment(title, "heading"),))]
    lines.append(Line((Segment(f"wetsvoorstel: {counts(changes.changes, every_kind=True)}", "dim"),)))
    for part in PARTS:
        if changes.part(part):
            lines.append(Line((Segment(f"{PART_TITLES[part].lower()}: {counts(changes.part(part))}", "dim"),)))
    if not changes:
        lines.append(Line((Segment(NOTHING, "dim"),)))
    for change in changes.changes:
        lines.append(Line(()))
        lines.extend(change_lines(change))
    for part in PARTS:
        if changes.part(part):
            lines += [Line(()), Line((Segment(PART_TITLES[part], "heading"),))]
        for change in changes.part(part):
            lines += [Line(()), *change_lines(change)]
    return tuple(lines)


def render_plain(changes: ChangeSet) -> str:
    """Return the terminal report as plain text, one line per line, ending in a newline."""
    return "".join(line.plain() + "\n" for line in render_lines(changes))


def counts(changes: tuple[Change, ...], *, every_kind: bool = False) -> str:
    """Return "1 ingevoegd, 2 gewijzigd" for some changes (every kind, also at 0, if asked)."""
    found = {kind: sum(c.kind == kind for c in changes) for kind in KINDS}
    shown = [f"{n} {VERBS[kind]}" for kind, n in found.items() if n or every_kind]
    return ", ".join(shown) if changes else NOTHING


def change_lines(change: Change) -> tuple[Line, ...]:
    """Return the heading line of one change and its body lines."""
    verb = VERBS[change.kind]
    if change.kind == "renumbered" and change.relettered():
        verb = "verletterd"
    noun = address.noun(change.unit, len(change.renumbering) or 1)
    head = Line((Segment(f"{_SIGNS[change.kind]} {verb:<10}", change.kind), Segment(f" {noun:<11} {_title(change)}")))
    if change.kind in ("inserted", "deleted"):
        shown = change.lines or tuple(change.content.split("\n\n"))
        return (head, *(Line((Segment(line, change.kind),), 1) for line in shown))
    if change.kind == "changed":
        return (head, Line(word_segments(change.text), 1))
    return (head,)


def _title(change: Change) -> str:
    new = address.citation(change.new_eid, change.new_label)
    if change.kind == "renumbered":
        steps = ", ".join(f"{r.old} → {r.new}" for r in change.renumbering)
        return f"{new or 'wetsvoorstel'}: {steps}"
    old = address.citation(change.old_eid, change.old_label)
    label = new or old
    if old and new and old != new:
        label = f"{new} (was {old})"
    if change.consequential:
        label += " (gevolg van vernummering)"
    return label


def word_segments(ops: tuple[TextOp, ...]) -> tuple[Segment, ...]:
    """Return the segments of a word-level change: shortened equal runs, marked edits."""
    out: list[Segment] = []
    for n, op in enumerate(ops):
        if op.op == "equal":
            out.append(Segment(_one_line(_shorten(op.old, first=n == 0, last=n == len(ops) - 1))))
            continue
        if op.old:
            out.append(Segment(f"[-{_one_line(op.old)}-]", "deleted"))
        if op.new:
            out.append(Segment(f"{{+{_one_line(op.new)}+}}", "inserted"))
    return tuple(out)


def _one_line(text: str) -> str:
    """Return text on one line: a paragraph break becomes " ¶ "."""
    if "\n" not in text:
        return text
    return PARAGRAPH_MARK.join(" ".join(part.split()) for part in text.split("\n\n")).replace("\n", " ")


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
