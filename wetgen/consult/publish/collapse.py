"""Campaign copies of one point, collapsed: one row and one reaction for every copy.

Within a campaign, points with the same words (case and spacing aside) are one group, and so is a point nearly the same as one
of the representative's (rapidfuzz ratio of `NEAR_COPY` or more: a copy with a typo or a word
changed). A group's head is the representative's point, else its first copy. A reaction given
to any point of a group stands for every copy that has none of its own, so staff answer a
campaign point once, in one row of the reactietabel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from wetgen.consult.store.schema import CampaignGroup, PlacedPoint

NEAR_COPY = 90


class PointGroups:
    """The groups of campaign copies among a store's points (other points are alone)."""

    def __init__(
        self,
        points: Sequence[PlacedPoint],
        membership: Mapping[str, str],
        campaigns: Sequence[CampaignGroup],
    ) -> None:
        representative = {c.id: c.representative for c in campaigns}
        self.head: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        by_words: dict[tuple[str, str], str] = {}
        heads: dict[str, list[tuple[str, str]]] = {}  # campaign → (head id, normalised text)
        for p in points:
            cid = membership.get(p.response_id, "")
            if cid and representative.get(cid) == p.response_id:
                by_words.setdefault((cid, _normal(p.text)), p.id)
                heads.setdefault(cid, []).append((p.id, _normal(p.text)))
        for p in points:
            cid = membership.get(p.response_id, "")
            head = p.id
            if cid:
                key = (cid, _normal(p.text))
                head = by_words.get(key) or _near(heads.get(cid, ()), key[1]) or p.id
                by_words.setdefault(key, head)
            self.head[p.id] = head
            self.members.setdefault(head, []).append(p.id)

    def group(self, point: str) -> list[str]:
        """Return the points of a point's group, its head first, then in store order."""
        return self.members.get(self.head.get(point, point), [point])

    def reactions(self, own: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
        """Return every point's reaction and change: its own, else its group's (the head's, else
        the first copy's that has one)."""
        out: dict[str, tuple[str, str]] = {}
        for head, members in self.members.items():
            given = next((own[m] for m in members if any(own.get(m, ("", "")))), ("", ""))
            if any(own.get(head, ("", ""))):
                given = own[head]
            for member in members:
                mine = own.get(member, ("", ""))
                out[member] = mine if any(mine) else given
        return out


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _near(candidates: Sequence[tuple[str, str]], text: str) -> str:
    """Return the head whose normalised text is nearly `text` (normalised too), or ""."""
    if not candidates:
        return ""
    found = process.extractOne(text, [c[1] for c in candidates], scorer=fuzz.ratio,
                               score_cutoff=NEAR_COPY)  # fmt: skip
    return candidates[found[2]][0] if found else ""
