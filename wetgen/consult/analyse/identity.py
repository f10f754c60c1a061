"""Who is who across two exports: a response edited between them, a point whose words changed.

A response whose key does not come from the words (a GUID, an id column) is recognised by its
key alone. A spreadsheet row without one, or a loose file, has a key made from what it holds,
so a fixed typo gives it a new key; it is then recognised by its respondent (name, place,
organisation, e-mail, date; not an anonymous one) with a fuzzy match of the text as the
tie-breaker, or, when the respondent was edited too or is anonymous, by a close fuzzy match of
the text from the same source file.
Points are matched the same way within one response. Pure functions; the store applies them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

SAME_RESPONDENT = 60.0  # fuzz.ratio of the texts when the respondent is the same
SAME_SOURCE = 90.0  # when only the source file is the same (the respondent was edited too)
SAME_POINT = 75.0  # a point's words after an edit
AMBIGUOUS_MARGIN = 3.0  # a runner-up this close to the best leaves the match undecided
MAX_PAIRS = 2_000_000  # fuzzy comparisons per group before matching gives up (reported)
CONTENT_KEYS = ("row:", "file:")  # keys made from the contents; others identify by themselves
ANONYMOUS = {"", "anoniem", "anonymous", "onbekend", "nn", "n.n.", "-"}


class Candidate(NamedTuple):
    """A response as identity sees it: key, respondent, source file and text."""

    key: str
    respondent: tuple[str, ...]
    source: str  # the file it came from, without row number
    text: str


class Match(NamedTuple):
    """A response of the new batch recognised as a stored one, and on what grounds."""

    old_key: str
    new_key: str
    score: float
    grounds: str  # "respondent" or "text"


def source_file(source: str) -> str:
    """Return the file part of a source ("export.csv:12" → "export.csv")."""
    head, sep, tail = source.rpartition(":")
    return head if sep and tail.isdigit() else source


def normalise(text: str) -> str:
    """Return text in lower case with its white space collapsed, for fuzzy comparison."""
    return " ".join(text.lower().split())


def identifying(respondent: tuple[str, ...]) -> bool:
    """Tell whether a respondent (origin, name, place, organisation, e-mail, date) names
    someone: a name that is not "Anoniem" or empty, or an e-mail address."""
    _, name, _, _, email, _ = respondent
    return name.strip().lower() not in ANONYMOUS or bool(email.strip())


def has_content_key(key: str) -> bool:
    """Tell whether a key was made from the response's contents (and may change with them)."""
    return key.startswith(CONTENT_KEYS)


def match_responses(
    absent: Sequence[Candidate], new: Sequence[Candidate]
) -> tuple[list[Match], list[str]]:
    """Pair stored responses missing from a batch with the batch's unknown ones.

    Returns the matches (each response used once, the best scores first) and a message for
    every group too large to compare or every pair left undecided because two were as close.
    """
    notes: list[str] = []
    # an anonymous respondent is matched only within its own source file (another file's
    # "Anoniem" with a similar campaign letter is another person)
    by_respondent = [c for c in absent if identifying(c.respondent)]
    matches = _pair(
        by_respondent, new, lambda c: (c.respondent,), SAME_RESPONDENT, "respondent", notes
    )
    taken_old = {m.old_key for m in matches}
    taken_new = {m.new_key for m in matches}
    rest_old = [c for c in absent if c.key not in taken_old]
    rest_new = [c for c in new if c.key not in taken_new]
    matches += _pair(rest_old, rest_new, lambda c: (c.source,), SAME_SOURCE, "text", notes)
    return matches, notes


def _pair(absent, new, group_of, cutoff: float, grounds: str, notes: list[str]) -> list[Match]:
    groups: dict[tuple, tuple[list[Candidate], list[Candidate]]] = defaultdict(lambda: ([], []))
    for c in absent:
        groups[group_of(c)][0].append(c)
    for c in new:
        if group_of(c) in groups:
            groups[group_of(c)][1].append(c)
    matches: list[Match] = []
    for group, (olds, news) in sorted(groups.items()):
        if not news:
            continue
        if len(olds) * len(news) > MAX_PAIRS:
            notes.append(
                f"{len(olds)} stored and {len(news)} new responses share {group[0]!r}: too many to "
                "compare; they are kept apart"
            )
            continue
        pairs = [(o.key, n.key, score) for o, n, score in _scores(olds, news, cutoff)]
        matches += [Match(o, n, s, grounds) for o, n, s in assign_best(pairs, notes)]
    return matches


def _scores(olds: Sequence[Candidate], news: Sequence[Candidate], cutoff: float):
    texts = {c.key: normalise(c.text) for c in [*olds, *news]}
    for old in olds:
        for new in news:
            score = fuzz.ratio(texts[old.key], texts[new.key], score_cutoff=cutoff)
            if score:
                yield old, new, score


def assign_best(
    pairs: Iterable[tuple[str, str, float]], notes: list[str] | None = None
) -> list[tuple[str, str, float]]:
    """Choose one-to-one pairs, best score first; a pair with a near rival for either side is
    left out (and noted), so two look-alikes are never swapped."""
    ranked = sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))
    options: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for old, new, score in ranked:
        options["o" + old].append((score, "n" + new))
        options["n" + new].append((score, "o" + old))
    chosen: list[tuple[str, str, float]] = []
    used: set[str] = set()
    for old, new, score in ranked:
        mine, theirs = "o" + old, "n" + new
        if mine in used or theirs in used:
            continue
        rival = max(
            [s for s, other in options[mine] if other != theirs and other not in used]
            + [s for s, other in options[theirs] if other != mine and other not in used],
            default=0.0,
        )
        used.update((mine, theirs))
        if score - rival < AMBIGUOUS_MARGIN and score < 100:
            if notes is not None:
                notes.append(f"{old} and {new} look alike, but as much as another: not matched")
            continue
        chosen.append((old, new, score))
    return chosen


def match_points(old: dict[str, str], new: dict[str, str]) -> dict[str, tuple[str, float]]:
    """Map old point ids (id → text) to new ones: the same id, else the closest text of at
    least SAME_POINT; an old point with no such match is left out."""
    out = {pid: (pid, 100.0) for pid in old if pid in new}
    rest_new = {pid: normalise(t) for pid, t in new.items() if pid not in old}
    pairs = [
        (pid, nid, score)
        for pid, text in old.items()
        if pid not in new
        for nid, other in rest_new.items()
        if (score := fuzz.ratio(normalise(text), other, score_cutoff=SAME_POINT))
    ]
    out.update({o: (n, s) for o, n, s in assign_best(pairs)})
    return out
