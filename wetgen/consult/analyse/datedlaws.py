"""Laws named by their date, as an aanhef names an old law without a citeertitel: "de Wet van 9
juli 1900, houdende nadere regeling van … (Stb. 118)", "het Besluit van 16 September 1954"."""

from __future__ import annotations

import re

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# a ministeriële regeling by its date, and its maker: "artikel I van de Regeling van 19 juni 2009", "de Regeling van de
# Minister van Volksgezondheid, Welzijn en Sport van 9 december 2016"
_MINISTER = r"\s+van\s+(?:de\s+)?(?:Minister|Staatssecretaris)\s+(?:van|voor)\s+[A-Z][\w'’-]*(?:,?\s+(?:en\s+)?[A-Z][\w'’-]*){0,5}"
_DATED = re.compile(
    rf"(?:[Ww]et|[Rr]ijkswet|Besluit|Koninklijk\s+[Bb]esluit|Regeling(?:{_MINISTER})?|(?P<lower>besluit|regeling(?:{_MINISTER})?))"
    rf"\s+van\s+\d{{1,2}}\s+(?i:{_MONTHS})\s+\d{{4}}(?!\d)"
)  # ("het besluit van 24 maart 1999" in lower case: only with its title after it, as an AMvB is named)
# the title after the date, up to the Staatsblad (or Staatscourant) place that closes it: ", houdende … (Stb. 118)";
# a short title in brackets before that place is part of it ("houdende … (Regelgeving …) (Stb. …)")
_TITLE = re.compile(
    r"(?P<sep>,?)\s+(?P<title>(?:houdende|tot|betreffende|inzake)\s[^;()]{3,300}?"
    r"(?:\s*\((?!Stb|Staatsblad|Stcrt)[^;()]{3,150}\))?)\s*\((?:Stb|Staatsblad|Stcrt|Staatscourant)\b"
)

# a title with no Staatsblad place after it ends where the clause does: at a footnote's number run on to its last
# word ("… van uiteenlopende aard1 voorziet"), at ", en artikel …" of the aanhef, at a cut ("[…]"), a semicolon, a
# sentence's end or the verb of the sentence ("… tot wijziging van de Woningwet is nooit in werking getreden")
_OPEN_TITLE = re.compile(
    r"(?P<sep>,?)\s+(?P<title>(?:houdende|tot)\s(?:(?!\s*\[…\]|[;(]|\.\s|\n\n).){3,300}?[^\W_])"
    r"(?=(?<=[^\W\d_])\d{1,2}\s+[a-z]|,\s+(?:en|alsmede)\s+(?:de\s+)?artikel|\s*\[…\]|;|\.(?:\s|$)"
    r"|\s+(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|regelt|regelde|bepaalt|bepaalde|voorziet|voorzag"
    r"|geldt|gold|trad|treedt|(?:treden|traden)\s+in\s+werking|kent|kende)\b)", re.S
)


def dated_law(text: str, pos: int) -> tuple[int, str] | None:
    """Return (end, name) of a law named by its date at `pos`: the name is the date and, where
    a title closed by its Staatsblad place follows, that title as written ("Wet van 9 juli 1900,
    houdende …", with a short title in brackets before the place); the end is the date's, so that the reference stops there. None when none starts."""
    found = _DATED.match(text, pos)
    if not found:
        return None
    name = " ".join(found.group(0).split())
    name = name[0].upper() + name[1:]  # "de wet van 7 september 2006": the Wet van that date
    title = _TITLE.match(text, found.end()) or _OPEN_TITLE.match(text, found.end())
    if found.group("lower") and not title:
        return None  # "het besluit van 3 juni 2020" with no title: a decision, not an instrument named by its date
    if title:
        name = f"{name}{title.group('sep')} {' '.join(title.group('title').split())}"  # its comma as written
    return found.end(), name


# a year right after a known law's name, ending the clause: "artikel 99 Grondwet 1814", "de Grondwet
# 1848)"; a year that goes on ("de Grondwet 1983 bepaalt", "de Woningwet 2015 en later") may be
# prose about the law in force ("de in artikel 12 van de Woningwet 2015 bedoelde"), so only a year
# before a stop, bracket, quote or comma is read as the name
_YEAR_AFTER = re.compile(r"[ \t]+(?:(?:1[6-9]|20)\d\d(?=\s*[.,;:)”\"’»]|\s*$)|20[\dX]X\b)")  # "Politiewet 201X": a draft's placeholder


def year_after(text: str, end: int, law: str) -> str:
    """Return the year (with the space before it) that follows a known law's name at `end` and
    names an earlier version of it ("Grondwet 1814"), or "" where none does or the name has one."""
    if law[-4:].isdigit():
        return ""
    match = _YEAR_AFTER.match(text, end)
    return match.group(0) if match else ""


_YEAR_RANGE = re.compile(r"[-–](?:19|20)\d\d(?![\d-])")  # "Wet buitengewoon pensioen 1940-1945", "Regeling … 2015-2020"


def ranged(text: str, found):  # noqa: ANN001, ANN201 - a lawnames.Found or None, returned so
    """Return a law name found in `text` that ends in a year with the end of its range, where one follows it ("Wet
    buitengewoon pensioen 1940-1945"): the range is the title's."""
    if found is None or not found.law[-4:].isdigit() or not (more := _YEAR_RANGE.match(text, found.end)):
        return found
    return found._replace(end=more.end(), law=f"{found.law}-{more.group(0)[1:]}")


def same_date(law: str, other: str) -> bool:
    """Tell whether a law named by its date alone ("Koninklijk besluit van 13 juli 1948") is the one a draft
    names by that date and its title ("… tot uitvoering van …"); a name with a title of its own is not compared."""
    found, own = _DATED.fullmatch(law.strip()), _DATED.match(other)
    return bool(found and own) and " ".join(found.group(0).split()).casefold() == " ".join(own.group(0).split()).casefold()
