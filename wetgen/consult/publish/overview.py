"""What `wetgen consult show` lists, through the same privacy gate as the report.

Internal (the default): every respondent by name, non-public ones marked, and each point's
text as it was sent. Public (`--public`): respondents and quotes exactly as the public report
shows them (wetgen.consult.publish.privacy).
"""

from __future__ import annotations

from typing import NamedTuple

from wetgen.consult.publish.privacy import PrivacyGate, policy_of
from wetgen.consult.store import Store

HIDDEN_ID = "—"  # a non-public point's id is not shown in public mode


class ShownPoint(NamedTuple):
    """One point on a node as `consult show --article` lists it."""

    point: str
    respondent: str
    method: str
    text: str


def privacy_gate(store: Store, *, public: bool) -> PrivacyGate:
    """Return the privacy gate of a store's respondents for one mode."""
    return PrivacyGate(store.respondents(), public=public, policy=policy_of(store.all_meta()))


def node_view(store: Store, eid: str, gate: PrivacyGate) -> list[ShownPoint]:
    """Return the points on one node as the gate's mode may show them, in response order."""
    out = []
    for row in store.node_points(eid):
        who = gate.respondents[row.response_id]
        if gate.public:
            ident = row.point_id if who.public else HIDDEN_ID
            out.append(ShownPoint(ident, who.label, row.method, gate.quote(who, row.text)))
        else:
            out.append(ShownPoint(row.point_id, who.label, row.method, row.text))
    return out


def campaign_lines(store: Store, gate: PrivacyGate, width: int = 90) -> list[str]:
    """Return one line per campaign: size, non-public share and the opening words of its text."""
    lines = []
    for group in store.campaigns():
        text = gate.campaign_quote(group, store.response_points) if gate.public else group.text
        start = " ".join(text.split())[:width]
        lines.append(
            f"Campagne {group.id}: {group.size} reacties ({group.non_public} niet-openbaar, "
            f"{group.adding} met eigen toevoeging): “{start}…”"
        )
    return lines
