"""Tables whose first column lists article numbers without the word "artikel".

A rapporteurs' note, a nota or a transposition table lists the articles it deals with under a
column heading ("Artikel-nummers  Subthema", "Artikel  Onderwerp"), one row each: "48",
"81b Bevoegdheid tot waardeoverdracht", "18 Wet op de loonbelasting 1964". Pasted as text, the
rows run together ("… pensioenregeling 81b Bevoegdheid …"). Below such a heading a number that
starts a row is an article: of the law named right after it, else of the law the context says.
Anywhere else a bare number is never read as an article.
"""

from __future__ import annotations

import re

from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.points import Point
from wetgen.consult.analyse.refs import ARTICLE, DIVISION, Ref

# the heading of a column of article numbers: a word for articles and no number after it
# ("Artikel-nummers", "Artikelen", "Artikel Onderwerp"), the headings of the other columns
# after it, then the first row or nothing ("Artikel 18" names an article)
_COLUMN = re.compile(
    r"(?:(?:Artikel[- ]?nummers?|Artikelen|Bepalingen)(?:\s+[A-Z][a-z]+){0,3}"
    r"|(?:Artikel|Art\.|Bepaling)(?:\s+[A-Z][a-z]+){1,3})(?=\s+\d|\s*$)"
)
# a number that starts a row: at the start, or after the words of the row before (a word, a
# closing bracket or quote), followed by a capitalised word or nothing; four digits are a year
_ROW = re.compile(
    r"(?:^|(?<=[^\W\d_]\s)|(?<=[)”\"’]\s))(?P<number>\d{1,3}[a-z]{0,3}(?:[:.]\d+[a-z]{0,3})*)"
    r"(?=\s+[A-Z]|\s*$)"
)


# "… zal hoofdstuk 4 Awb de volgende titels kennen: 4.1 Beschikkingen (15 artikelen) 4.2 …"
_ANNOUNCED = re.compile(
    r"\bde\s+volgende\s+(?P<kind>hoofdstukken|titels|afdelingen|paragrafen)\b[^.:;]{0,60}:", re.I
)
_LISTED = re.compile(r"\s*(?P<number>\d+(?:\.\d+[a-z]?)+)\s+(?=[A-Z])")
_NEXT_LISTED = re.compile(r"[^.;:]{1,120}?\s(?=\d+(?:\.\d+[a-z]?)+\s+[A-Z])")
_SINGULAR = {"hoofdstukken": "hoofdstuk", "titels": "titel", "afdelingen": "afdeling",
             "paragrafen": "paragraaf"}  # fmt: skip


def announced_divisions(text: str, refs: list[Ref] | tuple[Ref, ...]) -> list[Ref]:
    """Return the divisions a list announced as such names by number alone ("de volgende titels
    kennen: 4.1 Beschikkingen 4.2 Subsidies …"), each of the law the announcing words name."""
    found: list[Ref] = []
    for announced in _ANNOUNCED.finditer(text):
        kind = _SINGULAR[announced.group("kind").lower()]
        opening = text.rfind(". ", 0, announced.start()) + 1
        law = next((r.law for r in reversed(refs) if opening <= r.start < announced.start() and r.law), "")
        at = announced.end()
        while row := _LISTED.match(text, at):
            number = row.group("number")
            found.append(Ref(number, row.start("number"), row.end("number"), DIVISION, (), law,
                             detail=f"{kind} {number}"))  # fmt: skip
            step = _NEXT_LISTED.match(text, row.end())
            if not step:
                break
            at = step.end()
    return found


def column_heading(heading: str) -> int:
    """Return where the heading of a column of article numbers ends ("Artikel-nummers
    Subthema", and the first row may follow); 0 when the heading is not one."""
    match = _COLUMN.match(heading)
    return match.end() if match and match.end() <= 60 else 0


def table_rows(text: str, start: int, end: int, lexicon: LawLexicon) -> list[Ref]:
    """Return the article numbers that start the rows in text[start:end], each with the law
    named right after it ("18 Wet op de loonbelasting 1964")."""
    segment = text[start:end]
    refs: list[Ref] = []
    taken = 0
    for match in _ROW.finditer(segment):
        if match.start() < taken:
            continue  # a number inside the law name of the row before ("… loonbelasting 1964")
        number, stop, law = match.group("number"), match.end(), ""
        name = lexicon.match(segment, match.end() + 1) if match.end() < len(segment) else None
        if name is not None:
            stop, law = name.end, name.law
        refs.append(Ref(segment[match.start() : stop], start + match.start(), start + stop, ARTICLE,
                        (Part(number),), law))  # fmt: skip
        taken = stop
    return refs


def point_rows(point: Point, lexicon: LawLexicon, taken: list[tuple[int, int]]) -> list[Ref]:
    """Return the article numbers of the rows below a point's first heading when it is a column
    heading of article numbers ("Artikel-nummers"), except where a reference was read already."""
    column = column_heading(point.text[slice(*point.headings[0])])
    if not column:
        return []
    first = (column + 1, point.headings[0][1])  # after the space that ends the column words
    refs = []
    for start, end in [first, *point.headings[1:], (point.body, len(point.text))]:
        for ref in table_rows(point.text, start, min(end, len(point.text)), lexicon):
            if not any(s < ref.end and ref.start < e for s, e in taken):
                refs.append(ref)
    return refs
