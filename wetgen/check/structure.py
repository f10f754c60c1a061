"""Structure rules: unique numbers, sensible nesting, and list punctuation (Ar 3.59)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetgen.check.walk import lists
from wetgen.errors import Diagnostic, Severity
from wetgen.model import Article, Bill, Division, iter_articles, iter_divisions
from wetgen.source import SourceLocation

_SENTENCE_INSIDE = re.compile(r"[a-z\)]\.\s+[A-Z][a-z]")
_ITEM_END = re.compile(r";(\s+(en|of|dan wel))?$")


def check_structure(bill: Bill) -> list[Diagnostic]:
    """Return duplicate-number and list-punctuation findings."""
    found: list[Diagnostic] = []
    for articles in _numbering_scopes(bill):
        found += _duplicates("artikel", ((a.number, a.loc) for a in articles))
    found += _duplicates(
        "division", ((f"{d.kind} {d.number}", d.loc) for d in iter_divisions(bill.body))
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
    keyed = [(u.key, u.loc) for u in _keyed_units(bill) if u.key]
    return [
        Diagnostic(d.severity, "STR005", d.message.replace("number", "").replace("  ", " "), d.location,
                   "keys name one unit; give this one its own key")  # fmt: skip
        for d in _duplicates("key", keyed)
    ]


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
            found.append(Diagnostic(
                Severity.ERROR, "STR001",
                f'duplicate {what} number "{number}" (first at line {first[number].line})', loc,
                "renumber, or remove 'nummer' to number by position",
            ))  # fmt: skip
        else:
            first[number] = loc
    return found


def _list_punctuation(aanhef: str, items: tuple, loc: SourceLocation, nested: bool) -> list[Diagnostic]:
    found = []
    if aanhef and not aanhef.rstrip().endswith(":"):
        found.append(_lst(f'the aanhef of a list ends with a colon: "…{aanhef[-30:]}"', loc))
    for n, item in enumerate(items):
        text = item.text.rstrip()
        last = n == len(items) - 1
        if item.items:
            if not text.endswith(":"):
                found.append(_lst(f"onderdeel {item.number} introduces subonderdelen and ends with a colon", item.loc))
            continue
        # the last subonderdeel ends like its parent onderdeel would: ";" or "."
        if last and not (text.endswith(".") or (nested and _ITEM_END.search(text))):
            found.append(_lst(f"the last onderdeel ({item.number}) of a list ends with a full stop", item.loc))
        elif not last and not _ITEM_END.search(text):
            found.append(_lst(f"onderdeel {item.number} ends with a semicolon; only the last ends with a full stop", item.loc))
        if _SENTENCE_INSIDE.search(text):
            found.append(_lst(f"onderdeel {item.number} holds a new sentence; an onderdeel is one sentence part", item.loc))
    return found


def _lst(message: str, loc: SourceLocation) -> Diagnostic:
    return Diagnostic(Severity.WARNING, "LST001", message, loc, rule="Ar 3.59")
