"""The instructions of a bill as the consolidation engine reads them: a small interface of its own.

A draft's `Instruction` (wetgen.model) is read into `Op`s once, here; the engine knows nothing
else of the draft format. A place is a chain of `Pick`s, each naming one or more units ("de
artikelen 3, 5 en 9", "het derde tot en met vijfde lid"), so a place resolves to one or more
units or text spans; a word change has a count policy (`every`: "telkens"). Forms the draft
format may not have yet (several places, volzin and aanhef, "telkens", "(nieuw)", joined word
changes, grouped changes, a designation "1.") are read when the instruction carries them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import NamedTuple

from wetgen import ids
from wetgen.amend.wording import sentence
from wetgen.model import Action, AmendingOnderdeel, Article, Bill, Instruction, Target
from wetgen.source import UNKNOWN, SourceLocation

# the draft's unit words → the law model's (a "titel" of a wetboek is a BWB titeldeel)
_KINDS = {"titel": "titeldeel", "additioneel artikel": "artikel", "zin": "volzin"}


class Reason(str):
    """Why an instruction could not be applied (a str), with the code `check --base` reports:
    CON001 the place is not there, CON002 the quoted words are not, CON003 they occur more than
    once, CON004 a new number is taken (Ar 6.16), CON005 it cannot be applied otherwise, CON007 free text."""

    code: str

    def __new__(cls, text: str, code: str = "CON005") -> Reason:
        """Return the reason `text` with its code."""
        reason = super().__new__(cls, text)
        reason.code = code
        return reason


class Pick(NamedTuple):
    """One step of a place: a unit kind and its number(s); with `through`, a first and last."""

    kind: str
    numbers: tuple[str, ...] = ()
    through: bool = False
    nieuw: bool = False


Place = tuple[Pick, ...]


class Words(NamedTuple):
    """A word change: `old` → `new`, or `new` after `anchor`; `every` changes each occurrence."""

    old: str = ""
    new: str = ""
    anchor: str = ""
    every: bool = False


class Kind(StrEnum):
    """What an Op does to its places."""

    WORDS = "words"
    REPLACE = "replace"
    INSERT = "insert"
    ADD = "add"
    REPEAL = "repeal"
    RENUMBER = "renumber"
    DESIGNATE = "designate"
    FREE = "free"


@dataclass(frozen=True)
class Source:
    """Which instruction of which bill: for provenance and for every failure reported."""

    bill: str
    article: str
    onderdeel: str
    item: str = ""  # "2" for the second of several instructions in one onderdeel
    sentence: str = ""
    loc: SourceLocation = field(default=UNKNOWN, compare=False)
    uri: str = ""  # the bill's FRBR expression, for links to it

    def label(self) -> str:
        """Return "artikel I, onderdeel A" (", onder 2" for a numbered change)."""
        parts = [f"artikel {self.article}"] if self.article else []
        if self.onderdeel:
            parts.append(f"onderdeel {self.onderdeel}")
        if self.item:
            parts.append(f"onder {self.item}")
        return ", ".join(parts)

    def citation(self) -> str:
        """Return the label with the bill: "artikel I, onderdeel A, van de Wet …"."""
        return f"{self.label()}, van de {self.bill}" if self.bill else self.label()


@dataclass(frozen=True)
class Op:
    """One change to the law: its kind, its places, and what it brings."""

    kind: Kind
    places: tuple[Place, ...]
    source: Source
    words: tuple[Words, ...] = ()
    payload: tuple[object, ...] = ()  # draft units with their numbers (wetgen.model)
    text: str = ""  # the new text of a volzin, aanhef or opschrift
    before: bool = False
    within: bool = False  # insert into the place, where the payload's numbers put it
    number: str = ""  # the new number (RENUMBER)
    renumbering: tuple[tuple[str, str], ...] = ()
    renumber_kind: str = ""
    seam: tuple[str, str] | None = None  # the ending of the unit before the payload: (".", ";")
    endings: tuple[tuple[Place, str, str], ...] = ()
    alphabetical: bool = False  # definitions go where their term belongs in the list
    marks_nieuw: bool = False  # the draft can write "(nieuw)" after a renumbered unit's number
    designation: str = ""  # with a repealed lid: the designation "1." of the one left goes too


def bill_ops(bill: Bill, article: Article) -> tuple[Op, ...]:
    """Return the instructions of an amending article as Ops, in order (A before B, 1. before 2.)."""
    return tuple(op for onderdeel in article.onderdelen for op in onderdeel_ops(bill, article, onderdeel))


def onderdeel_ops(bill: Bill, article: Article, onderdeel: AmendingOnderdeel) -> Iterator[Op]:
    """Yield the Ops of one onderdeel; several instructions are numbered 1., 2., …."""
    several = len(onderdeel.instructions) > 1
    for n, instruction in enumerate(onderdeel.instructions, start=1):
        source = Source(bill.citeertitel, article.number, onderdeel.number, str(n) if several else "",
                        _worded(instruction), instruction.loc, ids.frbr_expression(bill))  # fmt: skip
        yield from instruction_ops(instruction, source)


def instruction_ops(instruction: Instruction, source: Source, base: Place = ()) -> Iterator[Op]:
    """Yield the Ops of one instruction (a grouped one yields those of its numbered changes)."""
    target = _place(instruction.target, base)
    children = getattr(instruction, "children", ())
    if children:
        for n, child in enumerate(children, start=1):
            inner = replace(source, item=str(n), sentence=_worded(child), loc=child.loc)
            yield from instruction_ops(child, inner, target)
        return
    places = (target, *(_place(t, base) for t in getattr(instruction, "also", ())))
    action = instruction.action
    kind = _ACTION_KINDS.get(action.value, Kind.FREE)
    renumbering = instruction.renumbering
    yield Op(
        kind=kind,
        places=places,
        source=source,
        words=_words(instruction),
        payload=tuple(instruction.payload),
        text=instruction.new if kind in (Kind.REPLACE, Kind.INSERT, Kind.ADD) else "",
        before=instruction.before,
        within=bool(getattr(instruction, "within", False)),
        number=instruction.new if kind is Kind.RENUMBER else "",
        renumbering=tuple(zip(renumbering.old, renumbering.new, strict=False)) if renumbering else (),
        renumber_kind=_kind(renumbering.unit) if renumbering else "",
        seam=(".", ";") if instruction.period_to_semicolon else None,
        endings=tuple((_place(e.target, base), e.old, e.new) for e in getattr(instruction, "endings", ())),
        alphabetical=getattr(instruction, "form", "") == "alfabetisch",
        marks_nieuw=hasattr(instruction.target, "chain"),
        designation=getattr(instruction, "designation", "") if kind is Kind.REPEAL else "",
    )


_ACTION_KINDS = {
    Action.REPLACE_WORDS.value: Kind.WORDS,
    Action.INSERT_WORDS.value: Kind.WORDS,
    Action.DELETE_WORDS.value: Kind.WORDS,
    Action.REPLACE.value: Kind.REPLACE,
    Action.INSERT.value: Kind.INSERT,
    Action.ADD.value: Kind.ADD,
    Action.DELETE.value: Kind.REPEAL,
    Action.RENUMBER.value: Kind.RENUMBER,
    "aanduiding_plaatsen": Kind.DESIGNATE,
}


def _words(instruction: Instruction) -> tuple[Words, ...]:
    if _ACTION_KINDS.get(instruction.action.value) is not Kind.WORDS:
        return ()
    every = bool(getattr(instruction, "every", False))
    own = Words(instruction.old, instruction.new, instruction.anchor, every)
    if instruction.action is Action.DELETE_WORDS:
        own = Words(instruction.old, "", "", every)
    return (own, *(w for joined in getattr(instruction, "joined", ()) for w in _words(joined)))


def _place(target: Target, base: Place) -> Place:
    """Return a target as picks; a target relative to a group's place continues it."""
    chain = getattr(target, "chain", None)
    if chain is not None:
        picks = tuple(Pick(_kind(p.unit), tuple(p.numbers), p.through, p.nieuw) for p in chain)
    else:
        picks = tuple(Pick(_kind(kind), (number,)) for kind, number in target.parts())
    if base and picks and _rank(picks[0].kind) <= _rank(base[-1].kind):
        return picks
    return (*base, *picks)


def _kind(unit: str) -> str:
    return _KINDS.get(unit, "onderdeel" if unit == "item" else unit)


_ORDER = ("boek", "deel", "titeldeel", "hoofdstuk", "afdeling", "paragraaf", "sub-paragraaf",
          "artikel", "lid", "onderdeel", "subonderdeel", "volzin", "aanhef", "opschrift")  # fmt: skip


def _rank(kind: str) -> int:
    return _ORDER.index(kind) if kind in _ORDER else 0


def _worded(instruction: Instruction) -> str:
    try:
        return sentence(instruction)
    except (KeyError, ValueError, IndexError, AttributeError, TypeError):  # a half-written one still gets its failure
        return instruction.action.value
