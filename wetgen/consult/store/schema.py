"""The store's schema: the tables and their migrations, and the row layout of each as a named tuple.

Ingest owns the tables it derives (DERIVED_TABLES) and may rewrite them; staff own
STAFF_TABLES, which ingest never deletes: when an edited point's words change, ingest moves its
staff rows to the edited point, or into `detached_work` when it cannot tell which point that is
(wetgen.consult.store.identity). Both are keyed by stable ids (response id "R…", kept for as
long as the response is recognised; point id "R…-hash"), so staff work survives a re-ingest. Every table's columns are the
fields of its row tuple in TABLES, in order (tested). The read layouts at the end are what the
Store's queries return. docs/consultation.md describes every table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

SCHEMA_VERSION = 5

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes (eid TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  label TEXT NOT NULL, text TEXT NOT NULL, parent TEXT NOT NULL);
CREATE TABLE responses (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL,
  origin TEXT NOT NULL, source TEXT NOT NULL, name TEXT NOT NULL, place TEXT NOT NULL,
  organisation TEXT NOT NULL, email TEXT NOT NULL, submitted TEXT NOT NULL,
  public INTEGER NOT NULL, text TEXT NOT NULL, digest TEXT NOT NULL,
  category TEXT NOT NULL, category_reason TEXT NOT NULL);
CREATE TABLE attachments (response_id TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
  status TEXT NOT NULL, message TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (response_id, seq));
CREATE TABLE points (id TEXT PRIMARY KEY, response_id TEXT NOT NULL, seq INTEGER NOT NULL,
  part TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX points_response ON points (response_id, seq);
CREATE TABLE refs (point_id TEXT NOT NULL, seq INTEGER NOT NULL, raw TEXT NOT NULL,
  status TEXT NOT NULL, target TEXT NOT NULL, nodes TEXT NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY (point_id, seq));
CREATE TABLE assignments (point_id TEXT NOT NULL, node_eid TEXT NOT NULL, method TEXT NOT NULL,
  evidence TEXT NOT NULL, matched TEXT NOT NULL, score REAL NOT NULL,
  PRIMARY KEY (point_id, node_eid));
CREATE INDEX assignments_node ON assignments (node_eid);
CREATE TABLE unassigned (point_id TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE campaigns (id TEXT PRIMARY KEY, representative TEXT NOT NULL, size INTEGER NOT NULL,
  text TEXT NOT NULL);
CREATE TABLE campaign_members (response_id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL,
  similarity REAL NOT NULL, added TEXT NOT NULL);
CREATE TABLE problems (source TEXT NOT NULL, message TEXT NOT NULL, severity TEXT NOT NULL,
  PRIMARY KEY (source, message));
CREATE TABLE manual_assignments (point_id TEXT NOT NULL, node_eid TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '', PRIMARY KEY (point_id, node_eid));
CREATE TABLE category_overrides (response_id TEXT PRIMARY KEY, category TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '');
CREATE TABLE reactions (point_id TEXT PRIMARY KEY, reaction TEXT NOT NULL DEFAULT '',
  change TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '');
"""

_EFFECTIVE = """CREATE VIEW effective_assignments AS
  SELECT point_id, node_eid, 'manual' AS method, note AS evidence, '' AS matched, 1.0 AS score
    FROM manual_assignments
  UNION ALL
  SELECT a.point_id, a.node_eid, a.method, a.evidence, a.matched, a.score FROM assignments a
   WHERE a.point_id NOT IN (SELECT point_id FROM manual_assignments);
"""

_V2 = f"""
CREATE TABLE node_touches (eid TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (eid, article));
CREATE TABLE tags (target TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (target, tag));
CREATE TABLE notes (target TEXT NOT NULL, seq INTEGER NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY (target, seq));
{_EFFECTIVE}CREATE VIEW respondents AS
  SELECT r.id, r.name, r.place, r.organisation, r.public,
         COALESCE(o.category, r.category) AS category,
         CASE WHEN o.category IS NULL THEN r.category_reason ELSE 'handmatig' END AS category_reason
    FROM responses r LEFT JOIN category_overrides o ON o.response_id = r.id;
"""

_V3 = """
CREATE TABLE version_units (old_eid TEXT PRIMARY KEY, new_eid TEXT NOT NULL, node TEXT NOT NULL,
  old_label TEXT NOT NULL, new_label TEXT NOT NULL, old_short TEXT NOT NULL,
  new_short TEXT NOT NULL, status TEXT NOT NULL, detail TEXT NOT NULL, nota TEXT NOT NULL);
CREATE INDEX version_units_node ON version_units (node);
"""

_V4 = """
CREATE TABLE detached_work (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,
  response_id TEXT NOT NULL, text TEXT NOT NULL, data TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX detached_work_response ON detached_work (response_id);
CREATE INDEX responses_seq ON responses (seq);
"""

# The point tables' keys become named unique indexes (the same constraints), so that a first
# ingest can drop them and build them once at the end (POINT_KEYS). The view that names
# `assignments` is dropped first and made again last: SQLite refuses to rename a table while a
# view names one that does not exist.
_REBUILT = {
    "points": "id TEXT NOT NULL, response_id TEXT NOT NULL, seq INTEGER NOT NULL, part TEXT NOT NULL, text TEXT NOT NULL",
    "refs": "point_id TEXT NOT NULL, seq INTEGER NOT NULL, raw TEXT NOT NULL, status TEXT NOT NULL, target TEXT NOT NULL, nodes TEXT NOT NULL, reason TEXT NOT NULL",
    "assignments": "point_id TEXT NOT NULL, node_eid TEXT NOT NULL, method TEXT NOT NULL, evidence TEXT NOT NULL, matched TEXT NOT NULL, score REAL NOT NULL",
    "unassigned": "point_id TEXT NOT NULL, reason TEXT NOT NULL",
}  # fmt: skip
POINT_KEYS = {
    "points_id": "CREATE UNIQUE INDEX IF NOT EXISTS points_id ON points (id)",
    "points_response": "CREATE INDEX IF NOT EXISTS points_response ON points (response_id, seq)",
    "refs_key": "CREATE UNIQUE INDEX IF NOT EXISTS refs_key ON refs (point_id, seq)",
    "assignments_key": "CREATE UNIQUE INDEX IF NOT EXISTS assignments_key ON assignments (point_id, node_eid)",
    "assignments_node": "CREATE INDEX IF NOT EXISTS assignments_node ON assignments (node_eid)",
    "unassigned_key": "CREATE UNIQUE INDEX IF NOT EXISTS unassigned_key ON unassigned (point_id)",
}  # fmt: skip
_V5 = "DROP VIEW effective_assignments;\n" + "".join(
    f"CREATE TABLE {name}_v5 ({columns});\nINSERT INTO {name}_v5 SELECT * FROM {name} ORDER BY rowid;\n"
    f"DROP TABLE {name};\nALTER TABLE {name}_v5 RENAME TO {name};\n"
    for name, columns in _REBUILT.items()
) + "".join(f"{statement};\n" for statement in POINT_KEYS.values()) + _EFFECTIVE

MIGRATIONS = (_V1, _V2, _V3, _V4, _V5)  # MIGRATIONS[n] takes a store from version n to n + 1


# --- the tables that ingest derives -----------------------------------------------------


class MetaRow(NamedTuple):
    """A setting of the store: bill_fingerprint, bill_citeertitel, bill_version, bill_path and
    consulted_draft (the consulted version), newer_version, newer_path, newer_draft and
    newer_fingerprint (the version after consultation, when one was ingested)."""

    key: str
    value: str


class NodeRow(NamedTuple):
    """A node of the consulted bill (or the pseudo-nodes `mvt` and `algemeen`), in bill order."""

    eid: str
    seq: int
    kind: str
    label: str
    text: str
    parent: str


class TouchRow(NamedTuple):
    """An article of the amended law that an onderdeel changes or inserts."""

    eid: str
    article: str


class VersionUnitRow(NamedTuple):
    """A unit of the consulted bill, its counterpart in the newer version and what changed
    (wetgen.consult.analyse.versions.UnitVersion)."""

    old_eid: str
    new_eid: str
    node: str
    old_label: str
    new_label: str
    old_short: str
    new_short: str
    status: str
    detail: str
    nota: str


class ResponseRow(NamedTuple):
    """A response as read, with its derived category."""

    id: str
    key: str
    seq: int
    origin: str
    source: str
    name: str
    place: str
    organisation: str
    email: str
    submitted: str
    public: int
    text: str
    digest: str
    category: str
    category_reason: str


class AttachmentRow(NamedTuple):
    """A file that came with a response, and the text read from it."""

    response_id: str
    seq: int
    name: str
    status: str
    message: str
    text: str


class PointRow(NamedTuple):
    """One point of a response (a paragraph of its answer or of an attachment)."""

    id: str
    response_id: str
    seq: int
    part: str
    text: str


class RefRow(NamedTuple):
    """A reference found in a point, and what it resolved to."""

    point_id: str
    seq: int
    raw: str
    status: str
    target: str
    nodes: str  # comma-separated eids
    reason: str


class AssignmentRow(NamedTuple):
    """A point placed on a node, with the method, the passage and what matched."""

    point_id: str
    node_eid: str
    method: str
    evidence: str
    matched: str
    score: float


class UnassignedRow(NamedTuple):
    """A point in the general group, and why."""

    point_id: str
    reason: str


class CampaignRow(NamedTuple):
    """A campaign: its representative response, its size and its text."""

    id: str
    representative: str
    size: int
    text: str


class MemberRow(NamedTuple):
    """A response in a campaign: its similarity to the representative and what it added."""

    response_id: str
    campaign_id: str
    similarity: float
    added: str


class ProblemRow(NamedTuple):
    """A source that was refused (error) or only partly read (warning)."""

    source: str
    message: str
    severity: str


# --- the tables that staff own ------------------------------------------------------------


class ManualAssignmentRow(NamedTuple):
    """A point placed on a node by hand; replaces the point's automatic assignments."""

    point_id: str
    node_eid: str
    note: str


class CategoryOverrideRow(NamedTuple):
    """A respondent category set by hand."""

    response_id: str
    category: str
    note: str


class TagRow(NamedTuple):
    """A tag on a response or a point."""

    target: str
    tag: str


class NoteRow(NamedTuple):
    """A note on a response or a point."""

    target: str
    seq: int
    note: str


class ReactionRow(NamedTuple):
    """The ministry's reaction to a point, and how the bill changed."""

    point_id: str
    reaction: str
    change: str
    status: str


class DetachedRow(NamedTuple):
    """Staff work on a point that an edit made unrecognisable: kept, listed, never dropped."""

    seq: int
    kind: str  # the staff table it came from ("reactions", "manual_assignments", …)
    target: str  # the point id it was on
    response_id: str
    text: str  # the point's words when the work was detached
    data: str  # the staff row, as JSON
    reason: str


TABLES: dict[str, type[tuple]] = {
    "meta": MetaRow, "nodes": NodeRow, "node_touches": TouchRow,
    "version_units": VersionUnitRow, "responses": ResponseRow,
    "attachments": AttachmentRow, "points": PointRow, "refs": RefRow,
    "assignments": AssignmentRow, "unassigned": UnassignedRow, "campaigns": CampaignRow,
    "campaign_members": MemberRow, "problems": ProblemRow,
    "manual_assignments": ManualAssignmentRow, "category_overrides": CategoryOverrideRow,
    "tags": TagRow, "notes": NoteRow, "reactions": ReactionRow, "detached_work": DetachedRow,
}  # fmt: skip
DERIVED_TABLES = (
    "nodes", "node_touches", "version_units", "responses", "attachments", "points", "refs", "assignments", "unassigned",
    "campaigns", "campaign_members", "problems", "meta",
)  # fmt: skip
STAFF_TABLES = (
    "manual_assignments", "category_overrides", "reactions", "tags", "notes", "detached_work",
)  # fmt: skip


# --- what the Store's queries return --------------------------------------------------------


class RespondentRow(NamedTuple):
    """A response's respondent: identity, date, publication choice and effective category."""

    id: str
    seq: int
    name: str
    place: str
    organisation: str
    email: str
    submitted: str
    public: bool
    category: str


class PlacedPoint(NamedTuple):
    """A point with the nodes it is on (effective assignments) and its staff reaction."""

    id: str
    response_id: str
    seq: int
    text: str
    nodes: tuple[str, ...]  # empty: the general group
    unassigned_reason: str
    reaction: str
    change: str


class CampaignGroup(NamedTuple):
    """A campaign, its members (sorted by id), and how many are non-public or added words."""

    id: str
    representative: str
    size: int
    text: str
    members: tuple[str, ...]
    non_public: int
    adding: int


class NodeSummary(NamedTuple):
    """Counts for one node of the bill (or the MvT, or the general group)."""

    eid: str
    label: str
    points: int
    responses: int
    public: int
    non_public: int
    campaign_responses: int


class NodePoint(NamedTuple):
    """A point on one node, with how it got there, in response order."""

    point_id: str
    response_id: str
    method: str
    evidence: str
    matched: str
    part: str
    text: str


class CategoryTotal(NamedTuple):
    """Responses of one category, and how many of them are non-public."""

    category: str
    responses: int
    non_public: int


@dataclass(frozen=True)
class ReportData:
    """Everything a report reads from the store, in a stable order."""

    meta: dict[str, str]
    nodes: list[NodeRow]
    responses: list[RespondentRow]
    points: list[PlacedPoint]
    campaigns: list[CampaignGroup]
    membership: dict[str, str]  # response id → campaign id
    versions: list[VersionUnitRow] = field(default_factory=list)  # empty: no newer version
    targets: list[tuple[str, str, str]] = field(default_factory=list)  # (point, target, nodes)
