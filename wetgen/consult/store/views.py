"""The Store's read views for staff: counts per node, the points on one node, categories.

What of these may be published is decided elsewhere (wetgen.consult.publish.privacy); these
queries return the stored values as they are.
"""

from __future__ import annotations

from wetgen.consult.store.base import StoreBase
from wetgen.consult.store.schema import CategoryTotal, NodePoint, NodeSummary

GENERAL = "algemeen"  # the pseudo-node of points on no node of the bill

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


class ReadViews(StoreBase):
    """The part of the Store that `consult show` reads through."""

    def summary(self) -> list[NodeSummary]:
        """Return the counts per node in bill order, the general group last; nodes without
        points are included."""
        rows = self.conn.execute(
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
        return [NodeSummary(*r) for r in order]

    def node_points(self, eid: str) -> list[NodePoint]:
        """Return the points on a node with how they got there, in response order."""
        rows = self.conn.execute(
            f"""
            SELECT pn.point_id, r.id, pn.method, pn.evidence, pn.matched, p.part, p.text
              FROM ({POINT_NODES}) pn
              JOIN points p ON p.id = pn.point_id
              JOIN responses r ON r.id = p.response_id
             WHERE pn.node_eid = ?
             ORDER BY r.seq, p.seq
            """,
            (eid,),
        )
        return [NodePoint(*r) for r in rows]

    def category_counts(self) -> list[CategoryTotal]:
        """Return (category, responses, of which non-public), all responses counted."""
        rows = self.conn.execute(
            "SELECT category, COUNT(*), SUM(public = 0) FROM respondents "
            "GROUP BY category ORDER BY COUNT(*) DESC, category"
        )
        return [CategoryTotal(*r) for r in rows]
