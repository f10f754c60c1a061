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
_TERM = r"(?:«[^«»\n]{1,80}»|\"[^\"\n]{1,80}\"|“[^“”\n]{1,80}”)"  # «…», or "…" and “…” where a copy quotes so
_QUOTED = rf"{_TERM}(?:\s*,\s*{_TERM})*(?:\s+en\s+{_TERM})?"  # "«rijkswateren» en «regionale wateren»"
_GUILLEMETS = r"«[^«»\n]{1,80}»(?:\s*,\s*«[^«»\n]{1,80}»)*(?:\s+en\s+«[^«»\n]{1,80}»)?"  # ("het begrip “landsbesluit”" is prose)
# an unquoted term: up to the verb of the step or the words it changes ("De definitie van verplichtgesteld
# bedrijfstakpensioenfonds komt …", "in de definitie van gastouderbureau «of thuisopvang»"; "Onze Minister", "NPS",
# "FVP-bijdrage")
_TERM_END = r"(?=\s+(?:komt|komen|wordt|worden|vervalt|vervallen|te\s+luiden|als\s+volgt)\b|\s*[,;:.](?!\S)|\s+(?:(?:na|voor)\s+(?:de\s+|het\s+)?)?«)"
_WORDS = (r"(?!(?:de|het|een|die|deze|dit)\s)(?:Onze\s+Ministers?|(?-i:[A-Z]{2,5})(?:-[a-zà-ÿ][\w-]*)?\b|(?:[a-zà-ÿ][\w-]*\s+){0,3}?[a-zà-ÿ][\w-]*)"
          + _TERM_END)
DEFINITION_AT = re.compile(rf"\b[Dd]e\s+(?:{_NOUN}\s+(?:van\s+)?(?:het\s+begrip\s+)?{_QUOTED}|{_ONE}\s+van\s+(?:het\s+begrip\s+)?{_WORDS}"
                           rf"|(?:om|be)schrijving\s+van\s+het\s+begrip\s+(?:{_QUOTED}|{_WORDS}))")
_OPENS = re.compile(r"\b(?:begripsomschrijving\s+van\s+«[^»]+»|(?:" + _NOUN + r"\s+van|omschrijving\s+van\s+het\s+begrip)\s+[^.;:«»]{1,80}?\s+"
                    r"wordt\s+(?:als\s+volgt\s+)?gewijzigd(?:\s+door)?)\s*:\s*$", re.I)
# a step that changes words in a definition it names first: "3. In de definitie van X vervalt in onderdeel a …"
_IN_DEFINITION = re.compile(r"\s*(?:(?:\d+|[a-z])\.\s+|\d+°\.?\s+)?In\s+" + DEFINITION_AT.pattern.removeprefix(r"\b"))
_NUMBERED_STEP = re.compile(r"\s*\d+\.\s")  # "2. De definitie van toeslag wordt gewijzigd door:": lettered steps below
_SUB_STEPS = {"°": re.compile(r"\s*\d+°\.?\s"), "letter": re.compile(r"\s*[a-z]\.\s")}  # "1°.", "2°"; "a."
_OF_PROVISION = re.compile(r"\b(?:artikel|art\.|lid|leden)\b", re.I)  # "onderdeel c van artikel 2": not the definition's
# "Het begrip «doorstroomvennootschap» vervalt.", "In de omschrijving van het Europees Octrooiverdrag wordt …": read
# only in a step that strikes, replaces or inserts (prose speaks of a concept and of its description)
_STRICT_AT = re.compile(r"\b(?:[Hh]et\s+begrip\s+" + _GUILLEMETS + r"|[Dd]e\s+omschrijving\s+van\s+(?!het\s+begrip\b)(?:(?:het|de)\s+)?(?:"
                        + _GUILLEMETS + r"|(?:[^\W\d_][\w-]*\s+){0,3}?[^\W\d_][\w-]*" + _TERM_END + "))")
_STRIKES = re.compile(r"\b(?:vervalt|vervallen|te\s+luiden|vervangen|ingevoegd|toegevoegd)\b")
# the verb of a step that changes the definition ("komt te luiden", "vervalt", "wordt … ingevoegd"): prose that names a
# definition ("waaronder de definitie van embryo") does not tell which provision holds it
_MAY_NAME = re.compile(r"definitie|begrip|schrijving", re.I)
_CHANGED = re.compile(r"\b(?:vervalt|vervallen|wordt|worden|komt|komen)\b")
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)|\n\s*\n")
_STEP_END = re.compile(r"[;:](?:\s|$)|\.\s*(?:\n|$)|\.\s+(?=[A-Z«])(?<!\b[A-Z][a-z]\.\s)(?<!\b[A-Z][a-z]{2}\.\s)|\n\s*\n")


def definitions_at(text: str) -> list[tuple[int, int]]:
    """Return the spans of definitions named by their term in a step that changes them ("In de definitie van
    «horecabedrijf» wordt …", "In artikel 1.1 wordt in de omschrijving van het begrip «jeugdhulp» …", "De definitie van
    scheiding komt te luiden", "Het begrip «doorstroomvennootschap» vervalt")."""
    if not _MAY_NAME.search(text):
        return []  # the quick answer for nearly every text
    spans: list[tuple[int, int]] = []
    for found, verbs in [*((f, _CHANGED) for f in DEFINITION_AT.finditer(text)), *((f, _STRIKES) for f in _STRICT_AT.finditer(text))]:
        window = max(0, found.start() - 400)
        before = max((m.end() for m in _SENTENCE_END.finditer(text, window, found.start())), default=window)
        stop = _STEP_END.search(text, found.end(), found.end() + 300)  # (a sentence may hold "Trb. 1975")
        if verbs.search(text, before, stop.start() if stop else min(len(text), found.end() + 300)) and not any(
                s < found.end() and found.start() < e for s, e in spans):  # fmt: skip
            spans.append(found.span())
    return sorted(spans)


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
    """Return the resolutions of bare onderdelen ("onderdeel a", "de onderdelen d tot en met f", "c tot en met e") in a
    definition's steps: the provision that holds the definition, once, its onderdelen left out; any other as they are."""
    if not context.definition or _OF_PROVISION.search(raw):
        return resolutions
    kept = [r._replace(place=r.place._replace(item="", sub="")) if r.place.item else r for r in resolutions]
    return [r for i, r in enumerate(kept) if all(r.place != k.place for k in kept[:i])]


def definition_article(article: Target | None, articles) -> Target | None:  # noqa: ANN001 - Iterable[model.Article]
    """Return the provision a definition named by its term stands in: the article (or lid) under change (`article`);
    in a bill that enacts a new law, its definitions article where the one under discussion is another of its own (a
    nota's next item); None where neither tells."""
    own = functional_article("begrip", articles)
    if article is not None and (article.scope != BILL or not own or article.artikel.upper() == own.upper()):
        return article._replace(item="", sub="")  # (in an amendement on the bill's onderdeel: that onderdeel)
    return Target(BILL, "", own) if own else None
