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
from wetgen.tree import branches, leaves


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
class Proposal:
    """A bill not yet law that an amending article changes (a novelle, Ar 6.34)."""

    subject: str  # what follows "voorstel van wet": "tot wijziging van …" or "houdende …"
    message_date: str  # ISO date of the koninklijke boodschap
    kamerstukken: str  # "36 831"


@dataclass(frozen=True)
class LawRef:
    """A law named by citeertitel and BWB id, with the articles the bill knows it has.

    `article` is the word the name takes in a sentence ("de", "het", or "" as in "Boek 7 van het
    Burgerlijk Wetboek"); it is data, never guessed from the name.
    """

    citeertitel: str
    bwb: str = ""
    known_articles: tuple[str, ...] = ()
    article: str = "de"
    proposal: Proposal | None = None

    def name(self) -> str:
        """Return the law as named inside a sentence: "de Huisvestingswet 2014"."""
        return f"{self.article} {self.citeertitel}" if self.article else self.citeertitel


@dataclass(frozen=True)
class Item:
    """A list onderdeel (a., b.) or subonderdeel (1°, 2°); `text` is the aanhef if it has items."""

    number: str
    text: str
    items: tuple[Item, ...] = ()
    key: str = ""
    loc: SourceLocation = _loc()
    text_loc: SourceLocation = _loc()  # where the text is written, for findings in it


@dataclass(frozen=True)
class Lid:
    """A numbered lid of an article; `text` is the aanhef if it has items."""

    number: str
    text: str
    items: tuple[Item, ...] = ()
    key: str = ""
    loc: SourceLocation = _loc()
    text_loc: SourceLocation = _loc()


# The units a place in a law is made of, from large to small. Divisions first, then the article
# and what is inside it; "aanhef" and "opschrift" name a part of the unit before them.
UNITS = (
    "boek", "deel", "hoofdstuk", "titel", "afdeling", "paragraaf", "artikel", "additioneel artikel",
    "lid", "begripsomschrijving", "onderdeel", "subonderdeel", "volzin", "zin", "aanhef", "opschrift",
)  # fmt: skip
UNIT_RANK = {unit: rank for rank, unit in enumerate(UNITS)} | {"additioneel artikel": UNITS.index("artikel")}


@dataclass(frozen=True)
class Part:
    """One step of a place: a unit and its number(s), e.g. artikel 12, or lid 3 and 4.

    With `through`, the numbers are the first and last of a range ("3 tot en met 5"); `nieuw`
    marks a number that an earlier instruction gave the unit ("het derde lid (nieuw)"); `written`
    is an older word for the unit that bills and laws still print: "onder" for an onderdeel
    ("artikel 1, eerste lid, onder a"), "omschrijving" for a begripsomschrijving ("de omschrijving
    van «politieke partij»"). It says how the place is written, not which unit it is, so it takes
    no part in comparing places.
    """

    unit: str
    numbers: tuple[str, ...] = ()
    through: bool = False
    nieuw: bool = False
    written: str = field(default="", compare=False)

    @property
    def number(self) -> str:
        """Return the (first) number, "" for a unit without one (aanhef, opschrift)."""
        return self.numbers[0] if self.numbers else ""

    @property
    def is_plural(self) -> bool:
        """Tell whether the part names more than one unit."""
        return len(self.numbers) > 1


@dataclass(frozen=True, init=False)
class Target:
    """A place in the amended law: a chain of parts from large to small.

    `Target(artikel="12", lid="1")` builds the common one-number chain; `Target(chain)` any other.
    """

    chain: tuple[Part, ...]

    def __init__(self, chain: tuple[Part, ...] = (), **units: str) -> None:
        unknown = set(units) - set(UNITS)
        if unknown:
            raise TypeError(f"Target() got unknown units {sorted(unknown)}")
        parts = list(chain) + [Part(u, (units[u],)) for u in UNITS if units.get(u)]
        object.__setattr__(self, "chain", tuple(parts))

    def parts(self) -> tuple[tuple[str, str], ...]:
        """Return the (unit, number) pairs of the numbered parts, from large to small."""
        return tuple((p.unit, p.number) for p in self.chain if p.numbers)

    def number(self, unit: str) -> str:
        """Return the (first) number of a unit in the chain, or ""."""
        return next((p.number for p in self.chain if p.unit == unit), "")

    def unit(self) -> str:
        """Return the kind of the smallest unit named ("lid", "artikel"...)."""
        return self.chain[-1].unit if self.chain else ""

    def parent(self) -> Target:
        """Return the target one level up (artikel 12, eerste lid → artikel 12)."""
        return Target(self.chain[:-1])

    @property
    def is_plural(self) -> bool:
        """Tell whether the place names more than one unit ("het derde en vierde lid")."""
        return any(p.is_plural or p.through for p in self.chain)

    @property
    def hoofdstuk(self) -> str:
        """Return the hoofdstuk named, or ""."""
        return self.number("hoofdstuk")

    @property
    def paragraaf(self) -> str:
        """Return the paragraaf named, or ""."""
        return self.number("paragraaf")

    @property
    def artikel(self) -> str:
        """Return the artikel named, or ""."""
        return self.number("artikel")

    @property
    def lid(self) -> str:
        """Return the lid named, or ""."""
        return self.number("lid")

    @property
    def onderdeel(self) -> str:
        """Return the onderdeel named, or ""."""
        return self.number("onderdeel")

    @property
    def subonderdeel(self) -> str:
        """Return the subonderdeel named, or ""."""
        return self.number("subonderdeel")


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
    GROUP = "wijzigen"  # "Artikel 8 wordt als volgt gewijzigd:" with numbered changes below
    DESIGNATE = "aanduiding_plaatsen"  # 'Voor de tekst wordt de aanduiding «1.» geplaatst.'
    FREE = "vrije_tekst"


WORD_ACTIONS = (Action.REPLACE_WORDS, Action.INSERT_WORDS, Action.DELETE_WORDS)


@dataclass(frozen=True)
class Renumbering:
    """Units renumbered alongside an instruction: old numbers to new, pairwise.

    The flags choose among the published wordings (Ar 6.18): `article` puts "de"/"het" before
    the old numbers, `repeat` repeats it (and the noun) before the new ones ("tot het derde lid",
    "tot onderdelen b tot en met d"), `comma` ends a leading "Onder vernummering …" with a comma.
    """

    unit: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    article: bool = True
    repeat: bool = False
    comma: bool = False


@dataclass(frozen=True)
class Ending:
    """A changed ending of a unit: "onder vervanging van de punt aan het slot van onderdeel d door
    een puntkomma"; `old` and `new` are the characters (".", ";", "; of")."""

    target: Target
    old: str
    new: str


@dataclass(frozen=True)
class Instruction:
    """One wijzigingsopdracht: an action on a target in the amended law, with its payload.

    `target` is the unit acted on; for INSERT it is the unit after which (or, with `before`,
    before which) the payload goes, or with `within` the unit it goes into (its place follows
    from the numbers); for ADD it is the unit the payload is added to (`sibling`, when set, is
    the unit the published sentence names it after). `also` are further places the same change
    applies to ("de artikelen 6 en 8"). Quoted words (`old`, `new`, `anchor`) are literal, spaces
    included. `joined` are more word changes of the same place in the same sentence ("… en wordt
    na «c» ingevoegd «d»"); `children` are the numbered changes of a GROUP, their places relative
    to its target. `new` is also the new text of a replaced volzin, aanhef or opschrift.

    The rest chooses among published wordings: `every` ("telkens"), `form` "in" ("In het eerste
    lid vervalt onderdeel b"), `verb_number` ("enkelvoud"/"meervoud" against the default),
    `words_noun` ("de zinsnede «…»"), `colon` (new words after a colon; None: as the bill), `endings`
    ("onder vervanging van de punt …"), `designation` ("1.", placed or dropped with a deleted lid)
    and `verb_comma` ("… van de Wet X, wordt …")."""

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
    also: tuple[Target, ...] = ()
    within: bool = False
    sibling: Target | None = None
    every: bool = False
    joined: tuple[Instruction, ...] = ()
    children: tuple[Instruction, ...] = ()
    form: str = ""
    verb_number: str = ""
    words_noun: str = ""
    colon: bool | None = None
    endings: tuple[Ending, ...] = ()
    verb_comma: bool = False
    designation: str = ""

    @property
    def places(self) -> tuple[Target, ...]:
        """Return every place the instruction acts on: its target and the further ones."""
        return (self.target, *self.also)


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
    intro: str = ""  # the drafter's own opening line, instead of the generated one
    standard_intro: bool = False  # keep "De … wordt als volgt gewijzigd:" for a single change
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
    # its articles are numbered from 1 again, as in an aanpassingswet with a hoofdstuk per
    # ministry (Stb. 1995, 355): their numbers are unique within it only
    own_numbering: bool = False


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
class Style:
    """How the bill prints its wijzigingsopdrachten (a choice per bill).

    `quotes` are the opening and closing quotation marks; with `colon` (the form before about
    2018), new words at the end of a sentence follow a colon, unquoted; `as_follows` is the word
    order of "wordt als volgt gewijzigd" ("gewijzigd als volgt" in older bills); `letter_stop`
    prints the letters of onderdelen with a full stop ("A.", as some bills of the 1990s did);
    `luidende` is how a sentence announces its new units: "…, luidende:" or, in older bills,
    "…, dat luidt:" ("…, die luiden:" for more than one).
    """

    quotes: str = "«»"
    colon: bool = False
    as_follows: str = "als volgt gewijzigd"
    letter_stop: bool = False
    luidende: str = "luidende"


@dataclass(frozen=True)
class Formulier:
    """The fixed wording around the articles: which enacting formula and slotformulier.

    `kind` "wet" or "rijkswet"; `monarch` names the Koning or Koningin of the aanhef; `council`
    is who was heard ("Afdeling advisering van de Raad van State", before 2010 "Raad van State");
    `form` "voorstel" or "staatsblad"; `comma` the commas after "Allen" and "Zo is het" (None: as
    the form has them); `relative` "die" or "wie" ("die zulks aangaat"); `bulletins` the
    Publicatiebladen a rijkswet is placed in besides the Staatsblad (empty: today's three).
    """

    kind: str = "wet"
    monarch: str = "Willem-Alexander"
    council: str = "Afdeling advisering van de Raad van State"
    form: str = "voorstel"
    comma: bool | None = None
    relative: str = "die"
    bulletins: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kamerstuk:
    """The bill as a Kamerstuk: kamer, vergaderjaar ("2026–2027"), dossier ("36 900") and the
    numbers of the voorstel van wet and the memorie van toelichting in that dossier."""

    vergaderjaar: str
    dossier: str
    number: str = "2"
    mvt_number: str = "3"
    chamber: str = "Tweede Kamer der Staten-Generaal"


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
    style: Style = Style()
    formulier: Formulier = Formulier()
    kamerstuk: Kamerstuk | None = None

    def articles(self) -> Iterator[Article]:
        """Yield every article in document order, through all divisions."""
        yield from iter_articles(self.body)

    @property
    def is_amending_law(self) -> bool:
        """Tell whether this is a wijzigingswet (some article amends another law)."""
        return any(a.is_amending for a in self.articles())


def iter_articles(nodes: tuple[Division | Article, ...]) -> Iterator[Article]:
    """Yield the articles under `nodes` in document order."""
    return leaves(nodes, Division)


def iter_divisions(nodes: tuple[Division | Article, ...]) -> Iterator[Division]:
    """Yield the divisions under `nodes` in document order, outer before inner."""
    return branches(nodes, Division)
