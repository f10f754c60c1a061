"""Campaigns (form letters): near-identical responses found in near-linear time.

Exact duplicates are merged first; the rest go through MinHash signatures and LSH banding
(numpy, vectorised), and the buckets' candidates are confirmed in a compiled loop
(`wetgen.consult.analyse.lsh_kernel`). Per bucket, one member of each component, rotating with the
band, meets the most similar members of the others; a pair estimated by MinHash far below the
threshold (3.6 standard deviations at 192 permutations) is not compared. Every other candidate
pair is confirmed with the exact word-5-gram Jaccard similarity, so the result is the same
graph as the pairwise reference method (wetgen.consult.analyse.reference_pairwise) wherever LSH finds
the edge, and LSH is tuned to find an edge at the 0.3 threshold with a probability of 0.99988
(less where a band's bucket is crowded by a shared sentence and split by the next bands).
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterable

import numpy as np

from wetgen.consult.analyse.lsh_kernel import confirm_buckets, jaccard_runs, minhash, ngram_hashes
from wetgen.progress import NULL_PROGRESS, Progress

N = 5
THRESHOLD = 0.3
BANDS, ROWS = 96, 2  # P(candidate | J = 0.3) = 1 - (1 - 0.3**2)**96 ≈ 0.99988
# 3.6 standard deviations of the MinHash estimate at J = 0.3 (192 permutations): the floor
# misses a pair at the threshold with probability 7e-5, less often than the banding itself
# (1.2e-4). A wider margin (0.15) only confirmed more pairs that share a template sentence
# with each other, and those grow faster than the responses (docs/performance.md).
ESTIMATE_MARGIN = 0.12
TRIES_PER_COMPONENT = 12  # most similar members of another component tried, per bucket
_MULT = np.uint64(0x9E3779B97F4A7C15)
TEXTS_PER_STEP = 20_000  # texts whose word hashes are in memory at once while shingling
# A bucket that a template sentence fills with thousands of unrelated texts costs the square of
# its size; above BUCKET_CAP it is split by the next bands' rows (at most REFINE_BANDS of them).
BUCKET_CAP = 256
REFINE_BANDS = 4


class _WordHashes(dict):
    """A word's 64-bit hash, from its letters alone, computed once per distinct word.

    Hashing the content (not numbering words as they come) makes a text's n-gram hashes, and so
    the MinHash signatures, independent of which other texts are in the run and in what order.
    """

    def __missing__(self, word: str) -> int:
        value = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
        self[word] = value
        return value


class Shingles:
    """The word-n-gram code sets of many texts, stored flat: text i's sorted unique 32-bit
    codes are flat[offsets[i]:offsets[i + 1]].

    The texts are read once, TEXTS_PER_STEP at a time: only one step's word hashes are in
    memory at once, beside the growing codes (4 bytes per distinct n-gram of a text).
    """

    def __init__(self, texts: Iterable[str], n: int = N) -> None:
        vocab = _WordHashes()
        self._powers = np.array([pow(1_000_003, k, 2**64) for k in range(n)], dtype=np.uint64)
        self._n, self._codes, self._offsets = n, array("I"), array("q", [0])
        ids = array("Q")  # the word hashes of one step's texts, 8 bytes each
        starts = [0]
        for text in texts:
            tokens = text.split()
            if len(tokens) >= n:  # a text too short for one n-gram has no set
                ids.extend(map(vocab.__getitem__, tokens))
            starts.append(len(ids))
            if len(starts) > TEXTS_PER_STEP:
                self._add(ids, starts)
                ids, starts = array("Q"), [0]
        self._add(ids, starts)
        self.flat = np.frombuffer(self._codes, dtype=np.uint32)
        self.offsets = np.frombuffer(self._offsets, dtype=np.int64)

    def _add(self, ids: array, starts: list[int]) -> None:
        """Append the n-gram codes of one step's texts."""
        flat, offsets = ngram_hashes(
            np.frombuffer(ids, dtype=np.uint64), np.array(starts, dtype=np.int64), self._n,
            self._powers,
        )  # fmt: skip
        offsets[1:] += len(self._codes)
        self._codes.frombytes(flat.tobytes())
        self._offsets.frombytes(offsets[1:].tobytes())

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def set(self, i: int) -> np.ndarray:
        """Return text i's sorted unique n-gram hashes."""
        return self.flat[self.offsets[i] : self.offsets[i + 1]]

    def jaccard(self, i: int, j: int) -> float:
        """Return the Jaccard similarity of texts i and j (0.0 if either has no n-gram)."""
        return jaccard_runs(self.flat, self.offsets, i, j)


def shingle_sets(texts: list[str], n: int = N) -> list[np.ndarray]:
    """Return, per text, the sorted unique 32-bit codes of its word n-grams (whitespace words)."""
    shingles = Shingles(texts, n)
    return [shingles.set(i) for i in range(len(shingles))]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return the Jaccard similarity of two sorted unique code arrays (0.0 if either is empty)."""
    offsets = np.array([0, len(a), len(a) + len(b)], dtype=np.int64)
    return jaccard_runs(np.concatenate((a, b)), offsets, 0, 1)


def find_clusters(
    texts: list[str], threshold: float = THRESHOLD, n: int = N, progress: Progress = NULL_PROGRESS
) -> list[list[int]]:
    """Return the groups (two or more) of texts joined by word-n-gram Jaccard ≥ threshold."""
    progress.start("Campagnes zoeken", 3)
    shingles = Shingles(texts, n)
    progress.advance()
    return cluster(shingles, threshold, progress)


def cluster(
    shingles: Shingles, threshold: float = THRESHOLD, progress: Progress = NULL_PROGRESS
) -> list[list[int]]:
    """Return the groups (two or more) of texts whose n-gram sets join at Jaccard ≥ threshold."""
    parent = np.arange(len(shingles), dtype=np.int64)
    linked = np.zeros(len(shingles), dtype=np.bool_)
    uniques = _merge_exact(shingles, parent, linked)
    progress.advance()
    if len(uniques) > 1:
        signatures = _minhash(shingles, uniques)
        _lsh(signatures, uniques, shingles, parent, linked, threshold)
    progress.advance()
    groups: dict[int, list[int]] = {}
    for i in np.flatnonzero(linked).tolist():
        groups.setdefault(_root(parent, i), []).append(i)
    return sorted(groups.values())


def _root(parent: np.ndarray, x: int) -> int:
    while parent[x] != x:
        x = int(parent[x])
    return x


def _merge_exact(shingles: Shingles, parent: np.ndarray, linked: np.ndarray) -> np.ndarray:
    """Join texts with the same n-gram set to the first of them; return the first ones."""
    first: dict[bytes, int] = {}
    uniques: list[int] = []
    for i in range(len(shingles)):
        grams = shingles.set(i)
        if not len(grams):
            continue
        digest = hashlib.blake2b(grams.tobytes(), digest_size=16).digest()
        if digest in first:
            parent[i] = first[digest]
            linked[first[digest]] = linked[i] = True
        else:
            first[digest] = i
            uniques.append(i)
    return np.asarray(uniques, dtype=np.int64)


def _minhash(shingles: Shingles, docs: np.ndarray, perms: int = BANDS * ROWS) -> np.ndarray:
    rng = np.random.default_rng(20260101)
    a = rng.integers(1, 2**63, size=perms, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=perms, dtype=np.uint64)
    return minhash(shingles.flat, shingles.offsets, docs, a, b, _MULT)


def _lsh(
    signatures: np.ndarray,
    uniques: np.ndarray,
    shingles: Shingles,
    parent: np.ndarray,
    linked: np.ndarray,
    threshold: float,
) -> None:
    """Confirm every LSH bucket's candidates exactly (the compiled loop of lsh_kernel)."""
    bands, rows, starts = _buckets(signatures)
    floor = int(np.ceil(max(threshold - ESTIMATE_MARGIN, 0.0) * signatures.shape[1]))
    confirm_buckets(
        bands, rows, starts, uniques, signatures, shingles.flat, shingles.offsets,
        parent, linked, threshold, floor, TRIES_PER_COMPONENT,
    )  # fmt: skip


def _buckets(signatures: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return every bucket of two or more signatures, band by band: bands, rows, starts.

    Bucket b is the rows rows[starts[b]:starts[b + 1]] (ascending) of band bands[b]; within
    a band, buckets come in the order of their band key. A bucket of more than BUCKET_CAP
    signatures is split by the rows of the next bands, as long as that splits it.
    """
    bands, rows, sizes = [], [], []
    for band in range(BANDS):
        keys = _band_keys(signatures, band)
        pending = np.arange(len(keys))  # the rows whose bucket may still be crowded
        for extra in range(1, REFINE_BANDS + 1):
            pending = pending[_crowded(keys[pending])]
            if not len(pending):
                break
            more = _band_keys(signatures[pending], (band + extra) % BANDS)
            keys[pending] = _mix_keys(keys[pending], more)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        counts = np.diff(np.r_[starts, len(order)])
        shared = counts > 1
        keep = np.repeat(shared, counts)
        rows.append(order[keep].astype(np.int32))
        sizes.append(counts[shared])
        bands.append(np.full(int(shared.sum()), band, dtype=np.int64))
    sizes_all = np.concatenate(sizes)
    starts_all = np.zeros(len(sizes_all) + 1, dtype=np.int64)
    np.cumsum(sizes_all, out=starts_all[1:])
    return np.concatenate(bands), np.concatenate(rows), starts_all


def _band_keys(signatures: np.ndarray, band: int) -> np.ndarray:
    """Return each signature's 64-bit key in `band` (its ROWS minima side by side)."""
    chunk = signatures[:, band * ROWS : (band + 1) * ROWS]
    return chunk[:, 0].astype(np.uint64) << np.uint64(32) | chunk[:, 1]


def _crowded(keys: np.ndarray) -> np.ndarray:
    """Return a mask of the keys shared by more than BUCKET_CAP signatures."""
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    return counts[inverse] > BUCKET_CAP


def _mix_keys(keys: np.ndarray, more: np.ndarray) -> np.ndarray:
    """Return one 64-bit key per row for the pair (keys, more) (an odd multiplier, then xor)."""
    with np.errstate(over="ignore"):
        return (keys * _MULT) ^ more
