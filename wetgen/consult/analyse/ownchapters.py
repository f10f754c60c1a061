"""Bills whose hoofdstukken number their articles from 1 again, as the aanpassingswetten of the
1990s in hoofdstukken per ministry do ("HOOFDSTUK II. Ministerie van Justitie. Artikel 1").

Such a hoofdstuk is the scope of its articles' numbers (address.py: `chp_II__art_1`, "Hoofdstuk II,
artikel 1"), so "artikel 1" is the one of the hoofdstuk under discussion: the one a heading or a
reference named last (`Context.chapter`), else the first that has the number. A target on such an
article names its hoofdstuk.
"""

from __future__ import annotations

import re

from wetgen import address
from wetgen.address import Address
from wetgen.consult.analyse.context import BILL, Context
from wetgen.consult.analyse.resolution import Resolution
from wetgen.model import Article, Bill

HOOFDSTUK = "hoofdstuk"
# "artikel 1 van hoofdstuk II", "Artikel 1, van Hoofdstuk II": the hoofdstuk after an article
# (not "van hoofdstuk III van de Gemeentewet": another law's)
_CHAPTER_AFTER = re.compile(
    r"\s*,?\s*(?:van|uit|in)\s+(?:het\s+)?hoofdstuk\s+([IVXLC]+|\d+)\b(?!\s*,?\s*(?:van|uit|der)\s+(?:de|het|die|deze|dat)\b)", re.I
)
_BETWEEN = re.compile(r"\s*,?\s*(?:van|uit|in)\s+(?:het\s+)?", re.I)  # "artikel 1 [van] hoofdstuk II"
_ARTICLE_AFTER = re.compile(r"[\s,.]*artikel\b", re.I)  # "Hoofdstuk II, artikel 1"
_ARTICLE_BEFORE = re.compile(r"[ \t]*,[ \t]*")  # between "Hoofdstuk II" and its "artikel 1 …" (not a heading above it)


class ChapterScopes:
    """Where each article of a bill is, and the articles of each hoofdstuk that numbers its own."""

    def __init__(self, bill: Bill) -> None:
        self.placed = placed = list(address.placed_articles(bill))
        self._places = {id(article): own for own, article in placed}
        self.chapters: dict[str, dict[str, Article]] = {}
        self._chapter_of: dict[str, str] = {}  # the eId of a scope → its hoofdstuk's number
        for own, article in placed:
            if own.scope:
                number = own.scope_label.partition(" ")[2].upper()
                self.chapters.setdefault(number, {})[article.number.upper()] = article
                self._chapter_of[own.scope] = number

    def place_of(self, article: Article) -> Address:
        """Return the address of an article of the bill, within its hoofdstuk where that numbers its own."""
        return self._places.get(id(article)) or address.article(address.BILL, article)

    def articles(self, chapter: str = "") -> dict[str, Article]:
        """Return number → article as the bill's text reads them in `chapter` (""; none named):
        that hoofdstuk's own articles, and the first of each number elsewhere."""
        out: dict[str, Article] = {}
        for own in self.chapters.values():
            for number, article in own.items():
                out.setdefault(number, article)
        return {**out, **self.chapters.get(chapter.upper(), {})}

    def chaptered(self, resolution: Resolution) -> Resolution:
        """Return a resolution on an article of such a hoofdstuk with its target naming the hoofdstuk."""
        place = resolution.place
        if resolution.status != "bill" or not place.artikel or place.division or not resolution.nodes:
            return resolution
        scope = resolution.nodes[0].partition("__art_")[0]
        number = self._chapter_of.get(scope)
        if number is None:
            return resolution
        return resolution._replace(place=place._replace(division=f"{HOOFDSTUK} {number}"),
                                   target=f"{HOOFDSTUK} {number}, {resolution.target}")

    def entered(self, context: Context, chapter: str) -> Context:
        """Return the context in hoofdstuk `chapter` of the bill: where it is another than the one under
        discussion, nothing said below the one before (its amended law, article, onderdeel) holds."""
        if chapter == context.chapter:
            return context
        return context._replace(chapter=chapter, law="", bill_article="", onderdeel="", article=None, inserted=False)

    def with_chapters(self, text: str, resolutions: list[Resolution]) -> list[Resolution]:
        """Return `resolutions` with the hoofdstuk of "artikel 1 van hoofdstuk II" and "Hoofdstuk II, artikel 1" taken
        into the article's reference: it says where that article is (`chaptered`: the article's target names it),
        the point is not about all of II."""
        out = list(map(self.chaptered, resolutions))
        index = 1
        while index < len(out):
            before, here = out[index - 1], out[index]
            chapter, article = (here, before) if _BETWEEN.fullmatch(text, before.ref.end, here.ref.start) else (before, here)
            if (chapter.status == "bill" and not chapter.place.artikel and article.place.artikel and article.place.division == chapter.place.division
                    and (chapter is here or _ARTICLE_BEFORE.fullmatch(text, before.ref.end, here.ref.start))):  # fmt: skip
                start, end = before.ref.start, here.ref.end
                whole = article.ref._replace(raw=text[start:end], start=start, end=end)
                out[index - 1 : index + 1] = [article._replace(ref=whole)]
                continue
            index += 1
        return out

    def named(self, context: Context, resolutions: list[Resolution]) -> str:
        """Return the hoofdstuk (numbering its own articles) that references named, else the one
        under discussion: "artikel 1" below "HOOFDSTUK II" is its own."""
        named = [r.place.division.partition(" ")[2].upper() for r in resolutions
                 if r.place.scope == BILL and not r.place.artikel and r.place.division.startswith(f"{HOOFDSTUK} ")]  # fmt: skip
        return named[-1] if named and named[-1] in self.chapters else context.chapter

    def after(self, text: str, end: int) -> str:
        """Return the hoofdstuk (numbering its own articles) named right after an article that
        ends at `end` ("artikel 1 van hoofdstuk II"), else ""."""
        found = _CHAPTER_AFTER.match(text, end) if self.chapters else None
        return found.group(1).upper() if found and found.group(1).upper() in self.chapters else ""

    def own(self, kind: str, number: str, context: Context, title: str) -> bool:
        """Tell whether a bare "hoofdstuk II" is the bill's own, that numbers its articles: the
        one under discussion, one named with its article ("Hoofdstuk II, artikel 1"), or one alone
        on its line (a heading "Hoofdstuk III")."""
        return kind == HOOFDSTUK and number.upper() in self.chapters and (
            number.upper() == context.chapter or self.qualifier(kind, number, title) or not title.strip())

    def qualifier(self, kind: str, number: str, title: str) -> bool:
        """Tell whether "Hoofdstuk II" only says where the article after it is ("Hoofdstuk II, artikel
        1, tweede lid"): a point about that article is not about the whole hoofdstuk."""
        return kind == HOOFDSTUK and number.upper() in self.chapters and bool(_ARTICLE_AFTER.match(title))
