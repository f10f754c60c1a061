"""Campaigns (form letters): near-identical responses found in near-linear time.

Exact duplicates are merged first; the rest go through MinHash signatures and LSH banding
(numpy, vectorised). Every candidate pair is confirmed with the exact word-5-gram Jaccard
similarity, so the result is the same graph as the pairwise reference method
(wetgen.consult.reference_pairwise) wherever LSH finds the edge, and LSH is tuned to find
edges at the 0.3 threshold with a probability above 0.998.
"""

from __future__ import annotations

import hashlib

import numpy as np

from wetgen.progress import NULL_PROGRESS, Progress

N = 5
THRESHOLD = 0.3
BANDS, ROWS = 64, 2  # P(candidate | J = 0.3) = 1 - (1 - 0.3**2)**64 ≈ 0.998
SECOND_CHANCE_TRIES = 200  # bucket mates a lone document is checked against
_MULT = np.uint64(0x9E3779B97F4A7C15)


def shingle_sets(texts: list[str], n: int = N) -> list[np.ndarray]:
    """Return, per text, the sorted unique 64-bit hashes of its word n-grams (whitespace words)."""
    vocab: dict[str, int] = {}
    out: list[np.ndarray] = []
    powers = [np.uint64(pow(1_000_003, k, 2**64)) for k in range(n)]
    for text in texts:
        tokens = text.split()
        if len(tokens) < n:
            out.append(np.empty(0, dtype=np.uint64))
            continue
        ids = np.fromiter((vocab.setdefault(t, len(vocab) + 1) for t in tokens), dtype=np.uint64,
                          count=len(tokens))  # fmt: skip
        size = len(tokens) - n + 1
        h = np.zeros(size, dtype=np.uint64)
        for k in range(n):
            h += ids[k : k + size] * powers[k]
        out.append(np.unique(h))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return the Jaccard similarity of two sorted unique hash arrays (0.0 if either is empty)."""
    if not len(a) or not len(b):
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (len(a) + len(b) - inter)


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_clusters(
    texts: list[str], threshold: float = THRESHOLD, n: int = N, progress: Progress = NULL_PROGRESS
) -> list[list[int]]:
    """Return the groups (two or more) of texts joined by word-n-gram Jaccard ≥ threshold."""
    progress.start("Campagnes zoeken", 3)
    sets = shingle_sets(texts, n)
    progress.advance()
    union = _Union(len(texts))
    linked: set[int] = set()
    uniques = _merge_exact(sets, union, linked)
    progress.advance()
    if len(uniques) > 1:
        signatures = _minhash([sets[i] for i in uniques])
        _lsh(signatures, uniques, sets, union, linked, threshold)
    progress.advance()
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(union.find(i), []).append(i)
    return sorted(groups.values())


def _merge_exact(sets: list[np.ndarray], union: _Union, linked: set[int]) -> list[int]:
    first: dict[bytes, int] = {}
    uniques: list[int] = []
    for i, grams in enumerate(sets):
        if not len(grams):
            continue
        digest = hashlib.blake2b(grams.tobytes(), digest_size=16).digest()
        if digest in first:
            union.union(first[digest], i)
            linked.update((first[digest], i))
        else:
            first[digest] = i
            uniques.append(i)
    return uniques


def _minhash(sets: list[np.ndarray], perms: int = BANDS * ROWS) -> np.ndarray:
    rng = np.random.default_rng(20260101)
    a = rng.integers(1, 2**63, size=perms, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=perms, dtype=np.uint64)
    lengths = np.fromiter((len(s) for s in sets), dtype=np.int64, count=len(sets))
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    flat = np.concatenate(sets) * _MULT
    signatures = np.empty((len(sets), perms), dtype=np.uint64)
    for k in range(perms):
        hashed = flat * a[k] + b[k]
        hashed ^= hashed >> np.uint64(29)
        signatures[:, k] = np.minimum.reduceat(hashed, offsets)
    return signatures


def _lsh(
    signatures: np.ndarray,
    uniques: list[int],
    sets: list[np.ndarray],
    union: _Union,
    linked: set[int],
    threshold: float,
) -> None:
    docs = np.asarray(uniques)
    tried: set[tuple[int, int]] = set()
    for members in _buckets(signatures):
        _bucket(docs[members].tolist(), sets, union, linked, threshold, tried)
    _second_chance(signatures, docs, sets, union, linked, threshold)


def _buckets(signatures: np.ndarray):
    """Yield, per band, the row indices of every bucket with two or more signatures."""
    for band in range(BANDS):
        chunk = signatures[:, band * ROWS : (band + 1) * ROWS]
        keys = chunk[:, 0] * np.uint64(0x100000001B3) ^ chunk[:, 1]
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        ends = np.r_[starts[1:], len(order)]
        for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            yield order[s:e]


def _bucket(
    members: list[int],
    sets: list[np.ndarray],
    union: _Union,
    linked: set[int],
    threshold: float,
    tried: set[tuple[int, int]],
) -> None:
    """Compare each member with one representative of every other component in the bucket."""
    reps: dict[int, int] = {}  # component root → its first member in this bucket
    for x in members:
        for rep in list(reps.values()):
            if union.find(rep) == union.find(x) or (rep, x) in tried:
                continue
            tried.add((rep, x))
            if jaccard(sets[x], sets[rep]) >= threshold:
                union.union(x, rep)
                linked.update((x, rep))
        reps = {union.find(r): r for r in reps.values()}
        reps.setdefault(union.find(x), x)


def _second_chance(
    signatures: np.ndarray,
    docs: np.ndarray,
    sets: list[np.ndarray],
    union: _Union,
    linked: set[int],
    threshold: float,
) -> None:
    """Check documents still alone against all their bucket mates, most similar first."""
    row_of = {int(d): i for i, d in enumerate(docs)}
    alone = {row_of[int(d)] for d in docs if int(d) not in linked}
    if not alone:
        return
    mates: dict[int, set[int]] = {}
    for members in _buckets(signatures):
        lonely = [m for m in members.tolist() if m in alone]
        for m in lonely:
            mates.setdefault(m, set()).update(members.tolist())
    for row in sorted(mates):
        others = np.fromiter(sorted(mates[row] - {row}), dtype=np.int64)
        estimate = (signatures[others] == signatures[row]).mean(axis=1)
        for index in np.argsort(-estimate, kind="stable")[:SECOND_CHANCE_TRIES]:
            if estimate[index] < threshold / 3:
                break
            x, y = int(docs[row]), int(docs[others[index]])
            if jaccard(sets[x], sets[y]) >= threshold:
                union.union(x, y)
                linked.update((x, y))
