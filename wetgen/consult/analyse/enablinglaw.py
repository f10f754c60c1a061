"""An article "van de wet" where the instrument in context is a besluit or regeling: in an
AMvB or ministeriële regeling "de wet" is the law it rests on, never the instrument itself; which
law that is, its definitions say ("In dit besluit wordt verstaan onder: a. wet: Meststoffenwet;")."""

from __future__ import annotations

import re

# "artikel 18 van de wet", "artikel 65, eerste lid, onderdeel a, van de wet"
# (the word in lower case, with no title after it: "van de Wet op de Raad van State" is a name)
OF_THE_LAW = re.compile(
    r"(?:\s*,\s*|\s+)(?:van|uit|in)\s+de\s+(?-i:wet)(?![\w-]|\s+(?:(?:op|inzake|tot|houdende|van)\b|(?-i:[A-Z])))", re.I
)
_ENDS_OF_THE_LAW = re.compile(r"\s(?:van|uit|in)\s+de\s+wet$", re.I)
# the head words of instruments below a wet (also the Caribbean forms)
_INSTRUMENT = re.compile(
    r"(?:Besluit|Uitvoeringsbesluit|Regeling|Uitvoeringsregeling|Reglement|Beleidsregel|Landsbesluit"
    r"|Eilandsbesluit|Eilandsverordening|Verordening)\b"
)


def names_enabling_law(raw: str, law: str) -> bool:
    """Return whether a reference ends in "van de wet" while the instrument in context is no wet,
    so that "de wet" is the law that instrument rests on, which the context does not name."""
    return bool(law) and bool(_INSTRUMENT.match(law)) and bool(_ENDS_OF_THE_LAW.search(raw))


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


def defined_law_of(raw: str, enabling: str) -> str:
    """Return the law a reference ending in "van de wet" names where the text defined "de wet"
    (`enabling`, from `defines_law`), else ""."""
    return enabling if enabling and _ENDS_OF_THE_LAW.search(raw) else ""


# "Gelet op artikel 69, derde lid, van de Participatiewet;": the aanhef's clause, to its semicolon
_GELET_OP = re.compile(r"(?:^|(?<=[\n;.]))\s*(?:[Gg]elet\s+op|GELET\s+OP)\b[^;]*")


def with_aanhef_law(context, text: str, start: int, end: int, resolutions: list):  # noqa: ANN001, ANN201 - Context, Resolution
    """Return the context with the law "de wet" names where no definition said it yet: the one
    law the aanhef of a besluit or verordening rests on ("Gelet op artikel 69, derde lid, van de
    Participatiewet;", in the segment text[start:end]); with two laws there ("… Waterschapswet en
    artikel 6.13 Waterwet") none."""
    clause = None if context.enabling or "elet op" not in text[start:end].lower() else _GELET_OP.search(text, start, end)
    if clause is None:
        return context
    laws = {r.place.law for r in resolutions if r.place.law and r.place.artikel and clause.start() <= r.ref.start < clause.end()}
    return context._replace(enabling=laws.pop()) if len(laws) == 1 else context
