"""Campaigns (form letters): near-identical responses found in near-linear time.

Exact duplicates are merged first; the rest go through MinHash signatures and LSH banding
(numpy, vectorised). Every candidate pair is confirmed with the exact word-5-gram Jaccard
similarity, so the result is the same graph as the pairwise reference method
(wetgen.consult.reference_pairwise) wherever LSH finds the edge, and LSH is tuned to find
edges at the 0.3 threshold with a probability above 0.998.
"""

from __future__ import annotations

import hashlib
import itertools

import numpy as np

from wetgen.progress import NULL_PROGRESS, Progress

N = 5
THRESHOLD = 0.3
BANDS, ROWS = 64, 2  # P(candidate | J = 0.3) = 1 - (1 - 0.3**2)**64 ≈ 0.998
ESTIMATE_MARGIN = (
    0.15  # 3.7 standard deviations of the MinHash estimate at J = 0.3, 128 permutations
)
TRIES_PER_COMPONENT = 12  # most similar members of another component tried, per bucket
_MULT = np.uint64(0x9E3779B97F4A7C15)


def shingle_sets(texts: list[str], n: int = N) -> list[np.ndarray]:
    """Return, per text, the sorted unique 64-bit hashes of its word n-grams (whitespace words)."""
    vocab: dict[str, int] = {}
    numbers = itertools.count(1)  # a new word takes the next number; a known one keeps its own
    out: list[np.ndarray] = []
    powers = [np.uint64(pow(1_000_003, k, 2**64)) for k in range(n)]
    for text in texts:
        tokens = text.split()
        if len(tokens) < n:
            out.append(np.empty(0, dtype=np.uint64))
            continue
        ids = np.array(list(map(vocab.setdefault, tokens, numbers)), dtype=np.uint64)
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
    if len(a) > len(b):
        a, b = b, a
    positions = np.searchsorted(b, a)
    positions[positions == len(b)] = 0
    inter = int(np.count_nonzero(b[positions] == a))
    return inter / (len(a) + len(b) - inter)


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        """Return the root of x, halving the path."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Join the components of a and b under the smaller root."""
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
    for band, rows in _buckets(signatures):
        _bucket(rows.tolist(), docs, signatures, sets, union, linked, threshold, tried, band)


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
            yield band, order[s:e]


def _best_per_component(candidates: np.ndarray, agree: np.ndarray, roots: np.ndarray) -> np.ndarray:
    """Return the candidates, most similar first, at most TRIES_PER_COMPONENT per component."""
    if len(candidates) <= TRIES_PER_COMPONENT:
        return candidates[np.argsort(-agree[candidates], kind="stable")]
    ranked = candidates[np.argsort(-agree[candidates], kind="stable")]
    by_root = ranked[np.argsort(roots[ranked], kind="stable")]
    keys = roots[by_root]
    starts = np.r_[0, np.flatnonzero(keys[1:] != keys[:-1]) + 1]
    rank = np.arange(len(by_root)) - np.repeat(starts, np.diff(np.r_[starts, len(by_root)]))
    kept = by_root[rank < TRIES_PER_COMPONENT]
    return kept[np.argsort(-agree[kept], kind="stable")]


def _bucket(
    rows: list[int],
    docs: np.ndarray,
    signatures: np.ndarray,
    sets: list[np.ndarray],
    union: _Union,
    linked: set[int],
    threshold: float,
    tried: set[tuple[int, int]],
    band: int = 0,
) -> None:
    """Compare one member of each component in the bucket with the members of the others.

    The member standing for a component changes from band to band, so that across the bands
    many members of a component meet the others. Each component is compared once per bucket,
    and a bucket whose members are all in one component costs nothing more. The MinHash
    estimate screens pairs first: a pair estimated far below the threshold (3.7 standard
    deviations at 128 permutations) is not compared exactly.
    """
    members = docs[rows].tolist()
    roots = np.fromiter((union.find(x) for x in members), dtype=np.int64, count=len(members))
    keys, inverse, counts = np.unique(roots, return_inverse=True, return_counts=True)
    if len(keys) == 1:
        return
    order = np.argsort(inverse, kind="stable")
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    chosen = order[starts + band % counts]  # one member per component, rotating with the band
    block = signatures[rows]
    floor = int(np.ceil(max(threshold - ESTIMATE_MARGIN, 0.0) * block.shape[1]))
    done: set[int] = set()  # components already compared with the rest of this bucket
    for first in sorted(chosen.tolist()):
        if int(roots[first]) in done:
            continue
        if (roots == roots[first]).all():
            return
        x = members[first]
        agree = np.count_nonzero(block == block[first], axis=1)
        candidates = np.flatnonzero((agree >= floor) & (roots != roots[first]))
        for j in _best_per_component(candidates, agree, roots).tolist():
            if roots[j] == roots[first]:
                continue
            y = members[j]
            pair = (x, y) if x < y else (y, x)
            if pair in tried:
                continue
            tried.add(pair)
            if jaccard(sets[x], sets[y]) >= threshold:
                joined = (roots[j], roots[first])
                union.union(x, y)
                linked.update(pair)
                roots[np.isin(roots, joined)] = union.find(x)
        done.add(int(roots[first]))
