"""The Store's identities: which stored response a batch's response is, ids that never collide,
and staff work that follows a point whose words were edited.

A stored response keeps its id for as long as it is recognised (wetgen.consult.analyse.identity):
by its key, or, for keys made from the contents, by respondent and text. New responses get 96
bits of SHA-256 of their key (a million responses collide with probability about 6e-18); a
collision all the same is reported and the newcomer gets another id. Staff work on a point
moves to the edited point that matches it; what matches nothing is moved to `detached_work`,
reported by ingest and listed by `consult show --orphans`, never dropped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wetgen.consult.analyse.identity import (
    Candidate,
    Match,
    has_content_key,
    match_points,
    match_responses,
    source_file,
)
from wetgen.consult.read import RawResponse
from wetgen.consult.store.base import StoreBase
from wetgen.consult.store.schema import DetachedRow, PointRow

ID_HEX = 24  # 96 bits
POINT_WORK = (("manual_assignments", "point_id"), ("reactions", "point_id"),
              ("tags", "target"), ("notes", "target"))  # fmt: skip
_WORKED = " UNION ".join(f"SELECT {col} FROM {table}" for table, col in POINT_WORK)
_RESPONDENT = "origin, name, place, organisation, email, submitted"
GONE = "its point or response is no longer in the store"


def response_id(key: str) -> str:
    """Return the id a new response gets: "R" and 96 bits of the SHA-256 of its key."""
    return "R" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID_HEX]


def respondent(raw: RawResponse) -> tuple[str, ...]:
    """Return who sent a response, as identity compares it."""
    return (raw.origin, raw.name, raw.place, raw.organisation, raw.email, raw.submitted)


def candidate(raw: RawResponse) -> Candidate:
    """Return a response as identity compares it."""
    return Candidate(raw.key, respondent(raw), source_file(raw.source), raw.text)


def assign_id(key: str, owner: dict[str, str], source: str, problems: list) -> str:
    """Return a new response's id, one that no other key in `owner` (id → key) has; record it
    there, and add a (source, message) problem for every collision met on the way."""
    rid = response_id(key)
    for attempt in range(1, 1000):
        if rid not in owner:
            break
        # a fresh hash of the key and a counter: independent of the id that collided
        other = "R" + hashlib.sha256(f"{attempt}\x00{key}".encode()).hexdigest()[:ID_HEX]
        problems.append((source, f"response id {rid} of {key!r} is already that of "
                         f"{owner[rid]!r}; this response gets id {other}"))  # fmt: skip
        rid = other
    owner[rid] = key
    return rid


@dataclass
class Recognition:
    """The id of every response in a batch, which were recognised by their contents, and the
    problems met (id collisions, look-alikes left apart) as (source, message)."""

    ids: dict[str, str] = field(default_factory=dict)
    matched: list[Match] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


class IdentityTables(StoreBase):
    """The part of the Store that keeps responses and staff work attached across exports."""

    def recognise(self, responses: Mapping[str, RawResponse]) -> Recognition:
        """Give every response of a batch its id: the stored one when recognised (re-keying a
        response recognised by respondent or text), else a new one that collides with none."""
        stored = dict(self.conn.execute("SELECT key, id FROM responses"))
        result = Recognition()
        new = [candidate(r) for r in responses.values()
               if r.key not in stored and has_content_key(r.key)]  # fmt: skip
        absent = [k for k in stored if k not in responses and has_content_key(k)]
        result.matched, notes = self.rekey_edited(absent, new)
        result.problems += [("herkenning", note) for note in notes]
        for match in result.matched:
            stored[match.new_key] = stored.pop(match.old_key)
        owner = {rid: key for key, rid in stored.items()}
        for key in sorted(responses, key=lambda k: (responses[k].source, k)):
            rid = stored.get(key)
            if rid is None:
                rid = assign_id(key, owner, responses[key].source, result.problems)
            result.ids[key] = rid
        return result

    def rekey_edited(
        self, absent: list[str], new: list[Candidate]
    ) -> tuple[list[Match], list[str]]:
        """Recognise stored responses (keys `absent` from the batch) among the batch's unknown
        ones and give them their new keys; return the matches and the notes of matching."""
        if not absent or not new:
            return [], []
        matches, notes = match_responses(self._candidates(absent), new)
        for match in matches:
            self.conn.execute(
                "UPDATE responses SET key = ? WHERE key = ?", (match.new_key, match.old_key)
            )
        return matches, notes

    def _candidates(self, keys: list[str]) -> list[Candidate]:
        out = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT key, {_RESPONDENT}, source, text FROM responses WHERE key IN ({marks})",
                chunk,
            ):
                out.append(Candidate(row[0], tuple(row[1:7]), source_file(row[7]), row[8]))
        return out

    def reattach(self, rid: str, points: Sequence[tuple]) -> list[str]:
        """Move the staff work on a response's stored points to the edited points that match
        them; detach what matches none. Return a message for every point detached."""
        if self.keys_deferred:
            self.build_point_keys()
        worked = dict(
            self.conn.execute(
                f"SELECT id, text FROM points WHERE response_id = ? AND id IN ({_WORKED})", (rid,)
            )
        )
        new = {PointRow(*p).id: PointRow(*p).text for p in points}
        if not worked or all(pid in new for pid in worked):
            return []
        mapping = match_points(worked, new)
        messages = []
        for old, text in sorted(worked.items()):
            target = mapping.get(old, (old, 0.0))[0]
            if target == old:
                if old not in new:
                    messages.append(self.detach_point(old, rid, text, "no point of the edited "
                                                      "response matches it"))  # fmt: skip
            elif self._has_work(target):
                messages.append(self.detach_point(old, rid, text, f"the edited point {target} "
                                                  "has staff work of its own"))  # fmt: skip
            else:
                for table, col in POINT_WORK:
                    self.conn.execute(
                        f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (target, old)
                    )
        return messages

    def _has_work(self, point: str) -> bool:
        return any(
            self.conn.execute(f"SELECT 1 FROM {table} WHERE {col} = ?", (point,)).fetchone()
            for table, col in POINT_WORK
        )

    def detach_point(self, point: str, rid: str, text: str, reason: str) -> str:
        """Move every staff row on a point into detached_work; return a message saying so."""
        count = 0
        for table, col in POINT_WORK:
            cursor = self.conn.execute(f"SELECT * FROM {table} WHERE {col} = ?", (point,))
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                data = json.dumps(dict(zip(names, tuple(row), strict=True)), ensure_ascii=False)
                self.conn.execute(
                    "INSERT INTO detached_work VALUES (NULL, ?, ?, ?, ?, ?, ?)",
                    (table, point, rid, text, data, reason),
                )
                count += 1
            self.conn.execute(f"DELETE FROM {table} WHERE {col} = ?", (point,))
        clipped = text if len(text) <= 60 else text[:59] + "…"
        return (f"{count} staff row(s) on point {point} (“{clipped}”) detached: {reason}; "
                "see `wetgen consult show --orphans`")  # fmt: skip

    def orphan_work(self) -> list[DetachedRow]:
        """Return the staff work attached to nothing: the detached rows, then the rows whose
        point or response is gone (seq 0), each with why."""
        rows = [DetachedRow(*r) for r in self.conn.execute(
            "SELECT * FROM detached_work ORDER BY seq")]  # fmt: skip
        ids = "(SELECT id FROM points UNION SELECT id FROM responses)"
        for table, col in (*POINT_WORK, ("category_overrides", "response_id")):
            cursor = self.conn.execute(
                f"SELECT * FROM {table} WHERE {col} NOT IN {ids} ORDER BY {col}"
            )
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                data = dict(zip(names, tuple(row), strict=True))
                data_json = json.dumps(data, ensure_ascii=False)
                rows.append(DetachedRow(0, table, data[col], "", "", data_json, GONE))
        return rows
