"""An article "van de wet" where the instrument in context is a besluit or regeling: in an
AMvB or ministeriële regeling "de wet" is the law it rests on, never the instrument itself; which
law that is, its definitions say ("In dit besluit wordt verstaan onder: a. wet: Meststoffenwet;")."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from wetgen.consult.analyse.context import BILL, LAW, UNKNOWN
from wetgen.consult.analyse.thisbesluit import is_besluit

# "artikel 18 van de wet", "artikel 65, eerste lid, onderdeel a, van de wet"
# (the word in lower case, with no title after it: "van de Wet op de Raad van State" is a name)
# and "artikel 6.53, eerste lid, van het besluit": in a ministeriële regeling, the besluit it rests on; "artikel 6
# van de regeling" in the toelichting of a regeling that amends one: that one
OF_THE_LAW = re.compile(
    r"(?:\s*,\s*|\s+)(?:van|uit|in)\s+(?:de\s+(?-i:wet|(?P<scheme>regeling))|het\s+(?-i:(?P<decree>besluit)))"
    r"(?![\w-]|\s+(?:(?:op|inzake|tot|houdende)\b|van\s+\d|(?-i:[A-Z])))", re.I
)  # ("het besluit omgevingsrecht" in lower case is a title the list knows: lawtail.py tries it first; "de wet van 9 juli
# 1900" is one named by its date, "de wet van de houder …" the enabling law)
_ENDS_OF_THE_LAW = re.compile(r"\s(?:van|uit|in)\s+de\s+wet$", re.I)
_ENDS_OF_THE_DECREE = re.compile(r"\s(?:van|uit|in)\s+het\s+besluit$", re.I)
_ENDS_OF_THE_SCHEME = re.compile(r"\s(?:van|uit|in)\s+de\s+regeling$", re.I)
# the head words of instruments below a wet (also the Caribbean forms)
_INSTRUMENT = re.compile(
    r"(?:Besluit|Koninklijk\s+[Bb]esluit|Uitvoeringsbesluit|Regeling|Uitvoeringsregeling|Reglement|Beleidsregel|Landsbesluit"
    r"|Eilandsbesluit|Eilandsverordening|Verordening)\b"
)


# "Drinkwaterregeling", "Vreemdelingenbesluit 2000": a compound whose head is an instrument's
_COMPOUND_INSTRUMENT = re.compile(r"\w+(?:besluit|regeling|reglement|verordening)\b", re.I)
_DECREE = re.compile(r"\w*besluit\b", re.I)


def is_instrument(law: str) -> bool:
    """Tell whether a law's name is that of an instrument below a wet (a besluit, regeling, reglement)."""
    return bool(_INSTRUMENT.match(law) or _COMPOUND_INSTRUMENT.match(law))


_HEAD_WORD = re.compile(r"^(?:Uitvoeringsbesluit|Uitvoeringsregeling|Besluit|Regeling|Reglement)\s+(?!(?:van|tot|houdende)\b)")


def title_enabling(instruments: tuple[str, ...], law_at_start: Callable[[str], str]) -> str:
    """Return the one wet the names of the instruments in play name right after their head word ("Regeling
    Participatiewet, IOAW en IOAZ", "Besluit Erfgoedwet archeologie": the draft, if it is one, and those it amends;
    `law_at_start` reads the law a name begins with, or ""): "de wet" of an instrument whose aanhef and definitions the
    text does not show; else ""."""
    wets = {law for name in instruments if (head := _HEAD_WORD.match(name)) and (law := law_at_start(name[head.end() :]))}
    wets = {law for law in wets if not is_instrument(law)}
    return wets.pop() if len(wets) == 1 else ""


def names_enabling_law(raw: str, law: str) -> bool:
    """Return whether a reference ends in "van de wet" while the instrument in context is no wet,
    so that "de wet" is the law that instrument rests on, which the context does not name."""
    return bool(law) and is_instrument(law) and bool(_ENDS_OF_THE_LAW.search(raw))


def of_the_instrument(raw: str) -> str:
    """Return the kind of instrument a reference ends in ("van het besluit": "besluit", "van de regeling":
    "regeling", `OF_THE_LAW`), or ""."""
    return "besluit" if _ENDS_OF_THE_DECREE.search(raw) else "regeling" if _ENDS_OF_THE_SCHEME.search(raw) else ""


# "a. wet: Meststoffenwet;", "wet: de Wet op de huurtoeslag;": the definition of "de wet" in a
# besluit's or regeling's list of definitions
_DEFINES_WET = re.compile(
    r"(?:^|[\s(])(?:[a-z]{1,2}\.\s+)?(?-i:wet)\s*:\s*(?:de\s+|het\s+)?(?P<law>(?-i:[A-Z])[^;:\n]{2,90}?)\s*(?:;|\.?$)",
    re.I | re.M,
)


def defines_law(segment: str) -> str:
    """Return the law a list of definitions says "de wet" is ("wet: Meststoffenwet;"), or ""."""
    if "wet:" not in segment and "wet :" not in segment:
        return ""
    found = _DEFINES_WET.search(segment)
    return " ".join(found.group("law").split()) if found else ""


def aanhef_wet(numbers: tuple[str, ...], cited: tuple[tuple[str, str], ...]) -> str:
    """Return the wet "van de wet" names in a besluit whose aanhef rests on several wetten: the one wet whose articles
    the aanhef cites include one of the reference's `numbers` ("Gelet op de artikelen 151a … van het Wetboek van Strafvordering, artikel 2 …
    van de Wet DNA-onderzoek bij veroordeelden": "artikel 151a van de wet" is the Wetboek's), else ""."""
    if not cited:
        return ""  # (nearly every reference: no aanhef on several wetten was read)
    named = {n.lower() for n in numbers}
    wets = {law for law, artikel in cited if artikel in named}
    return wets.pop() if len(wets) == 1 else ""  # (before the wet named after the draft's subject: the besluit amended may rest on another)


def defined_law_of(raw: str, enabling: str, decree: str = "", defined: str = "") -> str:
    """Return the law a reference ending in "van de wet" names where the text defined "de wet"
    (`enabling`, from `defines_law`), or the instrument one ending in "van het besluit" or "van de regeling" names
    where the text defined it ("Het Besluit X (hierna: het besluit)", `defined`, definedinstrument.py) or the aanhef
    named the besluit (`decree`), else ""."""
    if enabling and _ENDS_OF_THE_LAW.search(raw):
        return enabling
    if (kind := of_the_instrument(raw)) and defined and (_DECREE if kind == "besluit" else _SCHEME).match(defined):
        return defined
    return decree if kind == "besluit" else ""


# "Gelet op artikel 69, derde lid, van de Participatiewet;": the aanhef's clause, to its semicolon
_GELET_OP = re.compile(r"(?:^|(?<=[\n;.,]))\s*(?:[Gg]elet\s+op|GELET\s+OP)\b[^;]*")  # (", Gelet op" run on)


def with_aanhef_law(context, text: str, start: int, end: int, resolutions: list, instruments: tuple[str, ...] = ()):  # noqa: ANN001, ANN201 - Context, Resolution
    """Return the context with the law "de wet" names where no definition said it yet: the one
    wet the aanhef of a besluit or verordening rests on ("Gelet op artikel 69, derde lid, van de
    Participatiewet;", in the segment text[start:end]); with several wetten there ("… Waterschapswet en
    artikel 6.13 Waterwet") the one named after the same subject as one of the `instruments` (the draft and the
    instruments it amends: the Wet inburgering of the Besluit inburgering), else none; and the besluit "het besluit"
    names, where the aanhef names one."""
    known = context.enabling and context.enabling_decree
    clause = None if known or "elet op" not in text[start:end].lower() else _GELET_OP.search(text, start, end)
    if clause is None:
        return context
    laws = [r.place.law for r in resolutions if r.place.law and r.place.artikel and clause.start() <= r.ref.start < clause.end()]
    # "Gelet op artikel 22 van de Drinkwaterwet in samenhang met artikel 30 van het Drinkwaterbesluit": "de wet" is
    # the one wet there, "het besluit" the besluit named first (the grondslag the regeling names first)
    wets = {law for law in laws if not is_instrument(law)}
    decree = next((law for law in laws if _DECREE.match(law)), "")
    if len(wets) > 1 and not context.enabling:  # the articles it cites of each: "de wet" of one of them (aanhef_wet)
        cited = tuple((r.place.law, r.place.artikel.lower()) for r in resolutions if r.place.law in wets and clause.start() <= r.ref.start < clause.end())
        context = context._replace(aanhef_laws=context.aanhef_laws + cited)
        wets = {law for law in wets if any(_same_subject(law, own) for own in instruments)}
    if len(wets) == 1 and not context.enabling:
        context = context._replace(enabling=wets.pop())
    return context._replace(enabling_decree=decree) if decree and not context.enabling_decree else context


_HEAD = re.compile(r"^(?:uitvoeringsbesluit|uitvoeringsregeling|besluit|regeling|wet)\s+")
_KIND = re.compile(r"(?:besluit|regeling|wet)\b")


def _subject(name: str) -> str:
    """Return what a wet or an instrument is named after: "inburgering" of the Wet inburgering and the Besluit
    inburgering, "vreemdelingen 2000" of the Vreemdelingenwet 2000 and the Vreemdelingenbesluit 2000."""
    return " ".join(_KIND.sub("", _HEAD.sub("", " ".join(name.lower().split()))).split())


_LEAD_WORDS = re.compile(r"^(?:(?:op|de|het|inzake|van|tot|betreffende)\s+)+")


def _same_subject(wet: str, instrument: str) -> bool:
    """Tell whether an instrument is named after a wet's subject: the same ("inburgering"), or the wet's within the
    instrument's, its lead words left out ("rechtsbijstand" of the Wet op de rechtsbijstand in the Besluit eigen
    bijdrage rechtsbijstand), or the instrument's ending the wet's ("omgevingsrecht" of the Besluit omgevingsrecht
    and the Wet algemene bepalingen omgevingsrecht)."""
    own, theirs = _subject(wet), _subject(instrument)
    core = _LEAD_WORDS.sub("", own)
    return own == theirs or bool(core) and f" {core} " in f" {theirs} " or bool(theirs) and f" {own}".endswith(f" {theirs}")


def unnamed_instrument(kind: str, number: str, inserted: bool, own: bool, amended: list[str], articles: Container[str]) -> tuple[str, str]:
    """Return (scope, law) of an article "van het besluit" or "van de regeling" (`kind`) where no aanhef named the
    besluit: in the text of a draft that is itself one (`own`), its own article; else the one instrument of that
    kind the draft amends; else unknown."""
    if (own and not amended or _ROMAN.fullmatch(number)) and not inserted and number.upper() in articles:
        return BILL, ""  # (a Roman article is the draft's own: "Artikel II van het besluit regelt de inwerkingtreding")
    pattern = _DECREE if kind == "besluit" else _SCHEME
    instruments = [law for law in amended if pattern.match(law)]
    return (LAW, instruments[0]) if len(instruments) == 1 else (UNKNOWN, "")


_SCHEME = re.compile(r"\w*regeling\b", re.I)
_ROMAN = re.compile(r"[IVXLC]+")


def names_own_instrument(raw: str, citeertitel: str, opschrift: str) -> bool:
    """Tell whether a reference ends in "van het besluit" in a draft that is a besluit, or in "van de regeling" in one
    that is a regeling: the draft's own (where it amends nothing)."""
    kind = of_the_instrument(raw)
    if kind == "besluit":
        return is_besluit(citeertitel, opschrift)
    return kind == "regeling" and bool(_SCHEME.match((citeertitel or opschrift or "").strip()))
