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
    """Gives units their number by position, and reports written numbers that disagree.

    Articles are numbered through the whole bill (Ar 3.54), or per hoofdstuk (Ar 3.56) when the
    first article is written so ("1.1" in hoofdstuk 1): the n-th article of hoofdstuk k is k.n.
    When the first article of a later hoofdstuk is written with the first number again
    ("Artikel 1", as aanpassingswetten with a hoofdstuk per ministry had them), the articles of
    every hoofdstuk are numbered from 1 (`restarts`).
    """

    def __init__(self, reader: Reader, kind: str, amending_law: bool = False) -> None:
        self.reader, self.kind, self.roman = reader, kind, amending_law
        self.position = 0
        self.previous = ""
        self.started = False
        self.chapter = ""  # the number of the hoofdstuk being read
        self.in_chapter = 0  # the position in it
        self.per_chapter: bool | None = None  # decided by the first article
        self.restarts = False  # decided by the first article of the second hoofdstuk

    def start_chapter(self, number: str) -> None:
        """Start reading hoofdstuk `number`; numbering per hoofdstuk starts again at k.1."""
        self.chapter, self.in_chapter = number, 0
        if self.per_chapter or self.restarts:
            self.previous = ""

    def take(self, node: yaml.Node | None, unit_node: yaml.Node) -> str:
        """Return the unit's number: the written one, or the one its position gives."""
        written = ids.clean_number(self.reader.text(node, "nummer")) if node is not None else ""
        if self.kind == "artikel" and not self.started and written[:1].isdigit():
            self.roman = False  # the bill numbers its articles in Arabic (Ar 6.6)
        self.started = True
        if self.per_chapter is None:
            self.per_chapter = bool(self.chapter) and written.startswith(self.chapter + ".")
        if self.chapter and not self.in_chapter and self.position and not self.per_chapter:
            self.restarts = self.restarts or written == ids.positional_number(self.kind, 1, amending_law=self.roman)
        chapter = self.chapter if self.per_chapter else ""
        position = self.in_chapter if self.per_chapter or self.restarts else self.position
        expected = ids.positional_number(self.kind, position + 1, amending_law=self.roman, chapter=chapter)
        if not written or written == expected:
            self._advance(expected)
            return expected
        if written.lower() == "enig" or is_inserted_number(written, self.previous, expected):
            self.previous = written  # an inserted number does not move the numbering on
            return written
        noun = {"item": "onderdeel", "subitem": "subonderdeel"}.get(self.kind, self.kind)
        self.reader.report(
            "NUM001", f"{noun} number '{written}' differs from its position, which gives '{expected}'",
            node, f"remove 'nummer' to number by position, or write '{expected}'", Severity.WARNING,
        )  # fmt: skip
        self._advance(written)
        return written

    def _advance(self, number: str) -> None:
        self.position += 1
        self.in_chapter += 1
        self.previous = number


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

