"""Renumberings in an instruction: "onder vernummering van het vierde tot vijfde lid" names one
lid, the vierde, that becomes the vijfde, and "onder vernummering van artikel 32a tot 32g" one
article; "onder verlettering van de onderdelen a tot en met f tot b tot en met g" names the
onderdelen a-f and, after "tot", the letters they get, written bare, as "de onderdelen a tot en
met i worden geletterd b tot en met j" does after the verb; so does "de artikelen 16.76a
en 16.76b worden vernummerd tot 16.75 en 16.76" (or "tot 16.75, onderscheidenlijk 16.76") for articles."""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.consult.analyse.grammar import (
    CARDS,
    ORDINALS,
    PAIRED,
    Part,
    cardinal_leden,
    parts,
    qualifiers,
)
from wetgen.consult.analyse.numberranges import expand, letter_range
from wetgen.consult.analyse.refkinds import ARTICLE, LOOSE

_RENUMBERING = r"(?:vernummering|hernummering|verlettering|(?:wijziging\s+van\s+de\s+)?(?:nummering|lettering))\s+van\s+"
# the words before the units a renumbering names: "onder vernummering van (de) …"
RENUMBERING_BEFORE = re.compile(rf"\b{_RENUMBERING}(?:het\s+|de\s+)?$", re.I)
# one lid or onderdeel with its new number: "het vierde tot vijfde lid"; where the new one has its own article ("het
# zesde tot het achtste lid") it is a second mention, of the lid after the renumbering, as "het vierde lid tot vijfde lid"
_ONE_LID = re.compile(
    rf"(?i)\b{_RENUMBERING}(?P<ref>(?P<first>(?:het\s+)?(?P<old>{ORDINALS}))\s+tot\s+"
    rf"(?P<second>(?P<own>het\s+)?(?P<new>{ORDINALS})\s+lid))\b"
)
# several leden with their new numbers, each with its own "lid": "onder vernummering van het vijfde en het
# zesde lid in (tot) het vierde en het vijfde lid" names the old leden and, after "in", the new ones
_ORDS = rf"(?:het\s+)?(?:{ORDINALS})(?:(?:\s*,\s*|\s+en\s+|\s+(?:tot\s+en\s+met|t/m)\s+)(?:het\s+)?(?:{ORDINALS}))*\s+(?:lid|leden)\b"
_SEVERAL_LEDEN = re.compile(rf"(?i)\b{_RENUMBERING}(?P<old>{_ORDS})\s+(?:in|tot)\s+(?P<new>{_ORDS})")
# the new numbers in words, bare after the verb: "De leden drie tot en met negen worden vernummerd tot twee
# tot en met acht" (older texts)
_NEW_CARDINALS = re.compile(rf"(?i)\bleden\s+{CARDS}\s+(?:worden\s+)?(?:ver|her)?nummerd\s+(?:tot\s+|in\s+)?(?P<new>{CARDS})")
_OF_ARTICLE = re.compile(r"\s+van\s+(?:het\s+)?(?:\w+\s+)?artikel\b", re.I)
_LEDEN_OF = re.compile(r"\b(?:lid|leden|onderdelen|onderdeel)\b[^.;]{0,40}\bvan\s+(?:het\s+)?(?:voorgestelde\s+|nieuwe\s+|huidige\s+|bestaande\s+)?$", re.I)
_LETTER = r"(?-i:[a-z]{1,2}|[A-Z]{1,2})(?![\w°])"
_LETTER_LIST = rf"{_LETTER}(?:(?:\s+tot\s+en\s+met\s+|\s*,\s*|\s+en\s+){_LETTER})*"
# the new letters, bare after "tot": "de onderdelen a tot en met f tot b tot en met g" (not the article "de" of
# "tot de onderdelen c en d", whose letters are a reference of their own)
_NOT_NAMED = r"(?!de\s+(?:sub)?onderde)"
_NEW_LETTERS = re.compile(
    rf"(?i)\b{_RENUMBERING}(?:de\s+)?(?:sub)?onderde(?:el|len)\s+{_LETTER_LIST}\s+tot\s+{_NOT_NAMED}(?P<new>{_LETTER_LIST})"
)
# the new letters, bare after the verb: "de onderdelen a tot en met i worden geletterd (tot) b
# tot en met j", "worden de onderdelen c en d geletterd d en e", "onderdeel f wordt verletterd tot e"
_RELETTERED = re.compile(
    rf"(?i)\b(?:sub)?onderde(?:len|el)\s+{_LETTER_LIST}\s+(?:(?:worden|wordt)\s+)?(?:respectievelijk\s+|opnieuw\s+)?"
    rf"(?:ver|ge|herge)letterd\s+(?:tot\s+|als\s+)?(?:respectievelijk\s+)?{_NOT_NAMED}(?P<new>{_LETTER_LIST})"
)
_NUMBER = r"\d+[a-z]{0,2}(?:[.:]\d+[a-z]{0,2})*(?![\w.:]\w)"
# an article number in a list or range of renumbered ones, with the Kieswet's chapter letter ("A 2")
_LISTED_NUMBER = rf"(?:(?-i:[A-Z]{{1,2}})\s?)?{_NUMBER}"
_TO = r"\s+(?:tot\s+en\s+met|t/m)\s+"
_NUMBERS = rf"{_LISTED_NUMBER}(?:(?:{PAIRED}|\s*,\s*|\s+en\s+|{_TO}){_LISTED_NUMBER})*"
_NUMBER_OR_TO = re.compile(rf"(?i){_LISTED_NUMBER}|{_TO}")
# the new article numbers, bare after "tot": "(de voorgestelde) artikelen 12a en 12b worden
# vernummerd tot 13 en 14", "worden de artikelen 12a en 12b vernummerd tot 13 en 14" (not "de leden 3 en 4 van
# artikel 2.7 worden vernummerd tot 4 en 5": leden)
# (their law may stand between: "De artikelen 3 tot en met 5 van de Woningwet worden vernummerd tot 4 tot en met 6"; an
# A-stuk tells what was done: "De artikelen 20 tot en met 32 zijn vernummerd tot 19 tot en met 31")
_NEW_ARTICLES = re.compile(
    rf"(?i)\bartikel(?:en)?\s+{_NUMBERS}(?P<law>\s*,?\s+van\s+(?:(?!\b(?:artikel|artikelen|wordt|worden)\b)[^.;:\n]){{2,100}}?,?)?\s+(?:(?:wordt|worden|is|zijn)\s+)?"
    rf"(?:respectievelijk\s+)?vernummerd\s+tot\s+(?P<new>{_NUMBERS})"
)
# several articles with their new numbers: "onder vernummering van de artikelen A 1 tot en met A 5 tot A 2 tot en met A 6"
_SEVERAL_ARTICLES = re.compile(rf"(?i)\b{_RENUMBERING}(?:de\s+)?artikelen\s+{_NUMBERS}\s+tot\s+(?P<new>{_NUMBERS})")
# one article with its new number: "onder vernummering van artikel 32a tot 32g" renumbers 32a
# (a range needs the plural, "de artikelen 32a tot en met 32f")
_ONE_ARTICLE = re.compile(
    rf"(?i)\b{_RENUMBERING}(?P<ref>(?:het\s+)?artikel\s+(?P<old>{_NUMBER}))\s+tot\s+(?:artikel\s+)?{_NUMBER}"
)
_RANGE = re.compile(r"(?P<first>[a-zA-Z]{1,2})\s+tot\s+en\s+met\s+(?P<last>[a-zA-Z]{1,2})|(?P<one>\b(?!en\b)[a-zA-Z]{1,2}\b)")


def renumbered(text: str) -> list[tuple[int, int, tuple[Part, ...], int]]:
    """Return (start, end, parts, where their law is named) of the units a renumbering names that the usual reading
    does not: the old lid of "het vierde tot vijfde lid", and the bare new letters after "tot"; the law of new
    article numbers is named after them, or between the old numbers and the verb."""
    if "ummer" not in text and "etter" not in text:
        return []  # the quick answer for nearly every text
    found = []
    for hit in _SEVERAL_LEDEN.finditer(text):
        if _OF_ARTICLE.match(text, hit.end()):
            continue  # "… tot vierde en vijfde lid van artikel 28": read whole, with their article
        for name in ("old", "new"):
            groups, _ = qualifiers(text, hit.start(name), loose=True)
            found.append((hit.start(name), hit.end(name), tuple(dict.fromkeys(parts("", groups))), hit.end(name)))
    found += [(hit.start("new"), hit.end("new"), tuple(Part(lid=n) for n in cardinal_leden(hit.group("new"))), hit.end("new"))
              for hit in _NEW_CARDINALS.finditer(text)]
    for hit in _ONE_LID.finditer(text):
        lid = str(ids.ordinal_value(hit.group("old").lower()))
        if hit.group("own"):
            new_lid = str(ids.ordinal_value(hit.group("new").lower()))
            found.append((hit.start("first"), hit.end("first"), (Part(lid=lid),), hit.end("first")))
            found.append((hit.start("second"), hit.end("second"), (Part(lid=new_lid),), hit.end("second")))
        else:
            found.append((hit.start("ref"), hit.end("ref"), (Part(lid=lid),), hit.end("ref")))
    found += [(hit.start("ref"), hit.end("ref"), (Part(hit.group("old")),), hit.end("ref")) for hit in _ONE_ARTICLE.finditer(text)]
    for hit in [*_NEW_LETTERS.finditer(text), *_RELETTERED.finditer(text)]:
        letters = []
        for one in _RANGE.finditer(hit.group("new")):
            letters += letter_range(one.group("first"), one.group("last")) if one.group("first") else [one.group("one")]
        if letters:  # "tot en met": no new letters ("en" is none)
            found.append((hit.start("new"), hit.end("new"), tuple(Part(item=x) for x in letters), hit.end("new")))
    for hit in [*_NEW_ARTICLES.finditer(text), *_SEVERAL_ARTICLES.finditer(text)]:
        if _LEDEN_OF.search(text, max(0, hit.start() - 60), hit.start()):
            continue  # "de leden 3 en 4 van het voorgestelde artikel 2.7 worden vernummerd tot 4 en 5": leden
        law_at = hit.start("law") if hit.groupdict().get("law") else hit.end("new")
        found.append((hit.start("new"), hit.end("new"), tuple(Part(x) for x in _new_numbers(hit.group("new"))), law_at))
    return sorted(found)


# divisions with their new numbers, bare after the verb: "De afdelingen 9.1, 9.2 en 9.3 worden vernummerd tot 9.1.1,
# 9.1.2 onderscheidenlijk 9.1.3", "Paragraaf 3 wordt vernummerd tot 4"
_DIVISION_NUMBERS = r"(?:\d{1,4}[a-zA-Z]?(?:\.\d+[a-z]?)*|(?-i:[IVXLC]+[A-Z]?))(?![\w°])"
_DIVISION_LIST = rf"{_DIVISION_NUMBERS}(?:(?:{PAIRED}|\s*,\s*|\s+en\s+|{_TO}){_DIVISION_NUMBERS})*"
_RENUMBERED_DIVISIONS = re.compile(
    rf"(?i)\b(?P<word>hoofdstuk(?:ken)?|titels?|afdeling(?:en)?|paragra(?:af|fen))\s+{_DIVISION_LIST}\s+(?:wordt|worden)\s+"
    rf"(?:respectievelijk\s+)?(?:ver|her)?nummerd\s+tot\s+(?P<new>{_DIVISION_LIST})(?!\s*[.:]?\d)"
)
_DIVISION_OR_TO = re.compile(rf"(?i){_DIVISION_NUMBERS}|{_TO}")
_DIVISION_KIND = {"hoofdstukken": "hoofdstuk", "titels": "titel", "afdelingen": "afdeling", "paragrafen": "paragraaf"}


def renumbered_divisions(text: str) -> list[tuple[int, int, str, list[str]]]:
    """Return (start, end, kind, numbers) of the new numbers a renumbering of divisions gives bare after its verb
    ("De afdelingen 9.1 en 9.2 worden vernummerd tot 9.1.1 en 9.1.2": afdeling 9.1.1 and 9.1.2)."""
    if "ummer" not in text:
        return []
    out = []
    for hit in _RENUMBERED_DIVISIONS.finditer(text):
        word = hit.group("word").lower()
        out.append((hit.start("new"), hit.end("new"), _DIVISION_KIND.get(word, word), _new_numbers(hit.group("new"), _DIVISION_OR_TO)))
    return out


def _new_numbers(listed: str, tokens: re.Pattern[str] = _NUMBER_OR_TO) -> list[str]:
    """Return the article numbers a renumbering's bare list gives, its ranges read completely ("4 tot en met 6",
    the Kieswet's "A 2 tot en met A 6")."""
    numbers: list[str] = []
    in_range = False
    for token in tokens.findall(listed):
        if not token[0].isalnum():
            in_range = True
            continue
        number = re.sub(r"\s", "", token)
        numbers += expand(numbers[-1], number) if in_range and numbers else []
        numbers.append(number)
        in_range = False
    return numbers


# a sentence that opens with its renumbering and names the article after it: "Onder vernummering van het vierde en
# vijfde lid tot derde en vierde lid, vervalt in artikel 46 het derde lid."
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
_OPENS_WITH_RENUMBERING = re.compile(rf"(?:^|(?<=[.:;])\s+|\n\s*)Onder\s+{_RENUMBERING}", re.I)


def renumbered_before_article(text: str, refs: list) -> list:
    """Return `refs` with the leden that a sentence opening with their renumbering names before its article (bare, "het
    vierde en vijfde lid") given that article and its law, as "het vierde lid van artikel 46" would."""
    if "ummer" not in text and "etter" not in text:
        return refs
    out = list(refs)
    for opening in _OPENS_WITH_RENUMBERING.finditer(text):
        stop = _SENTENCE_END.search(text, opening.end())
        end = stop.start() if stop else len(text)
        inside = [i for i, r in enumerate(out) if opening.start() <= r.start < end]
        article = next((out[i] for i in inside if out[i].kind == ARTICLE and len(out[i].articles) == 1), None)
        if article is None:
            continue
        for i in inside:
            ref = out[i]
            if ref.start < article.start and ref.kind == LOOSE and ref.parts and all(p.lid and not p.artikel for p in ref.parts):
                parts = tuple(p._replace(artikel=article.articles[0]) for p in ref.parts)
                out[i] = ref._replace(kind=ARTICLE, parts=parts, law=article.law, this_bill=article.this_bill, that_law=article.that_law)
    return out
