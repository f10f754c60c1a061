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
from wetgen.messages import t


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
        self.reader.report(t("NUM001.differs", noun=noun, written=written, expected=expected), node,
                           t("hint.number-by-position", expected=expected), Severity.WARNING)  # fmt: skip
        self._advance(written)
        return written

    def _advance(self, number: str) -> None:
        self.position += 1
        self.in_chapter += 1
        self.previous = number


def is_inserted_number(written: str, previous: str, following: str = "") -> bool:
    """Tell whether `written` is an inserted number: after `previous` (12 → 12a, A → Aa,
    I → IA) or, with a leading 0 or small letter, before the number that follows (0A or aA
    before A, as the Verzamelwet SZW 2022 letters it: Stb. 2021, 627)."""
    if following and (written == f"0{following}" or re.fullmatch(rf"[a-z]{re.escape(following)}", written)):
        return True
    m = re.fullmatch(r"(.+?)([a-z]+|[A-Z])", written)
    if not m or not previous:
        return False
    base = m.group(1)
    return previous == base or (previous.startswith(base) and previous[len(base) :] < m.group(2))



class WrittenNumbers:
    """Checks the numbers written on a list of new units (a payload): none may repeat, and a
    plain number follows the one before it (6 after 5, c after b) unless it is inserted (5a)."""

    def __init__(self, reader: Reader, noun: str, gaps: bool = True) -> None:
        self.reader, self.noun, self.gaps = reader, noun, gaps
        self.first: dict[str, int] = {}  # number → the line it was first written on
        self.previous = ""

    def take(self, number: str, node: yaml.Node) -> None:
        """Check the number of the next unit, written at `node`."""
        if number in self.first:
            self.reader.report(t("STR001.duplicate", what=self.noun, number=number, line=self.first[number]),
                               node, t("hint.renumber"))  # fmt: skip
            if self.previous:  # it stands where the next number belongs: no second finding after it
                self.previous = successor(self.previous)
            return
        if self.gaps and self.previous:
            before, value = base_value(self.previous), number_value(number)
            if before is not None and value is not None and value > before + 1 and same_kind(self.previous, number):
                expected = successor(self.previous)
                self.reader.report(t("STR006.skipped", what=self.noun, expected=expected, previous=self.previous,
                                     number=number), node, t("hint.renumber-from", expected=expected))  # fmt: skip
        self.first[number] = node.start_mark.line + 1
        self.previous = number


def number_value(number: str) -> int | None:
    """Return the place a plain number stands for (7 → 7, c → 3, bb → 28), None for others (5a)."""
    if number.isdigit():
        return int(number)
    if number.isalpha() and number.islower() and len(set(number)) == 1 and number.isascii():
        return ord(number[0]) - ord("a") + 1 + 26 * (len(number) - 1)
    return None


def base_value(number: str) -> int | None:
    """Return the place of a number, or of the number an inserted one follows (5a → 5, ba → 2)."""
    value = number_value(number)
    if value is not None:
        return value
    digits = re.match(r"\d+", number)
    if digits:
        return int(digits.group())
    return number_value(number[0]) if number[:1].isalpha() else None


def same_kind(one: str, other: str) -> bool:
    """Tell whether two numbers are both Arabic numerals or both letters."""
    return one[:1].isdigit() == other[:1].isdigit()


def successor(number: str) -> str:
    """Return the plain number after `number` (5 → 6, 5a → 6, b → c, z → aa)."""
    value = base_value(number) or 0
    return str(value + 1) if number[:1].isdigit() else ids.list_letter(value + 1)
