"""Finding a place in a base law by an address of (kind, number) steps, from large to small.

An address is generic: `(Step("hoofdstuk", "2"), Step("artikel", "5"), Step("lid", "1"),
Step("onderdeel", "a"), Step("subonderdeel", "2"), Step("volzin", "2"))`. Division steps narrow
the search; the artikel is looked up among all articles under them. `locate` returns a `Place`
or, when the place does not exist or is ambiguous, a `Missing` value that says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from wetgen import ids
from wetgen.law.model import (
    DIVISION_KINDS,
    Alinea,
    Article,
    ArticlePlace,
    Block,
    Division,
    Law,
    Lid,
    ListItem,
    iter_article_places,
    iter_divisions,
    list_items,
)
from wetgen.law.numbers import clean, same_number
from wetgen.law.volzin import volzin_spans
from wetgen.model import Target

UNIT_KINDS = (*DIVISION_KINDS, "artikel", "lid", "onderdeel", "subonderdeel", "volzin")
_MAX_LISTED = 12


class Step(NamedTuple):
    """One step of an address: a unit kind and its number as written."""

    kind: str
    number: str


@dataclass(frozen=True)
class Volzin:
    """A volzin of a unit: its 1-based number, text, and where it sits in the unit's blocks."""

    number: int
    text: str
    block: int
    start: int
    end: int


Found = Division | Article | Lid | ListItem | Volzin


@dataclass(frozen=True)
class Place:
    """A place that exists: the unit found and the units that lead to it, outermost first."""

    steps: tuple[Step, ...]
    unit: Found
    trail: tuple[Found, ...]

    def __bool__(self) -> bool:
        return True


@dataclass(frozen=True)
class Missing:
    """A place that does not exist (or is ambiguous): how far the address got, and why not."""

    steps: tuple[Step, ...]
    found: tuple[Step, ...]
    message: str

    def __bool__(self) -> bool:
        return False


def target_steps(target: Target) -> tuple[Step, ...]:
    """Return the address of a draft's Target as steps (hoofdstuk … subonderdeel)."""
    return tuple(Step(kind, number) for kind, number in target.parts())


def describe(steps: tuple[Step, ...]) -> str:
    """Return an address as drafters write it: "artikel 12, vierde lid, onderdeel b, onder 2°"."""
    pieces = []
    for kind, number in steps:
        bare = clean(number)
        if kind in ("lid", "volzin") and bare.isdigit():
            pieces.append(f"{ids.ordinal(int(bare))} {kind}")
        elif kind == "subonderdeel":
            pieces.append(f"onder {bare}°")
        else:
            pieces.append(f"{kind} {bare}")
    return ", ".join(pieces) or "the law"


def locate(law: Law, steps: tuple[Step, ...]) -> Place | Missing:
    """Find the unit at `steps` in `law`; return a Place, or a Missing that says why not."""
    for step in steps:
        if step.kind not in UNIT_KINDS:
            return Missing(steps, (), f"unknown unit kind {step.kind!r} in the address")
    trail: list[Found] = []
    scope: tuple[Division | Article, ...] = law.body
    for depth, step in enumerate(steps):
        done = steps[:depth]
        current = trail[-1] if trail else None
        if step.kind in DIVISION_KINDS:
            result = _division(scope, step, steps, done)
        elif step.kind == "artikel":
            result = _article(law, scope, current, step, steps, done)
        else:
            result = _inner(current, step, steps, done)
        if isinstance(result, Missing):
            return result
        trail.append(result)
        if isinstance(result, Division):
            scope = result.children
    if not trail:
        return Missing(steps, (), "an empty address names no place")
    return Place(steps, trail[-1], tuple(trail))


def volzinnen(blocks: tuple[Block, ...]) -> tuple[Volzin, ...]:
    """Return the volzinnen of a unit's own alineas (not of its list items), numbered from 1."""
    found: list[Volzin] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Alinea):
            for start, end in volzin_spans(block.text):
                found.append(Volzin(len(found) + 1, block.text[start:end], index, start, end))
    return tuple(found)


def _division(
    scope: tuple[Division | Article, ...], step: Step, steps: tuple[Step, ...], done: tuple[Step, ...]
) -> Division | Missing:
    matches = [
        d for d in iter_divisions(scope) if d.kind == step.kind and same_number(d.number, step.number)
    ]
    if len(matches) == 1:
        return matches[0]
    where = f" in {describe(done)}" if done else ""
    if not matches:
        present = [d.number for d in iter_divisions(scope) if d.kind == step.kind]
        return Missing(steps, done, f"there is no {step.kind} {clean(step.number)}{where}"
                       + _listing(ids.plural(step.kind), present))  # fmt: skip
    return Missing(steps, done, f"{step.kind} {clean(step.number)} occurs {len(matches)} times"
                   f"{where}; name the division it is in")  # fmt: skip


def _article(
    law: Law,
    scope: tuple[Division | Article, ...],
    current: Found | None,
    step: Step,
    steps: tuple[Step, ...],
    done: tuple[Step, ...],
) -> Article | Missing:
    key = clean(step.number).casefold()
    if current is None:
        places = law.article_places.get(key, ())
    else:
        places = tuple(
            p for p in iter_article_places(scope, ()) if clean(p.article.number).casefold() == key
        )
    if len(places) == 1:
        return places[0].article
    where = f" in {describe(done)}" if done else ""
    if not places:
        return Missing(steps, done, f"there is no artikel {clean(step.number)}{where}")
    return Missing(steps, done, f"artikel {clean(step.number)} occurs {len(places)} times{where} "
                   f"({_enclosing(places)}); name the division it is in")  # fmt: skip


def _inner(current: Found | None, step: Step, steps: tuple[Step, ...], done: tuple[Step, ...]) -> Found | Missing:
    """Take a lid, onderdeel, subonderdeel or volzin step inside the unit found so far."""
    here = describe(done)
    if step.kind == "lid":
        if not isinstance(current, Article):
            return Missing(steps, done, f"a lid is named inside {_kind_of(current)}; name an artikel first")
        if not current.leden:
            return Missing(steps, done, f"{here} has no leden")
        return _numbered(current.leden, step, steps, done, "leden")
    if step.kind in ("onderdeel", "subonderdeel"):
        return _item(current, step, steps, done)
    if isinstance(current, Article) and current.leden:
        return Missing(steps, done, f"{here} has leden; name the lid the volzin is in")
    if not isinstance(current, Article | Lid | ListItem):
        return Missing(steps, done, f"a volzin is named inside {_kind_of(current)}")
    sentences = volzinnen(current.blocks)
    bare = clean(step.number)
    if bare.isdigit() and 1 <= int(bare) <= len(sentences):
        return sentences[int(bare) - 1]
    count = len(sentences)
    return Missing(steps, done, f"{here} has no {describe((step,)).split(', ')[-1]}: it has "
                   f"{count} volzin{'nen' if count != 1 else ''}")  # fmt: skip


def _item(current: Found | None, step: Step, steps: tuple[Step, ...], done: tuple[Step, ...]) -> Found | Missing:
    here = describe(done)
    if step.kind == "onderdeel":
        if isinstance(current, Article) and current.leden:
            return Missing(steps, done, f"{here} has leden; name the lid the onderdeel is in")
        if not isinstance(current, Article | Lid):
            return Missing(steps, done, f"an onderdeel is named inside {_kind_of(current)}")
    elif not isinstance(current, ListItem):
        return Missing(steps, done, "a subonderdeel is named outside an onderdeel")
    items = list_items(current.blocks)
    if not items:
        return Missing(steps, done, f"{here} has no {ids.plural(step.kind)}")
    return _numbered(items, step, steps, done, ids.plural(step.kind))


def _numbered(units: tuple[Lid, ...] | tuple[ListItem, ...], step: Step, steps: tuple[Step, ...],
              done: tuple[Step, ...], plural: str) -> Lid | ListItem | Missing:  # fmt: skip
    matches = [u for u in units if same_number(u.number, step.number)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        return Missing(steps, done, f"{describe(done)} has {len(matches)} {plural} numbered {clean(step.number)}")
    named = describe((*done, step)).split(", ")[-1]
    return Missing(steps, done, f"{describe(done)} has no {named}" + _listing(plural, [u.number for u in units]))


def _listing(plural: str, numbers: list[str]) -> str:
    shown = [clean(n) for n in numbers if clean(n)]
    if not shown:
        return ""
    more = ", …" if len(shown) > _MAX_LISTED else ""
    return f" (it has {plural} {', '.join(shown[:_MAX_LISTED])}{more})"


def _enclosing(places: tuple[ArticlePlace, ...]) -> str:
    names = []
    for place in places[:_MAX_LISTED]:
        chain = " ".join(f"{d.kind} {d.number}" for d in place.divisions)
        names.append(chain or "outside any division")
    return "; ".join(names)


def _kind_of(unit: Found | None) -> str:
    if unit is None:
        return "the law itself"
    if isinstance(unit, Division):
        return f"a {unit.kind}"
    return {Article: "an artikel", Lid: "a lid", ListItem: "an onderdeel", Volzin: "a volzin"}[type(unit)]
