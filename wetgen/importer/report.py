"""What an import found: warnings with their place, text kept aside, and the counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from wetgen.model import Action, Article, Bill, Instruction, Item, Lid, Unit, iter_articles


class ImportWarning(NamedTuple):
    """Something the import did not understand or had to decide, and where it was read."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Notes:
    """Collects warnings, and text the model has no place for (written as comments in the draft)."""

    warnings: list[ImportWarning] = field(default_factory=list)
    unplaced: list[tuple[str, str]] = field(default_factory=list)

    def warn(self, where: object, message: str) -> None:
        """Record a warning about the source at `where`."""
        self.warnings.append(ImportWarning(str(where), message))

    def keep(self, where: object, text: str, why: str) -> None:
        """Keep text the bill has no field for, with a warning saying why."""
        self.unplaced.append((str(where), text))
        self.warn(where, f"{why}; kept as a comment in the draft: {_short(text)}")


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True)
class ImportStats:
    """Counts of what was recognised, for the summary line and the measurements."""

    articles: int
    leden: int
    items: int
    onderdelen: int
    instructions: int
    structured_instructions: int
    warnings: int

    def summary(self) -> str:
        """Return the one-line summary the import prints."""
        return (
            f"{self.articles} articles, {self.leden} leden, {self.items} list onderdelen, "
            f"{self.onderdelen} amending onderdelen, instructions structured "
            f"{self.structured_instructions}/{self.instructions}, {self.warnings} warnings"
        )


def count(bill: Bill, warnings: int = 0) -> ImportStats:
    """Count the units of a bill, payloads included."""
    tally = {"articles": 0, "leden": 0, "items": 0}
    onderdelen = instructions = structured = 0
    for article in iter_articles(bill.body):
        _tally_article(article, tally)
        for onderdeel in article.onderdelen:
            onderdelen += 1
            for instruction in _changes(onderdeel.instructions):
                instructions += 1
                structured += instruction.action is not Action.FREE
                for unit in instruction.payload:
                    _tally_unit(unit, tally)
    return ImportStats(tally["articles"], tally["leden"], tally["items"], onderdelen,
                       instructions, structured, warnings)  # fmt: skip


def _changes(instructions: tuple[Instruction, ...]) -> list[Instruction]:
    """Return the changes an onderdeel makes: a `wijzigen` counts as the changes under it."""
    out: list[Instruction] = []
    for instruction in instructions:
        out.extend(_changes(instruction.children) if instruction.children else [instruction])
    return out


def _tally_unit(unit: Unit, tally: dict[str, int]) -> None:
    if isinstance(unit, Article):
        _tally_article(unit, tally)
    elif isinstance(unit, Lid):
        tally["leden"] += 1
        _tally_items(unit.items, tally)
    elif isinstance(unit, Item):
        _tally_items((unit,), tally)
    else:
        for article in iter_articles(unit.children):
            _tally_article(article, tally)


def _tally_article(article: Article, tally: dict[str, int]) -> None:
    tally["articles"] += 1
    tally["leden"] += len(article.leden)
    _tally_items(article.items, tally)
    for lid in article.leden:
        _tally_items(lid.items, tally)


def _tally_items(items: tuple[Item, ...], tally: dict[str, int]) -> None:
    for item in items:
        tally["items"] += 1
        _tally_items(item.items, tally)
