"""Build the Report of one mode from what the store holds (see wetgen.consult.publish.model).

One pass per concern: respondents and points (redacted, scrubbed or withheld for the mode,
with the reaction their campaign copies share), their place in the bill and what became of it,
sections with counts, themes, quotes and key phrases, campaigns, the reactietabel's rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from wetgen.consult.publish.campaign_names import campaign_names
from wetgen.consult.publish.changes import BillChanges
from wetgen.consult.publish.collapse import PointGroups
from wetgen.consult.publish.keyphrases import Phrases
from wetgen.consult.publish.model import (
    GENERAL,
    GENERAL_LABEL,
    MVT,
    MVT_LABEL,
    WITHHELD,
    Campaign,
    CategoryCount,
    Point,
    Report,
    Row,
    Section,
    category_key,
    fingerprint,
)
from wetgen.consult.publish.privacy import PrivacyGate, policy_of
from wetgen.consult.publish.sections import SectionMaker
from wetgen.consult.store import Store
from wetgen.consult.store.schema import NodeRow, PlacedPoint, ReportData

NODE_KINDS = ("artikel", "onderdeel", "lid", "item")


def build_report(store: Store, *, public: bool = True) -> Report:
    """Read the store and return the report for the public or the internal mode."""
    return assemble(store.report_data(), public=public)


def assemble(data: ReportData, *, public: bool) -> Report:
    """Return the report of already-read store data."""
    return ReportBuilder(data, public).report()


def effective_reactions(data: ReportData) -> dict[str, tuple[str, str]]:
    """Return every point's reaction and change as the report shows them: its own, else the
    one given to a campaign copy of it (wetgen.consult.publish.collapse)."""
    groups = PointGroups(data.points, data.membership, data.campaigns)
    return groups.reactions({p.id: (p.reaction, p.change) for p in data.points
                             if p.reaction or p.change})  # fmt: skip


class ReportBuilder:
    """Builds a Report from ReportData in one pass per concern."""

    def __init__(self, data: ReportData, public: bool) -> None:
        self.data = data
        self.public = public
        self.nodes = {n.eid: n for n in data.nodes}
        self.changes = BillChanges(data)
        self.gate = PrivacyGate(data.responses, public=public, membership=data.membership,
                                policy=policy_of(data.meta))  # fmt: skip
        self.respondents = self.gate.respondents
        self.groups = PointGroups(data.points, data.membership, data.campaigns)
        own = {p.id: (p.reaction, p.change) for p in data.points if p.reaction or p.change}
        self.reactions = self.groups.reactions(own)
        self.phrases = Phrases()
        # names are looked for (deduce) only in words that may be quoted; a withheld point's
        # words feed only the key phrases, whose veto looks for names itself
        self.redacted = _once(self._redacted, ((p.text, self.gate.may_quote(
            self.respondents[p.response_id])) for p in data.points))  # fmt: skip
        self.analysis = _once(self.phrases.analyse, self.redacted)
        self.points = [self._point(i, p) for i, p in enumerate(data.points)]
        self.index = {p.id: i for i, p in enumerate(self.points)}
        self.heads_of: dict[str, list[str]] = {}
        for head in self.groups.members:
            campaign = self.points[self.index[head]].campaign
            if campaign:
                self.heads_of.setdefault(campaign, []).append(head)
        self.names = campaign_names(data.campaigns, self.respondents, self._campaign_points)

    # --- respondents and points ---------------------------------------------------------

    def _redacted(self, text_quoted: tuple[str, bool]) -> str:
        text, quoted = text_quoted
        return self.gate.redact.personal(text) if quoted else self.gate.redact.patterns(text)

    def _point(self, i: int, row: PlacedPoint) -> Point:
        who = self.respondents[row.response_id]
        text = self.gate.quote_redacted(who, self.redacted[i])
        nodes = row.nodes or (GENERAL,)
        stamp = fingerprint(row.text, nodes, who.category, who.campaign)
        reaction, change = self.reactions.get(row.id, ("", ""))
        return Point(
            row.id, who, text, nodes, tuple(self.label(e) for e in nodes), who.campaign,
            reaction, change, stamp, self.changes.of_point(row.id, nodes),
        )  # fmt: skip

    def label(self, eid: str) -> str:
        """Return the display label of a node (in the newer version, if any) or pseudo-node."""
        if eid in self.nodes:
            return self.changes.label(eid, self.nodes[eid].label)
        return MVT_LABEL if eid == MVT else GENERAL_LABEL

    def shown_text(self, head: str) -> str:
        """Return the text of a group of copies as this mode may show it: the first copy's
        that may be quoted, else WITHHELD."""
        for member in self.groups.group(head):
            text = self.points[self.index[member]].text
            if text != WITHHELD:
                return text
        return WITHHELD

    def _campaign_points(self, campaign: str) -> list[tuple[str, int]]:
        """Return a campaign's points as (text as shown, copies), most copied first."""
        ranked = sorted(self.heads_of.get(campaign, []), key=lambda h: (-len(self.groups.group(h)), self.index[h]))
        return [(self.shown_text(h), len(self.groups.group(h))) for h in ranked]

    def _placed(self) -> dict[str, list[int]]:
        """Map every section eid to the indices of its own points, in point order."""
        placed: dict[str, dict[int, None]] = {}
        for i, point in enumerate(self.points):
            for eid in point.nodes:
                key = eid if (eid in self.nodes or eid == MVT) else GENERAL
                placed.setdefault(key, {})[i] = None
        return {k: list(v) for k, v in placed.items()}

    # --- sections -----------------------------------------------------------------------

    def _tree(
        self, placed: dict[str, list[int]]
    ) -> tuple[list[tuple[NodeRow, int]], dict[str, list[int]]]:
        """Return the bill nodes with their depth, and each node's points including inner ones."""
        depth: dict[str, int] = {}
        rows = [n for n in self.data.nodes if n.kind in NODE_KINDS]
        for node in rows:
            depth[node.eid] = depth.get(node.parent, -1) + 1 if node.parent in depth else 0
        inside: dict[str, dict[int, None]] = {}
        for node in rows:
            own = placed.get(node.eid, [])
            eid = node.eid
            while eid:
                inside.setdefault(eid, {}).update(dict.fromkeys(own))
                eid = self.nodes[eid].parent if eid in self.nodes else ""
        return [(n, depth[n.eid]) for n in rows], {k: sorted(v) for k, v in inside.items()}

    def sections(self) -> list[Section]:
        """Return the sections in bill order; leden and items only when they have points."""
        placed = self._placed()
        tree, inside = self._tree(placed)
        chosen = [(n.eid, n.kind, self.label(n.eid), d, n.text) for n, d in tree
                  if d == 0 or inside.get(n.eid)]  # fmt: skip
        for eid, label in ((MVT, MVT_LABEL), (GENERAL, GENERAL_LABEL)):
            inside[eid] = placed.get(eid, [])
            if inside[eid] or eid == GENERAL:
                chosen.append((eid, eid, label, 0, ""))
        maker = SectionMaker(self, placed, inside)
        return maker.make(chosen)

    def by_category(self, points: Iterable[Point]) -> tuple[CategoryCount, ...]:
        """Return responses and points per category, in the verslag's category order."""
        responses: dict[str, set[str]] = {}
        counts: Counter[str] = Counter()
        for p in points:
            responses.setdefault(p.respondent.category, set()).add(p.respondent.id)
            counts[p.respondent.category] += 1
        return tuple(
            CategoryCount(c, len(responses[c]), counts[c])
            for c in sorted(responses, key=category_key)
        )

    # --- the rest -----------------------------------------------------------------------

    def campaigns(self) -> list[Campaign]:
        """Return the campaigns by name, with their text only when a member allows it."""
        out = []
        texts = self._response_texts()
        by_campaign: dict[str, list[Point]] = {}
        for p in self.points:
            if p.campaign:
                by_campaign.setdefault(p.campaign, []).append(p)
        for row in self.data.campaigns:
            members = [self.respondents[m] for m in row.members if m in self.respondents]
            text = self.gate.campaign_quote(row, lambda rid: texts.get(rid, []))
            out.append(Campaign(
                row.id, self.names[row.id], row.size, len(members), sum(m.public for m in members),
                text, self.by_category(by_campaign.get(row.id, [])),
            ))  # fmt: skip
        return out

    def _response_texts(self) -> dict[str, list[str]]:
        texts: dict[str, list[str]] = {}
        for p in self.data.points:
            texts.setdefault(p.response_id, []).append(p.text)
        return texts

    def rows(self) -> list[Row]:
        """Return the reactietabel's rows: each point once, a campaign's copies in one row."""
        out = []
        for head, members in self.groups.members.items():
            point = self.points[self.index[head]]
            count = len(members)
            respondent, category = point.respondent.label, point.respondent.category
            if count > 1 and point.campaign:
                respondent = f"{self.names[point.campaign]} ({count} reacties)"
                cats = Counter(self.points[self.index[m]].respondent.category for m in members)
                category = ", ".join(f"{c} ({n})" for c, n in
                                     sorted(cats.items(), key=lambda kv: category_key(kv[0])))  # fmt: skip
            out.append(Row(replace(point, text=self.shown_text(head)), respondent, category, count))
        return out

    def report(self) -> Report:
        """Return the whole report."""
        responses = self.data.responses
        dates = sorted(r.submitted for r in responses if r.submitted)
        meta = self.data.meta
        title = meta.get("title") or meta.get("bill_citeertitel") or "Consultatie"
        date = meta.get("report_date") or meta.get("closed") or (dates[-1] if dates else "")
        cats = self.by_category(self.points)
        counted = {c.category for c in cats}
        extra = Counter(r.category or "onbekend" for r in responses)
        cats += tuple(CategoryCount(c, n, 0) for c, n in sorted(extra.items())
                      if c not in counted)  # fmt: skip
        cats = tuple(sorted(
            (CategoryCount(c.category, extra[c.category], c.points) for c in cats),
            key=lambda c: category_key(c.category)))  # fmt: skip
        hidden = Counter(r.category or "onbekend" for r in responses if not r.public)
        shown = [r for r in self.respondents.values() if r.public or not self.public]
        return Report(
            public=self.public, title=title, date=date,
            period=(dates[0], dates[-1]) if dates else ("", ""),
            total_responses=len(responses), public_responses=sum(r.public for r in responses),
            total_points=len(self.points), categories=cats, sections=tuple(self.sections()),
            campaigns=tuple(self.campaigns()),
            respondents=tuple(sorted(shown, key=lambda r: (category_key(r.category), r.label.lower(), r.id))),
            withheld_by_category=tuple(sorted(hidden.items(), key=lambda kv: category_key(kv[0])))
            if self.public else (),
            timeline=tuple(sorted(Counter(dates).items())), points=tuple(self.points),
            newer_version=self.changes.version if self.changes.active else "",
            rows=tuple(self.rows()),
        )  # fmt: skip


def _once(function, values: Iterable):
    """Return `function` of every value, computed once per distinct value."""
    done: dict = {}
    out = []
    for value in values:
        if value not in done:
            done[value] = function(value)
        out.append(done[value])
    return out


def current_fingerprints(data: ReportData) -> dict[str, str]:
    """Return point id → fingerprint for every point in the store, as an export would write it."""
    category = {r.id: r.category or "onbekend" for r in data.responses}
    return {
        p.id: fingerprint(
            p.text, p.nodes or (GENERAL,), category.get(p.response_id, "onbekend"),
            data.membership.get(p.response_id, ""),
        )
        for p in data.points
    }
