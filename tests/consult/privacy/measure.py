"""Measure a redaction on the labelled sentences: recall of personal items, false redactions.

    python -m tests.consult.privacy.measure            # wetgen's redaction, and the patterns alone
    python -m tests.consult.privacy.measure --deduce   # also deduce on its own, all its annotators

A personal item counts as redacted when none of its identifying words (every word with a digit
or a capital, except titles and name particles) is left at its place; a word outside the
personal items that disappears is a false redaction, counted apart for the organisation and
law names marked {…}. Words are compared by aligning the output to the input (difflib), so any
redaction can be measured, whatever it replaces the words with.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path
from typing import NamedTuple

LABELLED = Path(__file__).with_name("labelled.txt")
MARK = re.compile(r"\[(?P<kind>\w+):(?P<item>[^\]]+)\]|\{(?P<keep>[^}]+)\}")
WORD = re.compile(r"[\w@.+'’-]*\w|\w")
# words that do not identify anyone on their own (titles, particles, "nr.")
NOT_IDENTIFYING = {
    "mr", "dhr", "mevrouw", "de", "heer", "dokter", "wethouder", "van", "der", "den", "te", "nr",
    "en", "het", "t", "'t", "a", "ten", "ter", "familie", "gezin",
}  # fmt: skip


class Item(NamedTuple):
    """One marked span of a sentence: a personal item (kind) or a name to keep (kind "keep")."""

    kind: str
    start: int
    end: int


class Sentence(NamedTuple):
    """One labelled sentence: its plain text and its marked items."""

    text: str
    items: list[Item]


def load(path: Path = LABELLED) -> list[Sentence]:
    """Return the labelled sentences of `path` with their items."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, items, last = "", [], 0
        for m in MARK.finditer(line):
            text += line[last : m.start()]
            inner = m.group("item") or m.group("keep")
            items.append(Item(m.group("kind") or "keep", len(text), len(text) + len(inner)))
            text += inner
            last = m.end()
        out.append(Sentence(text + line[last:], items))
    return out


def _kept(text: str, output: str) -> list[bool]:
    """Return, per word of `text`, whether it is still in `output` at its place."""
    before = [m.group(0) for m in WORD.finditer(text)]
    after = [m.group(0) for m in WORD.finditer(output)]
    kept = [False] * len(before)
    for block in SequenceMatcher(None, before, after, autojunk=False).get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            kept[i] = True
    return kept


def _identifying(word: str) -> bool:
    return any(c.isdigit() for c in word) or (
        word[0].isupper() and word.lower() not in NOT_IDENTIFYING
    )


class Figures(NamedTuple):
    """What one redaction did on the labelled set."""

    items: Counter  # personal items per kind
    redacted: Counter  # of those, redacted
    true_words: int  # removed words inside personal items
    false_words: int  # removed words outside them (ordinary words and kept names)
    broken_keeps: int  # organisation / law names with a word removed
    keeps: int
    misses: list[str]
    false: list[str]

    @property
    def recall(self) -> float:
        """Return the share of personal items redacted."""
        return sum(self.redacted.values()) / max(1, sum(self.items.values()))

    @property
    def precision(self) -> float:
        """Return the share of removed words that were personal."""
        return self.true_words / max(1, self.true_words + self.false_words)


def measure(redact: Callable[[str], str], sentences: list[Sentence]) -> Figures:
    """Return the figures of `redact` on the labelled sentences."""
    items, redacted, keep_hits = Counter(), Counter(), 0
    true_words = false_words = keeps = 0
    misses, false = [], []
    for sentence in sentences:
        words = list(WORD.finditer(sentence.text))
        kept = _kept(sentence.text, redact(sentence.text))
        personal = set()
        for item in sentence.items:
            at = [i for i, w in enumerate(words) if w.start() >= item.start and w.end() <= item.end]
            if item.kind == "keep":
                keeps += 1
                if not all(kept[i] for i in at):
                    keep_hits += 1
                    false.append(f"{{{sentence.text[item.start : item.end]}}} in: {sentence.text}")
                continue
            personal.update(at)
            items[item.kind] += 1
            if any(kept[i] for i in at if _identifying(words[i].group(0))):
                misses.append(f"[{item.kind}:{sentence.text[item.start : item.end]}]")
            else:
                redacted[item.kind] += 1
        for i, word in enumerate(words):
            if not kept[i]:
                if i in personal:
                    true_words += 1
                else:
                    false_words += 1
                    false.append(f"{word.group(0)!r} in: {sentence.text}")
    return Figures(items, redacted, true_words, false_words, keep_hits, keeps, misses, false)


def table(name: str, f: Figures) -> str:
    """Return the figures as the lines recorded in docs/consultation.md."""
    kinds = ", ".join(f"{k} {f.redacted[k]}/{n}" for k, n in sorted(f.items.items()))
    return (
        f"{name}: recall {f.recall:.1%} ({sum(f.redacted.values())}/{sum(f.items.values())} items: "
        f"{kinds}); word precision {f.precision:.1%}; {f.false_words} words removed wrongly, "
        f"{f.broken_keeps}/{f.keeps} organisation or law names damaged"
    )


def _deduce_alone() -> Callable[[str], str]:
    import gc

    import deduce

    gc.disable()
    model = deduce.Deduce()
    gc.enable()
    return lambda text: model.deidentify(text).deidentified_text


def main(argv: list[str]) -> None:
    """Print the figures of the redactions on the labelled set."""
    from wetgen.consult.publish.names import NameFinder
    from wetgen.consult.publish.redact import Redactor, redact_personal

    sentences = load()
    print(f"{len(sentences)} sentences, {sum(len(s.items) for s in sentences)} marked items")
    runs = {
        "patterns alone": redact_personal,
        "patterns + deduce (wetgen)": Redactor(names=NameFinder()),
    }
    if "--deduce" in argv:
        runs["deduce alone"] = _deduce_alone()
    for name, redact in runs.items():
        figures = measure(redact, sentences)
        print(table(name, figures))
        if "-v" in argv:
            print("  missed:", *figures.misses, sep="\n    ")
            print("  false:", *figures.false, sep="\n    ")


if __name__ == "__main__":
    main(sys.argv[1:])
