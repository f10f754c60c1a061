"""The report's sections: per node of the bill, its counts, themes, quotations and key phrases.

A campaign's copies of one point count once wherever words are weighed (themes, quotations,
key phrases) and fully in every number. Quotations are the points nearest the centre of their
theme that the mode may quote: the largest theme's first, then one from each next theme, then
the next nearest ones, never two that say nearly the same (word-set Jaccard of `NEAR_DUPLICATE`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from wetgen.consult.publish.keyphrases import rank
from wetgen.consult.publish.model import WITHHELD, Point, Section, Theme, shorten
from wetgen.consult.publish.themes import ThemeSpace

if TYPE_CHECKING:
    from wetgen.consult.publish.builder import ReportBuilder

QUOTES_PER_SECTION = 3
NEAR_DUPLICATE = 0.6
MIN_QUOTE = 25  # characters: a shorter point says too little to quote
PHRASES_PER_THEME = 3


class SectionMaker:
    """Makes the sections of one report from its builder's points."""

    def __init__(self, builder: ReportBuilder, placed: dict[str, list[int]],
                 inside: dict[str, list[int]]) -> None:  # fmt: skip
        self.b, self.placed, self.inside = builder, placed, inside
        self.heads = list(builder.groups.members)
        self.row_of = {h: i for i, h in enumerate(self.heads)}
        docs = [self._analysis(h) for h in self.heads]
        self._allow = None
        self.space = ThemeSpace([words + phrases for words, phrases in docs])

    def _analysis(self, point_id: str) -> tuple[list[str], list[str]]:
        return self.b.analysis[self.b.index[point_id]]

    def make(self, chosen: list[tuple]) -> list[Section]:
        """Return a section for every (eid, kind, label, depth, text) chosen, in that order."""
        phrases = self._phrases(chosen)
        return [self._section(*c, phrases.get(c[0], [])) for c in chosen]

    def _section(self, eid, kind, label, depth, text, phrases) -> Section:
        idx = self.inside.get(eid, [])
        points = [self.b.points[i] for i in idx]
        responses = {p.respondent.id for p in points}
        campaigns = Counter(self.b.names[self.b.respondents[r].campaign] for r in responses
                            if self.b.respondents[r].campaign)  # fmt: skip
        own = tuple(self.b.points[i] for i in self.placed.get(eid, []))
        reacted = tuple(p for p in own if p.reaction.strip() or p.change.strip())
        themes, quotes = self._themes(idx)
        return Section(
            eid, kind, label, depth, " ".join(text.split()), len(responses), len(points),
            len(own), self.b.by_category(points),
            tuple(sorted(campaigns.items(), key=lambda kv: (-kv[1], kv[0]))),
            quotes, tuple(phrases), reacted, own, self.b.changes.of_node(eid), themes,
        )  # fmt: skip

    # --- themes and quotations ------------------------------------------------------------

    def _heads(self, idx: list[int]) -> dict[str, list[Point]]:
        """Return the section's groups of copies: head → its points in this section."""
        heads: dict[str, list[Point]] = {}
        for i in idx:
            point = self.b.points[i]
            heads.setdefault(self.b.groups.head[point.id], []).append(point)
        return heads

    def _themes(self, idx: list[int]) -> tuple[tuple[Theme, ...], tuple[Point, ...]]:
        """Return the section's themes and its representative quotations."""
        heads = self._heads(idx)
        order = list(heads)
        found = self.space.themes([self.row_of[h] for h in order])
        ranked = [[order[m] for m in theme.members] for theme in found]
        quotes = self._quotes(ranked)
        themes = []
        for theme, members in zip(found, ranked, strict=True):
            points = [p for h in members for p in heads[h]]
            quote = next((q for q in quotes if self.b.groups.head[q.id] in members), None)
            themes.append(Theme(self._label(theme.terms), len({p.respondent.id for p in points}),
                                len(points), quote))  # fmt: skip
        return tuple(themes), tuple(quotes)

    def _label(self, terms: tuple[str, ...]) -> str:
        """Return a theme's name: its heaviest phrases that the mode may show ("" if none)."""
        allow = self._allowed()
        fit = [t for t in terms if " " in t and (allow is None or allow("", t))]
        return ", ".join(self.b.phrases.shown(t) for t in fit[:PHRASES_PER_THEME])

    def _quotes(self, ranked: list[list[str]]) -> list[Point]:
        """Pick the quotations: round by round, the next nearest quotable point of each theme."""
        chosen: list[tuple[str, set[str]]] = []
        cursors = [iter(members) for members in ranked]
        while cursors and len(chosen) < QUOTES_PER_SECTION:
            for cursor in list(cursors):
                head = next((h for h in cursor if self._quotable(h, chosen)), None)
                if head is None:
                    cursors.remove(cursor)
                    continue
                chosen.append((head, set(self._analysis(head)[0])))
                if len(chosen) == QUOTES_PER_SECTION:
                    break
        return [self._quoted(head) for head, _ in chosen]

    def _quotable(self, head: str, chosen: list[tuple[str, set[str]]]) -> bool:
        text = self.b.shown_text(head)
        if text == WITHHELD or len(text) < MIN_QUOTE:
            return False
        words = set(self._analysis(head)[0])
        return all(_overlap(words, other) < NEAR_DUPLICATE for _, other in chosen)

    def _quoted(self, head: str) -> Point:
        """Return a group's point as quoted: the text of a copy the mode may show, shortened."""
        point = self.b.points[self.b.index[head]]
        for member in self.b.groups.group(head):
            candidate = self.b.points[self.b.index[member]]
            if candidate.text != WITHHELD:
                point = candidate
                break
        return replace(point, text=shorten(point.text))

    # --- key phrases ----------------------------------------------------------------------

    def _phrases(self, chosen: list[tuple]) -> dict[str, list[str]]:
        """Return key phrases per section, TF-IDF within each level (articles; smaller units),
        as written; a campaign's copies of a point count once."""
        found: dict[str, list[str]] = {}
        allow = self._allowed()
        for level in (True, False):
            groups = {c[0]: list(self._heads(self.inside.get(c[0], []))) for c in chosen
                      if (c[3] == 0) == level and self.inside.get(c[0])}  # fmt: skip
            if not groups:
                continue
            counts = {g: Counter(p for h in heads for p in self._analysis(h)[1])
                      for g, heads in groups.items()}  # fmt: skip
            sizes = {g: len(heads) for g, heads in groups.items()}
            for group, keys in rank(counts, sizes, allow=allow).items():
                found[group] = [self.b.phrases.shown(k) for k in keys]
        return found

    def _allowed(self):
        """Return the veto for key phrases: in public mode, none that redaction would change
        and none only non-public respondents used (unless three or more respondents did)."""
        if not self.b.public:
            return None
        if self._allow is None:
            self._allow = self._make_allow()
        return self._allow

    def _make_allow(self):
        users: dict[str, set[str]] = {}
        public_in: dict[str, set[str]] = {}
        for i, point in enumerate(self.b.points):
            for key in self.b.analysis[i][1]:
                users.setdefault(key, set()).add(point.respondent.id)
                if point.respondent.public:
                    for eid in point.nodes:
                        public_in.setdefault(key, set()).add(eid)
        within = self._within()

        def allow(group: str, key: str) -> bool:
            """Tell whether a phrase may be shown as a key phrase of `group` (any group: "")."""
            if self.b.gate.redact.hides(self.b.phrases.shown(key)):
                return False
            public = public_in.get(key, set())
            return bool(public & within[group] if group else public) or len(users[key]) >= 3

        return allow

    def _within(self) -> dict[str, set[str]]:
        """Return, per section, the nodes whose points it holds (itself and those inside)."""
        out: dict[str, set[str]] = {}
        for eid in self.inside:
            out[eid] = {n for i in self.inside[eid] for n in self.b.points[i].nodes}
        return out


def _overlap(a: set[str], b: set[str]) -> float:
    """Return the Jaccard similarity of two word sets (1.0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 1.0
