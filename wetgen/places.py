"""Places in a law as Dutch phrases and back (Ar 3.29): "artikel 12, eerste lid, onderdeel b",
"de artikelen 1:7, eerste lid, en 1:8, eerste lid", "het derde en vierde lid", "onder 1° en 2°",
"de tweede en derde volzin", "artikel 9, aanhef", "het opschrift van titel XII van het Tweede
Boek", "onderdeel p (nieuw)".

Both directions read the same table of unit words (`WORDS`), and `parse(phrase(t)) == t` holds
for every canonical list of places (a property test): places that differ only in the numbers of
their last part are one place with several numbers.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import NamedTuple

from wetgen.model import UNIT_RANK, Part, Target

_ORDINALS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()


class Word(NamedTuple):
    """How a unit is named: singular and plural noun, its article when it leads a phrase, and
    whether its numbers are ordinal words before the noun ("eerste lid")."""

    singular: str
    plural: str  # as in a place: "de artikelen 3 en 4", but "het derde en vierde lid"
    article: str  # "het" or "de", when the unit leads a phrase (plurals take "de", leden "het")
    ordinal: bool = False
    counted: str = ""  # the plural after a count, when it differs: "twee leden"

    def count(self, n: int) -> str:
        """Return the noun for n units: "lid", "leden"."""
        return self.singular if n == 1 else (self.counted or self.plural)


WORDS: dict[str, Word] = {
    "boek": Word("boek", "boeken", "het"),
    "deel": Word("deel", "delen", "het"),
    "hoofdstuk": Word("hoofdstuk", "hoofdstukken", "het"),
    "titel": Word("titel", "titels", "de"),
    "afdeling": Word("afdeling", "afdelingen", "de"),
    "paragraaf": Word("paragraaf", "paragrafen", "de"),
    "artikel": Word("artikel", "artikelen", "het"),
    "additioneel artikel": Word("additioneel artikel", "additionele artikelen", "het"),
    "lid": Word("lid", "lid", "het", ordinal=True, counted="leden"),
    "begripsomschrijving": Word("begripsomschrijving", "begripsomschrijvingen", "de"),
    "onderdeel": Word("onderdeel", "onderdelen", "het"),
    "subonderdeel": Word("subonderdeel", "subonderdelen", "het"),
    "volzin": Word("volzin", "volzin", "de", ordinal=True, counted="volzinnen"),
    "zin": Word("zin", "zin", "de", ordinal=True, counted="zinnen"),
    "aanhef": Word("aanhef", "aanhef", "de"),
    "opschrift": Word("opschrift", "opschrift", "het"),
}
# Units named by noun and number and, when leading a singular phrase, without an article.
NIEUW = "(nieuw)"
DEFINED = "begripsomschrijving"  # named by its quoted term: "de begripsomschrijving van «woonruimte»"
QUOTES = "«»"
THROUGH = "tot en met"
INNER_SUB = "onder"  # a subonderdeel inside a chain: "onderdeel b, onder 2°"


def ordinal(n: int) -> str:
    """Return the Dutch ordinal word for n ("eerste", "tweede"...), or "21e" past twenty."""
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"{n}e"


def ordinal_value(word: str) -> int | None:
    """Return the number an ordinal word stands for ("tweede" → 2), or None."""
    if word.lower() in _ORDINALS:
        return _ORDINALS.index(word.lower()) + 1
    m = re.fullmatch(r"(\d+)e", word)
    return int(m.group(1)) if m else None


def join_and(words: list[str]) -> str:
    """Join words the Dutch way: "a", "a en b", "a, b en c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " en " + words[-1]


# --- places → phrase ---------------------------------------------------------------------------


_QUOTES: ContextVar[str] = ContextVar("quotes", default=QUOTES)


class Phrase(NamedTuple):
    """A place as words, and whether it ends a comma chain (so a comma closes it in a sentence)."""

    text: str
    chained: bool


def phrase(places: tuple[Target, ...], base: Target | None = None, quotes: str = QUOTES) -> Phrase:
    """Return the phrase of one or more places; parts shared with `base` (the place of the
    enclosing "… wordt als volgt gewijzigd:") are left out; a defined term is quoted with
    `quotes`."""
    token = _QUOTES.set(quotes)
    try:
        return _phrase([relative(t, base) for t in canonical(tuple(places))])
    finally:
        _QUOTES.reset(token)


def _phrase(targets: list[Target]) -> Phrase:
    if len(targets) == 1:
        return _one(targets[0].chain)
    prefix = _common_prefix([t.chain for t in targets])
    tails = [t.chain[len(prefix) :] for t in targets]
    units = {tail[0].unit for tail in tails}
    word = WORDS[tails[0][0].unit]
    chained = [len(tail) > 1 for tail in tails]
    plural_first = [tail[0].is_plural or tail[0].through for tail in tails]
    last_alone = len(tails[-1]) == 1 and not tails[-1][0].through
    listable = not any(plural_first[:-1]) and (not plural_first[-1] or last_alone)
    if len(units) == 1 and not word.ordinal and tails[0][0].numbers and listable:
        # one plural noun over the list: "de artikelen 1:7, eerste lid, en 1:8, eerste lid"
        last_listed = len(tails[-1]) == 1 and tails[-1][0].is_plural and not tails[-1][0].through
        listed = _join_chains([_tail_text(tail) for tail in tails], chained, last_listed)
        sub = tails[0][0].unit == "subonderdeel" and prefix
        listed = f"{INNER_SUB if sub else word.plural} {listed}"
        if not prefix:
            listed = f"de {listed}"
    elif all(UNIT_RANK[b[0].unit] <= UNIT_RANK[a[0].unit] for a, b in zip(tails, tails[1:], strict=False)):
        # each with its own noun: "het tweede lid, onderdeel a, en derde lid", "aanhef en onderdeel b"
        texts = [_chain_text(tail, leading=(n == 0 and not prefix)) for n, tail in enumerate(tails)]
        listed = _join_chains(texts, chained)
    else:  # each place in full: "artikel 4, eerste lid, en artikel 5"
        texts = [_one(t.chain).text for t in targets]
        return Phrase(_join_chains(texts, [len(t.chain) > 1 for t in targets]), len(targets[-1].chain) > 1)
    if not prefix:
        return Phrase(listed, chained[-1])
    return Phrase(f"{_one(prefix).text}, {listed}", True)


def relative(target: Target, base: Target | None) -> Target:
    """Return the target without the leading parts it shares with `base`."""
    if base is None or not base.chain:
        return target
    n = len(base.chain)
    if target.chain[:n] == base.chain:
        return Target(target.chain[n:])
    return target


def canonical(places: tuple[Target, ...]) -> list[Target]:
    """Return the places with neighbours that differ only in the numbers of their last part
    merged ("artikel 4, tweede lid" and "artikel 4, derde lid" are "artikel 4, tweede en derde
    lid"): the one form both `phrase` and `parse` use."""
    merged: list[Target] = []
    for place in places:
        if merged and _mergeable(merged[-1], place):
            last = merged[-1].chain[-1]
            numbers = (*last.numbers, *place.chain[-1].numbers)
            # "(nieuw)" closes the list it follows: "onderdelen a en b (nieuw)"
            merged[-1] = Target((*merged[-1].chain[:-1], Part(last.unit, numbers, False, place.chain[-1].nieuw)))
        else:
            merged.append(place)
    return merged


def _mergeable(a: Target, b: Target) -> bool:
    if len(a.chain) != len(b.chain) or not a.chain:
        return False
    x, y = a.chain[-1], b.chain[-1]
    return (a.chain[:-1] == b.chain[:-1] and x.unit == y.unit and not x.through and not y.through
            and not x.nieuw and bool(x.numbers))  # fmt: skip


def _common_prefix(chains: list[tuple[Part, ...]]) -> tuple[Part, ...]:
    prefix: list[Part] = []
    for parts in zip(*chains, strict=False):
        if any(p != parts[0] for p in parts) or len(prefix) + 1 >= min(len(c) for c in chains):
            break
        prefix.append(parts[0])
    return tuple(prefix)


def _join_chains(texts: list[str], chained: list[bool], last_listed: bool = False) -> str:
    """Join elements Dutch-fashion; an element that is itself a chain takes a comma before "en".
    When the last element is a list of numbers ("12 en 13"), its "en" ends the whole list."""
    if len(texts) == 1:
        return texts[0]
    if last_listed:
        return ", ".join(texts)
    head = ", ".join(texts[:-1])
    return f"{head}{',' if chained[-2] else ''} en {texts[-1]}"


def _one(chain: tuple[Part, ...]) -> Phrase:
    """Return the phrase of one chain: divisions, article, lid … joined by commas."""
    parts = list(chain)
    opschrift = bool(parts) and parts[-1].unit == "opschrift"
    if opschrift:
        parts.pop()
    book = parts.pop(0) if parts and parts[0].unit == "boek" and parts[0].number.isalpha() else None
    text = _chain_text(tuple(parts), leading=True)
    if book is not None:
        named = f"het {book.number} Boek"
        text = f"{text} van {named}" if text else named
    if opschrift:
        text = f"het opschrift van {text}" if text else "het opschrift"
    return Phrase(text, len(parts) > 1 and not opschrift and book is None)


def _chain_text(parts: tuple[Part, ...], leading: bool) -> str:
    return ", ".join(part_text(p, leading=leading and n == 0) for n, p in enumerate(parts))


def _tail_text(tail: tuple[Part, ...]) -> str:
    """Return an element of an enumeration: its first part's number(s) and the rest of its chain."""
    return ", ".join([numbers_text(tail[0]), *(part_text(p, leading=False) for p in tail[1:])])


def part_text(part: Part, leading: bool) -> str:
    """Return one part: "artikel 12", "eerste lid", "onder 2°", "de tweede en derde volzin"."""
    word = WORDS[part.unit]
    plural = part.is_plural or part.through
    if part.unit == DEFINED:
        quotes = _QUOTES.get()
        terms = join_and([f"{quotes[:1]}{n}{quotes[-1:]}" for n in part.numbers])
        text = f"de {word.plural if plural else word.singular} van {terms}"
        return text if leading else f"in {text}"
    if not part.numbers:
        return f"{word.article} {word.singular}" if leading else word.singular
    numbers = numbers_text(part)
    if word.ordinal:
        text = f"{numbers_text(part, nieuw=False)} {word.singular}" + (f" {NIEUW}" if part.nieuw else "")
        return f"{word.article} {text}" if leading else text
    if part.unit == "subonderdeel" and not leading:
        return f"{INNER_SUB} {numbers}"
    noun = word.plural if plural else ("Boek" if part.unit == "boek" else word.singular)
    text = f"{noun} {numbers}"
    return f"de {text}" if leading and plural else text


def numbers_text(part: Part, nieuw: bool = True) -> str:
    """Return the numbers of a part as written in a phrase, with "(nieuw)" after them."""
    word = WORDS[part.unit]
    shown = [_number(part.unit, n, word.ordinal) for n in part.numbers]
    text = f"{shown[0]} {THROUGH} {shown[-1]}" if part.through else join_and(shown)
    return f"{text} {NIEUW}" if part.nieuw and nieuw else text


def _number(unit: str, number: str, ordinal_word: bool) -> str:
    if ordinal_word and number.isdigit():
        return ordinal(int(number))
    return f"{number}°" if unit == "subonderdeel" else number


# --- phrase → places ---------------------------------------------------------------------------

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
        if self.peek() == "in" and self.peek(2) in (DEFINED, WORDS[DEFINED].plural):
            self.at += 1  # "artikel 1, in de begripsomschrijving van «X»"
        if self.peek() in ("de", "het"):
            self.at += 1
        if self.peek() in (DEFINED, WORDS[DEFINED].plural):
            return self._defined()
        token, two = self.peek(), f"{self.peek()} {self.peek(1)}"
        if two in _PLURAL or two in _SINGULAR:
            self.at += 2
            self._open(_PLURAL.get(two, ""))
            return self._numbered(_PLURAL.get(two) or _SINGULAR[two])
        if token == "aanhef":
            self.at += 1
            return Part("aanhef")
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
                self.at += 3
                numbers.append(self._ordinal())
                through = True
            elif self.peek() in (",", "en") and ordinal_value(self.peek(1)) is not None:
                self.at += 1
                numbers.append(self._ordinal())
            else:
                break
        noun = self.take().lower()
        if noun not in _ORDINAL_UNITS:
            raise PlaceError(f"'{noun}' is not a unit numbered by ordinals (lid, volzin, zin)")
        self.list_unit = ""
        return Part(_ORDINAL_UNITS[noun], tuple(numbers), through, self._nieuw())

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


def absolute(place: Target, base: Target | None) -> Target:
    """Return a place written inside a group as a full place: a place that starts below the
    group's place ("onderdeel a" in "artikel 8, zesde lid") is continued from it."""
    if base is None or not base.chain or not place.chain:
        return place
    if UNIT_RANK[place.chain[0].unit] > UNIT_RANK[base.chain[-1].unit]:
        return Target((*base.chain, *place.chain))
    return place
