"""Numbers by position: a unit without `nummer` takes the number its place gives, and a written
number that disagrees is a finding, unless it is an inserted number (12a after 12, Aa after A,
IA after I, 0A before A) or the article numbering of the bill is Arabic (Ar 6.6, second and
third lid: a new law that amends, or an aanpassingswet in hoofdstukken)."""

from __future__ import annotations

import re

import yaml

from wetgen import ids
from wetgen.errors import Severity
from wetgen.loader.reader import Reader


class Numberer:
    """Gives units their number by position, and reports written numbers that disagree."""

    def __init__(self, reader: Reader, kind: str, amending_law: bool = False) -> None:
        self.reader, self.kind, self.roman = reader, kind, amending_law
        self.position = 0
        self.previous = ""
        self.started = False

    def take(self, node: yaml.Node | None, unit_node: yaml.Node) -> str:
        """Return the unit's number: the written one, or the one its position gives."""
        written = ids.clean_number(self.reader.text(node, "nummer")) if node is not None else ""
        if self.kind == "artikel" and not self.started and written[:1].isdigit():
            self.roman = False  # the bill numbers its articles in Arabic (Ar 6.6)
        self.started = True
        expected = ids.positional_number(self.kind, self.position + 1, amending_law=self.roman)
        if not written or written == expected:
            self.position += 1
            self.previous = expected
            return expected
        if written.lower() == "enig" or is_inserted_number(written, self.previous, expected):
            self.previous = written  # an inserted number does not move the numbering on
            return written
        if not is_dotted_number(written):
            noun = {"item": "onderdeel", "subitem": "subonderdeel"}.get(self.kind, self.kind)
            self.reader.report(
                "NUM001", f"{noun} number '{written}' differs from its position, which gives '{expected}'",
                node, f"remove 'nummer' to number by position, or write '{expected}'", Severity.WARNING,
            )  # fmt: skip
        self.position += 1
        self.previous = written
        return written


def is_inserted_number(written: str, previous: str, following: str = "") -> bool:
    """Tell whether `written` is an inserted number: after `previous` (12 → 12a, A → Aa,
    I → IA) or, with a leading 0, before the number that follows (0A before A)."""
    if following and written == f"0{following}":
        return True
    m = re.fullmatch(r"(.+?)([a-z]+|[A-Z])", written)
    if not m or not previous:
        return False
    base = m.group(1)
    return previous == base or (previous.startswith(base) and previous[len(base) :] < m.group(2))


def is_dotted_number(number: str) -> bool:
    """Tell whether a number is a per-chapter one such as 3.10."""
    return bool(re.fullmatch(r"\d+[a-z]?\.\d+[a-z]?", number))
