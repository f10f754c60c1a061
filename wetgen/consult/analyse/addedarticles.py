"""An article that an amendment or a nota van wijziging adds to the bill, which this version of the bill
does not have: "Na artikel I wordt een artikel ingevoegd, luidende: ARTIKEL IA / De Algemene Kinderbijslagwet
wordt als volgt gewijzigd: / A / Artikel 7 …". Its heading opens it as the bill's own article: the bare letters
below are its onderdelen, and the law its text says it amends is the law of the bare numbers below, a law the
bill amends once the amendment is adopted (scope law), whether or not this version amends it yet."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from wetgen.consult.analyse.context import BILL, LAW, OTHER_LAW, UNKNOWN, Context, Target, remember

if TYPE_CHECKING:
    from wetgen.consult.analyse.lawnames import LawLexicon
    from wetgen.consult.analyse.resolve import Resolution
    from wetgen.model import Article

_HEADING = re.compile(r"(?:ARTIKEL|Artikel)\s+(?P<number>\S+)\s*(?P<caption>.*)", re.S)


def added_heading(places: list[Target], articles: dict[str, Article], following: str = "") -> str:
    """Return the number of the article a heading names where it is one of the bill's amending articles that this
    version lacks ("ARTIKEL IA", "ARTIKEL Xd" above its text: Roman, with letters added; "ARTIKEL 0I", "Artikel 01"
    before the first, only where the text `following` the heading opens with the lead of an amending article: "De Wet
    X wordt als volgt gewijzigd:"), or ""."""
    own = [p for p in places if p.scope in (BILL, UNKNOWN) and p.artikel and not p.onderdeel and not p.lid]
    if len(own) != 1 or own[0].artikel.upper() in articles:
        return ""
    number = own[0].artikel
    if own[0].scope == BILL and _ADDED_ROMAN.fullmatch(number):
        return number
    return number if _BEFORE_THE_FIRST.fullmatch(number) and _AMENDING_LEAD.match(following) else ""


_ADDED_ROMAN = re.compile(r"[IVXLC]+[A-Za-z]{1,3}")
# "ARTIKEL 0I", "Artikel 01" that an amendement puts before the first article (of a bill numbered in Arabic, which
# amends no law, the number is no article of it): the leading nought says it was added before the first
_BEFORE_THE_FIRST = re.compile(r"0(?:[IVXLC]+|[0-9])?[A-Za-z]?")
# "De Wet X wordt als volgt gewijzigd:", or an instruction on a law's article: "Artikel VIII, vierde en vijfde lid, van
# de Wet X worden vervangen door …", "In artikel 5 van de Wet X wordt …"
_AMENDING_LEAD = re.compile(
    r"[\s:.]*(?:(?:De|Het)\s+[^.;:]{3,120}?\s+(?:wordt|worden)\s+(?:[^.;:]{0,60}?\s)?(?:als\s+volgt\s+)?gewijzigd\b"
    r"|(?:(?:In|Aan|Na)\s+)?[Aa]rtikel\s+\S+[^.;:]{0,160}?\bvan\s+(?:de|het)\s+[^.;:]{3,120}?\s+(?:wordt|worden|vervalt|vervallen|komt|komen)\b)"
)


def open_added(context: Context, number: str, heading: str, lexicon: LawLexicon) -> Context:
    """Return the context below the heading of an added article: it is the article under discussion, with the law
    its heading's caption names ("ARTIKEL IA ALGEMENE KINDERBIJSLAGWET", "ARTIKEL IA (WIJZIGING WET LUCHTVAART)")
    until its text names one."""
    match = _HEADING.match(heading.strip())
    context = context._replace(bill_article=number, added=number, onderdeel="", law=caption_law(match.group("caption") if match else "", lexicon),
                               article=None, structural=True, inserted=False, own_heading="")  # fmt: skip
    return remember(context, (Target(BILL, "", number),), False)


def caption_law(caption: str, lexicon: LawLexicon) -> str:
    """Return the law a heading's caption in capitals names ("ALGEMENE KINDERBIJSLAGWET", "(WIJZIGING WET OP DE
    STUDIEFINANCIERING)"), or ""."""
    name = _CAPTION_NAME.match(caption)
    if not name or not name.group("name").strip():
        return ""
    words = name.group("name").split()
    for spelled in (" ".join(words).capitalize(), " ".join(w.lower() if w.lower() in _SMALL else w.capitalize() for w in words)):
        found = lexicon.match(spelled, 0)
        if found is not None and found.end >= len(spelled.rstrip(" )")) - 1:
            return found.law
    return ""


_CAPTION_NAME = re.compile(r"[(\s]*(?:wijziging\s+(?:van\s+)?(?:de\s+|het\s+)?)?(?P<name>[^()]*)", re.I)
_SMALL = {"op", "de", "het", "van", "en", "der", "in", "voor", "tot", "inzake", "met", "over", "bij", "aan", "a"}


def in_added(context: Context) -> bool:
    """Tell whether the text read is that of an added article (its heading opened it and no other article since)."""
    return bool(context.added) and context.bill_article == context.added


def leave_added(context: Context, heading: str) -> Context:
    """Return the context at a heading below an added article's text: an onderdeel letter ("A", "Ba") is the added
    article's, any other heading ("II" of the amendement, "Toelichting", "Artikel 28a") ends its text."""
    if not in_added(context) or _ITS_LETTER.fullmatch(heading.strip()):
        return context
    return context._replace(bill_article="", added="", law="", onderdeel="", article=None, structural=False)


_ITS_LETTER = re.compile(r"[A-Z][a-z]?\.?")


def amended_by_added(context: Context, law: str, segment: str) -> Context:
    """Return the context after a sentence of an added article that names the law it amends ("De Algemene
    Kinderbijslagwet wordt als volgt gewijzigd:"): that law's are the bare numbers below."""
    if not law or not in_added(context) or context.onderdeel or not segment.rstrip().endswith(":"):
        return context
    return context._replace(law=law)


def as_amended(resolutions: list[Resolution], context: Context, instruction: bool, place: Callable) -> tuple[list[Resolution], Context]:
    """Return the resolutions of a reference in an added article's text, where the law it amends is a law the
    bill amends ("Artikel 2.2.1 van de Wet educatie en beroepsonderwijs wordt …" in the added ARTIKEL Xe), and the
    context after it: the first law an instruction of its text names is the one it amends, where its heading's
    caption named none. `place` is the index's (resolve.BillIndex.place)."""
    if not in_added(context):
        return resolutions, context
    if not context.law and instruction and resolutions and resolutions[0].place.scope == OTHER_LAW and resolutions[0].place.artikel:
        context = context._replace(law=resolutions[0].place.law)
    if not context.law:
        return resolutions, context
    placed = [place(r.ref, r.place._replace(scope=LAW), context) if r.place.scope == OTHER_LAW and r.place.law == context.law
              else r for r in resolutions]  # fmt: skip
    reason = f"{{}} wordt gewijzigd door artikel {context.added}, dat het wetsvoorstel nog niet heeft"
    return [r._replace(reason=reason.format(r.target)) if r.status == "untouched" and r.place.law == context.law else r
            for r in placed], context  # fmt: skip
