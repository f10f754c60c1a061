"""Key phrases that set one group of texts apart from the others: TF-IDF over words and bigrams."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

STOPWORDS = frozenset(
    """aan al alle alleen als also altijd ander andere anders bij bijvoorbeeld binnen daar daarbij
    daarin daarmee daarom dan dat de deze die dit doen door dus echter een eens en er ervan
    geen gaan gaat geeft graag had heb hebben heeft het hier hij hoe hun ik in is ja je kan
    kunnen maar meer men met mij mijn moet moeten na naar niet nog nu of om omdat onder ons
    onze ook op over per te tegen ten ter toch tot tussen u uit uw van veel voor vanuit waar
    wat we wel welke werd wij wil willen word worden wordt zal ze zeer zich zij zijn zo zoals
    zou zouden zullen artikel artikelen lid leden onderdeel sub wet wetsvoorstel voorstel
    voorgestelde maak maken bel bellen vind vinden vindt zie zien graag even echt heel
    daarnaast verder dient kunt vragen vraag verzoeken richten stellen geven komen lijkt
    mogelijk namelijk eerder treden werking the and of to for that this is are be with not on as by it we our an""".split()
)
_CLAUSE = re.compile(r"[.,;:!?()\[\]\"“”]+|\s[-–]\s")
_NUMBER = re.compile(
    r"\d+|x{0,3}(?:ix|iv|v?i{0,3})"
)  # numbers and Roman numerals ("iii") are no key phrase
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]*[a-zà-ÿ]|\d+[a-z]?", re.I)


def terms(text: str) -> list[str]:
    """Return the words (3+ letters, no stopwords) and adjacent-word bigrams of a text."""
    out: list[str] = []
    for clause in _CLAUSE.split(text):
        previous = ""
        for word in (w.lower() for w in _WORD.findall(clause)):
            keep = len(word) >= 3 and word not in STOPWORDS and not _NUMBER.fullmatch(word)
            if keep:
                out.append(word)
                if previous:
                    out.append(f"{previous} {word}")
            previous = word if keep else ""
    return out


def key_phrases(
    groups: Mapping[str, Sequence[str]],
    top: int = 6,
    allow: Callable[[str, str], bool] | None = None,
) -> dict[str, list[str]]:
    """Return, per group, the `top` terms with the highest TF-IDF against the other groups.

    `groups` maps a group id to its texts; `allow(group, term)` may veto a term. Ties are
    broken alphabetically, so the result is deterministic. A bigram hides its own words.
    """
    counted = {g: Counter(t for text in texts for t in terms(text)) for g, texts in groups.items()}
    sizes = {g: len(texts) for g, texts in groups.items()}
    return rank(counted, sizes, top, allow)


def rank(
    counts: Mapping[str, Counter],
    sizes: Mapping[str, int],
    top: int = 6,
    allow: Callable[[str, str], bool] | None = None,
) -> dict[str, list[str]]:
    """Return the top TF-IDF terms per group from term counts (`sizes`: texts per group)."""
    df = Counter(t for c in counts.values() for t in c)
    n = len(counts)
    out: dict[str, list[str]] = {}
    for group, tf in counts.items():
        total = sum(tf.values()) or 1
        scored = sorted(
            ((tf[t] / total) * (math.log((1 + n) / (1 + df[t])) + 1) * (1.3 if " " in t else 1), t)
            for t in tf
            if tf[t] >= 2 or sizes[group] < 5
        )
        scored.sort(key=lambda st: (-st[0], st[1]))
        out[group] = _pick(group, scored, top, allow)
    return out


def _pick(
    group: str, scored: list, top: int, allow: Callable[[str, str], bool] | None
) -> list[str]:
    chosen: list[str] = []
    for _, term in scored:
        if allow is not None and not allow(group, term):
            continue
        if any(term in c.split(" ") or (" " in term and c in term.split(" ")) for c in chosen):
            continue
        chosen.append(term)
        if len(chosen) == top:
            break
    return chosen
