"""The reverse diff of two laws: which articles differ, and which units in them changed how.

Used for the wetsvergelijking (only the articles that change) and to test consolidation against
the instructions' effect. It knows nothing of how the new law was made: articles are paired by
their place and number, then (for a renumbered one) by the same text; leden and onderdelen
inside a pair likewise. A unit's own text is its alineas and tables; its onderdelen are units
of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from wetgen.law.model import (
    Alinea,
    Article,
    Block,
    Law,
    Lid,
    ListItem,
    Table,
    iter_article_places,
    list_items,
)
from wetgen.law.numbers import clean

Address = tuple[tuple[str, str], ...]
Unit = Article | Lid | ListItem


@dataclass(frozen=True)
class UnitChange:
    """One unit that changed: "gewijzigd", "ingevoegd", "vervallen" or "vernummerd"."""

    kind: str
    old: Address = ()
    new: Address = ()
    old_text: str = ""
    new_text: str = ""


@dataclass(frozen=True)
class ArticlePair:
    """An article as it was and as it is (None when it is new or gone) and what changed in it."""

    old: Article | None
    new: Article | None
    changes: tuple[UnitChange, ...]
    divisions: tuple[tuple[str, str], ...] = ()  # the divisions around it in the new law


def compare_laws(old: Law, new: Law) -> list[ArticlePair]:
    """Return the articles that differ between two laws, in the order of the new law (an
    article that is gone where it stood), each with its changed units."""
    olds = [(p.article, _chain(p.divisions)) for p in iter_article_places(old.body, ())]
    news = [(p.article, _chain(p.divisions)) for p in iter_article_places(new.body, ())]
    pairs = _pair([a for a, _ in olds], [a for a, _ in news], _article_text)
    out: list[ArticlePair] = []
    for o, n in pairs:
        before = olds[o][0] if o is not None else None
        after = news[n][0] if n is not None else None
        changes = _article_changes(before, after)
        if changes:
            out.append(ArticlePair(before, after, changes, news[n][1] if n is not None else olds[o][1]))  # type: ignore[index]
    return out


def own_text(blocks: tuple[Block, ...]) -> str:
    """Return the text of a unit's own alineas and tables (not of its onderdelen)."""
    parts = []
    for block in blocks:
        if isinstance(block, Alinea):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts.extend(" | ".join(row) for row in block.rows)
    return "\n".join(parts)


def _article_changes(old: Article | None, new: Article | None) -> tuple[UnitChange, ...]:
    if old is None or new is None:
        unit = old or new
        assert unit is not None
        address = (("artikel", unit.number),)
        if old is None:
            return (UnitChange("ingevoegd", new=address, new_text=_article_text(unit)),)
        return (UnitChange("vervallen", old=address, old_text=_article_text(unit)),)
    here_old, here_new = (("artikel", old.number),), (("artikel", new.number),)
    if not old.is_vervallen and new.is_vervallen:
        return (UnitChange("vervallen", here_old, here_new, _article_text(old), _article_text(new)),)
    changes: list[UnitChange] = []
    if clean(old.number) != clean(new.number):
        changes.append(UnitChange("vernummerd", here_old, here_new))
    if old.title != new.title or own_text(old.blocks) != own_text(new.blocks):
        changes.append(UnitChange("gewijzigd", here_old, here_new, _own(old), _own(new)))
    changes += _inner(list_items(old.blocks), list_items(new.blocks), here_old, here_new)
    changes += _inner(old.leden, new.leden, here_old, here_new)
    return tuple(changes)


def _inner(olds: tuple[Unit, ...], news: tuple[Unit, ...], at_old: Address, at_new: Address) -> list[UnitChange]:
    changes: list[UnitChange] = []
    for o, n in _pair(list(olds), list(news), _unit_text):
        before = olds[o] if o is not None else None
        after = news[n] if n is not None else None
        if before is None:
            changes.append(UnitChange("ingevoegd", new=(*at_new, _step(after)), new_text=_unit_text(after)))  # type: ignore[arg-type]
            continue
        if after is None:
            changes.append(UnitChange("vervallen", old=(*at_old, _step(before)), old_text=_unit_text(before)))
            continue
        old_at, new_at = (*at_old, _step(before)), (*at_new, _step(after))
        if clean(before.number) != clean(after.number):
            changes.append(UnitChange("vernummerd", old_at, new_at))
        if own_text(before.blocks) != own_text(after.blocks) or getattr(before, "status", "") != getattr(after, "status", ""):
            changes.append(UnitChange("gewijzigd", old_at, new_at, own_text(before.blocks), own_text(after.blocks)))
        changes += _inner(list_items(before.blocks), list_items(after.blocks), old_at, new_at)
    return changes


def _pair(olds: list, news: list, text) -> list[tuple[int | None, int | None]]:
    """Pair units by number, then the rest by identical text; keep the new order, the gone ones
    where they stood."""
    by_number: dict[str, int] = {}
    for n, unit in enumerate(news):
        by_number.setdefault(clean(unit.number).casefold(), n)
    taken: dict[int, int] = {}
    for o, unit in enumerate(olds):
        n = by_number.get(clean(unit.number).casefold())
        if n is not None and n not in taken.values():
            taken[o] = n
    free_new: dict[str, list[int]] = {}
    used = set(taken.values())
    for n in range(len(news)):
        if n not in used:
            free_new.setdefault(text(news[n]), []).append(n)
    for o, unit in enumerate(olds):  # the same text twice: paired in document order
        if o not in taken and free_new.get(text(unit)):
            taken[o] = free_new[text(unit)].pop(0)
    new_to_old = {n: o for o, n in taken.items()}
    gone = [o for o in range(len(olds)) if o not in taken]
    out: list[tuple[int | None, int | None]] = []
    for n in range(len(news)):
        o = new_to_old.get(n)
        while gone and o is not None and gone[0] < o:
            out.append((gone.pop(0), None))
        out.append((o, n))
    return out + [(o, None) for o in gone]


def _step(unit: Unit) -> tuple[str, str]:
    if isinstance(unit, Lid):
        return ("lid", unit.number)
    return ("onderdeel", unit.number or unit.label)


def _own(article: Article) -> str:
    return "\n".join(part for part in (article.title, own_text(article.blocks)) if part)


def _unit_text(unit: Unit) -> str:
    inner = " ".join(_unit_text(item) for item in list_items(unit.blocks))
    return f"{own_text(unit.blocks)} {inner}".strip()


def _article_text(article: Article) -> str:
    leden = " ".join(_unit_text(lid) for lid in article.leden)
    return " ".join(part for part in (article.title, _unit_text(article), leden) if part)


def _chain(divisions: tuple) -> tuple[tuple[str, str], ...]:
    return tuple((d.kind, d.number) for d in divisions)
