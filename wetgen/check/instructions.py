"""Rules on the wijzigingsopdrachten themselves: what "(nieuw)" points at, and which occurrence
of quoted words a change without "telkens" changes.

The text of the amended law is not part of a draft, so occurrences are counted where the bill
itself supplies the text: a unit that an earlier onderdeel of the bill brings into the law.
"""

from __future__ import annotations

import re

from wetgen.check.walk import instructions
from wetgen.errors import Diagnostic, Severity
from wetgen.messages import Message, t
from wetgen.model import WORD_ACTIONS, Action, Article, Bill, Instruction, Item, Lid, Part, Target
from wetgen.outline import unit_text

Key = tuple[tuple[tuple[str, tuple[str, ...]], ...], str, str]  # (container, unit, number)


def check_instructions(bill: Bill) -> list[Diagnostic]:
    """Return findings on "(nieuw)" and on quoted words that occur more or less than once."""
    found: list[Diagnostic] = []
    for article in bill.articles():
        found += _nieuw(article, [i for a, i in instructions(bill) if a is article])
    found += _occurrences(bill)
    return found


# --- "(nieuw)" -------------------------------------------------------------------------------------


def _nieuw(article: Article, ordered: list[Instruction]) -> list[Diagnostic]:
    """A unit marked "(nieuw)" must have been renumbered or brought in by an earlier change."""
    given: set[Key] = set()
    found = []
    for instruction in ordered:
        places = [*instruction.places, *(e.target for e in instruction.endings)]
        for place in places:
            for n, part in enumerate(place.chain):
                if part.nieuw and any(_key(place.chain[:n], part.unit, x) not in given for x in part.numbers):
                    message = t("AMD002.nieuw", unit=part.unit, number=part.number, article=article.number)
                    found.append(Diagnostic.of(message, instruction.loc, t("hint.leave-out-nieuw"),
                                               Severity.WARNING, "Ar 6.18"))  # fmt: skip
        given |= _given(instruction)
    return found


def _given(instruction: Instruction) -> set[Key]:
    """Return the units an instruction renumbers or brings in, keyed by their container."""
    target = instruction.target
    inside = target.chain if instruction.within or instruction.action is Action.ADD else target.chain[:-1]
    keys: set[Key] = set()
    if instruction.renumbering:
        keys |= {_key(inside, instruction.renumbering.unit, n) for n in instruction.renumbering.new}
    for unit in instruction.payload:
        kind = "artikel" if isinstance(unit, Article) else "lid" if isinstance(unit, Lid) else "onderdeel"
        if not isinstance(unit, Article | Lid | Item):
            continue
        keys.add(_key(inside, "subonderdeel" if kind == "onderdeel" and _in_list(target) else kind, unit.number))
    if instruction.action is Action.RENUMBER and target.chain:
        keys.add(_key(target.chain[:-1], target.unit(), instruction.new))
    return keys


def _in_list(target: Target) -> bool:
    return target.unit() in ("onderdeel", "subonderdeel")


def _key(chain: tuple[Part, ...], unit: str, number: str) -> Key:
    return tuple((p.unit, p.numbers) for p in chain), unit, number


# --- which occurrence ------------------------------------------------------------------------------


def _occurrences(bill: Bill) -> list[Diagnostic]:
    """Quoted words must occur once in their place, or every time with "telkens" (LAWS.md)."""
    created: dict[str, Article] = {}
    found = []
    for _article, instruction in instructions(bill):
        if instruction.action in WORD_ACTIONS:
            for place in instruction.places:
                text = _known_text(place, created)
                if text is not None:
                    found += _count(instruction, place, text)
        for unit in instruction.payload:
            if isinstance(unit, Article):
                created[unit.number] = unit
    return found


def _known_text(place: Target, created: dict[str, Article]) -> str | None:
    """Return the text of a place inside an article this bill brings in, or None."""
    article = created.get(place.artikel)
    if article is None or any(p.is_plural or p.through for p in place.chain):
        return None
    unit: Article | Lid | Item = article
    for part in place.chain[1:]:
        pool = unit.leden if part.unit == "lid" and isinstance(unit, Article) else unit.items
        match = next((u for u in pool if u.number == part.number), None)
        if match is None or part.unit not in ("lid", "onderdeel", "subonderdeel"):
            return None
        unit = match
    return unit_text(unit)


def _count(instruction: Instruction, place: Target, text: str) -> list[Diagnostic]:
    found = []
    where = f"artikel {place.artikel}" + (f", {place.chain[-1].unit} {place.chain[-1].number}" if len(place.chain) > 1 else "")
    for clause in (instruction, *instruction.joined):
        words = clause.anchor if clause.action is Action.INSERT_WORDS else clause.old
        count = occurrences(words, text) if words else 1
        if count == 0:
            found.append(_amd003(t("AMD003.absent", words=words, where=where), clause, t("hint.quote-as-written")))
        elif count > 1 and not clause.every:
            found.append(_amd003(t("AMD003.several", words=words, count=count, where=where), clause,
                                 t("hint.telkens")))  # fmt: skip
    return found


def occurrences(words: str, text: str) -> int:
    """Return how often quoted words occur in a text, not counting them inside longer words
    ("gemeente" is not in "gemeenteraad"); spaces and punctuation in the words count as written."""
    start = r"(?<!\w)" if words[:1].isalnum() else ""
    end = r"(?!\w)" if words[-1:].isalnum() else ""
    return len(re.findall(start + re.escape(words) + end, text))


def _amd003(message: Message, instruction: Instruction, hint: Message) -> Diagnostic:
    return Diagnostic.of(message, instruction.loc, hint, Severity.WARNING, "Ar 6.9")
