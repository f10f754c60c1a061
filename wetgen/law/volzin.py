"""Volzinnen: the sentences of a lid, counted the way drafters count them.

A volzin ends at a full stop (or "?" / "!") that is followed by a space and a capital letter,
or at the end of the alinea. An alinea that introduces a list ends with a colon, and that
colon ends its last volzin ("aanhef"); the list items are onderdelen, not volzinnen (Ar 3.59:
no new sentence inside an onderdeel). A full stop does not end a volzin when it closes:

- an abbreviation: "art. 5", "o.a.", "d.w.z.", "Stb.", "nr.", an initial ("J. de Vries");
- a number: "2.3", "1.10" (no space follows);
- a label written in the running text: "a." or "1°." at the start of the alinea or after a
  colon or semicolon ("… als volgt: 1°. De aanvrager …").

"onderdeel a. Het …" and "onder 1°. De …" do end a volzin: a reference has no full stop of its
own (Ar 3.29), so the stop there is the sentence's.
"""

from __future__ import annotations

import re
from functools import lru_cache

# abbreviations with one full stop that legal texts use before a capital
ABBREVIATIONS = frozenset(
    "art artt jo nr nrs no stb stcrt trb blz bijv vgl resp mr dr prof ir drs ing st bijl hand "
    "kamerstukken jl ca incl excl sr sv rv".split()
)
_END = re.compile(r"[.?!](?=\s+[«\"'“‘(\[]?[A-ZÀ-ÖØ-Þ])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INNER_DOTS = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}", re.IGNORECASE)
_LABEL = re.compile(r"(?:\d+°|[a-z]{1,2}|\d+)")


@lru_cache(maxsize=4096)
def volzin_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) offsets of each volzin in `text`; end is exclusive, after the stop."""
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for match in _END.finditer(text):
        end = match.end()
        if match.group() == "." and not _ends_sentence(text, start, match.start()):
            continue
        spans.append((start, end))
        start = _skip_space(text, end)
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


def split_volzinnen(text: str) -> tuple[str, ...]:
    """Return the volzinnen of an alinea, each with its closing punctuation."""
    return tuple(text[start:end] for start, end in volzin_spans(text))


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _ends_sentence(text: str, sentence_start: int, stop: int) -> bool:
    """Tell whether the full stop at `stop` ends the sentence, judging the word it closes."""
    found = _WORD_BEFORE.search(text, sentence_start, stop)
    word = found.group(1) if found else ""
    bare = word.lstrip("(«\"'“‘[")
    if not bare:
        return True
    if bare.casefold() in ABBREVIATIONS or _INNER_DOTS.fullmatch(bare):
        return False
    if len(bare) == 1 and bare.isupper():
        return False  # an initial
    if _LABEL.fullmatch(bare) and _is_label_position(text, sentence_start, found.start(1)):
        return False
    return True


def _is_label_position(text: str, sentence_start: int, word_start: int) -> bool:
    """Tell whether a word stands where a list label is written: first, or after ":" or ";"."""
    before = text[sentence_start:word_start].rstrip()
    return not before or before.endswith((":", ";"))
