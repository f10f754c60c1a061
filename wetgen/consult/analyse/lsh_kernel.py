"""The compiled loops of campaign detection: n-gram hashes, MinHash, and LSH buckets to
confirmed Jaccard edges.

Compiled with numba because the work is millions of small steps (hashing every word n-gram,
one exact Jaccard per candidate pair, union-find, per-bucket bookkeeping) that cost microseconds each in Python
and nanoseconds compiled. The first call compiles the loops (about 10 s); numba caches the
machine code in $NUMBA_CACHE_DIR when set, else next to this module, else (a read-only
install) in the user's cache folder (~/.cache/numba), and later processes load it in about
a second. Where no folder is writable the loops are compiled in memory on every run.
`kernel_warmup` does the first compile ahead, on the progress bar.
"""

from __future__ import annotations

from pathlib import Path

import numba
import numpy as np
from numba import njit

# Sort keys pack (agreement, root, position) into one int64: positions and document numbers
# below 2**26 (67 million texts), agreements below 2**9 (at most 511 permutations).
_POS_SHIFT = np.int64(26)
_AGREE_SHIFT = np.int64(52)
_ROOT_FIRST_SHIFT = np.int64(35)
# The pairs already compared are remembered in a table, each in the slot its hash picks (a newer
# pair takes the slot over): a pair compared again only costs time, since its result is the
# same, and a set of every pair grew to gigabytes at a million responses. The table has 16 slots
# per text (128 MB at a million): of a fixed size, it forgot more pairs the more texts there were.
_SLOTS_PER_TEXT = 16
_SLOT_MULT = np.uint64(0x9E3779B97F4A7C15)
# The chosen member's codes are put in a table by their top 16 bits (256 KB) once, and each
# candidate's codes are looked up there: half the steps of merging two sorted runs, without a
# branch. Codes of one text that share their top bits (a few in a text of a few hundred n-grams)
# are kept aside.
_PREFIX_BITS = 16
_LOW = np.uint32(32 - _PREFIX_BITS)
_ASIDE = 4  # codes kept aside at most; a text with more is compared by merging
# A longer text (an attachment) would share top bits among more than _ASIDE of its codes
# (about n² / 2**17 of them), so it is merged without trying the table.
_TABLE_MOST = 512


def _compiled(func):
    """Compile `func` with numba, its machine code cached on disk when a folder is writable."""
    try:
        return njit(cache=True)(func)
    except RuntimeError:  # numba: "cannot cache function …: no locator available"
        return njit(func)


@_compiled
def ngram_hashes(ids, starts, n, powers):
    """Return (flat, offsets): per document, the sorted unique 32-bit codes of its word n-grams.

    Document d is the word numbers ids[starts[d]:starts[d + 1]]; an n-gram's 64-bit hash is
    sum(ids[p + k] * powers[k]) in arithmetic that wraps around, and its code the top 32 bits
    of that hash mixed (half the memory; two n-grams of a pair of letters share a code by
    chance with a probability of about 1e-5, which moves their similarity by one n-gram).
    """
    docs = len(starts) - 1
    total = 0
    for d in range(docs):
        total += max(starts[d + 1] - starts[d] - n + 1, 0)
    flat = np.empty(total, dtype=np.uint32)
    offsets = np.zeros(docs + 1, dtype=np.int64)
    end = 0
    for d in range(docs):
        first, size = starts[d], starts[d + 1] - starts[d] - n + 1
        if size > 0:
            hashes = np.zeros(size, dtype=np.uint64)
            for k in range(n):
                for p in range(size):
                    hashes[p] += ids[first + p + k] * powers[k]
            codes = np.empty(size, dtype=np.uint32)
            for p in range(size):
                codes[p] = np.uint32(_mix(hashes[p]) >> np.uint64(32))
            codes.sort()
            for p in range(size):
                if p == 0 or codes[p] != codes[p - 1]:
                    flat[end] = codes[p]
                    end += 1
        offsets[d + 1] = end
    return flat[:end].copy(), offsets


@_compiled
def _mix(h):
    """Return h with every bit mixed into the high ones (the 64-bit finaliser of MurmurHash3)."""
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


@_compiled
def minhash(flat, offsets, docs, a, b, mult):
    """Return the MinHash signature (one minimum per permutation) of each document in docs.

    Permutation k maps a code h to x = (h * mult) * a[k] + b[k], then x ^ (x >> 29); the
    signature keeps the top 32 bits of each minimum (which are the minimum of the top 32 bits:
    half the memory, and two different minima agree by chance once in 4 billion).
    """
    signatures = np.empty((len(docs), len(a)), dtype=np.uint32)
    row = np.empty(len(a), dtype=np.uint64)
    shift, top = np.uint64(29), np.uint64(32)
    for r in range(len(docs)):
        row[:] = np.uint64(0xFFFFFFFFFFFFFFFF)
        for i in range(offsets[docs[r]], offsets[docs[r] + 1]):
            v = np.uint64(flat[i]) * mult
            for k in range(len(a)):
                x = v * a[k] + b[k]
                x ^= x >> shift
                if x < row[k]:
                    row[k] = x
        for k in range(len(a)):
            signatures[r, k] = np.uint32(row[k] >> top)
    return signatures


@_compiled
def _find(parent: np.ndarray, x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@_compiled
def jaccard_runs(flat: np.ndarray, offsets: np.ndarray, x: int, y: int) -> float:
    """The Jaccard similarity of two sorted unique runs of `flat` (0.0 if either is empty)."""
    i, i_end = offsets[x], offsets[x + 1]
    j, j_end = offsets[y], offsets[y + 1]
    la, lb = i_end - i, j_end - j
    if la == 0 or lb == 0:
        return 0.0
    inter = 0
    # without branches: which run moves on is data the processor cannot predict, and a
    # mispredicted branch per step cost a fifth of the clustering at a million responses
    while i < i_end and j < j_end:
        a, b = flat[i], flat[j]
        inter += a == b
        i += a <= b
        j += b <= a
    return inter / (la + lb - inter)


@_compiled
def _empty_table():
    """A prefix table holding no code: slot p holds a code whose top bits are not p."""
    table = np.empty(1 << _PREFIX_BITS, dtype=np.uint32)
    for p in range(len(table)):
        table[p] = np.uint32((p ^ 1) << _LOW)
    return table


@_compiled
def _fill(table, aside, flat, offsets, x):
    """Put text x's codes in `table` by their top bits, those whose slot is taken in `aside`;
    return how many were put aside, or -1 when more would have to be."""
    n = 0
    for i in range(offsets[x], offsets[x + 1]):
        c = flat[i]
        p = c >> _LOW
        if (table[p] >> _LOW) == p:
            if n == len(aside):
                return -1
            aside[n] = c
            n += 1
        else:
            table[p] = c
    return n


@_compiled
def _empty(table, flat, offsets, x):
    """Take text x's codes out of `table` again."""
    for i in range(offsets[x], offsets[x + 1]):
        p = flat[i] >> _LOW
        table[p] = np.uint32((p ^ np.uint32(1)) << _LOW)


@_compiled
def _jaccard_filled(table, aside, n_aside, flat, offsets, x, y):
    """The Jaccard similarity of text x, put in `table` and `aside`, and text y."""
    la, lb = offsets[x + 1] - offsets[x], offsets[y + 1] - offsets[y]
    if la == 0 or lb == 0:
        return 0.0
    inter = 0
    for j in range(offsets[y], offsets[y + 1]):
        c = flat[j]
        inter += table[c >> _LOW] == c
    for k in range(n_aside):
        found = False
        for j in range(offsets[y], offsets[y + 1]):
            found |= flat[j] == aside[k]
        inter += found
    return inter / (la + lb - inter)


@_compiled
def _ranked_candidates(agree, roots, candidates, tries, perms):
    """The candidates most similar first, at most `tries` per component.

    Ties go by bucket position when there are at most `tries` candidates, else by root and
    then position (the order in which the per-component cut leaves them).
    """
    count = len(candidates)
    if count <= tries:
        keys = np.empty(count, dtype=np.int64)
        for k in range(count):
            c = candidates[k]
            keys[k] = ((perms - agree[c]) << _AGREE_SHIFT) | c
        return candidates[np.argsort(keys)]
    by_root = np.empty(count, dtype=np.int64)
    for k in range(count):
        c = candidates[k]
        by_root[k] = (roots[c] << _ROOT_FIRST_SHIFT) | ((perms - agree[c]) << _POS_SHIFT) | c
    ordered = candidates[np.argsort(by_root)]
    kept = np.empty(count, dtype=np.int64)
    n_kept = 0
    rank = 0
    for k in range(count):
        c = ordered[k]
        if k > 0 and roots[c] != roots[ordered[k - 1]]:
            rank = 0
        if rank < tries:
            kept[n_kept] = c
            n_kept += 1
        rank += 1
    kept = kept[:n_kept]
    keys = np.empty(n_kept, dtype=np.int64)
    for k in range(n_kept):
        c = kept[k]
        keys[k] = ((perms - agree[c]) << _AGREE_SHIFT) | (roots[c] << _POS_SHIFT) | c
    return kept[np.argsort(keys)]


@_compiled
def confirm_buckets(
    band_of_bucket,
    bucket_rows,
    bucket_starts,
    docs,
    signatures,
    flat,
    offsets,
    parent,
    linked,
    threshold,
    floor,
    tries,
):
    """Confirm the LSH candidates of every bucket exactly, joining components in `parent`.

    Bucket b holds the signature rows bucket_rows[bucket_starts[b]:bucket_starts[b + 1]],
    in band band_of_bucket[b]. Per bucket, one member of each component (rotating with the
    band) is compared with the members of the other components whose MinHash agreement is at
    least `floor`, the `tries` most similar of each component; a pair is compared once over
    the whole run, unless the table of compared pairs has forgotten it.
    """
    perms = signatures.shape[1]
    largest = np.max(np.diff(bucket_starts)) if len(band_of_bucket) else 0
    agree = np.empty(largest, dtype=np.int64)
    candidates = np.empty(largest, dtype=np.int64)
    slot_bits = max(int(np.ceil(np.log2(max(len(parent), 2) * _SLOTS_PER_TEXT))), 16)
    slot_shift = np.uint64(64 - slot_bits)
    tried = np.full(1 << slot_bits, -1, dtype=np.int64)  # pairs compared lately, by slot
    table = _empty_table()
    aside = np.empty(_ASIDE, dtype=np.uint32)
    stride = np.int64(len(parent))
    done = np.full(len(parent), -1, dtype=np.int64)  # bucket number in which a root was done
    for b in range(len(band_of_bucket)):
        band = band_of_bucket[b]
        rows = bucket_rows[bucket_starts[b] : bucket_starts[b + 1]]
        m = len(rows)
        members = docs[rows]
        roots = np.empty(m, dtype=np.int64)
        for k in range(m):
            roots[k] = _find(parent, members[k])
        # one member per component, the (band % size)-th in bucket order, components by root
        grouped = np.empty(m, dtype=np.int64)
        for k in range(m):
            grouped[k] = (roots[k] << _POS_SHIFT) | k
        grouped = np.argsort(grouped)
        chosen = np.empty(m, dtype=np.int64)
        n_chosen = 0
        start = 0
        for k in range(1, m + 1):
            if k == m or roots[grouped[k]] != roots[grouped[start]]:
                chosen[n_chosen] = grouped[start + band % (k - start)]
                n_chosen += 1
                start = k
        if n_chosen == 1:
            continue
        chosen = np.sort(chosen[:n_chosen])
        # two texts alone in their components in this bucket are compared once, by the one
        # whose turn comes first: the agreement and the similarity are the same either way
        single = np.ones(m, dtype=np.bool_)
        for k in range(1, m):
            if roots[grouped[k]] == roots[grouped[k - 1]]:
                single[grouped[k]] = single[grouped[k - 1]] = False
        had_turn = np.zeros(m, dtype=np.bool_)
        block = signatures[rows]  # the bucket's signatures side by side, read once from memory
        for first in chosen:
            root = roots[first]
            if done[root] == b:
                continue
            alone = True
            for k in range(m):
                if roots[k] != root:
                    alone = False
                    break
            if alone:
                break
            x = members[first]
            n_candidates = 0
            mine = block[first]
            had_turn[first] = True
            lone = single[first]
            for k in range(m):
                if roots[k] == root:
                    continue  # only other components' members are candidates
                if lone and single[k] and had_turn[k]:
                    continue
                theirs = block[k]
                same = 0
                for p in range(perms):
                    same += mine[p] == theirs[p]
                agree[k] = same
                if same >= floor:
                    candidates[n_candidates] = k
                    n_candidates += 1
            n_aside = -2  # x not yet in the table
            for j in _ranked_candidates(agree, roots, candidates[:n_candidates], tries, perms):
                if roots[j] == roots[first]:
                    continue
                y = members[j]
                pair = x * stride + y if x < y else y * stride + x
                slot = (np.uint64(pair) * _SLOT_MULT) >> slot_shift
                if tried[slot] == pair:
                    continue
                tried[slot] = pair
                if n_aside == -2:
                    n_aside = -1  # merged: too long for the table, or too many codes aside
                    if offsets[x + 1] - offsets[x] <= _TABLE_MOST:
                        n_aside = _fill(table, aside, flat, offsets, x)
                if n_aside >= 0:
                    similarity = _jaccard_filled(table, aside, n_aside, flat, offsets, x, y)
                else:
                    similarity = jaccard_runs(flat, offsets, x, y)
                if similarity >= threshold:
                    a, c = roots[j], roots[first]
                    rx, ry = _find(parent, x), _find(parent, y)
                    if rx != ry:
                        parent[max(rx, ry)] = min(rx, ry)
                    linked[x] = True
                    linked[y] = True
                    new_root = _find(parent, x)
                    for k in range(m):
                        if roots[k] == a or roots[k] == c:
                            roots[k] = new_root
                            single[k] = False
            if n_aside != -2:
                _empty(table, flat, offsets, x)
            done[roots[first]] = b


# the kernels called from Python (the others are compiled into confirm_buckets)
KERNELS = (ngram_hashes, minhash, jaccard_runs, confirm_buckets)


def cache_folder() -> Path | None:
    """Return the folder numba caches the kernels in, or None when it can cache them nowhere."""
    path = minhash.stats.cache_path
    return Path(path) if path else None


def index_is_fresh(folder: Path, name: str) -> bool:
    """Tell whether `folder` has numba's index of kernel `name`, newer than its source and numba."""
    newest_code = max(Path(__file__).stat().st_mtime, Path(numba.__file__).stat().st_mtime)
    indexes = folder.glob(f"{Path(__file__).stem}.{name}-*.nbi")
    return any(index.stat().st_mtime >= newest_code for index in indexes)


def is_cached() -> bool:
    """Tell whether numba will load every kernel from its cache instead of compiling it."""
    folder = cache_folder()
    return folder is not None and all(index_is_fresh(folder, k.__name__) for k in KERNELS)
