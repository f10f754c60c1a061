"""Phrases back into places: the reader of what wetgen.places.phrase prints, and of what bills
print ("de artikelen 1:7, eerste lid, en 1:8, eerste lid", "onder 1° en 2°", "(nieuw)")."""

from __future__ import annotations

import re
from dataclasses import replace

from wetgen.model import UNIT_RANK, Part, Target
from wetgen.places.phrase import canonical
from wetgen.places.words import DEFINED, INNER_SUB, NIEUW, OLDER_DEFINED, WORDS, ordinal_value

_SINGULAR = {w.singular: unit for unit, w in WORDS.items() if not w.ordinal}
_PLURAL = {w.plural: unit for unit, w in WORDS.items() if not w.ordinal}
_ORDINAL_UNITS = {w.singular: unit for unit, w in WORDS.items() if w.ordinal}
_TOKEN = re.compile(r"\(nieuw\)|,|«[^»]*»|\"[^\"]*\"|“[^”]*”|[^\s,]+")
_NUMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z.:]*°?")


_QUOTE_MARKS = "«\"“"


class PlaceError(ValueError):
    """A phrase that is not a place."""


def parse(text: str) -> tuple[Target, ...]:
    """Return the places a phrase names, canonical; raise PlaceError if it is not a place.

    A part whose unit is not below the last one starts a further place that shares the parts
    before it ("artikel 4, tweede lid, en derde lid"); a bare number continues the nearest list
    ("de artikelen 1:7, eerste lid, en 1:8", "onder 1° en 2°", "onderdelen a en b").
    """
    tokens = _TOKEN.findall(text.strip().rstrip("."))
    chains = _Reader(tokens).places()
    return tuple(canonical(tuple(Target(tuple(chain)) for chain in chains)))


class _Reader:
    """Reads the words and commas of a place phrase, from left to right."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0
        self.list_unit = ""  # the unit of the list just read ("onder 1°": subonderdeel)
        self.nouns: list[str] = []  # the open lists under a plural noun ("de artikelen", "onderdelen")

    def peek(self, offset: int = 0) -> str:
        """Return the token `offset` ahead, lower-cased, or ""."""
        n = self.at + offset
        return self.tokens[n].lower() if n < len(self.tokens) else ""

    def take(self) -> str:
        """Return the next token as written and move past it."""
        if self.at >= len(self.tokens):
            raise PlaceError("the place ends too early")
        self.at += 1
        return self.tokens[self.at - 1]

    def places(self) -> list[list[Part]]:
        """Read the whole phrase: an optional "het opschrift van", chains, "van het … Boek"."""
        opschrift = self._opschrift()
        if self.peek() in ("de", "het"):
            self.at += 1
        chains: list[list[Part]] = []
        head_unit = ""
        while self.at < len(self.tokens) and self.peek() != "van":
            last = self._separator() if chains else False
            if chains and self._is_bare():
                part = self._bare(head_unit)
                if last and self.nouns and part.unit == self.nouns[-1]:
                    self.nouns.pop()  # "onderdelen a en b": the list of b is closed
            else:
                part = self.part()
            if not chains:
                head_unit = self.list_unit
            chains = _place(chains, part)
        book = self._book()
        if self.at != len(self.tokens) or not chains:
            raise PlaceError(f"cannot read '{' '.join(self.tokens[self.at:]) or ' '.join(self.tokens)}'")
        for chain in chains:
            if book is not None:
                chain.insert(0, book)
            if opschrift:
                chain.append(Part("opschrift"))
        return chains

    def _opschrift(self) -> bool:
        start = 1 if self.peek() in ("het", "de") else 0
        if self.peek(start) == "opschrift" and self.peek(start + 1) == "van":
            self.at += start + 2
            return True
        return False

    def _book(self) -> Part | None:
        if self.peek() == "van" and self.peek(1) == "het" and self.peek(3) == "boek":
            number = self.tokens[self.at + 2]
            self.at += 4
            return Part("boek", (number,))
        return None

    def _separator(self) -> bool:
        """Read ",", "en" or ", en"; tell whether "en" (the last of a list) was read."""
        if self.peek() == ",":
            self.at += 1
        if self.peek() == "en":
            self.at += 1
            return True
        return False

    def _is_bare(self) -> bool:
        token = self.peek()
        return bool(_NUMBER.fullmatch(token)) and token not in _SINGULAR and token not in _PLURAL \
            and token not in (INNER_SUB, "lid", "aanhef", "de", "het", "in") and ordinal_value(token) is None  # fmt: skip

    def _bare(self, head_unit: str) -> Part:
        unit = "subonderdeel" if self.peek().endswith("°") else (self.nouns[-1] if self.nouns else head_unit)
        if not unit:
            raise PlaceError(f"'{self.peek()}' is a number without a unit")
        return self._numbered(unit)

    def part(self) -> Part:
        """Read one part: "artikel 12", "de onderdelen a", "eerste lid", "onder 2°", "aanhef"."""
        if self.peek() == "in" and self.peek(2) in (DEFINED, WORDS[DEFINED].plural, OLDER_DEFINED, f"{OLDER_DEFINED}en"):
            self.at += 1  # "artikel 1, in de begripsomschrijving van «X»"
        if self.peek() in ("de", "het"):
            self.at += 1
        if self.peek() in (DEFINED, WORDS[DEFINED].plural):
            return self._defined()
        if self.peek() in (OLDER_DEFINED, f"{OLDER_DEFINED}en") and self.peek(1) == "van":
            return replace(self._defined(), written=OLDER_DEFINED)  # "de omschrijving van «X»", older
        token, two = self.peek(), f"{self.peek()} {self.peek(1)}"
        if two in _PLURAL or two in _SINGULAR:
            self.at += 2
            self._open(_PLURAL.get(two, ""))
            return self._numbered(_PLURAL.get(two) or _SINGULAR[two])
        if token == "aanhef":
            self.at += 1
            return Part("aanhef")
        if token == INNER_SUB and self.peek(1)[:1].isalpha() and not self.peek(1).endswith("°"):
            # "artikel 1, eerste lid, onder a": an onderdeel, as older bills and laws write it
            self.at += 1
            self.list_unit = ""
            return replace(self._numbered("onderdeel"), written=INNER_SUB)
        if token == INNER_SUB or (token == "lid" and self.peek(1)[:1].isdigit()):
            self.at += 1
            self.list_unit = "subonderdeel" if token == INNER_SUB else ""
            return self._numbered("subonderdeel" if token == INNER_SUB else "lid")
        if token in _PLURAL or token in _SINGULAR:
            self.at += 1
            self._open(_PLURAL.get(token, "") if token not in _SINGULAR else "")
            return self._numbered(_PLURAL.get(token) or _SINGULAR[token])
        if ordinal_value(token) is not None:
            return self._ordinals()
        raise PlaceError(f"'{self.tokens[self.at] if self.at < len(self.tokens) else ''}' is not a unit of a law")

    def _defined(self) -> Part:
        """Read "begripsomschrijving(en) van «X»[, «Y»] [en «Z»]"."""
        self.at += 1
        if self.peek() != "van":
            raise PlaceError("expected 'van' after 'begripsomschrijving'")
        self.at += 1
        terms = [self._term()]
        while self.peek() in (",", "en") and self.peek(1)[:1] in _QUOTE_MARKS:
            self.at += 1
            terms.append(self._term())
        return Part(DEFINED, tuple(terms))

    def _term(self) -> str:
        token = self.take()
        if token[:1] not in _QUOTE_MARKS:
            raise PlaceError(f"a defined term is quoted, not '{token}'")
        return token[1:-1]

    def _open(self, unit: str) -> None:
        """Note a plural noun: bare numbers after it continue its list."""
        self.list_unit = unit
        if unit:
            self.nouns.append(unit)

    def _numbered(self, unit: str) -> Part:
        first = self._number(unit)
        if self.peek() == "tot" and self.peek(1) == "en" and self.peek(2) == "met":
            self.at += 3
            if self.nouns and self.nouns[-1] == unit:
                self.nouns.pop()  # a range is a whole list
            return Part(unit, (first, self._number(unit)), True, self._nieuw())
        return Part(unit, (first,), False, self._nieuw())

    def _number(self, unit: str) -> str:
        token = self.take()
        if not _NUMBER.fullmatch(token):
            raise PlaceError(f"'{token}' is not the number of a {unit}")
        return token.rstrip("°")

    def _ordinals(self) -> Part:
        numbers = [self._ordinal()]
        through = False
        while True:
            if self.peek() == "tot" and self.peek(1) == "en" and self.peek(2) == "met":
                self.at += 3 + self._het(3)  # "het eerste tot en met het vierde lid"
                numbers.append(self._ordinal())
                through = True
            elif self.peek() in (",", "en") and ordinal_value(self.peek(1 + self._het(1))) is not None:
                self.at += 1 + self._het(1)  # "het eerste en het derde lid"
                numbers.append(self._ordinal())
            else:
                break
        noun = self.take().lower()
        if noun not in _ORDINAL_UNITS:
            raise PlaceError(f"'{noun}' is not a unit numbered by ordinals (lid, volzin, zin)")
        self.list_unit = ""
        return Part(_ORDINAL_UNITS[noun], tuple(numbers), through, self._nieuw())

    def _het(self, ahead: int) -> int:
        """Return 1 where "het" stands `ahead` tokens on before an ordinal, else 0."""
        return int(self.peek(ahead) == "het" and ordinal_value(self.peek(ahead + 1)) is not None)

    def _ordinal(self) -> str:
        value = ordinal_value(self.take())
        if value is None:
            raise PlaceError("expected an ordinal such as 'tweede'")
        return str(value)

    def _nieuw(self) -> bool:
        if self.peek() == NIEUW:
            self.at += 1
            return True
        return False


def _place(chains: list[list[Part]], part: Part) -> list[list[Part]]:
    """Add a part: below the last part it continues the current place, else it starts a new
    place that keeps the parts above it."""
    if not chains:
        return [[part]]
    current = chains[-1]
    rank = UNIT_RANK[part.unit]
    if rank > UNIT_RANK[current[-1].unit]:
        current.append(part)
        return chains
    keep = next(n for n, p in enumerate(current) if UNIT_RANK[p.unit] >= rank)
    return [*chains, [*current[:keep], part]]
