"""Key phrases: lemmatised Dutch phrases of two or three words that set one group of texts apart.

A text is split into clauses and words; a word counts when it has three letters or more and is
neither a stop word (stopwords-iso's Dutch and English lists), a numeral, nor one of the drafting words
every response uses ("artikel", "lid", "wetsvoorstel"). Words are lemmatised with simplemma's
Dutch data ("woningen" and "woning" are one), so a phrase is counted by its lemmas and shown in
its most common written form. Phrases are two or three adjacent content words, or two joined
by one preposition ("verdeling van woningen"); single words are never key phrases. Phrases are
ranked per group by TF-IDF against the other groups; ties go alphabetically.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache

import simplemma
import stopwordsiso

DRAFTING = frozenset(
    """artikel artikelen art lid leden onderdeel onderdelen sub wet wetten wetsvoorstel voorstel
    voorgesteld voorgestelde memorie toelichting paragraaf hoofdstuk consultatie reactie reacties
    regering minister ministerie graag vragen vraag verzoek verzoeken opmerking opmerkingen
    namens hierbij geachte mevrouw heer groet groeten vriendelijke jaar jaren maand maanden week
    weken dag dagen zie bijlage bijlagen werking mate voldoende nodig mogelijk mogelijkheid
    duidelijk belangrijk goed groot aantal sprake kader gevolg manier wijze geval punt deel januari februari maart april mei juni juli augustus september oktober
    november december the and for that this with are from""".split()
)
JOINERS = frozenset("van voor bij op in met aan over tot".split())
_CLAUSE = re.compile(r"[.,;:!?()\[\]\"“”„‘’/]+|\s[-–—]\s|\n")
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]*[a-zà-ÿ]|\d+[a-z]?", re.I)
_NUMERAL = re.compile(
    r"\d.*|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"twintig|dertig|veertig|vijftig|honderd|duizend)(?:de|ste|e)?|(?:eerste|achtste)"
    r"|x{0,3}(?:ix|iv|v?i{0,3})"
)


@cache
def _stopwords() -> frozenset[str]:
    """Return the Dutch (and, for responses in English, English) stop words of stopwords-iso,
    with the drafting words added."""
    return frozenset(stopwordsiso.stopwords(["nl", "en"])) | DRAFTING


@cache
def lemma(word: str) -> str:
    """Return the Dutch lemma of a lower-case word (simplemma), computed once per word."""
    return simplemma.lemmatize(word, lang="nl").lower()


def _content(word: str) -> bool:
    """Tell whether a lower-case word can be part of a key phrase."""
    stop = _stopwords()
    return (
        len(word) >= 3
        and word not in stop
        and not _NUMERAL.fullmatch(word)
        and lemma(word) not in stop
    )


@cache
def _kind(word: str) -> str:
    """Return "c" for a content word, "j" for a joining preposition, "x" for anything else."""
    if _content(word):
        return "c"
    return "j" if word in JOINERS else "x"


@cache
def _may_end(word: str) -> bool:
    """Tell whether a content word may end a phrase: not an attributive adjective ("sociale",
    whose lemma "sociaal" lacks the -e) nor a form of a verb ("werkt", "aangeboden")."""
    base = lemma(word)
    if base == word:
        return True
    adjective = word.endswith("e") and not base.endswith("e")
    verb = base.endswith("en")
    return not (adjective or verb)


class Phrases:
    """Finds the words and phrases of texts, and remembers how each phrase was written."""

    def __init__(self) -> None:
        self.written: dict[str, Counter[str]] = {}

    def analyse(self, text: str) -> tuple[list[str], list[str]]:
        """Return a text's content lemmas and its phrases (lemma keys), in order."""
        words: list[str] = []
        phrases: list[str] = []
        for clause in _CLAUSE.split(text):
            tokens = [w.lower() for w in _WORD.findall(clause)]
            kinds = [_kind(w) for w in tokens]
            words.extend(lemma(w) for w, k in zip(tokens, kinds, strict=True) if k == "c")
            for i, kind in enumerate(kinds):
                if kind == "c":
                    self._phrases_at(tokens, kinds, i, phrases)
        return words, phrases

    def _phrases_at(self, tokens: list[str], kinds: list[str], i: int, out: list[str]) -> None:
        """Add the phrases that start at content word `i`."""
        shape = "".join(kinds[i : i + 3])
        for pattern in ("cc", "ccc", "cjc"):
            if shape.startswith(pattern) and _may_end(tokens[i + len(pattern) - 1]):
                span = tokens[i : i + len(pattern)]
                key = " ".join(w if k == "j" else lemma(w)
                               for w, k in zip(span, pattern, strict=True))  # fmt: skip
                self.written.setdefault(key, Counter())[" ".join(span)] += 1
                out.append(key)

    def shown(self, key: str) -> str:
        """Return how a phrase is shown: its most common written form (alphabetical on ties)."""
        forms = self.written.get(key)
        if not forms:
            return key
        return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def terms(text: str) -> list[str]:
    """Return the phrases (lemma keys) of a text, in order."""
    return Phrases().analyse(text)[1]


def key_phrases(
    groups: Mapping[str, Sequence[str]],
    top: int = 6,
    allow: Callable[[str, str], bool] | None = None,
) -> dict[str, list[str]]:
    """Return, per group, the `top` phrases (as written) with the highest TF-IDF against the
    other groups; `groups` maps a group id to its texts, `allow(group, phrase)` may veto one."""
    finder = Phrases()
    counted = {
        g: Counter(p for text in texts for p in finder.analyse(text)[1])
        for g, texts in groups.items()
    }
    sizes = {g: len(texts) for g, texts in groups.items()}
    ranked = rank(counted, sizes, top, allow)
    return {g: [finder.shown(k) for k in keys] for g, keys in ranked.items()}


def rank(
    counts: Mapping[str, Counter],
    sizes: Mapping[str, int],
    top: int = 6,
    allow: Callable[[str, str], bool] | None = None,
) -> dict[str, list[str]]:
    """Return the top TF-IDF phrases per group from phrase counts (`sizes`: texts per group).

    A phrase must occur twice in its group, unless the group has fewer than five texts; a
    phrase whose words are all in one already chosen is skipped.
    """
    df = Counter(t for c in counts.values() for t in c)
    n = len(counts)
    out: dict[str, list[str]] = {}
    for group, tf in counts.items():
        total = sum(tf.values()) or 1
        scored = sorted(
            (-(tf[t] / total) * (math.log((1 + n) / (1 + df[t])) + 1), t)
            for t in tf
            if tf[t] >= 2 or sizes[group] < 5
        )
        out[group] = _pick(group, scored, top, allow)
    return out


def _pick(
    group: str, scored: list, top: int, allow: Callable[[str, str], bool] | None
) -> list[str]:
    chosen: list[str] = []
    for _, term in scored:
        if allow is not None and not allow(group, term):
            continue
        words = set(term.split())
        if any(words <= set(c.split()) or set(c.split()) <= words for c in chosen):
            continue
        chosen.append(term)
        if len(chosen) == top:
            break
    return chosen
