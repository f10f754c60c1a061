"""The pieces a parser of wijzigingsopdrachten reads a sentence into: quoted words set apart (they
are literal and may hold any word, "vervangen door" included), and places read with
`wetgen.places` relative to the enclosing "… wordt als volgt gewijzigd:" and without the law
the sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from wetgen import places
from wetgen.model import LawRef, Style, Target

# Opening mark → closing marks. Straight quotes pair with the next straight quote.
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "”“", '"': '"'}
_HOLE = re.compile("\x02(\\d+)\x03")


class NoParse(ValueError):
    """A sentence (or a part of it) that is not the formula tried; the message says why."""


@dataclass(frozen=True)
class Quoted:
    """A sentence with each quoted run replaced by a hole ("\\x02n\\x03"), and the runs."""

    text: str
    words: tuple[str, ...]
    marks: tuple[str, ...]  # the opening and closing mark of each run, e.g. "«»"

    def hole(self, value: str) -> str:
        """Return the quoted words a slot holds when it is exactly one hole, else raise NoParse."""
        m = _HOLE.fullmatch(value.strip())
        if m is None:
            raise NoParse(f"expected quoted words, found '{self.restore(value)}'")
        return self.words[int(m.group(1))]

    def restore(self, value: str) -> str:
        """Return a slot's text with its holes put back as quoted words, marks included."""
        return _HOLE.sub(lambda m: f"{self.marks[int(m.group(1))][:1]}{self.words[int(m.group(1))]}"
                         f"{self.marks[int(m.group(1))][1:]}", value)  # fmt: skip


def quoted(sentence: str) -> Quoted:
    """Return the sentence with its quoted words set apart; an unclosed mark is left as text."""
    out: list[str] = []
    words: list[str] = []
    marks: list[str] = []
    at = 0
    while at < len(sentence):
        char = sentence[at]
        closing = QUOTE_PAIRS.get(char)
        end = _closing(sentence, at + 1, closing) if closing else -1
        if end < 0:
            out.append(char)
            at += 1
            continue
        out.append(f"\x02{len(words)}\x03")
        words.append(sentence[at + 1 : end])
        marks.append(char + sentence[end])
        at = end + 1
    return Quoted("".join(out), tuple(words), tuple(marks))


def _closing(text: str, start: int, closing: str) -> int:
    found = [n for n in (text.find(c, start) for c in closing) if n >= 0]
    return min(found) if found else -1


# --- places -------------------------------------------------------------------------------------

PlaceReader = Callable[[str], tuple[Target, ...]]


def read_places(text: str) -> tuple[Target, ...]:
    """Return the places of a phrase in the amended law; raise NoParse if it is none."""
    try:
        return places.parse(text)
    except places.PlaceError as exc:
        raise NoParse(f"'{text}' is not a place: {exc}") from None


@dataclass(frozen=True)
class Reading:
    """What a sentence is read in: the bill's style, the place of the enclosing "… wordt als
    volgt gewijzigd:" (`base`), the law the sentence names itself (`law`), and how places are
    read (`reader`: places in a law; a nota reads places in a bill)."""

    style: Style = Style()
    base: Target | None = None
    law: LawRef | None = None
    reader: PlaceReader = read_places

    def places(self, text: str, quotes: Quoted, strip_law: bool = True) -> tuple[Target, ...]:
        """Return the places a slot names, absolute, without the law named after them."""
        phrase = quotes.restore(text).strip()
        if strip_law:
            phrase = self.without_law(phrase)
        if not phrase:
            return (self.base,) if self.base is not None else (Target(),)
        return tuple(places.absolute(t, self.base) for t in self.reader(phrase.rstrip(",")))

    def without_law(self, phrase: str) -> str:
        """Return a phrase without the law named at its end ("artikel 4 van de Wet X")."""
        if self.law is None:
            return phrase
        name = self.law.name()
        for tail in (f", van {name}", f" van {name}"):
            if phrase.lower().endswith(tail.lower()):
                return phrase[: -len(tail)]
        raise NoParse(f"'{phrase}' does not name {name}")

    def place(self, text: str, quotes: Quoted, strip_law: bool = True) -> Target:
        """Return the one place a slot names; raise NoParse when it names several."""
        found = self.places(text, quotes, strip_law)
        if len(found) != 1:
            raise NoParse(f"'{quotes.restore(text)}' names {len(found)} places where one is written")
        return found[0]

    def part(self, text: str, quotes: Quoted) -> Target:
        """Return a place read on its own, not relative to the enclosing one ("onderdeel i")."""
        found = self.reader(quotes.restore(text).strip().rstrip(","))
        if len(found) != 1:
            raise NoParse(f"'{text}' names {len(found)} places where one is written")
        return found[0]
