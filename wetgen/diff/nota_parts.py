"""What a nota van wijziging has around its onderdelen: the Kamerstuk heading and the toelichting.

The heading is the block every Kamerstuk opens with: the chamber, the vergaderjaar, the
dossiernummer beside the bill's opschrift, and "Nr." beside the kind of document. The values
come from the draft's `kamerstuk:` (vergaderjaar, dossier, kamer) when the model has it; the
vergaderjaar otherwise follows from NEW's date (it starts on Prinsjesdag), and what is not known
yet is marked: "[dossiernummer]", and "Nr. …" until the Kamer numbers the nota.

The toelichting explains each onderdeel with NEW's toelichting on the unit of the bill it changes
(the nearest article or onderdeel that has one), a standard sentence for a change that only
follows a renumbering, or a marked place for the drafter to fill in. Consecutive onderdelen with
the same explanation share it ("Onderdelen D en E").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from wetgen import ids
from wetgen.amend.wording import join_and
from wetgen.diff.changes import ChangeSet
from wetgen.diff.mvt_sections import Source, article_sources
from wetgen.model import Bill
from wetgen.render.bill_writer import full_opschrift

CHAMBER = "Tweede Kamer der Staten-Generaal"
KIND = "NOTA VAN WIJZIGING"
TITLE = "TOELICHTING"
PLACEHOLDER = "[Toelichting op dit onderdeel: door de opsteller in te vullen.]"
TECHNICAL = (
    "Technische aanpassing: de nummering of een verwijzing volgt de andere onderdelen van deze "
    "nota van wijziging."
)
NO_DOSSIER = "[dossiernummer]"
NO_NUMBER = "…"


class Unit(Protocol):
    """What a nota needs of a change: the unit of the bill it is about (see `NotaItem`)."""

    unit: str
    side: str
    technical: bool


@dataclass(frozen=True)
class KamerstukHeading:
    """The heading block of a Kamerstuk: chamber, vergaderjaar, dossier, title, Nr. and kind."""

    chamber: str
    vergaderjaar: str
    dossier: str
    title: str
    number: str = ""
    kind: str = KIND

    def lines(self) -> list[str]:
        """Return the heading as four lines of text, the unknown marked."""
        return [
            self.chamber,
            f"Vergaderjaar {self.vergaderjaar}" if self.vergaderjaar else "Vergaderjaar",
            f"{self.dossier or NO_DOSSIER}  {self.title}",
            f"Nr. {self.number or NO_NUMBER}  {self.kind}",
        ]


@dataclass(frozen=True)
class NotaExplanation:
    """The toelichting on one or more consecutive onderdelen of the nota: their letters, the
    text (Markdown) and the eId of the MvT's toelichting it is taken from ("" when none)."""

    letters: tuple[str, ...]
    markdown: str
    source: str = ""

    @property
    def heading(self) -> str:
        """Return "Onderdeel A", "Onderdelen A en B" or "Onderdelen A tot en met C"."""
        if len(self.letters) == 1:
            return f"Onderdeel {self.letters[0]}"
        if len(self.letters) == 2:
            return f"Onderdelen {join_and(list(self.letters))}"
        return f"Onderdelen {self.letters[0]} tot en met {self.letters[-1]}"


def vergaderjaar(day: str) -> str:
    """Return the vergaderjaar ("2026–2027") of an ISO date: it starts on Prinsjesdag, the
    third Tuesday of September; "" for a date that is not one."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return ""
    first = date(when.year, 9, 1)
    prinsjesdag = first + timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = when.year if when >= prinsjesdag else when.year - 1
    return f"{start}–{start + 1}"


def kamerstuk_heading(bill: Bill, kamerstuk: object | None = None, *, number: str = "") -> KamerstukHeading:
    """Return the heading of the nota on `bill` (NEW). `kamerstuk` gives the vergaderjaar,
    dossier and chamber (default: the bill's own `kamerstuk`, when the draft has one); `number`
    is the nota's Nr. in the dossier, when known."""
    found = kamerstuk if kamerstuk is not None else getattr(bill, "kamerstuk", None)
    chamber = getattr(found, "chamber", "") or CHAMBER
    year = getattr(found, "vergaderjaar", "") or vergaderjaar(bill.version.date)
    return KamerstukHeading(chamber, year, getattr(found, "dossier", ""), full_opschrift(bill), number)


def nota_explanations(items: list[Unit], new: Bill, changes: ChangeSet) -> tuple[NotaExplanation, ...]:
    """Return the toelichting on the nota's onderdelen `items` (in order, lettered A, B, …)."""
    sources = {s.unit: s for s in article_sources(new)}
    partner = dict(changes.pairs)
    out: list[NotaExplanation] = []
    for n, item in enumerate(items, start=1):
        letter = ids.onderdeel_letter(n)
        found = None if item.technical else _explained(item, sources, partner)
        text = TECHNICAL if item.technical else found.markdown if found else PLACEHOLDER
        source = found.address.eid if found else ""
        last = out[-1] if out else None
        if last and text != PLACEHOLDER and (last.markdown, last.source) == (text, source):
            out[-1] = replace(last, letters=(*last.letters, letter))
        else:
            out.append(NotaExplanation((letter,), text, source))
    return tuple(out)


def _explained(item: Unit, sources: dict[str, Source], partner: dict[str, str]) -> Source | None:
    """Return NEW's toelichting on the nearest unit holding the one the item changes."""
    steps = item.unit.split("__")
    for k in range(len(steps), 0, -1):
        eid = "__".join(steps[:k])
        if item.side == "old":
            eid = partner.get(eid, "")
        if eid in sources:
            return sources[eid]
    return None
