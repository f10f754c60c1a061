"""What is no reference in a table of contents, blanked before it is read: the pages that ran into
its entries, and the numbers of the document's own sections.

A copy of a Kamerstuk's table of contents often loses the gap between an entry and its page:
"ARTIKELSGEWIJZE TOELICHTING5 • Artikel 15 • Artikel 26 • Artikel 127" lists artikelen 1, 2 and
12 on pages 5, 6 and 7, and "§ 2Opschoning … van hoofdstuk 1654" is hoofdstuk 16 on page 54. A
page run into a word ("Inleiding2", "IV97") is all the digits at the entry's end. A page run into
a number that a reference names splits off as the shortest page that is not below the page of
the entry before it, because the pages of a table of contents never go down. Only a run of such
entries is read this way (each short, each ending in a page run into it): a heading "Artikel 12"
alone below a paragraph is an article as written, and so is a footnote mark after a sentence.

Above its part on the articles ("ARTIKELEN", "Artikelsgewijze toelichting"), the table of contents
of a memorie, verslag or nota lists the document's own sections ("§ 3. Handhaving7", "Hoofdstuk 2.
Aanleiding en achtergrond"): their numbers name no provision of a law. Below it, its entries name
the bill's articles and chapters. A table is a run of entries with pages run into them, or the
lines below a heading "Inhoudsopgave" up to the first paragraph.
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
# a table of contents headed as such, its pages on lines of their own ("Inhoudsopgave", "blz.", "2")
_CONTENTS_HEAD = re.compile(r"^[ \t]*(?:inhoudsopgave|inhoud)[ \t]*(?:\n|$)", re.I | re.M)
_LINE = re.compile(r"[^\n]+")
_PAGE_ONLY = re.compile(r"(?:blz\.|pag\.|p\.)?\s*\d{0,3}")
_SENTENCE = re.compile(r"(?:\S+\s+){4,}\S*[.!]")  # five words or more and a full stop: prose, no entry
_UNIT_ONLY = re.compile(r"(?:§|[Hh]oofdstuk|HOOFDSTUK|[Pp]aragraaf|[Aa]fdeling|[Tt]itel|[Aa]rtikel(?:en)?|ARTIKEL)\s*[\d.]+[a-z]?\.?")
_PAGE_AT_END = re.compile(r"\S\s*(?:\.{2,}|…+)?\s+\d{1,3}$")  # "Hoofdstuk 1. Inleiding 3", "… Inleiding ....... 3"
# the part of the document on the articles, and the document's own sections above it
_ARTICLES_PART = re.compile(r"(?:[IVX]+\.?\s+)?(?P<words>(?i:artikelen|artikels?gewij[sze]+(?:\s+(?:toelichting|deel))?))(?=\s*\d{0,3}$)")
_OWN_SECTION = re.compile(r"(?:§|[Hh]oofdstuk|HOOFDSTUK|[Pp]aragraaf)\s*\d+(?:\.\d+)*[a-z]?\.?(?=\s|[A-Z]|$)")
# what follows an entry in a point, after the page on a line of its own if one is there: the end, a
# heading's ": ", or the next entry ("§ 2.", "2.1. Algemeen", "ARTIKELEN", "Artikel 12", a bullet)
_NEXT_ENTRY = (r"(?=(?:\s+\d{1,3}(?=\s|:|$))?(?:\s*$|\s*:|\s+(?:[§•]|\d+(?:\.\d+)*\.?\s*[A-ZÀ-Ý]|(?-i:[A-Z]{2})"
               r"|(?:Artikel(?:en)?|Hoofdstuk|Paragraaf|Afdeling|Titel|Bijlage|Onderdeel)\s)))")
_AFTER_PAGE = r"(?=\s*$|\s*:|\s+[§\d(\[«•A-ZÀ-Ý])"
_SHORT = 100  # an entry of a table of contents; a paragraph is longer
_RUN = 3  # entries with a page in a row: fewer is no table of contents


def contents_blanks(text: str) -> tuple[tuple[str, int, int], ...]:
    """Return what to blank in the entries of each table of contents in `text`: each entry's
    words on one line with the start and end of what is no reference in them: a page run into it,
    and, above the part on the articles, the number of the document's own section ("§ 2.",
    "Hoofdstuk 3."), as the heading of that part itself ("ARTIKELEN", "Artikelsgewijze toelichting")."""
    paged = _paged_entries(text)
    entries = sorted({**dict(_headed_entries(text)), **{at: words for at, words, _ in paged}}.items())
    blanks = [(words, len(words) - size, len(words)) for _, words, size in paged]
    articles = False
    for _, words in entries:
        part = _ARTICLES_PART.match(words)
        if part:
            articles = True
            blanks.append((words, part.start("words"), part.end("words")))
        elif not articles and (own := _OWN_SECTION.match(words)):
            blanks.append((words, 0, own.end()))
    return tuple(dict.fromkeys(blanks))


def _headed_entries(text: str) -> list[tuple[int, str]]:
    """Return (start, words) of the lines below a heading "Inhoudsopgave" up to the first line
    that is no entry (a paragraph or a sentence), each page on a line of its own left out; none
    where fewer than two pages stand on lines of their own (a heading "Inhoud" over prose)."""
    found: list[tuple[int, str]] = []
    for head in _CONTENTS_HEAD.finditer(text):
        entries, pages = [], 0
        for line in _LINE.finditer(text, head.end()):
            words = " ".join(line.group().split())
            if len(words) > _SHORT or _SENTENCE.fullmatch(words):
                break
            if _PAGE_ONLY.fullmatch(words):
                pages += bool(words)
            else:
                page = None if _UNIT_ONLY.fullmatch(words) else _PAGE_AT_END.search(words)  # "Hoofdstuk 2" is no page
                pages += bool(page)
                entries.append((line.start(), words[: page.start() + 1] if page else words))
        found.extend(entries if pages >= 2 else [])
    return found


def _paged_entries(text: str) -> list[tuple[int, str, int]]:
    """Return (start, words, page size) of the entries of each table of contents in `text` whose
    page ran into them."""
    if not _GLUED.search(text):
        return []
    found: list[tuple[int, str, int]] = []
    run: list[tuple[int, str, int]] = []
    page = -1
    for entry in _ENTRY.finditer(text):
        words = " ".join(entry.group().split())
        if not words:
            continue
        size = _page_size(words, page) if len(words) <= _SHORT else None
        if size:
            run.append((entry.start(), words, size))
            page = int(words[-size:])
            continue
        last = _ARTICLE_THEN_WORDS.match(words) if page >= 0 else None
        split = _split(last.group("digits"), page) if last else None
        if split:
            run.append((entry.start(), words[: last.end("digits")], split))
        found.extend(run if len(run) >= _RUN else [])  # an entry of other words ends the table
        run, page = [], -1
    found.extend(run if len(run) >= _RUN else [])
    return found


def without_pages(text: str, blanks: tuple[tuple[str, int, int], ...]) -> str:
    """Return a point's `text` with what `blanks` (contents_blanks) names in the entries it holds
    blanked, each character kept in place."""
    chars = None
    for words, start, end in blanks:
        # an entry in a point stands before the next entry, a heading's ": " or the end, never
        # before other words ("Hoofdstuk 2 van de Huisvestingswet 2014", "Artikelen 12 en 13" below)
        page = 0 < start and end == len(words)  # a page run into an entry: no text below ends so ("Artikel 13759")
        for hit in re.finditer(rf"(?<!\S){re.escape(words)}{_AFTER_PAGE if page else _NEXT_ENTRY}", text):
            chars = chars or list(text)
            chars[hit.start() + start : hit.start() + end] = " " * (end - start)
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
