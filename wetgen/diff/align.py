"""Lining up two lists of texts (paragraphs, overwegingen, sections) in order, for the parts of
a bill that are prose rather than numbered units.

`align` keeps the order of both lists, as a reader compares two versions of a text: equal
texts pair first (an LCS over whole texts), then, between them, the most alike texts that keep
the order, when at least `SIMILARITY` alike. `ordered` turns any pairing into one merged
sequence of rows, splitting pairs that leave their order into a deletion and an insertion.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from wetgen.diff.match import moved

SIMILARITY = 50.0  # two different texts between the same equal ones pair when this alike
SAMPLE = 4000  # characters of a text that similarity looks at
MAX_CELLS = 10_000  # a larger gap (a text rewritten throughout) pairs texts by position

Pair = tuple[int, int]
Row = tuple[int | None, int | None]  # (old index, new index); None where one side has none


def align(olds: Sequence[str], news: Sequence[str]) -> list[Pair]:
    """Return (old index, new index) pairs of two lists of texts, in order on both sides."""
    if list(olds) == list(news):
        return [(i, i) for i in range(len(olds))]
    pairs: list[Pair] = []
    for op in Indel.opcodes(list(olds), list(news)):
        if op.tag == "equal":
            pairs.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True))
    gaps = _gaps(pairs, len(olds), len(news))
    for (i1, i2), (j1, j2) in gaps:
        pairs.extend(_similar(olds, news, range(i1, i2), range(j1, j2)))
    return sorted(pairs)


def ordered(pairs: Sequence[Pair], old_count: int, new_count: int, *, split_moves: bool = True) -> list[Row]:
    """Return every old and new index once, merged in order: paired indices as one row, and
    between two pairs first what only OLD has there, then what only NEW has.

    A pair out of order (see `match.moved`) is split into a deletion where it was and an
    insertion where it is, unless `split_moves` is false: then it is one row where it is now.
    """
    out_of_order = moved(pairs) if split_moves else frozenset()
    kept = sorted((j, i) for i, j in pairs if (i, j) not in out_of_order)
    paired_old, paired_new = {i for _, i in kept}, {j for j, _ in kept}
    rows: list[Row] = []
    next_old = next_new = 0
    for j, i in [*kept, (new_count, old_count)]:
        rows.extend((gone, None) for gone in range(next_old, i) if gone not in paired_old)
        rows.extend((None, came) for came in range(next_new, j) if came not in paired_new)
        if j < new_count:
            rows.append((i, j))
        next_old, next_new = max(next_old, i + 1), j + 1
    return rows


def _gaps(pairs: list[Pair], old_count: int, new_count: int) -> list[tuple[Pair, Pair]]:
    """Return the stretches of unpaired indices between consecutive pairs, on both sides."""
    out = []
    last_i, last_j = -1, -1
    for i, j in [*sorted(pairs), (old_count, new_count)]:
        if i > last_i + 1 and j > last_j + 1:
            out.append(((last_i + 1, i), (last_j + 1, j)))
        last_i, last_j = i, j
    return out


def _similar(olds: Sequence[str], news: Sequence[str], old_range: range, new_range: range) -> list[Pair]:
    """Return the order-keeping pairs of most total similarity in one gap (dynamic programming
    over the gap, which is small: the texts between two equal ones)."""
    a, b = list(old_range), list(new_range)
    if len(a) * len(b) > MAX_CELLS:
        return [(i, j) for i, j in zip(a, b, strict=False) if _ratio(olds[i], news[j]) >= SIMILARITY]
    score = {(i, j): _ratio(olds[i], news[j]) for i in a for j in b}
    best = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for x in range(len(a) - 1, -1, -1):
        for y in range(len(b) - 1, -1, -1):
            take = score[a[x], b[y]]
            here = best[x + 1][y + 1] + take if take >= SIMILARITY else 0.0
            best[x][y] = max(here, best[x + 1][y], best[x][y + 1])
    pairs, x, y = [], 0, 0
    while x < len(a) and y < len(b):
        take = score[a[x], b[y]]
        if take >= SIMILARITY and best[x][y] == best[x + 1][y + 1] + take:
            pairs.append((a[x], b[y]))
            x, y = x + 1, y + 1
        elif best[x][y] == best[x + 1][y]:
            x += 1
        else:
            y += 1
    return pairs


def _ratio(old: str, new: str) -> float:
    return fuzz.ratio(old[:SAMPLE], new[:SAMPLE])
