"""What an anaphor names, from what the text before it named: "dit artikel", "die bepalingen",
"de vorige leden", "deze titel", "de a-grond", "de voorgestelde bepaling", and the note a legal
database prints under the unit it shows ("Dit artikel is met ingang van … ingevoerd bij wet van …").

Each gives structural targets; wetgen.consult.analyse.resolve places them on the bill.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.consult.analyse.context import (
    BILL,
    LAW,
    OTHER_LAW,
    UNKNOWN,
    Context,
    Target,
    only_topic,
)
from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.refs import DESCRIBED, GROUND, HISTORY, PREVIOUS, PROPOSED, Ref

# the grounds practitioners name by their letter ("de a-grond", "de h-grond"): the law, article
# and lid whose onderdelen they are (the dismissal grounds of the Wet werk en zekerheid; the
# asylum grounds of the Vreemdelingenwet 2000)
NAMED_GROUNDS = {
    "Burgerlijk Wetboek Boek 7": ("669", "3"),
    "Gemeentewet": ("174a", "1"),  # the grounds of closing a woning, lokaal or erf (since the Wet 36 217)
    "Vreemdelingenwet 2000": ("29", "1"),
}

_DIVISIONS = ("hoofdstuk", "titel", "afdeling", "paragraaf")


def anaphor_targets(
    ref: Ref, context: Context, amended_law: Callable[[str], str], inserted: bool = False
) -> list[Target]:
    """Return the provisions an anaphor other than "deze wet" names (UNKNOWN where the text
    does not tell); `amended_law` gives the citeertitel of a law the bill amends, or "";
    `inserted`: the anaphor stands in words of the amended law (new or quoted)."""
    if ref.anaphor == GROUND:
        return [_ground(ref, context, amended_law)]
    if ref.anaphor == PREVIOUS:  # "de vorige leden": the article under discussion
        base = context.article
        if base is None:
            return [Target(UNKNOWN)]
        if ref.detail == "artikel":  # "het vorige artikel" in artikel 13: artikel 12 (where the number tells it)
            number = _previous_number(base.artikel)
            return [base._replace(artikel=number, lid="", item="", sub="", onderdeel="")] if number else [Target(UNKNOWN)]
        part = ref.parts[0] if ref.parts else Part()
        named = context.last[0] if len(context.last) == 1 else base
        if inserted and (ref.detail == "lid" or ref.detail.startswith("volzin")) and named.law == base.law and named.artikel == base.artikel and named.lid.isdigit():
            base = named  # new text of the lid an instruction named: "… een nieuw tweede lid ingevoegd: …"
        lid = part.lid or (str(int(base.lid) - 1) if ref.detail == "lid" and base.lid.isdigit() else "")
        lid = base.lid if ref.detail.startswith("volzin") else lid  # "de vorige volzin": in the lid it stands in
        item = part.item if lid not in ("", "0") else ""  # "het vorige lid onder b"
        return [base._replace(lid="" if lid == "0" else lid, item=item, sub="", onderdeel="")]
    if ref.detail in _DIVISIONS:
        # in new text, an article numbered by its chapter tells "dit hoofdstuk" before a chapter
        # the instruction named ("Na hoofdstuk 1 wordt een hoofdstuk ingevoegd: … Artikel 2.1 In dit hoofdstuk")
        chapter = _own_chapter(ref, context) if inserted else None
        named = [t for t in context.divisions if t.division.split()[0] == ref.detail]
        if named and (chapter is None or _within(named[-1], chapter)):
            return [named[-1]]  # "In hoofdstuk 3.3 wordt na artikel 3:17 …": the Wft's hoofdstuk 3.3, in its Deel 3
        return [chapter or Target(UNKNOWN)]
    if ref.anaphor == HISTORY:  # the unit the page shows: the first article under its heading
        targets: tuple[Target, ...] = context.topic[:1] if context.topic else ()
    elif ref.anaphor == DESCRIBED:
        targets = _described(ref, context)
    elif ref.anaphor == "die":
        targets = context.last_many or context.last
    elif ref.anaphor == "dit":
        targets = (context.article,) if context.article else context.last
        if inserted and _parallel(context, ref.detail):
            targets = context.last_many  # "In de artikelen 157, eerste lid, en 267, eerste lid, wordt …: … dit lid": each
        if ref.detail == "lid" and not ref.parts and targets and all(not t.lid for t in targets):
            return []  # "dit lid" where no lid is under discussion: a member ("dan wordt dit lid …")
    else:
        targets = context.last or ((context.article,) if context.article else ())
    if ref.detail == "onderdeel":  # "dat onderdeel": the onderdeel (of a bill or an article) last named
        targets = tuple(t for t in targets if t.item or t.onderdeel)
        if len(targets) != 1:
            return []
    if not targets:
        return [Target(UNKNOWN)]
    # "die bepalingen" are the provisions as named ("4:98, derde lid"); "dat artikel" the article
    # "genoemde artikelen" after "de artikelen 11, tweede lid, 12 en 13, vierde lid": the list as named, too
    keep_lid = ref.detail.startswith(("bepaling", "lid", "leden", "artikellid", "onderdeel", "artikelen")) and ref.anaphor != DESCRIBED
    out = []
    for target in targets:
        base = target if keep_lid else target._replace(lid="", item="", sub="")
        if ref.detail == "lid" and not ref.parts:
            base = base._replace(item="", sub="")  # "dat lid" after "onderdeel f" of it: the lid
        for part in ref.parts or (Part(),):
            if part.lid or part.item or part.sub:
                base = base._replace(lid=part.lid or base.lid, item=part.item, sub=part.sub)
            out.append(base)
    return list(dict.fromkeys(out))  # "dat artikel" after three leden of one article: that article once


def _previous_number(number: str) -> str:
    """Return the number of the article before one numbered `number` ("13": "12", "3.24": "3.23", "5a": "5"), or ""."""
    if found := re.fullmatch(r"(?P<head>(?:\d+\.)*)(?P<last>\d+)(?P<letters>[a-z]*)", number):
        if found.group("letters"):
            return found.group("head") + found.group("last")
        return f"{found.group('head')}{int(found.group('last')) - 1}" if int(found.group("last")) > 1 else ""
    return ""


def _parallel(context: Context, detail: str) -> bool:
    """Tell whether the instruction whose new words are read changed several articles alike, the provision under
    discussion the last of them ("In de artikelen 157, eerste lid, en 267, eerste lid, wordt …"): "dit lid" and
    "dit artikel" in its words are in each."""
    many = context.last_many
    if context.article is None or len(many) < 2 or many[-1] != context.article or len({t.artikel for t in many}) != len(many):
        return False
    if context.last == (context.article,):
        return False  # the last instruction named that one article alone ("Aan artikel 28b wordt een lid toegevoegd")
    return detail == "artikel" or detail == "lid" and all(t.lid for t in many)


def _described(ref: Ref, context: Context) -> tuple[Target, ...]:
    """Return the article "de voorgestelde bepaling" or "het artikel" describes: the one article
    named since the last heading (for a proposed one, an article of the bill or of a law it
    amends); none where several were named."""
    only = only_topic(context)
    if only is None or (ref.detail == PROPOSED and only.scope not in (BILL, LAW)):
        return ()
    return (only,)


def _ground(ref: Ref, context: Context, amended_law: Callable[[str], str]) -> Target:
    """Return the onderdeel "de a-grond" names in the law under discussion, if that law names
    its grounds by letter; else unknown."""
    laws = (context.article.law if context.article else "", context.named_law, context.law)
    for law in laws:
        if law in NAMED_GROUNDS:
            artikel, lid = NAMED_GROUNDS[law]
            amended = amended_law(law)
            return Target(LAW if amended else OTHER_LAW, amended or law, artikel, "", lid, ref.parts[0].item)
    return Target(UNKNOWN)


def _within(named: Target, chapter: Target) -> bool:
    """Tell whether a chapter named before is the one an article's number tells, or one inside it
    ("hoofdstuk 3.3" for artikel 3:17a)."""
    number, own = named.division.partition(" ")[2].upper(), chapter.division.partition(" ")[2].upper()
    return number == own or number.startswith(own + ".")


def _own_chapter(ref: Ref, context: Context) -> Target | None:
    """Return the hoofdstuk that "dit hoofdstuk" names in words of an amended law's article
    numbered by its chapter ("In dit hoofdstuk …" in new text of artikel 1.1 or 4:8: hoofdstuk 1
    or 4 of that law); None for another division or an article numbered on its own."""
    article = context.article
    if ref.detail != "hoofdstuk" or article is None or article.scope not in (LAW, OTHER_LAW):
        return None
    chapter, sep, _ = article.artikel.replace(":", ".").partition(".")
    if not sep or not re.fullmatch(r"\d+[a-z]?", chapter, re.I) or not article.law:
        return None
    return Target(article.scope, article.law, division=f"hoofdstuk {chapter.upper()}")  # "artikel 2a.1": hoofdstuk 2A
