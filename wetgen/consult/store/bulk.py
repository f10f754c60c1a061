"""The Store's reads for an ingest in chunks: identities of one chunk, and the campaign texts of
every response streamed in store order, so a million responses are never all in memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby

from wetgen.consult.store.base import StoreBase

_CHUNK = 500  # SQLite host parameters per query


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class BulkReads(StoreBase):
    """The part of the Store that a chunked ingest reads through."""

    def identities(self, keys: Sequence[str]) -> dict[str, tuple[str, str, int]]:
        """Return key → (id, digest, seq) for the stored responses among `keys`."""
        out: dict[str, tuple[str, str, int]] = {}
        for chunk in _chunks(keys):
            marks = ", ".join("?" * len(chunk))
            for key, rid, digest, seq in self.conn.execute(
                f"SELECT key, id, digest, seq FROM responses WHERE key IN ({marks})", chunk
            ):
                out[key] = (rid, digest, seq)
        return out

    def id_owners(self, ids: Sequence[str]) -> dict[str, str]:
        """Return id → key for the stored responses among `ids`."""
        out: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            out.update(
                self.conn.execute(f"SELECT id, key FROM responses WHERE id IN ({marks})", chunk)
            )
        return out

    def next_seq(self) -> int:
        """Return the seq the next new response gets."""
        return self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM responses").fetchone()[0]

    def keys_like(self, prefixes: Iterable[str]) -> list[str]:
        """Return the stored keys that start with one of `prefixes`."""
        out: list[str] = []
        for prefix in prefixes:
            out += [r[0] for r in self.conn.execute(
                "SELECT key FROM responses WHERE key >= ? AND key < ?", (prefix, prefix + "\uffff"))]  # fmt: skip
        return out

    def stream_campaign_texts(self, statuses: Sequence[str]) -> Iterator[tuple[str, str, int, int]]:
        """Yield (id, compared text, public, seq) of every response in store order; the
        compared text is its read attachments' text joined, else its answers."""
        yield from self._campaign_rows(statuses, "", ())

    def campaign_texts_at(self, seqs: Sequence[int], statuses: Sequence[str]) -> list[str]:
        """Return the compared texts of the responses at `seqs` (as stream_campaign_texts gives
        them), in that order, read in one query ("" for a seq not stored). Found by seq, the
        rows are read in store order, so a page of a large campaign reads the table forward
        instead of at random through the id index (at a million responses, a third less time
        to read the members of every campaign)."""
        marks = ", ".join("?" * len(seqs))
        found = {seq: text for _, text, _, seq in
                 self._campaign_rows(statuses, f"WHERE r.seq IN ({marks}) ", tuple(seqs))}  # fmt: skip
        return [found.get(seq, "") for seq in seqs]

    def _campaign_rows(
        self, statuses: Sequence[str], where: str, values: tuple[int, ...]
    ) -> Iterator[tuple[str, str, int, int]]:
        marks = ", ".join("?" * len(statuses))
        cursor = self.conn.execute(
            "SELECT r.id, r.text, r.public, r.seq, a.text FROM responses r "
            f"LEFT JOIN attachments a ON a.response_id = r.id AND a.status IN ({marks}) "
            f"{where}ORDER BY r.seq, a.seq",
            (*statuses, *values),
        )
        for (rid, text, public, seq), rows in groupby(cursor, key=lambda r: r[:4]):
            joined = "\n".join(r[4] for r in rows if r[4])
            yield rid, joined or text, public, seq
