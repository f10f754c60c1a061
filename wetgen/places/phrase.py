"""Places as Dutch phrases (Ar 3.29): one place, or several under one plural noun, relative to
the place of an enclosing "… wordt als volgt gewijzigd:"."""

from __future__ import annotations

from contextvars import ContextVar
from typing import NamedTuple

from wetgen.model import UNIT_RANK, Part, Target
from wetgen.places.words import DEFINED, INNER_SUB, NIEUW, QUOTES, THROUGH, WORDS, join_and, ordinal

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
        noun = f"{part.written}en" if part.written and plural else (part.written or (word.plural if plural else word.singular))
        text = f"de {noun} van {terms}"
        return text if leading else f"in {text}"
    if not part.numbers:
        return f"{word.article} {word.singular}" if leading else word.singular
    numbers = numbers_text(part)
    if word.ordinal:
        text = f"{numbers_text(part, nieuw=False)} {word.singular}" + (f" {NIEUW}" if part.nieuw else "")
        return f"{word.article} {text}" if leading else text
    if (part.unit == "subonderdeel" or part.written == INNER_SUB) and not leading:
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


def absolute(place: Target, base: Target | None) -> Target:
    """Return a place written inside a group as a full place: a place that starts below the
    group's place ("onderdeel a" in "artikel 8, zesde lid") is continued from it."""
    if base is None or not base.chain or not place.chain:
        return place
    if UNIT_RANK[place.chain[0].unit] > UNIT_RANK[base.chain[-1].unit]:
        return Target((*base.chain, *place.chain))
    return place
