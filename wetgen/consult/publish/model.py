"""The report data: what a report shows, filled once per mode by wetgen.consult.publish.builder.

Public mode: non-public respondents count in every number and key phrase, but their names,
places, organisations and exact wording are not in the Report at all (their passages are
withheld and identity strings are scrubbed from every quoted text), so no renderer can leak them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from wetgen.consult.analyse.categories import CATEGORIES
from wetgen.formulas import file_time

MVT, GENERAL = "mvt", "algemeen"
MVT_LABEL = "Memorie van toelichting"
GENERAL_LABEL = "Algemene punten (niet aan een artikel gebonden)"
WITHHELD = "[niet-openbare reactie: tekst niet gepubliceerd]"
CATEGORY_ORDER = tuple(part for c in CATEGORIES if c != "onbekend" for part in c.split("/"))
NO_CHANGE = {"nee", "neen", "geen", "niet", "n.v.t.", "nvt", "-", "geen aanpassing", "no"}


@dataclass(frozen=True)
class Respondent:
    """A respondent as the mode may show it; identity fields are empty when withheld."""

    id: str
    label: str
    category: str
    public: bool
    name: str = ""
    place: str = ""
    organisation: str = ""
    submitted: str = ""
    campaign: str = ""
    individual: bool = False  # a private person (never named in the MvT paragraph)


@dataclass(frozen=True)
class Point:
    """One point as the mode may show it, with where it landed and the reaction to it."""

    id: str
    respondent: Respondent
    text: str  # redacted; WITHHELD when the mode may not show it
    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    campaign: str
    reaction: str
    change: str
    fingerprint: str  # changes when the point, its place or its respondent's category changes
    bill_change: str = ""  # what became of its place in the newer version ("" without one)

    @property
    def changed(self) -> str:
        """Say whether the bill changed: "ja", "nee", or "" when not yet decided."""
        change = self.change.strip().lower().rstrip(".")
        if change:
            return "nee" if change in NO_CHANGE else "ja"
        return "nee" if self.reaction.strip() else ""


@dataclass(frozen=True)
class CategoryCount:
    """Responses and points of one respondent category."""

    category: str
    responses: int
    points: int


@dataclass(frozen=True)
class Theme:
    """A theme within a section: what its points have in common, how many, and the quotation
    closest to its centre that the mode may show (None when there is none)."""

    label: str  # its key phrases, "sociale huurwoning, lange wachttijd"
    responses: int
    points: int
    quote: Point | None


@dataclass(frozen=True)
class Row:
    """One row of the reactietabel: a point, or a campaign point with the copies it stands for."""

    point: Point  # the group's head: its id, place and reaction; text as the mode may show it
    respondent: str  # the respondent, or the campaign's name and size
    category: str  # the respondent's category, or the campaign members' categories
    count: int  # the points this row stands for


@dataclass(frozen=True)
class Section:
    """One article, onderdeel, lid or item (or the MvT, or general points) with what came in."""

    eid: str
    kind: str
    label: str
    depth: int
    text: str  # the node's own words, for context
    responses: int  # including points on nodes inside it
    points: int
    own_points: int
    by_category: tuple[CategoryCount, ...]
    campaigns: tuple[tuple[str, int], ...]  # (campaign name, responses from it)
    quotes: tuple[Point, ...]
    phrases: tuple[str, ...]
    reacted: tuple[Point, ...]  # own points with a reaction
    own: tuple[Point, ...] = ()  # the points placed on this very node
    change: str = ""  # what became of the node in the newer version ("" without one)
    themes: tuple[Theme, ...] = ()  # largest first


@dataclass(frozen=True)
class Campaign:
    """A campaign: its size and, when the mode allows, its shared text."""

    id: str
    name: str  # the organisation behind it or its opening words, never the id
    size: int
    responses: int  # members in the store
    public_members: int
    text: str
    categories: tuple[CategoryCount, ...]


@dataclass(frozen=True)
class Report:
    """Everything a consultation report shows, already filtered for its mode."""

    public: bool
    title: str
    date: str
    period: tuple[str, str]
    total_responses: int
    public_responses: int
    total_points: int
    categories: tuple[CategoryCount, ...]
    sections: tuple[Section, ...]  # bill nodes in bill order, then MvT and general
    campaigns: tuple[Campaign, ...]
    respondents: tuple[Respondent, ...]  # public mode: public respondents only
    withheld_by_category: tuple[tuple[str, int], ...]  # non-public respondents (public mode)
    timeline: tuple[tuple[str, int], ...]  # (ISO date, responses)
    points: tuple[Point, ...]  # every point, in response order
    newer_version: str = ""  # the version after consultation the labels are in, if any
    rows: tuple[Row, ...] = ()  # the reactietabel: campaign copies collapsed

    @cached_property
    def _names(self) -> dict[str, str]:
        return {c.id: c.name for c in self.campaigns}

    def campaign_name(self, campaign: str) -> str:
        """Return the name of a campaign by its id ("" for none)."""
        return self._names.get(campaign, "")

    @property
    def mode(self) -> str:
        """Return "openbaar" or "intern"."""
        return "openbaar" if self.public else "intern"

    def article_sections(self) -> list[Section]:
        """Return the top-level sections: articles, then the MvT and the general points."""
        return [s for s in self.sections if s.depth == 0]


def report_time(report: Report) -> datetime:
    """Return the time written into files: SOURCE_DATE_EPOCH if set, else the report date."""
    try:
        default = datetime.fromisoformat(report.date[:10]).replace(tzinfo=UTC)
    except ValueError:
        default = datetime(2000, 1, 1, tzinfo=UTC)
    return file_time(default)


def category_key(category: str) -> tuple[int, str]:
    """Sort key for categories: the usual order of a consultatieverslag, then alphabetical."""
    low = category.lower()
    for i, stem in enumerate(CATEGORY_ORDER):
        if low.startswith(stem):
            return (i, low)
    return (len(CATEGORY_ORDER), low)


def fingerprint(text: str, nodes: tuple[str, ...], category: str, campaign: str) -> str:
    """Return a short hash of what a reaction answers: text, place in the bill, category, campaign."""
    parts = [text, "|".join(sorted(nodes)), category, campaign]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def shorten(text: str, limit: int = 420) -> str:
    """Cut text at a sentence or word boundary near `limit` characters, marking the cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if stop >= limit // 2:
        return cut[: stop + 1] + " […]"
    return cut.rsplit(" ", 1)[0] + " […]"
