"""A definition named by its term, and its onderdelen: "1. De definitie van scheiding komt te luiden:", "c. wordt in
de begripsomschrijving van «compensatie»: 1°. in onderdeel a «…» vervangen door …". A definition names the
provision that holds it, the article or lid under change (the schema has no key for a definition). A definition of a
definitions article or lid may have onderdelen of its own; a bare onderdeel named in the steps that change it is the
definition's, not an onderdeel of the lid, so it lands on that provision too."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import BILL, Context, Target
from wetgen.consult.analyse.functional import functional_article

_NOUN = r"(?:definities?|begripsbepaling(?:en)?|begripsomschrijving(?:en)?)"
_ONE = r"(?:definitie|begripsbepaling|begripsomschrijving)"  # (several terms are read only when quoted)
_QUOTED = r"«[^«»\n]{1,80}»(?:\s*,\s*«[^«»\n]{1,80}»)*(?:\s+en\s+«[^«»\n]{1,80}»)?"  # "«rijkswateren» en «regionale wateren»"
# an unquoted term: up to the verb of the step or the words it changes ("De definitie van verplichtgesteld
# bedrijfstakpensioenfonds komt …", "in de definitie van gastouderbureau «of thuisopvang»"; "Onze Minister", "NPS")
_WORDS = (r"(?!(?:de|het|een|die|deze|dit)\s)(?:Onze\s+Ministers?|(?-i:[A-Z]{2,5})\b|(?:[a-zà-ÿ][\w-]*\s+){0,3}?[a-zà-ÿ][\w-]*)"
          r"(?=\s+(?:komt|komen|wordt|worden|vervalt|vervallen|te\s+luiden|als\s+volgt)\b|\s*[,;:.](?!\S)|\s+«)")
DEFINITION_AT = re.compile(rf"\b[Dd]e\s+(?:{_NOUN}\s+(?:van\s+)?(?:het\s+begrip\s+)?{_QUOTED}|{_ONE}\s+van\s+(?:het\s+begrip\s+)?{_WORDS}"
                           rf"|omschrijving\s+van\s+het\s+begrip\s+(?:{_QUOTED}|{_WORDS}))")
_OPENS = re.compile(r"\b(?:begripsomschrijving\s+van\s+«[^»]+»|(?:" + _NOUN + r"\s+van|omschrijving\s+van\s+het\s+begrip)\s+[^.;:«»]{1,80}?\s+"
                    r"wordt\s+(?:als\s+volgt\s+)?gewijzigd(?:\s+door)?)\s*:\s*$", re.I)
# a step that changes words in a definition it names first: "3. In de definitie van X vervalt in onderdeel a …"
_IN_DEFINITION = re.compile(r"\s*(?:(?:\d+|[a-z])\.\s+|\d+°\.?\s+)?In\s+" + DEFINITION_AT.pattern.removeprefix(r"\b"))
_NUMBERED_STEP = re.compile(r"\s*\d+\.\s")  # "2. De definitie van toeslag wordt gewijzigd door:": lettered steps below
_SUB_STEPS = {"°": re.compile(r"\s*\d+°\.?\s"), "letter": re.compile(r"\s*[a-z]\.\s")}  # "1°.", "2°"; "a."
_BARE_ONDERDEEL = re.compile(r"onderdeel\s+[a-z]", re.I)


# the verb of a step that changes the definition ("komt te luiden", "vervalt", "wordt … ingevoegd"): prose that names a
# definition ("waaronder de definitie van embryo") does not tell which provision holds it
_CHANGED = re.compile(r"\b(?:vervalt|vervallen|wordt|worden|komt|komen)\b")
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)|\n\s*\n")


def definitions_at(text: str) -> list[tuple[int, int]]:
    """Return the spans of definitions named by their term in a step that changes them ("In de definitie van
    «horecabedrijf» wordt …", "In artikel 1.1 wordt in de omschrijving van het begrip «jeugdhulp» …", "De definitie van
    scheiding komt te luiden")."""
    spans = []
    for found in DEFINITION_AT.finditer(text):
        window = max(0, found.start() - 400)
        before = max((m.end() for m in _SENTENCE_END.finditer(text, window, found.start())), default=window)
        after = _SENTENCE_END.search(text, found.end())
        if _CHANGED.search(text, before, after.start() if after else len(text)):
            spans.append(found.span())
    return spans


def opens_definition(segment: str) -> bool:
    """Tell whether a segment ends on a definition whose steps follow ("… van «compensatie»:")."""
    return bool(_OPENS.search(segment.rstrip()))


def within_definition(context: Context, segment: str) -> Context:
    """Return the context a segment is read in: in a definition's steps where it ends on "… in de
    begripsomschrijving van «X»:" or "De definitie van X wordt gewijzigd door:", and still in them for each step below
    that ("1°." below a lettered step, "a." below a numbered one); any other segment ends them (new text never ends
    so, so this holds also where the words above were read as new text)."""
    if opens_definition(segment):
        steps = "letter" if _NUMBERED_STEP.match(segment) else "°"
    elif _IN_DEFINITION.match(segment):
        steps = "in"  # this step alone
    else:
        steps = context.definition if context.definition in _SUB_STEPS and _SUB_STEPS[context.definition].match(segment) else ""
    return context._replace(definition=steps) if context.definition != steps else context


def of_definition(resolutions: list, raw: str, context: Context) -> list:
    """Return the resolutions of a bare onderdeel ("onderdeel a") in a definition's steps: the
    provision that holds the definition, its onderdeel left out; any other as they are."""
    if not (context.definition and _BARE_ONDERDEEL.fullmatch(raw)):
        return resolutions
    return [r._replace(place=r.place._replace(item="")) if r.place.item else r for r in resolutions]


def definition_article(article: Target | None, articles) -> Target | None:  # noqa: ANN001 - Iterable[model.Article]
    """Return the provision a definition named by its term stands in: the article (or lid) under change (`article`);
    in a bill that enacts a new law, its definitions article where the one under discussion is another of its own (a
    nota's next item); None where neither tells."""
    own = functional_article("begrip", articles)
    if article is not None and (article.scope != BILL or not own or article.artikel.upper() == own.upper()):
        return article._replace(item="", sub="")  # (in an amendement on the bill's onderdeel: that onderdeel)
    return Target(BILL, "", own) if own else None

