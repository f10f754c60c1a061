"""The reference method for campaigns, as in the `internetconsultatie` scraper (DIRKMJK).

Exact pairwise Jaccard similarity of word 5-gram sets (words split on whitespace), an edge
where it is at least 0.3, and connected components. O(n²): kept to check the fast method.
"""

from __future__ import annotations


def ngrams(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """Return the set of word n-grams of a text, words split on whitespace."""
    words = text.split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: set, b: set) -> float:
    """Return |a ∩ b| / |a ∪ b|, or 0.0 when either set is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def pairwise_clusters(texts: list[str], n: int = 5, threshold: float = 0.3) -> list[list[int]]:
    """Return the groups (two or more) of texts connected by Jaccard ≥ threshold, sorted."""
    grams = [ngrams(t, n) for t in texts]
    parent = list(range(len(texts)))

    def find(x: int) -> int:
        """Return the root of x, halving the path."""
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked: set[int] = set()
    for i in range(len(grams)):
        for j in range(i + 1, len(grams)):
            similarity = jaccard(grams[i], grams[j])
            if similarity and similarity >= threshold:
                parent[find(i)] = find(j)
                linked.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())
