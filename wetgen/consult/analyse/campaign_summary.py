"""Campaigns as the store keeps them: a representative, the members, and what each one added."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from wetgen.consult.analyse.campaigns import Shingles, cluster
from wetgen.consult.analyse.points import CLOSING_LINE, sentences
from wetgen.progress import NULL_PROGRESS, Progress

PAGE = 2_000  # members of a campaign read at a time
Fetch = Callable[[list[int]], list[str]]  # the texts at some indices, in one read


@dataclass(frozen=True)
class CampaignSummary:
    """One campaign over a list of texts: indices into that list."""

    representative: int
    members: list[tuple[int, float, str]]  # (index, similarity to the representative, added)


def campaign_text(text: str, attachments: Sequence[str]) -> str:
    """Return the text compared for campaigns: the attachments' text if any, else the answers."""
    joined = "\n".join(t for t in attachments if t)
    return joined or text


def summarise_campaigns(
    texts: Sequence[str],
    public: Sequence[int],
    seqs: Sequence[int],
    progress: Progress = NULL_PROGRESS,
    shingles: Shingles | None = None,
    fetch: Fetch | None = None,
    page: int = PAGE,
    digests: Sequence[bytes] | None = None,
) -> list[CampaignSummary]:
    """Find the campaigns among `texts` and describe each (public flags and order given).

    With `shingles` (of the same texts, made beforehand) and `fetch` (the texts at a list of
    indices, in one read), the texts are read only at the members of a campaign, `page` members
    at a time, so a campaign of any size is never in memory whole. `digests` (each text's
    `text_digest`, made from `texts` when not given) tell a campaign's copies apart, so only its
    distinct texts are read, twice: for their wording, then for what each adds.
    """
    progress.start("Campagnes zoeken", 3)
    if shingles is None:
        shingles = Shingles(list(texts))
    fetch = fetch or (lambda indices: [texts[i] for i in indices])
    if digests is None:
        digests = [text_digest(text) for text in texts]
    progress.advance()
    groups = cluster(shingles, progress=progress)
    progress.start("Campagnes samenvatten", len(groups))
    summaries = []
    for group in groups:
        copies = _Copies(group, digests, fetch, page)
        rep = copies.representative(public, seqs)
        summaries.append(CampaignSummary(rep, copies.members(rep, shingles, fetch, page)))
        progress.advance()
    return summaries


def _pages(group: list[int], fetch: Fetch, page: int) -> Iterator[tuple[int, str]]:
    """Yield (index, text) of the group's members, read `page` at a time."""
    for start in range(0, len(group), page):
        indices = group[start : start + page]
        yield from zip(indices, fetch(indices), strict=True)


class _Copies:
    """A campaign's members by their exact text: each member points at the first member with the
    same text, so what a copy adds is worked out once per distinct text, not once per copy."""

    def __init__(self, group: list[int], digests: Sequence[bytes], fetch: Fetch, page: int) -> None:
        self.group = group
        firsts: dict[bytes, int] = {}
        self.first = [firsts.setdefault(digests[i], i) for i in group]
        self.distinct = [i for i, first in zip(group, self.first, strict=True) if i == first]
        self.wording = {i: _wording(text) for i, text in _pages(self.distinct, fetch, page)}

    def representative(self, public: Sequence[int], seqs: Sequence[int]) -> int:
        """The most common wording in the group, then a public response, then the earliest."""
        counts = Counter(self.wording[first] for first in self.first)
        pairs = zip(self.group, self.first, strict=True)
        return min(pairs, key=lambda m: (-counts[self.wording[m[1]]], -public[m[0]], seqs[m[0]]))[0]

    def members(
        self, rep: int, shingles: Shingles, fetch: Fetch, page: int
    ) -> list[tuple[int, float, str]]:
        """Return (index, similarity to `rep`, sentences added to `rep`'s) for every member."""
        base = {_normal(s) for s in sentences(_body(fetch([rep])[0]))}
        seen: dict[int, tuple[float, str]] = {}
        for i, text in _pages(self.distinct, fetch, page):
            added = [s for s in sentences(_body(text)) if _normal(s) not in base]
            seen[i] = (round(shingles.jaccard(rep, i), 4), "\n".join(added))
        return [
            (i, 1.0, seen[first][1]) if i == rep else (i, *seen[first])
            for i, first in zip(self.group, self.first, strict=True)
        ]


def text_digest(text: str) -> bytes:
    """Return a 16-byte digest of the text exactly as written."""
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _wording(text: str) -> bytes:
    """Return a 16-byte digest of the text with its whitespace made uniform: the same wording
    gives the same digest, and a large campaign is counted without holding its texts."""
    return hashlib.blake2b(" ".join(text.split()).encode(), digest_size=16).digest()


def _normal(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def _body(text: str) -> str:
    """Return a letter without its closing formula and signature."""
    match = CLOSING_LINE.search(text)
    return text[: match.start()] if match else text
