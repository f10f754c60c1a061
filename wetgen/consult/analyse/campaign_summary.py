"""Campaigns as the store keeps them: a representative, the members, and what each one added."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wetgen.consult.analyse.campaigns import Shingles, cluster
from wetgen.consult.analyse.points import CLOSING_LINE, sentences
from wetgen.progress import NULL_PROGRESS, Progress


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
) -> list[CampaignSummary]:
    """Find the campaigns among `texts` and describe each (public flags and order given).

    With `shingles` (of the same texts, made beforehand), `texts` is read only at the members
    of a campaign, each once: it may be a sequence that fetches them when asked.
    """
    progress.start("Campagnes zoeken", 3)
    if shingles is None:
        shingles = Shingles(list(texts))
    progress.advance()
    summaries = []
    for group in cluster(shingles, progress=progress):
        texts_of = {i: texts[i] for i in group}
        rep = _representative(group, texts_of, public, seqs)
        base = {_normal(s) for s in sentences(_body(texts_of[rep]))}
        members = []
        for i in group:
            added = [s for s in sentences(_body(texts_of[i])) if _normal(s) not in base]
            similarity = 1.0 if i == rep else round(shingles.jaccard(rep, i), 4)
            members.append((i, similarity, "\n".join(added)))
        summaries.append(CampaignSummary(rep, members))
    return summaries


def _representative(
    group: list[int], texts: Mapping[int, str], public: Sequence[int], seqs: Sequence[int]
) -> int:
    """The most common wording in the group, then a public response, then the earliest."""
    counts = Counter(" ".join(texts[i].split()) for i in group)
    return min(group, key=lambda i: (-counts[" ".join(texts[i].split())], -public[i], seqs[i]))


def _normal(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def _body(text: str) -> str:
    """Return a letter without its closing formula and signature."""
    match = CLOSING_LINE.search(text)
    return text[: match.start()] if match else text
