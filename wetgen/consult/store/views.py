"""Read the store: per-article summaries, points of a node, and the publishable view.

Everything meant for publication goes through `publishable_points` and
`publishable_campaigns`: non-public respondents appear only as counts and private individuals
are not named; quoted text is redacted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from wetgen.consult.analyse.resolve import GENERAL
from wetgen.consult.publish.privacy import NON_PUBLIC, WITHHELD, public_name, redact

# Every point with the node(s) it is on: effective assignments, else the general group.
POINT_NODES = """
  SELECT p.id AS point_id, e.node_eid AS node_eid, e.method AS method, e.evidence AS evidence,
         e.matched AS matched
    FROM points p JOIN effective_assignments e ON e.point_id = p.id
  UNION ALL
  SELECT p.id, 'algemeen', 'geen', COALESCE(u.reason, ''), ''
    FROM points p LEFT JOIN unassigned u ON u.point_id = p.id
   WHERE p.id NOT IN (SELECT point_id FROM effective_assignments)
"""


@dataclass(frozen=True)
class NodeSummary:
    """Counts for one node of the bill (or the MvT, or the general group)."""

    eid: str
    label: str
    points: int
    responses: int
    public: int
    non_public: int
    campaign_responses: int


def summary(conn: sqlite3.Connection) -> list[NodeSummary]:
    """Return the counts per node in bill order; nodes without points are included."""
    rows = conn.execute(
        f"""
        SELECT n.eid, n.label, COUNT(pn.point_id), COUNT(DISTINCT r.id),
               COUNT(DISTINCT CASE WHEN r.public = 1 THEN r.id END),
               COUNT(DISTINCT CASE WHEN r.public = 0 THEN r.id END),
               COUNT(DISTINCT cm.response_id)
          FROM nodes n
          LEFT JOIN ({POINT_NODES}) pn ON pn.node_eid = n.eid
          LEFT JOIN points p ON p.id = pn.point_id
          LEFT JOIN responses r ON r.id = p.response_id
          LEFT JOIN campaign_members cm ON cm.response_id = r.id
         GROUP BY n.eid ORDER BY n.seq
        """
    ).fetchall()
    order = [r for r in rows if r[0] != GENERAL] + [r for r in rows if r[0] == GENERAL]
    return [NodeSummary(*tuple(r)) for r in order]


def node_points(conn: sqlite3.Connection, eid: str) -> list[sqlite3.Row]:
    """Return the points on a node with their respondent, method and evidence, in response order."""
    return conn.execute(
        f"""
        SELECT pn.point_id, pn.method, pn.evidence, pn.matched, p.text, p.part, r.id AS response_id,
               r.name, r.organisation, r.place, r.public, s.category, cm.campaign_id
          FROM ({POINT_NODES}) pn
          JOIN points p ON p.id = pn.point_id
          JOIN responses r ON r.id = p.response_id
          JOIN respondents s ON s.id = r.id
          LEFT JOIN campaign_members cm ON cm.response_id = r.id
         WHERE pn.node_eid = ?
         ORDER BY r.seq, p.seq
        """,
        (eid,),
    ).fetchall()


def category_counts(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Return (category, responses, of which non-public), all responses counted."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT category, COUNT(*), SUM(public = 0) FROM respondents GROUP BY category ORDER BY COUNT(*) DESC, category"
        )
    ]


def publishable_points(conn: sqlite3.Connection) -> Iterator[dict[str, object]]:
    """Yield every point as it may be published: identities and wording of non-public responses
    withheld, private individuals unnamed, personal data redacted from the text."""
    rows = conn.execute(
        f"""
        SELECT pn.point_id, pn.node_eid, n.label, pn.method, p.text, r.id AS response_id,
               r.name, r.organisation, r.public, s.category, cm.campaign_id
          FROM ({POINT_NODES}) pn
          JOIN nodes n ON n.eid = pn.node_eid
          JOIN points p ON p.id = pn.point_id
          JOIN responses r ON r.id = p.response_id
          JOIN respondents s ON s.id = r.id
          LEFT JOIN campaign_members cm ON cm.response_id = r.id
         ORDER BY n.seq, r.seq, p.seq
        """
    )
    for row in rows:
        public = bool(row["public"])
        yield {
            "point_id": row["point_id"],
            "response_id": row["response_id"],
            "node": row["node_eid"],
            "label": row["label"],
            "method": row["method"],
            "respondent": public_name(row["name"], row["organisation"], row["category"], public),
            "category": row["category"],
            "public": public,
            "campaign": row["campaign_id"] or "",
            "text": redact(row["text"]) if public else WITHHELD,
        }


def publishable_campaigns(conn: sqlite3.Connection) -> Iterator[dict[str, object]]:
    """Yield each campaign with a public representative text, its size and public additions."""
    for campaign in conn.execute("SELECT id, size FROM campaigns ORDER BY size DESC, id"):
        members = conn.execute(
            """SELECT m.response_id, m.added, r.public, r.seq, a.text FROM campaign_members m
                 JOIN responses r ON r.id = m.response_id
                 LEFT JOIN campaigns a ON a.representative = m.response_id
                WHERE m.campaign_id = ? ORDER BY r.seq""",
            (campaign["id"],),
        ).fetchall()
        text = _public_campaign_text(conn, campaign["id"], members)
        public_added = [redact(m["added"]) for m in members if m["public"] and m["added"]]
        yield {
            "campaign": campaign["id"],
            "size": campaign["size"],
            "non_public": sum(1 for m in members if not m["public"]),
            "text": text,
            "added": public_added,
            "added_withheld": sum(1 for m in members if not m["public"] and m["added"]),
        }


def _public_campaign_text(conn: sqlite3.Connection, cid: str, members: list[sqlite3.Row]) -> str:
    row = conn.execute(
        "SELECT c.text, r.public FROM campaigns c JOIN responses r ON r.id = c.representative WHERE c.id = ?",
        (cid,),
    ).fetchone()
    if row["public"]:
        return redact(row["text"])
    public = [m for m in members if m["public"]]
    if not public:
        return WITHHELD
    text = conn.execute(
        "SELECT text FROM responses WHERE id = ?", (public[0]["response_id"],)
    ).fetchone()[0]
    attachments = conn.execute(
        "SELECT text FROM attachments WHERE response_id = ? ORDER BY seq",
        (public[0]["response_id"],),
    ).fetchall()
    return redact("\n".join(a[0] for a in attachments if a[0]) or text)


def respondent_label(row: sqlite3.Row, public_only: bool) -> str:
    """Return how to show a respondent: full for internal use, or as it may be published."""
    if public_only:
        return public_name(row["name"], row["organisation"], row["category"], bool(row["public"]))
    who = row["organisation"] or row["name"] or "anoniem"
    return who if row["public"] else f"{who} ({NON_PUBLIC})"


def campaign_overview(conn: sqlite3.Connection, width: int = 90, public: bool = False) -> list[str]:
    """Return one line per campaign: size, non-public share and the opening words of its text."""
    lines = []
    rows = list(publishable_campaigns(conn)) if public else None
    for n, row in enumerate(
        conn.execute(
            """SELECT c.id, c.size, c.text, SUM(r.public = 0) AS hidden,
                  SUM(CASE WHEN m.added != '' THEN 1 ELSE 0 END) AS adding
             FROM campaigns c JOIN campaign_members m ON m.campaign_id = c.id
             JOIN responses r ON r.id = m.response_id GROUP BY c.id ORDER BY c.size DESC, c.id"""
        )
    ):
        text = str(rows[n]["text"]) if rows is not None else row["text"]
        start = " ".join(text.split())[:width]
        lines.append(
            f"Campagne {row['id']}: {row['size']} reacties ({row['hidden']} niet-openbaar, "
            f"{row['adding']} met eigen toevoeging): “{start}…”"
        )
    return lines
