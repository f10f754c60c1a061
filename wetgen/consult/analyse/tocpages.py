"""Page numbers that ran into the entries of a table of contents, blanked before it is read.

A copy of a Kamerstuk's table of contents often loses the gap between an entry and its page:
"ARTIKELSGEWIJZE TOELICHTING5 • Artikel 15 • Artikel 26 • Artikel 127" lists artikelen 1, 2 and
12 on pages 5, 6 and 7, and "§ 2Opschoning … van hoofdstuk 1654" is hoofdstuk 16 on page 54. A
page run into a word ("Inleiding2", "IV97") is all the digits at the entry's end. A page run into
a number that a reference names splits off as the shortest page that is not below the page of
the entry before it, because the pages of a table of contents never go down. Only a run of such
entries is read this way (each short, each ending in a page run into it): a heading "Artikel 12"
alone below a paragraph is an article as written, and so is a footnote mark after a sentence.
"""

from __future__ import annotations

import re

_ENTRY = re.compile(r"[^•\n]+")
_END_DIGITS = re.compile(r"\d+$")
_GLUED = re.compile(r"[^\W\d_]\)?\d{1,3}[ \t]*(?:\n|•|$)", re.M)  # "Inleiding2" at the end of an entry
# the number before the page belongs to a reference: "Artikel 45", "hoofdstukken 1 tot en met 1522", "artikel 8.110"
_NUMBERED = re.compile(
    r"(?:\bartikel(?:en)?|\bart\.|\bhoofdstuk(?:ken)?|\bparagra(?:af|fen)|§|\bafdeling(?:en)?|\btitel|\bboek"
    r"|\btot\s+en\s+met|\ben)\s+(?:\d+[a-z]{0,3}[.:])*$",
    re.I,
)
# the heading below the table run into its last entry: "Artikel 75 ALGEMEEN" is artikel 7 on page 5
_ARTICLE_THEN_WORDS = re.compile(r"Artikel\s+(?P<digits>\d+(?-i:[a-z]{0,3})\d{1,3})\s+\S", re.I)
_SHORT = 100  # an entry of a table of contents; a paragraph is longer
_RUN = 3  # entries with a page in a row: fewer is no table of contents


def paged_entries(text: str) -> tuple[tuple[str, int], ...]:
    """Return the entries of each table of contents in `text` whose page ran into them, each
    with its words on one line and the number of digits of its page at their end."""
    if not _GLUED.search(text):
        return ()
    found: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    page = -1
    for entry in _ENTRY.finditer(text):
        words = " ".join(entry.group().split())
        if not words:
            continue
        size = _page_size(words, page) if len(words) <= _SHORT else None
        if size:
            run.append((words, size))
            page = int(words[-size:])
            continue
        last = _ARTICLE_THEN_WORDS.match(words) if page >= 0 else None
        split = _split(last.group("digits"), page) if last else None
        if split:
            run.append((words[: last.end("digits")], split))
        found.extend(run if len(run) >= _RUN else [])  # an entry of other words ends the table
        run, page = [], -1
    found.extend(run if len(run) >= _RUN else [])
    return tuple(dict.fromkeys(found))


def without_pages(text: str, entries: tuple[tuple[str, int], ...]) -> str:
    """Return a point's `text` with the pages of the `entries` (paged_entries) it holds blanked,
    each character kept in place."""
    chars = None
    for words, size in entries:
        for hit in re.finditer(rf"(?<!\S){re.escape(words)}(?!\S)", text):
            chars = chars or list(text)
            chars[hit.end() - size : hit.end()] = " " * size
    return "".join(chars) if chars else text


def _page_size(words: str, before: int) -> int | None:
    """Return how many digits at the end of an entry are its page, or None if it has none."""
    digits = _END_DIGITS.search(words)
    if digits is None:
        return None
    lead = words[: digits.start()]
    if lead[-1:].isalpha() or lead.endswith(")"):
        # "Inleiding2", "Hoofdstuk IV97", "Artikel 28a7": all of them a page
        return len(digits.group()) if len(digits.group()) <= 3 else None
    if before < 0 or not _NUMBERED.search(lead):
        return None
    return _split(digits.group(), before)


def _split(digits: str, before: int) -> int | None:
    """Return the size of the page at the end of a number: the shortest not below `before`."""
    for size in range(1, min(3, len(digits) - 1) + 1):
        number, page = digits[:-size], digits[-size:]
        if not number.startswith("0") and (size == 1 or not page.startswith("0")) and int(page) >= before:
            return size
    return None
