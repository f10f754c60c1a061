"""Article numbers in a table of contents whose page numbers ran into them.

A copy of a Kamerstuk's table of contents often loses the gap between an entry and its page:
"ARTIKELSGEWIJZE TOELICHTING5 • Artikel 15 • Artikel 26 • Artikel 127" lists artikelen 1, 2 and
12 on pages 5, 6 and 7. The pages of a table of contents never go down, so the digits an entry
"Artikel NNN" holds split into the article and the shortest page that is not below the page of
the entry before it. Only a run of such entries is read this way (each short, each ending in a
page run into it): a heading "Artikel 12" alone below a paragraph is an article as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wetgen.consult.analyse.grammar import without_long_numbers

_ENTRY = re.compile(r"[^•\n]+")
_GLUED_PAGE = re.compile(r"[^\W\d_]\)?(?P<page>\d{1,3})$")  # "ALGEMEEN2", "Wmz-register4"
_ARTICLE_ENTRY = re.compile(r"Artikel\s+(?P<digits>\d+(?-i:[a-z]{0,3})\d{1,3})(?![\w.:,])", re.I)
_SHORT = 100  # an entry of a table of contents; a paragraph is longer
_RUN = 3  # entries with a page in a row: fewer is no table of contents


@lru_cache(maxsize=16)
def paged_articles(text: str) -> dict[int, tuple[int, str]]:
    """Return, per start of an entry "Artikel NNN" of a table of contents whose page ran into
    it, the end of its article number and the number: {start: (end, article)}."""
    if "rtikel" not in text:
        return {}
    text = without_long_numbers(text)
    found: dict[int, tuple[int, str]] = {}
    run: dict[int, tuple[int, str]] = {}
    page, length = -1, 0
    for entry in _ENTRY.finditer(text):
        words = entry.group().strip()
        at = entry.start() + len(entry.group()) - len(entry.group().lstrip())
        article = _ARTICLE_ENTRY.match(words)
        split = _split(article.group("digits"), page) if article and page >= 0 else None
        glued = None if article else _GLUED_PAGE.search(words)
        if split:
            number, page = split
            run[at] = (at + article.start("digits") + len(number), number)
        elif glued and len(words) <= _SHORT:
            page = int(glued.group("page"))
        length += 1 if words and (split or glued) else 0
        # an entry of other words ends the table; so does the heading below it run into its last line
        if words and not (split and not words[article.end() :].strip() or glued and len(words) <= _SHORT):
            found.update(run if length >= _RUN else {})
            run, page, length = {}, -1, 0
    found.update(run if length >= _RUN else {})
    return found


def _split(digits: str, before: int) -> tuple[str, int] | None:
    """Return (article, page) of an entry's number: the shortest page not below `before`."""
    lettered = re.fullmatch(r"(\d+[a-z]+)(\d+)", digits)  # "Artikel 28a7": artikel 28a on page 7
    if lettered:
        return (lettered.group(1), int(lettered.group(2))) if int(lettered.group(2)) >= before else None
    for size in range(1, min(3, len(digits) - 1) + 1):
        number, page = digits[:-size], digits[-size:]
        if not number.startswith("0") and (size == 1 or not page.startswith("0")) and int(page) >= before:
            return number, int(page)
    return None


def unpaged(text: str, ref):
    """Return a reference with the page number taken off an article of a table of contents
    whose page ran into it ("Artikel 127" on page 7 is artikel 12); `ref` is placed in `text`."""
    if len(ref.parts) != 1 or not _ARTICLE_ENTRY.fullmatch(ref.raw.strip()):
        return ref
    hit = paged_articles(text).get(ref.start)
    if hit is None or ref.end < hit[0]:
        return ref
    end, number = hit
    return ref._replace(raw=text[ref.start : end], end=end, parts=(ref.parts[0]._replace(artikel=number),))
