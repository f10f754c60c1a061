"""Provisions named by a description instead of a number, and citations made in passing.

"de voorgestelde bepaling", "het voorgestelde artikel", "de bepaling", "het artikel", "het
onderhavige artikel", "het huidige artikel" and "het ‘oude’ artikel" (as it reads before the bill), "de voorgestelde wijziging" (the bill's change of the article): a definite
description names the article under discussion, which the resolver takes only where one article
was named since the last heading. What restricts the noun ("de bepaling over de huur", "het
artikel van mr. X", "de bepaling dat …") describes something else, and is not read. A database's
note under the unit it shows ("Dit artikel is met ingang van 1 januari 1994 ingevoerd bij wet van
…") names that unit. "de in artikel 1.1 uitgezonderde voorschriften", "als bedoeld in artikel 5":
an article cited in passing to qualify a noun is not what the text is about.
"""

from __future__ import annotations

import re

from wetgen.consult.analyse.functional import functional_at

_DESCRIBED = re.compile(
    r"(?P<word>de|het)\s+(?:(?P<state>voorgestelde|nieuwe)\s+|(?:onderhavige|huidige|bestaande)\s+"
    r"|[‘'\"]?oude[’'\"]?\s+)?(?P<what>bepaling|artikel)"  # "het ‘oude’ artikel"
    r"(?![\w-])(?!\s*(?:\d|[IVXLC]+\b|(?-i:[A-Z]{1,2})\s?\d|\(|[-–]))",  # (a number: "12", "IV", the Kieswet's "H 6")
    re.I,
)
# "de voorgestelde wijziging": the change the bill makes to the article discussed
_CHANGE = re.compile(r"(?P<word>de)\s+(?P<state>voorgestelde)\s+(?P<what>wijziging)(?![\w-])", re.I)
# what restricts the noun to something else: a preposition, a relative or "dat"-clause
_RESTRICTED = re.compile(
    r"\s+(?:van|uit|in|over|inzake|omtrent|betreffende|met|ter|tot|voor|dat|die|welke|waar\w+"
    r"|als|onder|bij|op|ervan|daarvan|hiervan|zoals|of|en|aan|door|om|te)\b",
    re.I,
)
# the note a legal database prints under the unit it shows
HISTORY_NOTE = re.compile(r"\s+is\s+met\s+ingang\s+van\s+\d{1,2}\s+[a-z]+\s+\d{4}\s+(?:\w+\s+){1,2}bij\s+"
                          r"(?:rijks)?(?:wet|besluit)\s+van\b", re.I)  # fmt: skip
_PASSING = re.compile(
    r"(?:\b(?:de|het|een|die)\s+in|\b(?:als\s+)?(?:bedoeld|genoemd|vermeld|omschreven)e?\s+in)\s+$",
    re.I,
)


def described(text: str, start: int) -> tuple[int, str, bool] | None:
    """Return (end, noun, proposed) of a definite description of a provision at `start` ("de
    voorgestelde bepaling": proposed), or None where the words are restricted to another."""
    if (functional := functional_at(text, start)) is not None:
        return functional[0], functional[1], False  # "de inwerkingtredingsbepaling" (functional.py)
    match = _DESCRIBED.match(text, start) or _CHANGE.match(text, start)
    if not match or _RESTRICTED.match(text, match.end()) and not apposition(text, start):
        return None
    return match.end(), match.group("what").lower(), bool(match.group("state"))


def in_passing(text: str, start: int) -> bool:
    """Tell whether the reference at `start` is cited in passing to qualify a noun ("de in
    artikel 1.1 uitgezonderde voorschriften", "als bedoeld in artikel 5")."""
    return bool(_PASSING.search(text, max(0, start - 24), start))


def aside_of_heading(text: str, start: int, end: int, context) -> bool:  # noqa: ANN001 - Context
    """Tell whether an article cited in passing ("een trap die een hoogteverschil als bedoeld in artikel 2.27
    overbrugt") stands below the heading of the article under discussion, which it leaves as it was; not where its
    sentence takes it up ("…, waarvan het derde lid", "daarvan", "dat artikel")."""
    article = context.article
    if article is None or not in_passing(text, start):
        return False
    headed = context.own_heading or context.heading_law  # (the heading of an own article, or of another law's)
    stop = _SENTENCE_STOP.search(text, end)
    return bool(headed) and not _TAKEN_UP.search(text, end, stop.start() if stop else len(text))


_SENTENCE_STOP = re.compile(r"[.;:](?:\s|$)")
_TAKEN_UP = re.compile(r"\b(?:waarvan|daarvan|daarin|waarin|dat\s+artikel|die\s+bepaling|deze\s+bepaling)\b", re.I)


# a description in brackets just after an article's number and law: "artikel 20 van de Drank- en
# Horecawet (het artikel dat betrekking heeft op de leeftijdsgrenzen)" describes that article
_APPOSITION = re.compile(
    r"\bartikel\s+\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,3})*(?:,\s+\w+\s+lid)?"  # the article, its lid
    r"(?:,?\s+van\s+(?:de|het)(?:\s+(?:[A-Z0-9][^\s(),.;]*|van|de|het|en|op|der|tot|voor|in|inzake|[a-z]+-)){1,10})?"  # its law
    r"\s*\(\s*$", re.I)


def apposition(text: str, start: int) -> bool:
    """Tell whether a description at `start` opens a bracket just after the article it describes."""
    return bool(_APPOSITION.search(text, max(0, start - 160), start))


# a cross-reference to an explanation elsewhere: "Zie de toelichting op artikel 1.3.", "(zie voor het begrip
# «nevenfunctie» artikel 1.1)"; the article it points to does not become the one under discussion
_CROSS_REFERENCE = re.compile(r"\b[Zz]ie\s+(?:ook\s+)?(?:de\s+toelichting\s+(?:op|bij)|voor\s+[^()\n.;]{1,60})\s+$")


def aside(between: str, previous: tuple, places: list, heading: bool) -> bool:
    """Tell whether a reference stands aside of the one just before it (`between` them, the words; `previous`, the
    places that one named; `places`, this one's resolutions): the same article in the draft's numbering ("Artikel 6:22
    [6.2.14]"), or, in a heading, the same change in the next law the bill amends, in brackets ("Artikel I, onderdeel
    E (artikel II, onderdeel E)"), leaving the subject the one before."""
    if between == " [":
        return True
    units = (*previous, *(r.place for r in places))
    return heading and between == " (" and bool(previous) and bool(places) and all(p.scope == "bill" and p.onderdeel for p in units)


def cross_reference(text: str, start: int) -> bool:
    """Tell whether the reference at `start` points to an explanation elsewhere ("Zie de toelichting op
    artikel 1.3."): it leaves the article under discussion as it was."""
    return bool(_CROSS_REFERENCE.search(text, max(0, start - 80), start))
