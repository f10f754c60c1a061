"""The words of a division reference: "hoofdstuk 4", "de titels 6, 7 en 8", "Boek 7, titel 12,
afdeling 1", "titel 10 in het Vijfde Boek", "de Tweede Afdeling van Titel 3 van Boek 1", "de
paragrafen 2 tot en met 4 van dit hoofdstuk"; the law after them is refs.py's to read."""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.consult.analyse import grammar, numberranges
from wetgen.consult.analyse.divisionchain import chained
from wetgen.consult.analyse.divisiontitles import captioned
from wetgen.consult.analyse.numbering import is_roman, nested
from wetgen.consult.analyse.renumbering import RENUMBERING_BEFORE

# a division's number: "4", "10.1.3", "IV", "IIA"
# (and "§ 2.12.1Nieuwbouw": a heading's caption run on to its number)
_DIVISION_NO = (r"(?P<number>\d{1,4}(?:\.\d+)+(?=(?-i:[A-Z][a-z]{2,}))"
                r"|(?:\d{1,4}[a-zA-Z]?(?:\.\d+[a-zA-Z]?)*|(?-i:[IVXLC]+(?:[A-Z]|[a-h])?)(?:\.[a-z](?![\w.]))?)(?![\w°]))")  # "17A", "VIIa"; "titel 36378" is a dossier
_DIVISION_NUMBER = re.compile(rf"\s*{_DIVISION_NO}")
# a chapter numbered by a capital letter alone, as the Kieswet's are: "hoofdstuk E", "Hoofdstuk Y"
# (a report's or an annex's "hoofdstuk A (Inleiding)" is none: the law or a change must stand in the sentence)
_LAW_OR_CHANGE = re.compile(r"\s*[A-Z](?:[.:]?[ \t]+[A-Z][a-z]+[ \t]*(?:\n|$)|[^.;]*?\b(?:Kieswet|wet|wordt|worden|vervalt|vervallen|komt|komen|ingevoegd)\b)")
_LETTER_CHAPTER = re.compile(r"\s*(?P<number>(?-i:[A-Z]))(?![\w°]|\.\w)")
_DIVISION_WORD = {"§": "paragraaf", "titeldeel": "titel", "titels": "titel", "hoofdstukken": "hoofdstuk",
                  "afdelingen": "afdeling", "paragrafen": "paragraaf", "afd": "afdeling", "hfd": "hoofdstuk", "hst": "hoofdstuk", "par": "paragraaf"}  # fmt: skip
_DIVISION_MORE = re.compile(rf"(?:\s*,\s*(?:en\s+)?|\s+en\s+|\s+of\s+){_DIVISION_NO}")
_DIVISION_RANGE = re.compile(rf"(?i){grammar.RANGE}{_DIVISION_NO}")
_RANK = ("hoofdstuk", "titel", "afdeling", "paragraaf")  # from large to small
# (a caption may stand between: "afdeling 3 «Vakantie en verlof» van titel 7.10")
_CONTAINER = re.compile(rf"(?:\s*«[^«»]{{1,60}}»|\s+\([^()]{{1,60}}\))?\s+van\s+(?:het\s+|de\s+)?(?P<kind>hoofdstuk|titel|afdeling)\s+{_DIVISION_NO}", re.I)
# the book a code's titel or afdeling is in: "titel 10 in het Vijfde Boek (…) van het Wetboek van
# Strafvordering", "afdeling 2 van titel 3 van Boek 1 BW"
_IN_BOOK = re.compile(rf"\)?(?:\s*,?\s+(?:van|in|uit)\s+|\s*,\s*(?=Boek\s))(?:het\s+)?(?:(?P<ordinal>{grammar.ORDINALS})\s+Boek"
                      r"|Boek\s+(?P<number>\d+|[IVX]+))\b(?:\s*\([^()]{1,90}\))?", re.I)  # fmt: skip
# … or named by an ordinal itself: "de vijfde afdeling van de eerste titel" (of the Faillissementswet: afdeling 1.5)
_ORDINAL_CONTAINER = re.compile(rf"\s+van\s+(?:het\s+|de\s+)(?P<ordinal>{grammar.ORDINALS})\s+(?P<kind>hoofdstuk|titel|afdeling)\b(?!\s+(?-i:[A-Z])\b)", re.I)  # (not "de zevende titel A")
_ORDINAL_DIVISION = re.compile(rf"({grammar.ORDINALS})\s+(?P<word>titel|afdeling|hoofdstuk)", re.I)
_OUTER_CHAIN = re.compile(rf"\s*,\s*(?P<kind>afd\.|afdeling|titel|hoofdstuk|hfd\.)\s*{_DIVISION_NO}", re.I)
_OUTER = re.compile(r"\b(?:titel|afdeling)\s*\(\s*$", re.I)
_BARE_TOT = re.compile(r"\s+tot\s+(?!en\s+met\b)", re.I)  # "… tot IVB": the new number, not "tot en met"
# an instruction on a Roman chapter, up to a paragraaf quoted in the same sentence
_IN_ROMAN_CHAPTER = re.compile(r"(?:^|(?<=[\n.:;]\s)|(?<=\n))In\s+hoofdstuk\s+((?-i:[IVXLC]+[A-Z]?))\s+(?:[^.;:\n«»]|«[^«»\n]*»)*«\s*$")
_THIS_CHAPTER = re.compile(r"\s+van\s+dit\s+hoofdstuk\b", re.I)


def division_words(text: str, pos: int, start: int) -> tuple[int, str, list[str], int, bool, str] | None:
    """Read the divisions a word at `start` names, their numbers from `pos` on: (start, word,
    numbers, end, whether "van dit hoofdstuk" follows, the Roman chapter they are numbered within), or None when
    no number follows."""
    number = _DIVISION_NUMBER.match(text, pos)
    if not number and _kind(text[start:pos].strip()) == "hoofdstuk" and _LAW_OR_CHANGE.match(text, pos, pos + 160):
        number = _LETTER_CHAPTER.match(text, pos)  # "hoofdstuk E" of the Kieswet, named with it or in a change
    ordinal = None if number else _ORDINAL_DIVISION.match(text, start)
    if not number and not ordinal:
        return None
    if ordinal:  # "de Tweede Afdeling van Titel 3 van Boek 1": only with where it is
        word, numbers, end = ordinal.group("word").lower(), [str(ids.ordinal_value(ordinal.group(1).lower()))], pos
        if word != "hoofdstuk" and not (_container(text, end) or _IN_BOOK.match(text, end)):
            return None  # ("het tiende hoofdstuk" is read where a law goes with it: refs._division)
    else:
        word = _kind(text[start:pos].strip())
        numbers, end = [number.group("number")], number.end()
        if (outer := _OUTER.search(text, max(0, start - 12), start)) and _IN_BOOK.match(text, end):
            start = outer.start()  # "Titel (Titel 10) in het Vijfde Boek": one mention
    start, word, numbers, end, within = chained(text, start, end, word, numbers) or (start, word, numbers, end, "")  # "Boek 7, titel 12, afdeling 1"
    renumbered = bool(RENUMBERING_BEFORE.search(text, max(0, start - 40), start))  # "onder vernummering van hoofdstuk IVA tot IVB"
    while more := _DIVISION_MORE.match(text, end) or (None if renumbered and _BARE_TOT.match(text, end) else _DIVISION_RANGE.match(text, end)) or captioned(text, end):
        if more.re is _DIVISION_RANGE:  # "de afdelingen 7.4.1 tot en met 7.4.5"
            numbers.extend(numberranges.expand(numbers[-1], more.group("number")))
        numbers.append(more.group("number"))  # "de titels 6, 7 en 8"
        end = more.end()
    here = _THIS_CHAPTER.match(text, end)  # "de paragrafen 2 tot en met 4 van dit hoofdstuk"
    end = here.end() if here else end
    while (outer := _OUTER_CHAIN.match(text, end)) and _RANK.index(_kind(outer.group("kind"))) < _RANK.index(word) and len(numbers) == 1:
        end = outer.end()  # "Par. 2, Afd. 3, Titel 1 Fw.": named from small to large, the smallest is meant
    container = _container(text, end)  # "… van hoofdstuk 4": where they are, no target
    if container and _RANK.index(container[0]) < _RANK.index(word):
        end = container[2]
    book = _IN_BOOK.match(text, end) if word in ("titel", "afdeling") else None
    if book and all(n[0].isdigit() for n in numbers):
        # a code numbered by book gives its unit the book's number: "titel 10" of Boek 5 is titel
        # 5.10; the old codes' Roman titels ("titel XII van het Tweede Boek" Sr) keep theirs
        titel = container[1] + "." if container and end == container[2] else ""
        numbers = [in_book(book_number(book), titel, n, word) for n in numbers]
        end = book.end()
    elif book:  # "Titel VIIIA van Boek I van het Wetboek van Strafrecht": a Roman titel keeps its number, the book is read
        end = book.end()
    elif container and end == container[2] and word == "afdeling" and container[0] == "titel" and container[1].isdigit():
        numbers = [f"{container[1]}.{n}" if n.isdigit() else n for n in numbers]  # "de vijfde afdeling van de eerste titel": 1.5
    elif container and end == container[2] and (outer := _chapter_around(text, container, numbers)):
        numbers, end = [f"{outer[1]}.{container[1]}.{n}" for n in numbers], outer[2]  # "paragraaf 3 van afdeling 2 van hoofdstuk 3": 3.2.3
    elif container and end == container[2]:  # "titel 3 van hoofdstuk 6": titel 6.3
        numbers = nested(numbers, container[0], container[1])
        roman = container[0] == "hoofdstuk" and is_roman(container[1])
        within = f"hoofdstuk {container[1]}" if roman else within  # "paragraaf 1 van hoofdstuk III"
    elif word == "paragraaf" and not within and (opened := _IN_ROMAN_CHAPTER.search(text, max(0, start - 160), start)):
        within = f"hoofdstuk {opened.group(1)}"  # "In hoofdstuk V vervalt de aanduiding «Paragraaf 1. Commissies»"
    return start, word, numbers, end, bool(here), within


def _container(text: str, end: int) -> tuple[str, str, int] | None:
    """Return (kind, number, end) of the division named right after one as the one it is in ("van hoofdstuk 4", "van de
    eerste titel"), or None."""
    if found := _CONTAINER.match(text, end):
        return found.group("kind").lower(), found.group("number"), found.end()
    if found := _ORDINAL_CONTAINER.match(text, end):
        return found.group("kind").lower(), str(ids.ordinal_value(found.group("ordinal").lower())), found.end()
    return None


def _chapter_around(text: str, container: tuple[str, str, int], numbers: list[str]) -> tuple[str, str, int] | None:
    """Return the Arabic hoofdstuk named after the titel or afdeling a division is in ("van afdeling 2 van hoofdstuk 3"),
    or None."""
    outer = _container(text, container[2])
    if outer and outer[0] == "hoofdstuk" and outer[1].isdigit() and container[0] in ("titel", "afdeling") and container[1].isdigit() and all(n.isdigit() for n in numbers):
        return outer
    return None


def _kind(word: str) -> str:
    return _DIVISION_WORD.get(word.lower().rstrip("."), word.lower().rstrip("."))


def ordinal_chapter(text: str, start: int) -> bool:
    """Tell whether a hoofdstuk at `start` is named by an ordinal ("het tiende hoofdstuk")."""
    found = _ORDINAL_DIVISION.match(text, start)
    return bool(found) and found.group("word").lower() == "hoofdstuk"


def book_number(book: re.Match[str]) -> str:
    """Return the number of a book named by ordinal ("het Vijfde Boek"), digits or Roman."""
    if book.group("ordinal"):
        return str(ids.ordinal_value(book.group("ordinal").lower()))
    number = book.group("number")
    return number if number.isdigit() else str(ids.roman_value(number.upper()))


def in_book(book: str, within: str, number: str, word: str) -> str:
    """Return a titel's or afdeling's number in a code with its book's number before it ("titel 4
    van Boek 7": 7.4), unless it is written with it already ("de nieuwe titel 7.4 van Boek 7", "afdeling
    7.4.6 van Boek 7": a titel's full number has two parts, an afdeling's three)."""
    parts = number.split(".")
    if not within and parts[0] == book and len(parts) == (2 if word == "titel" else 3):
        return number
    return f"{book}.{within}{number}"
