"""Build the Report of one mode from what the store holds (see wetgen.consult.publish.model).

One pass per concern: respondents and points (redacted, scrubbed or withheld for the mode),
their place in the bill, sections with counts, quotes and key phrases, campaigns, the rest.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from wetgen.consult.publish import keyphrases
from wetgen.consult.publish.changes import BillChanges
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
    Section,
    category_key,
    fingerprint,
    shorten,
)
from wetgen.consult.publish.privacy import PrivacyGate
from wetgen.consult.store import Store
from wetgen.consult.store.schema import NodeRow, PlacedPoint, ReportData

NODE_KINDS = ("artikel", "onderdeel", "lid", "item")
QUOTES_PER_SECTION = 3
NEAR_DUPLICATE = 0.6  # term-set Jaccard above which a second quote says the same thing


def build_report(store: Store, *, public: bool = True) -> Report:
    """Read the store and return the report for the public or the internal mode."""
    return assemble(store.report_data(), public=public)


def assemble(data: ReportData, *, public: bool) -> Report:
    """Return the report of already-read store data."""
    builder = _Builder(data, public)
    return builder.report()


class _Builder:
    """Builds a Report from ReportData in one pass per concern."""

    def __init__(self, data: ReportData, public: bool) -> None:
        self.data = data
        self.public = public
        self.nodes = {n.eid: n for n in data.nodes}
        self.changes = BillChanges(data)
        self.gate = PrivacyGate(data.responses, public=public, membership=data.membership)
        self.respondents = self.gate.respondents
        self.redacted = [self.gate.redact.personal(p.text) for p in data.points]
        self._terms: dict[int, list[str]] = {}
        self._spread_cache: dict[str, int] | None = None
        self.points = [self._point(i, p) for i, p in enumerate(data.points)]
        self.placed = self._place_points()

    # --- respondents and points ---------------------------------------------------------

    def terms(self, i: int) -> list[str]:
        """Return the key-phrase terms of point `i` (redacted text), computed once."""
        found = self._terms.get(i)
        if found is None:
            found = self._terms[i] = keyphrases.terms(self.redacted[i])
        return found

    def _point(self, i: int, row: PlacedPoint) -> Point:
        who = self.respondents[row.response_id]
        text = self.gate.quote_redacted(who, self.redacted[i])
        nodes = row.nodes or (GENERAL,)
        stamp = fingerprint(row.text, nodes, who.category, who.campaign)
        return Point(
            row.id, who, text, nodes, tuple(self.label(e) for e in nodes), who.campaign,
            row.reaction, row.change, stamp, self.changes.of_point(row.id, nodes),
        )  # fmt: skip

    def label(self, eid: str) -> str:
        """Return the display label of a node (in the newer version, if any) or pseudo-node."""
        if eid in self.nodes:
            return self.changes.label(eid, self.nodes[eid].label)
        return MVT_LABEL if eid == MVT else GENERAL_LABEL

    def _place_points(self) -> dict[str, list[int]]:
        """Map every section eid to the indices of its own points, in point order."""
        placed: dict[str, dict[int, None]] = {}
        for i, point in enumerate(self.points):
            for eid in point.nodes:
                key = eid if (eid in self.nodes or eid == MVT) else GENERAL
                placed.setdefault(key, {})[i] = None
        return {k: list(v) for k, v in placed.items()}

    # --- sections -----------------------------------------------------------------------

    def _tree(self) -> tuple[list[tuple[NodeRow, int]], dict[str, list[int]]]:
        """Return the bill nodes with their depth, and each node's points including inner ones."""
        depth: dict[str, int] = {}
        rows = [n for n in self.data.nodes if n.kind in NODE_KINDS]
        for node in rows:
            depth[node.eid] = depth.get(node.parent, -1) + 1 if node.parent in depth else 0
        inside: dict[str, dict[int, None]] = {}
        for node in rows:
            own = self.placed.get(node.eid, [])
            eid = node.eid
            while eid:
                inside.setdefault(eid, {}).update(dict.fromkeys(own))
                eid = self.nodes[eid].parent if eid in self.nodes else ""
        return [(n, depth[n.eid]) for n in rows], {k: sorted(v) for k, v in inside.items()}

    def sections(self) -> list[Section]:
        """Return the sections in bill order; leden and items only when they have points."""
        tree, inside = self._tree()
        chosen = [(n.eid, n.kind, self.label(n.eid), d, n.text) for n, d in tree
                  if d == 0 or inside.get(n.eid)]  # fmt: skip
        for eid, label in ((MVT, MVT_LABEL), (GENERAL, GENERAL_LABEL)):
            inside[eid] = self.placed.get(eid, [])
            if inside[eid] or eid == GENERAL:
                chosen.append((eid, eid, label, 0, ""))
        phrases = self._phrases(chosen, inside)
        return [self._section(*c, inside.get(c[0], []), phrases.get(c[0], [])) for c in chosen]

    def _section(self, eid, kind, label, depth, text, idx: list[int], phrases) -> Section:
        points = [self.points[i] for i in idx]
        responses = {p.respondent.id for p in points}
        campaigns = Counter(
            self.respondents[r].campaign for r in responses if self.respondents[r].campaign
        )
        own = tuple(self.points[i] for i in self.placed.get(eid, []))
        reacted = tuple(p for p in own if p.reaction.strip() or p.change.strip())
        return Section(
            eid, kind, label, depth, " ".join(text.split()), len(responses), len(points),
            len(self.placed.get(eid, [])), self._by_category(points),
            tuple(sorted(campaigns.items(), key=lambda kv: (-kv[1], kv[0]))),
            self._quotes(idx), tuple(phrases), reacted, own, self.changes.of_node(eid),
        )  # fmt: skip

    def _by_category(self, points: Iterable[Point]) -> tuple[CategoryCount, ...]:
        responses: dict[str, set[str]] = {}
        counts: Counter[str] = Counter()
        for p in points:
            responses.setdefault(p.respondent.category, set()).add(p.respondent.id)
            counts[p.respondent.category] += 1
        return tuple(
            CategoryCount(c, len(responses[c]), counts[c])
            for c in sorted(responses, key=category_key)
        )

    def _quotes(self, idx: list[int]) -> tuple[Point, ...]:
        """Pick the points closest to the section's centre of gravity, one per campaign."""
        if not idx:
            return ()
        vectors = {i: Counter(self.terms(i)) for i in idx}
        centre: Counter[str] = Counter()
        for v in vectors.values():
            total = sum(v.values()) or 1
            for t, c in v.items():
                centre[t] += c / total
        centre_norm = math.sqrt(sum(v * v for v in centre.values()))
        seen: set[str] = set()
        scored = []
        for i in idx:
            point = self.points[i]
            if point.text == WITHHELD or len(point.text) < 25:
                continue
            group = point.campaign or point.text.lower()
            if group in seen:
                continue
            seen.add(group)
            scored.append((-round(_cosine(vectors[i], centre, centre_norm), 9), i))
        chosen: list[int] = []
        for _, i in sorted(scored):
            words = set(vectors[i])
            if all(_overlap(words, set(vectors[j])) < NEAR_DUPLICATE for j in chosen):
                chosen.append(i)
            if len(chosen) == QUOTES_PER_SECTION:
                break
        return tuple(self._quoted(self.points[i]) for i in chosen)

    @staticmethod
    def _quoted(point: Point) -> Point:
        return replace(point, text=shorten(point.text))

    def _phrases(self, chosen: list[tuple], inside: dict[str, list[int]]) -> dict[str, list[str]]:
        """Return key phrases per section, TF-IDF within each level (articles; smaller units)."""
        found: dict[str, list[str]] = {}
        for level in (True, False):
            groups = {c[0]: self._once_per_campaign(inside.get(c[0], [])) for c in chosen
                      if (c[3] == 0) == level and inside.get(c[0])}  # fmt: skip
            if groups:
                counts = {
                    g: Counter(t for i in idx for t in self.terms(i)) for g, idx in groups.items()
                }
                sizes = {g: len(idx) for g, idx in groups.items()}
                found.update(keyphrases.rank(counts, sizes, allow=self._allowed(groups, inside)))
        return found

    def _once_per_campaign(self, idx: list[int]) -> list[int]:
        """Return the point indices with each campaign's points counted once."""
        seen: set[str] = set()
        out = []
        for i in idx:
            campaign = self.points[i].campaign
            if campaign and campaign in seen:
                continue
            seen.add(campaign)
            out.append(i)
        return out

    def _allowed(self, groups, inside):
        """Return the veto for key phrases: in public mode, no term only non-public people used."""
        if not self.public:
            return None
        public_terms = {
            eid: {t for i in inside[eid] if self.points[i].respondent.public for t in self.terms(i)}
            for eid in groups
        }  # fmt: skip
        spread = self._spread()

        def allow(group: str, term: str) -> bool:
            """Tell whether a term may be shown as a key phrase of `group`."""
            if self.gate.redact.hides(term):
                return False
            return term in public_terms[group] or spread.get(term, 0) >= 3

        return allow

    def _spread(self) -> dict[str, int]:
        """Return, per term, how many respondents used it (computed once)."""
        if self._spread_cache is None:
            users: dict[str, set[str]] = {}
            for i, point in enumerate(self.data.points):
                for t in self.terms(i):
                    users.setdefault(t, set()).add(point.response_id)
            self._spread_cache = {t: len(u) for t, u in users.items()}
        return self._spread_cache

    # --- the rest -----------------------------------------------------------------------

    def campaigns(self) -> list[Campaign]:
        """Return the campaigns, with their text only when a member allows it."""
        out = []
        texts = self._response_texts()
        by_campaign: dict[str, list[Point]] = {}
        for p in self.points:
            if p.campaign:
                by_campaign.setdefault(p.campaign, []).append(p)
        for row in self.data.campaigns:
            members = [self.respondents[m] for m in row.members if m in self.respondents]
            text = self.gate.campaign_quote(row, lambda rid: texts.get(rid, []))
            points = by_campaign.get(row.id, [])
            out.append(Campaign(
                row.id, row.size, len(members), sum(m.public for m in members), text,
                self._by_category(points),
            ))  # fmt: skip
        return out

    def _response_texts(self) -> dict[str, list[str]]:
        texts: dict[str, list[str]] = {}
        for p in self.data.points:
            texts.setdefault(p.response_id, []).append(p.text)
        return texts

    def report(self) -> Report:
        """Return the whole report."""
        responses = self.data.responses
        dates = sorted(r.submitted for r in responses if r.submitted)
        meta = self.data.meta
        title = meta.get("title") or meta.get("bill_citeertitel") or "Consultatie"
        date = meta.get("report_date") or meta.get("closed") or (dates[-1] if dates else "")
        cats = self._by_category(self.points)
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
        )  # fmt: skip


def _overlap(a: set[str], b: set[str]) -> float:
    """Return the Jaccard similarity of two term sets (1.0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 1.0


def _cosine(a: Counter, b: Counter, norm_b: float) -> float:
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm_a = math.sqrt(sum(v * v for v in a.values()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


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
