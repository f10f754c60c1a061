"""An article that an amendment or a nota van wijziging inserts into the bill, which this
version of the bill does not have yet: "Na artikel II wordt een artikel ingevoegd, luidende:
ARTIKEL IIA", "Artikel 1.1a" of a bill that enacts a new law and has an artikel 1.1."""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.consult.analyse.numbering import is_roman
from wetgen.model import Article

# an article number with one letter added: "IIA", "IVa", "1.1a", "12b"
_ADDED_LETTER = re.compile(r"^(?P<base>.*[\dIVXLC][A-Z]?)(?P<letter>[A-Za-z])$")  # ("XVIIEA": XVIIE and A)


def extended_article(number: str, articles: dict[str, Article], amends_laws: bool) -> str:
    """Return the key of the bill article that an article number the bill lacks extends by a
    letter ("IIA" after II), or "". A Roman number is always the bill's; an Arabic one only in a
    bill that amends no law, where every article number is the bill's own."""
    if not number or number.upper() in articles:
        return ""
    match = _ADDED_LETTER.match(number)
    if not match or match.group("base").upper() not in articles:
        return ""
    if is_roman(match.group("base")) or is_roman(match.group("base").rstrip("ABDEFGHJKMNOPQRSTUWYZ")):
        # "IX" is a number of its own, not I with an X added; "XVIIEA" is XVIIE with an A added
        return "" if ids.roman_value(number.upper()) else match.group("base").upper()
    return "" if amends_laws else match.group("base").upper()


def own_chapter_article(number: str, articles: dict[str, Article], amends_laws: bool) -> bool:
    """Tell whether an article number the bill lacks is one of a bill that amends no law and numbers its articles by
    hoofdstuk, in one of its hoofdstukken: "artikel 3.6a", "Artikel 10.18" of an Erfgoedwet whose articles are 1.1,
    3.5 and 10.17 (one an amendement inserts, or one the draft leaves out)."""
    chapter, dot, rest = number.partition(".")
    if amends_laws or not dot or not chapter.isdigit() or not rest[:1].isdigit() or number.upper() in articles:
        return False
    return all("." in key for key in articles) and any(key.partition(".")[0] == chapter for key in articles)


def sibling_heading(raw: str, number: str, articles: dict[str, Article]) -> bool:
    """Tell whether an ARTIKEL heading in capitals names an article lettered in lower case as a sibling of one the
    bill has ("ARTIKEL Xd" that an amendment inserts after the bill's ARTIKEL Xc): the bill's, not the amended law's."""
    stem = _lettered_stem(number)
    return raw.startswith("ARTIKEL ") and bool(stem) and any(_lettered_stem(a.number) == stem for a in articles.values())


def heads_inserted_article(number: str, last: tuple) -> bool:
    """Tell whether an article heading in new text heads the bill's own article that the
    instruction above inserts ("Na artikel II wordt een nieuw artikel III ingevoegd, luidende:
    Artikel III …"): its Roman number is the one that instruction named last as the bill's, so it
    is the bill's article, not one of the law the bill amends (whose words the new text may go
    on to insert); so is "Artikel 1.4a" below "Na artikel 1.4 …" of a bill numbered per hoofdstuk."""
    named = [t.artikel for t in last if t.scope == "bill" and t.artikel]
    own = [a.upper() for a in named]
    if is_roman(number):  # (or lettered after the one named: "Na artikel Xc worden … toegevoegd: Artikel Xd", "… XVIIE …: XVIIEA")
        return (number.upper() in own or bool(_lettered_stem(number)) and any(_lettered_stem(a) == _lettered_stem(number) for a in named)
                or not ids.roman_value(number.upper()) and any(_capital_sibling(number, a) for a in own))
    return any(_beside(number.upper(), a) for a in own)


def _beside(number: str, named: str) -> bool:
    """Tell whether an article number stands beside one the instruction named in a bill numbered per division: "1.4a"
    after "1.4" ("Na artikel 1.4 wordt een artikel ingevoegd, luidend: Artikel 1.4a"), "7.2.0" before "7.2.1" in its
    afdeling, "4:4" after "4:3" in its hoofdstuk."""
    if "." in named and number.startswith(named) and number[len(named) :].isalpha():
        return True
    if named.count(".") == 2 and number.count(".") == 2:
        return number.rsplit(".", 1)[0] == named.rsplit(".", 1)[0]
    return named.count(":") == 1 and number.count(":") == 1 and number.split(":")[0] == named.split(":")[0]


def _lettered_stem(number: str) -> str:
    """Return the Roman number of an article lettered in lower case ("Xd": "X"), or "" for any other number (a
    capital may be part of the numeral: "IV", "XC")."""
    stem = number.rstrip("abcdefghijklmnopqrstuvwxyz")
    return stem if stem != number and stem and is_roman(stem) else ""


def _capital_sibling(number: str, named: str) -> bool:
    """Tell whether an article number is a Roman one named with one or two capitals added ("XVIIEA" after "XVIIE",
    "IA" after "I"), which is no Roman numeral itself."""
    added = number[len(named) :]
    return number.upper().startswith(named) and 1 <= len(added) <= 2 and added.isalpha() and added.isupper()
