"""Structure rules: unique numbers, sensible nesting, and list punctuation (Ar 3.59)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetgen.check.walk import lists, text_loc
from wetgen.errors import Diagnostic, Severity
from wetgen.messages import Message, t
from wetgen.model import Article, Bill, Division, iter_articles, iter_divisions
from wetgen.source import Focus, SourceLocation, focus

_SENTENCE_INSIDE = re.compile(r"[a-z\)]\.\s+[A-Z][a-z]")
_ITEM_END = re.compile(r";(\s+(en|of|dan wel))?$")


def check_structure(bill: Bill) -> list[Diagnostic]:
    """Return duplicate-number and list-punctuation findings."""
    found: list[Diagnostic] = []
    for articles in _numbering_scopes(bill):
        found += _duplicates("artikel", ((a.number, a.loc) for a in articles))
    found += _duplicates(
        t("term.division"), ((f"{d.kind} {d.number}", d.loc) for d in iter_divisions(bill.body))
    )
    for article in bill.articles():
        found += _article_duplicates(article)
    found += _duplicate_keys(bill)
    for aanhef, items, loc, nested in lists(bill):
        found += _list_punctuation(aanhef, items, loc, nested)
    return found


def _numbering_scopes(bill: Bill) -> list[list[Article]]:
    """Return the articles whose numbers must differ: the whole bill's, apart from those of
    each hoofdstuk that numbers its articles from 1 again."""
    shared: list[Article] = []
    scopes = [shared]
    for unit in bill.body:
        if isinstance(unit, Division) and unit.own_numbering:
            scopes.append(list(iter_articles((unit,))))
        else:
            shared.extend(iter_articles((unit,)))
    return scopes


def _article_duplicates(article: Article) -> list[Diagnostic]:
    found = _duplicates(f"lid in artikel {article.number}", ((lid.number, lid.loc) for lid in article.leden))
    found += _duplicates(
        f"onderdeel in artikel {article.number}", ((o.number, o.loc) for o in article.onderdelen)
    )
    for lid in article.leden:
        found += _duplicates(f"onderdeel in artikel {article.number}, lid {lid.number}",
                             ((i.number, i.loc) for i in lid.items))  # fmt: skip
    return found


def _duplicate_keys(bill: Bill) -> list[Diagnostic]:
    """Keys identify units across versions, so each may be used once in a bill."""
    first: dict[str, SourceLocation] = {}
    found = []
    for unit in _keyed_units(bill):
        if unit.key and unit.key in first:
            found.append(Diagnostic.of(t("STR005.duplicate-key", key=unit.key, line=first[unit.key].line),
                                       unit.loc, t("hint.own-key")))  # fmt: skip
        elif unit.key:
            first[unit.key] = unit.loc
    return found


def _keyed_units(bill: Bill) -> list:
    units: list = []
    for article in bill.articles():
        units.append(article)
        units.extend(article.onderdelen)
        for lid in article.leden:
            units.append(lid)
            units.extend(lid.items)
        units.extend(article.items)
    return units


def _duplicates(what: str, numbered: Iterable[tuple[str, SourceLocation]]) -> list[Diagnostic]:
    first: dict[str, SourceLocation] = {}
    found = []
    for number, loc in numbered:
        if number in first:
            found.append(Diagnostic.of(t("STR001.duplicate", what=what, number=number, line=first[number].line),
                                       loc, t("hint.renumber")))  # fmt: skip
        else:
            first[number] = loc
    return found


def _list_punctuation(aanhef: str, items: tuple, loc: SourceLocation, nested: bool) -> list[Diagnostic]:
    found = []
    if aanhef and not aanhef.rstrip().endswith(":"):
        found.append(_lst(t("LST001.aanhef-colon", end=aanhef[-30:]), loc, _end(aanhef)))
    for n, item in enumerate(items):
        text = item.text.rstrip()
        last = n == len(items) - 1
        if item.items:
            if not text.endswith(":"):
                found.append(_lst(t("LST001.introduces-colon", number=item.number), text_loc(item), _end(text)))
            continue
        # the last subonderdeel ends like its parent onderdeel would: ";" or "."
        if last and not (text.endswith(".") or (nested and _ITEM_END.search(text))):
            found.append(_lst(t("LST001.last-full-stop", number=item.number), text_loc(item), _end(text)))
        elif not last and not _ITEM_END.search(text):
            found.append(_lst(t("LST001.semicolon", number=item.number), text_loc(item), _end(text)))
        inside = _SENTENCE_INSIDE.search(text)
        if inside:
            found.append(_lst(t("LST001.new-sentence", number=item.number), text_loc(item),
                              focus(text, inside.start(), inside.end())))  # fmt: skip
    return found


def _end(text: str) -> Focus | None:
    """Return the focus on the last word of a text (where its punctuation is)."""
    text = text.rstrip()
    start = len(text) - len(text.split()[-1]) if text.split() else 0
    return focus(text, start, len(text)) if text else None


def _lst(message: Message, loc: SourceLocation, at: Focus | None = None) -> Diagnostic:
    return Diagnostic.of(message, loc, severity=Severity.WARNING, rule="Ar 3.59", focus=at)
