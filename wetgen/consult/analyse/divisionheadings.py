"""A division of the bill itself standing as a heading of the enacted or proposed text:
"HOOFDSTUK 1. MINISTERIE VAN JUSTITIE" of a wet in hoofdstukken per ministry, "§ 2. Buitenlandse
Zaken" of a besluit in paragrafen. The heading names the division, whose articles follow."""

from __future__ import annotations

import re
from collections.abc import Container

from wetgen.consult.analyse.context import (
    BILL,
    Context,
    Target,
    bill_article_heading,
    bill_division_heading,
)
from wetgen.consult.analyse.owndivisions import nested, opened
from wetgen.consult.analyse.refs import DIVISION, Ref
from wetgen.consult.analyse.resolve import Resolution
from wetgen.consult.analyse.statute import after_enacting_words

_HEADING = re.compile(
    r"(?P<word>HOOFDSTUK|TITEL|AFDELING|PARAGRAAF|§)\s*(?P<number>\d+[a-z]?(?:\.\d+[a-z]?)*|[IVXLC]+[A-Z]?)"
    r"(?=[.:]?(?:\s|$))"  # "HOOFDSTUK 1: Begrippen" of a gemeente's verordening
)
_KIND = {"§": "paragraaf"}
# the heading of an article ("Artikel 1", "Artikel 2.3", "Artikel 1. Begripsbepaling" with its
# title): the text of a law's own articles
_ARTICLE_HEADING = re.compile(r"Artikel\s+(?P<number>\d+[a-z]?(?:[.:]\d+[a-z]?)*)\.?(?:\s+[A-Z(][^.:;!?]{0,80})?")


def opens_own_articles(following: str, amends_nothing: bool) -> bool:
    """Tell whether a division heading is one of a new law's own: the bill amends no law and the
    heading stands right above the heading of an article ("HOOFDSTUK 1 ALGEMENE BEPALINGEN" above
    "Artikel 1"), as only the text of a law, or the artikelsgewijze toelichting on it, sets them."""
    return amends_nothing and bool(_ARTICLE_HEADING.fullmatch(following.strip()))


# a heading of a text about the bill, not of the bill: "Hoofdstuk 2 Artikelsgewijze opmerkingen", "§ 4 Artikelsgewijs"
_ABOUT_THE_BILL = re.compile(r"toelichting|artikelsgewijs|opmerking|commentaar|reactie|advies|inleiding|samenvatting", re.I)


def heads_own_articles(heading: str, following: str, own: Container[str], before: str, enacted: bool) -> bool:
    """Tell whether a division heading in capitals is one of the bill's own in the text of a wet or besluit whose draft
    lists no divisions: the first heading after the enacting words (`before` ends "… verstaan bij deze:"), or one right
    above the heading of one of the bill's own articles (`own`: "HOOFDSTUK I MINISTERIE VAN …" above "ARTIKEL I" or
    "Artikel 1.1"); a "§ 1" only in the articles of a printed wet (`enacted`). Not a heading of a toelichting or a
    response ("Hoofdstuk 2 Artikelsgewijze opmerkingen" above "Artikel I")."""
    found = _HEADING.match(heading)
    if found is None or _ABOUT_THE_BILL.search(heading) or found.group("word") == "§" and not enacted:
        return False
    if after_enacting_words(before):  # statute.py
        return True
    article = _ARTICLE_HEADING.fullmatch(following.strip())
    if article and article.group("number") in own:
        return True  # "Artikel 1.1" of an amending wet in hoofdstukken (new text of the amended law is left out: bill_division)
    return bill_article_heading(following.strip(), own)


def opens_division(heading: str, following: str, amends_nothing: bool, own: Container[str], before: str, enacted: bool) -> bool:
    """Tell whether a heading opens a division of the bill whose draft may list none (opens_own_articles,
    heads_own_articles)."""
    return opens_own_articles(following, amends_nothing) or heads_own_articles(heading, following, own, before, enacted)


def bill_division(
    text: str, start: int, end: int, divisions: dict, context: Context, heading: bool = True,
    own_articles: bool = False,
) -> list[Resolution] | None:
    """Return the references of a heading (or a short paragraph) that opens a division of the
    bill itself: the division, where the bill has one of that number ("HOOFDSTUK 1. …", "§ 2.
    …"; not in the MvT, whose own paragraphs are numbered so too, nor in new text), landing on
    its articles; [] for another division in capitals ("HOOFDSTUK 1 ALGEMENE WET …"). None for
    any other text, and for a heading of the amended law's division in new text ("…, luidende:")
    that the bill has no division of that number of. `own_articles`: the heading opens articles of
    a bill that amends no law (`opens_own_articles`), so it is the bill's even where the draft
    lists no divisions."""
    line = text[start:end]
    found = None if context.mvt_text else _HEADING.match(text, start, end)
    if found is None and (own_articles or heading and opened(context)) and not context.mvt_text:  # "Hoofdstuk 1. Algemene bepalingen"
        found = _HEADING.match(text.upper(), start, end)
    kind, number = (_KIND.get(found.group("word"), found.group("word").lower()), found.group("number")) if found else ("", "")
    nodes = divisions.get((kind, number.upper())) if found else None
    if nodes is None and found and (own_articles or opened(context)) and not context.inserted:
        nodes = ()  # "HOOFDSTUK 1" of a new law whose draft lists articles, not hoofdstukken, and the headings below it
    if nodes is None:
        if not bill_division_heading(line):
            return None
        word, _, rest = line.partition(" ")
        inserted = heading and context.inserted and (word.lower(), rest.split(" ")[0].upper()) not in divisions
        return None if inserted else []
    if context.inserted:
        return []
    number, within = nested(kind, number, context)  # "Afdeling 1" below "Hoofdstuk 2": afdeling 2.1 (owndivisions.py)
    nodes = divisions.get((kind, number.upper()), nodes)
    detail = f"{kind} {number}"
    ref = Ref(found.group(0), start, found.end(), DIVISION, (), detail=detail)
    words = f"wetsvoorstel, {within + ', ' if within else ''}{detail}"
    return [Resolution(ref, "bill", nodes, "", words, Target(BILL, division=detail, within=within))]
