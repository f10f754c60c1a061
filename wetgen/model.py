"""The legal structure of a bill as immutable values; standard library only.

Numbers are strings without punctuation ("1", "a", "A", "I", "28a", "3.10"). Display forms
("1.", "a.", "1°", "ARTIKEL I") are derived in `wetgen.ids`. Source locations never take part
in equality, so a bill loaded from two files with the same content compares equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from wetgen.source import UNKNOWN, SourceLocation


def _loc() -> SourceLocation:
    return field(default=UNKNOWN, compare=False, repr=False)  # type: ignore[return-value]


class Stage(StrEnum):
    """The procedural stage a version of a bill is in."""

    CONSULTATIEVERSIE = "consultatieversie"
    ADVIESAANVRAAG = "adviesaanvraag Raad van State"
    INGEDIEND = "ingediend"
    NOTA_VAN_WIJZIGING = "nota van wijziging"


@dataclass(frozen=True)
class Version:
    """Which version of the bill this is: a label, an ISO date and a stage."""

    label: str
    date: str
    stage: Stage


@dataclass(frozen=True)
class LawRef:
    """A law named by citeertitel and BWB id, with the articles the bill knows it has."""

    citeertitel: str
    bwb: str = ""
    known_articles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """A list onderdeel (a., b.) or subonderdeel (1°, 2°); `text` is the aanhef if it has items."""

    number: str
    text: str
    items: tuple[Item, ...] = ()
    key: str = ""
    loc: SourceLocation = _loc()


@dataclass(frozen=True)
class Lid:
    """A numbered lid of an article; `text` is the aanhef if it has items."""

    number: str
    text: str
    items: tuple[Item, ...] = ()
    key: str = ""
    loc: SourceLocation = _loc()


@dataclass(frozen=True)
class Target:
    """A place in the amended law, from large to small; empty parts are absent."""

    hoofdstuk: str = ""
    paragraaf: str = ""
    artikel: str = ""
    lid: str = ""
    onderdeel: str = ""
    subonderdeel: str = ""

    def parts(self) -> tuple[tuple[str, str], ...]:
        """Return the (unit, number) pairs that are set, from large to small."""
        names = ("hoofdstuk", "paragraaf", "artikel", "lid", "onderdeel", "subonderdeel")
        return tuple((n, getattr(self, n)) for n in names if getattr(self, n))

    def unit(self) -> str:
        """Return the kind of the smallest unit named ("lid", "artikel"...)."""
        parts = self.parts()
        return parts[-1][0] if parts else ""

    def parent(self) -> Target:
        """Return the target one level up (artikel 12, eerste lid → artikel 12)."""
        parts = dict(self.parts()[:-1])
        return Target(**parts)


class Action(StrEnum):
    """What a wijzigingsopdracht does; the values are the draft's Dutch keywords."""

    REPLACE_WORDS = "vervang_woorden"
    INSERT_WORDS = "voeg_woorden_in"
    DELETE_WORDS = "schrap_woorden"
    REPLACE = "vervang"
    INSERT = "invoegen"
    ADD = "toevoegen"
    DELETE = "vervallen"
    RENUMBER = "vernummeren"
    FREE = "vrije_tekst"


@dataclass(frozen=True)
class Renumbering:
    """Units renumbered alongside an instruction: old numbers to new, pairwise."""

    unit: str
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class Instruction:
    """One wijzigingsopdracht: an action on a target in the amended law, with its payload.

    `target` is the unit acted on; for INSERT it is the unit after which (or, with `before`,
    before which) the payload goes; for ADD it is the unit the payload is added to.
    """

    action: Action
    target: Target
    old: str = ""
    new: str = ""
    anchor: str = ""
    payload: tuple[Unit, ...] = ()
    before: bool = False
    renumbering: Renumbering | None = None
    period_to_semicolon: bool = False
    free_text: str = ""
    loc: SourceLocation = _loc()


@dataclass(frozen=True)
class AmendingOnderdeel:
    """An onderdeel (A, B, ...) of an amending article: one or more instructions."""

    number: str
    instructions: tuple[Instruction, ...]
    key: str = ""
    toelichting: str = ""
    loc: SourceLocation = _loc()


@dataclass(frozen=True)
class Article:
    """An article: plain text, leden, or (amending) a law reference with onderdelen."""

    number: str
    opschrift: str = ""
    text: str = ""
    items: tuple[Item, ...] = ()
    leden: tuple[Lid, ...] = ()
    amends: LawRef | None = None
    intro: str = ""
    onderdelen: tuple[AmendingOnderdeel, ...] = ()
    key: str = ""
    toelichting: str = ""
    loc: SourceLocation = _loc()
    text_loc: SourceLocation = _loc()  # where `tekst` is written, for findings in the text

    @property
    def is_amending(self) -> bool:
        """Tell whether this article amends another law."""
        return self.amends is not None


@dataclass(frozen=True)
class Division:
    """A hoofdstuk, afdeling or paragraaf holding articles or smaller divisions."""

    kind: str
    number: str
    opschrift: str
    children: tuple[Division | Article, ...]
    key: str = ""
    loc: SourceLocation = _loc()


Unit = Article | Lid | Item | Division
DIVISION_KINDS = ("hoofdstuk", "afdeling", "paragraaf")


def unit_kind(unit: Unit) -> str:
    """Return the Dutch noun of a unit: its division kind, "artikel", "lid" or "onderdeel"."""
    if isinstance(unit, Division):
        return unit.kind
    if isinstance(unit, Article):
        return "artikel"
    return "lid" if isinstance(unit, Lid) else "onderdeel"


@dataclass(frozen=True)
class Toelichting:
    """The algemeen deel of the memorie van toelichting, as Markdown with footnotes."""

    algemeen: str = ""
    source: str = ""


@dataclass(frozen=True)
class Bill:
    """A wetsvoorstel: metadata, aanhef, body of articles, and its toelichting."""

    opschrift: str
    citeertitel: str
    version: Version
    ministry: str
    signatories: tuple[str, ...]
    considerans: tuple[str, ...]
    body: tuple[Division | Article, ...]
    toelichting: Toelichting = Toelichting()
    loc: SourceLocation = _loc()

    def articles(self) -> Iterator[Article]:
        """Yield every article in document order, through all divisions."""
        yield from iter_articles(self.body)

    @property
    def is_amending_law(self) -> bool:
        """Tell whether this is a wijzigingswet (some article amends another law)."""
        return any(a.is_amending for a in self.articles())


def iter_articles(nodes: tuple[Division | Article, ...]) -> Iterator[Article]:
    """Yield the articles under `nodes` in document order."""
    for node in nodes:
        if isinstance(node, Division):
            yield from iter_articles(node.children)
        else:
            yield node


def iter_divisions(nodes: tuple[Division | Article, ...]) -> Iterator[Division]:
    """Yield the divisions under `nodes` in document order, outer before inner."""
    for node in nodes:
        if isinstance(node, Division):
            yield node
            yield from iter_divisions(node.children)
