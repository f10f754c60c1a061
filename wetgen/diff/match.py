"""Pairing sibling units of two versions: by stable key, by identical text, then by number, then
by text similarity.

Identical text comes before number because an insertion shifts the numbers of every sibling
after it while their texts stay the same.

Every stage is symmetric, so pairing NEW with OLD gives the mirror of pairing OLD with NEW.
Two units that both carry a key, and different ones, are never paired.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from wetgen.diff.tree import UnitNode

NUMBER_SIMILARITY = 50.0  # same number: paired when at least this similar (0..100)
TEXT_SIMILARITY = 60.0  # different numbers: paired when at least this similar
SAMPLE = 4000  # characters of a unit's full text that similarity looks at

Pair = tuple[int, int]


def similarity(a: UnitNode, b: UnitNode, cutoff: float = 0.0) -> float:
    """Return how alike two units' full texts are, from 0 to 100 (0 when below `cutoff`).

    Only the first SAMPLE characters count, so that whole chapters compare quickly.
    """
    x, y = a.full_text(), b.full_text()
    if x == y:
        return 100.0
    return fuzz.ratio(x[:SAMPLE], y[:SAMPLE], score_cutoff=cutoff)


def pair_siblings(old: Sequence[UnitNode], new: Sequence[UnitNode]) -> tuple[Pair, ...]:
    """Return (old index, new index) pairs for two sibling lists, sorted by old index."""
    if _unchanged(old, new):
        return tuple((i, i) for i in range(len(old)))
    pairs = _by_key(old, new)
    free_old, free_new = _free(range(len(old)), range(len(new)), pairs)
    for stage in (_by_identity, _by_number_and_text, _by_text, _by_number):
        found = stage(old, new, free_old, free_new)
        pairs.extend(found)
        free_old, free_new = _free(free_old, free_new, found)
    return tuple(sorted(pairs))


def _free(
    olds: Iterable[int], news: Iterable[int], taken: list[Pair]
) -> tuple[list[int], list[int]]:
    """Return the indices on each side that `taken` leaves unpaired, in order."""
    taken_old, taken_new = {i for i, _ in taken}, {j for _, j in taken}
    return [i for i in olds if i not in taken_old], [j for j in news if j not in taken_new]


def _unchanged(old: Sequence[UnitNode], new: Sequence[UnitNode]) -> bool:
    """Tell whether two lists hold the same distinct, non-empty texts in the same order and no
    keys: then every stage below would pair each unit with its counterpart by identity."""
    texts = [u.full_text() for u in old]
    return (
        texts == [u.full_text() for u in new]
        and all(texts)
        and len(set(texts)) == len(texts)
        and not any(u.key for u in (*old, *new))
    )


def _by_key(old: Sequence[UnitNode], new: Sequence[UnitNode]) -> list[Pair]:
    old_keys = Counter(u.key for u in old if u.key)
    new_keys = Counter(u.key for u in new if u.key)
    where = {u.key: j for j, u in enumerate(new) if u.key and new_keys[u.key] == 1}
    return [
        (i, where[u.key])
        for i, u in enumerate(old)
        if u.key and old_keys[u.key] == 1 and u.key in where
    ]


def _by_identity(old, new, free_old, free_new) -> list[Pair]:
    """Pair units whose full text is the same and occurs once among the free units of each side."""
    old_texts = Counter(old[i].full_text() for i in free_old)
    new_texts = Counter(new[j].full_text() for j in free_new)
    where = {new[j].full_text(): j for j in free_new if new_texts[new[j].full_text()] == 1}
    found = []
    for i in free_old:
        text = old[i].full_text()
        j = where.get(text)
        if text and j is not None and old_texts[text] == 1 and _compatible(old[i], new[j]):
            found.append((i, j))
    return found


def _compatible(a: UnitNode, b: UnitNode) -> bool:
    return not (a.key and b.key and a.key != b.key)


def _by_number_and_text(old, new, free_old, free_new) -> list[Pair]:
    return _greedy(old, new, free_old, free_new, NUMBER_SIMILARITY, same_number=True)


def _by_text(old, new, free_old, free_new) -> list[Pair]:
    return _greedy(old, new, free_old, free_new, TEXT_SIMILARITY, same_number=False)


def _by_number(old, new, free_old, free_new) -> list[Pair]:
    return _greedy(old, new, free_old, free_new, 0.0, same_number=True)


def _greedy(
    old: Sequence[UnitNode],
    new: Sequence[UnitNode],
    free_old: list[int],
    free_new: list[int],
    threshold: float,
    *,
    same_number: bool,
) -> list[Pair]:
    """Pair the most similar candidates first; ties go to the nearest positions."""
    candidates = []
    for i in free_old:
        for j in free_new:
            a, b = old[i], new[j]
            if not _compatible(a, b) or (same_number and a.number != b.number):
                continue
            score = similarity(a, b, threshold)
            if score >= threshold:
                candidates.append((-score, abs(i - j), i + j, i, j))
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    found: list[Pair] = []
    for *_, i, j in sorted(candidates):
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            found.append((i, j))
    return found


def moved(pairs: Sequence[Pair]) -> frozenset[Pair]:
    """Return the pairs whose order is not kept: those outside some longest order-keeping chain.

    A unit that stays in every longest chain kept its place; the rest moved. For a swap of two
    units both count as moved, which keeps the answer symmetric between OLD and NEW.
    """
    points = sorted(pairs)
    if all(points[n][1] < points[n + 1][1] for n in range(len(points) - 1)):
        return frozenset()  # the order is kept: nothing moved
    ending = [1] * len(points)
    for n, (_, j) in enumerate(points):
        for m in range(n):
            if points[m][1] < j:
                ending[n] = max(ending[n], ending[m] + 1)
    starting = [1] * len(points)
    for n in range(len(points) - 1, -1, -1):
        for m in range(n + 1, len(points)):
            if points[m][1] > points[n][1]:
                starting[n] = max(starting[n], starting[m] + 1)
    longest = max(ending)
    on_chain = [n for n in range(len(points)) if ending[n] + starting[n] - 1 == longest]
    per_level = Counter(ending[n] for n in on_chain)
    fixed = {points[n] for n in on_chain if per_level[ending[n]] == 1}
    return frozenset(p for p in points if p not in fixed)
