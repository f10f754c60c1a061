"""Find points that quote or closely paraphrase the bill's own wording, without a reference."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from wetgen.outline import Node

_WORD = re.compile(r"[a-zà-ÿ0-9]+(?:['’-][a-zà-ÿ0-9]+)*")
_QUOTED = re.compile(r"[\"“”„‘’'«]([^\"“”„‘’«»]{25,600})[\"“”‘’'»]")
STOPWORDS = frozenset(
    """de het een en of van in op te voor aan met door bij als dat die dit deze is zijn wordt worden
    niet ook er om tot uit naar over dan maar nog wel al zo hun haar zij hij wij we ik u je
    kan kunnen moet moeten zal zullen wil willen heeft hebben had was waren daar hier wat waar
    onder ten ter zich geen meer veel mate in ieder geval""".split()
)
SHINGLE = 4
MIN_SHARED = 3  # distinctive 4-grams a quote must share with a node
MAX_NODES_PER_SHINGLE = 2  # a 4-gram in more nodes than this is not distinctive
REMEMBERED = 200_000  # texts whose matches are remembered


@dataclass(frozen=True)
class TextMatch:
    """A point matched to a node by its wording."""

    eid: str
    method: str  # "quote" or "paraphrase"
    passage: str
    score: float


def words(text: str) -> list[str]:
    """Return the lower-case words of a text."""
    return _WORD.findall(text.lower())


class TextMatcher:
    """An index of the bill's wording: distinctive word 4-grams and content words per node."""

    def __init__(self, nodes: list[Node]) -> None:
        self.texts = {n.eid: n.text for n in nodes if len(words(n.text)) >= 6}
        df: Counter[tuple[str, ...]] = Counter()
        grams: dict[str, set[tuple[str, ...]]] = {}
        for eid, text in self.texts.items():
            grams[eid] = set(_grams(words(text)))
            df.update(grams[eid])
        self.index: dict[tuple[str, ...], list[str]] = {}
        for eid, own in grams.items():
            for gram in own:
                if df[gram] <= MAX_NODES_PER_SHINGLE:
                    self.index.setdefault(gram, []).append(eid)
        self.content = {eid: set(_content(words(t))) for eid, t in self.texts.items()}
        self._seen: dict[str, list[TextMatch]] = {}
        pair_df: Counter[tuple[str, str]] = Counter()
        pairs = {eid: set(_pairs(words(t))) for eid, t in self.texts.items()}
        for own in pairs.values():
            pair_df.update(own)
        self.pairs: dict[tuple[str, str], list[str]] = {}
        for eid, own in pairs.items():
            for pair in own:
                if pair_df[pair] <= MAX_NODES_PER_SHINGLE:
                    self.pairs.setdefault(pair, []).append(eid)

    def remembered(self, text: str) -> list[TextMatch]:
        """Return `match(text)`, remembered for texts seen before (a campaign's copies)."""
        hits = self._seen.get(text)
        if hits is None:
            hits = self.match(text)
            if len(self._seen) < REMEMBERED:
                self._seen[text] = hits
        return hits

    def match(self, text: str) -> list[TextMatch]:
        """Return the nodes a point quotes or paraphrases, best first (empty when none)."""
        found: dict[str, TextMatch] = {}
        for passage in _passages(text):
            for hit in self._match_passage(passage):
                if hit.eid not in found or hit.score > found[hit.eid].score:
                    found[hit.eid] = hit
        ranked = sorted(found.values(), key=lambda m: (-m.score, m.eid))
        return [m for m in ranked if m.score >= ranked[0].score - 5] if ranked else []

    def _match_passage(self, passage: str) -> list[TextMatch]:
        tokens = words(passage)
        shared: Counter[str] = Counter()
        for gram in set(_grams(tokens)):
            for eid in self.index.get(gram, ()):
                shared[eid] += 1
        hits = []
        for eid, count in shared.items():
            if count >= MIN_SHARED:
                score = fuzz.partial_ratio(passage.lower(), self.texts[eid].lower())
                if score >= 75:
                    hits.append(TextMatch(eid, "quote", passage, float(score)))
        if hits:
            return hits
        near: Counter[str] = Counter()
        for pair in set(_pairs(tokens)):
            for eid in self.pairs.get(pair, ()):
                near[eid] += 1
        for eid in near:
            hit = self._paraphrase(eid, tokens, passage)
            if hit:
                hits.append(hit)
        return hits

    def _paraphrase(self, eid: str, tokens: list[str], passage: str) -> TextMatch | None:
        content = _content(tokens)
        covered = sum(1 for w in content if w in self.content[eid])
        if len(content) < 6 or covered < 5:
            return None
        share = covered / len(content)
        if share >= 0.55:
            return TextMatch(eid, "paraphrase", passage, round(share * 100, 1))
        return None


def _grams(tokens: list[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


def _content(tokens: list[str]) -> list[str]:
    return [_stem(w) for w in tokens if w not in STOPWORDS and len(w) > 3]


def _stem(word: str) -> str:
    for suffix in ("en", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _pairs(tokens: list[str]) -> list[tuple[str, str]]:
    content = _content(tokens)
    return [(content[i], content[i + 1]) for i in range(len(content) - 1)]


def _passages(text: str) -> list[str]:
    quoted = [q.strip() for q in _QUOTED.findall(text)]
    parts = [s for s in re.split(r"(?<=[.!?;:])\s+", text) if len(s.split()) >= 6]
    return quoted + parts
