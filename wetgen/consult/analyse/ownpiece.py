"""Where a text names its own parts, not a provision: a blog, journal article or guidance says
what it or its section is about ("In dit artikel bespreken wij …", "In deze paragraaf worden …
toegelicht") and points to its own chapters ("Hoofdstuk 4 van deze handreiking (paragraaf 4.2
en 4.3.6)")."""

from __future__ import annotations

import re

# what a writer does in their piece, right after "In dit artikel" or "In deze paragraaf"
_WRITING = re.compile(
    r"\s*,?\s*(?:(?:gaat|ging)\s+het\s+(?:om|over)|bespre(?:ek|ken)\w*|behandel\w*|lees(?:t)?\s+(?:u|je|jij)"
    r"|(?:ga|gaan)\s+(?:ik|we|wij)\s+in|beschrij\w+|(?:geef|geven|zet|zetten|licht|lichten|kijk|kijken"
    r"|leg|leggen)\s+(?:ik|we|wij)\b|(?:zal|zullen|wil|willen)\s+(?:ik|we|wij)\b"
    r"|(?:wordt|worden)\s+(?:\w+\s+){0,4}?(?:besproken|behandeld|ingegaan|beschreven|uitgelegd|toegelicht)\b"
    # "wordt de inhoud van dit wetsvoorstel weergegeven": the piece describes the bill
    r"|(?:wordt|worden)\s+(?:\w+\s+){0,4}?(?:dit|het|deze)\s+(?:wets)?voorstel\s+(?:\w+\s+){0,3}?(?:besproken|weergegeven|behandeld|beschreven)\b"
    # "(om) in dit artikel uiteen te zetten", "… stil te staan bij"; "In dat artikel is aan de orde gekomen"
    r"|(?P<purpose>(?:\w+\s+){0,2}?(?:(?:uiteen|stil|nader\s+in|in)\s+te\s+(?:zetten|staan|gaan)"
    r"|te\s+(?:bespreken|behandelen|beschrijven|belichten|analyseren))\b)"
    r"|(?:is|zijn|wordt|worden)\s+(?:\w+\s+){0,3}?aan\s+de\s+orde\s+(?:gekomen|gesteld|komen))",
    re.I,
)
_OWN_PART = ("artikel", "paragraaf", "hoofdstuk")
# a journal's web page about the article it shows: "Dit artikel is 0 keer gedownload", "Aanbevolen
# citeerwijze bij dit artikel", "Deel dit artikel"
_PAGE_AFTER = re.compile(r"\s+is\s+(?:\d+\s+)?keer\s+(?:geraadpleegd|gedownload|bekeken|gelezen|gedeeld)\b", re.I)
_PAGE_BEFORE = re.compile(r"\bciteerwijze\s+(?:bij|van)\s+$", re.I)
_PAGE_BUTTON = re.compile(r"\b(?-i:Deel|Print|Download)\s+$")  # "Deel dit artikel" alone on its line (not "Deel dit artikel op")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# a document that is not a law, named as the text itself: "van deze handreiking", "in dit rapport"
_THIS_DOCUMENT = r"(?:van|uit|in)\s+(?:deze|dit)\s+(?:handreiking|brochure|bijdrage|blog|notitie|publicatie|rapport|evaluatie|annotatie|commentaar|reactie|brief|advies|nota|verslag|memo|factsheet|leidraad|toelichting)\b"
_OF_THIS_DOCUMENT = re.compile(rf"(?:\s*,\s*|\s+){_THIS_DOCUMENT}", re.I)
_IN_ITS_BRACKETS = re.compile(rf"{_THIS_DOCUMENT}\s*\(\s*$", re.I)


def about_itself(text: str, start: int, end: int, what: str) -> bool:
    """Tell whether "dit artikel", "deze paragraaf" or "dit hoofdstuk" at start:end opens what a
    piece of writing says it does ("In dit artikel bespreken wij de wijzigingen"): the piece or
    its section, no provision; likewise the article a journal's page speaks of ("Dit artikel is
    0 keer gedownload")."""
    if what == "artikel" and (_PAGE_AFTER.match(text, end) or _PAGE_BEFORE.search(text, max(0, start - 30), start)
                              or _PAGE_BUTTON.search(text, max(0, start - 12), start) and _LINE_END.match(text, end)):
        return True
    if what not in _OWN_PART or text[max(0, start - 3) : start].lower() != "in ":
        return False
    writing = _WRITING.match(text, end)
    # "om in dit artikel uiteen te zetten": the writer's purpose, only with "om" before it
    return bool(writing) and (not writing.group("purpose") or text[max(0, start - 6) : start - 3].lower() == "om ")


def of_this_document(text: str, pos: int) -> int:
    """Return where "van deze handreiking" after a unit ends (the text's own unit), else `pos`."""
    found = _OF_THIS_DOCUMENT.match(text, pos)
    return found.end() if found else pos


def in_own_brackets(text: str, start: int) -> bool:
    """Tell whether a unit stands in brackets after the text's own ("Hoofdstuk 4 van deze
    handreiking (paragraaf 4.2 en 4.3.6)"): the text's own too."""
    return bool(_IN_ITS_BRACKETS.search(text, max(0, start - 60), start))
