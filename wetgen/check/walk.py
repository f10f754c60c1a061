"""Walk every piece of legislative text in a bill, with where it sits, for the text rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wetgen.model import Article, Bill, Division, Instruction, Item, Lid, Unit
from wetgen.source import SourceLocation


@dataclass(frozen=True)
class TextSpot:
    """A piece of bill text, the article it belongs to, and where it was written."""

    text: str
    article: Article | None  # the enclosing article (a payload article inside an amendment)
    in_amended_law: bool  # True for payload text: it will live in the amended law
    loc: SourceLocation
    fragment: bool = False  # quoted words: a piece of the amended law's text, not a provision


def texts(bill: Bill) -> Iterator[TextSpot]:
    """Yield every legislative text of the bill: articles, leden, items and payloads."""
    for article in bill.articles():
        yield from _unit_texts(article, article, False)


def _unit_texts(unit: Unit, article: Article | None, amended: bool) -> Iterator[TextSpot]:
    if isinstance(unit, Division):
        for child in unit.children:
            yield from _unit_texts(child, child if isinstance(child, Article) else None, amended)
        return
    if unit.text:
        yield TextSpot(unit.text, article, amended, text_loc(unit))
    if isinstance(unit, Article):
        for child in (*unit.items, *unit.leden):
            yield from _unit_texts(child, article, amended)
        for onderdeel in unit.onderdelen:
            for instruction in onderdeel.instructions:
                yield from _instruction_texts(instruction)
    else:
        for item in unit.items:
            yield from _unit_texts(item, article, amended)


def _instruction_texts(instruction: Instruction) -> Iterator[TextSpot]:
    for clause in (instruction, *instruction.joined):
        if clause.new:
            yield TextSpot(clause.new, None, True, clause.loc, fragment=True)
    for unit in instruction.payload:
        own = unit if isinstance(unit, Article) else None
        yield from _unit_texts(unit, own, True)
    for child in instruction.children:
        yield from _instruction_texts(child)


def instructions(bill: Bill) -> Iterator[tuple[Article, Instruction]]:
    """Yield every instruction of the bill with its amending article, the changes inside a
    `wijzigen` included (after it), in document order."""
    for article in bill.articles():
        for onderdeel in article.onderdelen:
            for instruction in onderdeel.instructions:
                yield from _nested(article, instruction)


def _nested(article: Article, instruction: Instruction) -> Iterator[tuple[Article, Instruction]]:
    yield article, instruction
    for child in instruction.children:
        yield from _nested(article, child)


ListSpot = tuple[str, tuple[Item, ...], SourceLocation, bool]


def lists(bill: Bill) -> Iterator[ListSpot]:
    """Yield every list (aanhef, items, location, nested?) in the bill, payloads included."""
    for article in bill.articles():
        yield from _unit_lists(article)


def _unit_lists(unit: Unit, nested: bool = False) -> Iterator[ListSpot]:
    if isinstance(unit, Division):
        for child in unit.children:
            yield from _unit_lists(child)
        return
    if unit.items:
        yield unit.text, unit.items, text_loc(unit), nested
        for item in unit.items:
            yield from _unit_lists(item, nested=True)
    if isinstance(unit, Article):
        for lid in unit.leden:
            yield from _unit_lists(lid)
        for _article, instruction in _all(unit):
            for payload in instruction.payload:
                yield from _unit_lists(payload)


def _all(article: Article) -> Iterator[tuple[Article, Instruction]]:
    for onderdeel in article.onderdelen:
        for instruction in onderdeel.instructions:
            yield from _nested(article, instruction)


def text_loc(unit: Article | Lid | Item) -> SourceLocation:
    """Return where a unit's text is written, or where the unit is when that is not known."""
    return unit.text_loc if unit.text_loc.line else unit.loc


def payload_leden(unit: Unit) -> tuple[Lid, ...]:
    """Return the leden of a payload article, or () for other units."""
    return unit.leden if isinstance(unit, Article) else ()
