"""Where "dit artikel" is the writer's own piece, not a provision: a blog or journal article
says what it is about ("In dit artikel bespreken wij …", "In dit artikel gaat het om …")."""

from __future__ import annotations

import re

# what a writer does in their piece, right after "In dit artikel"
_WRITING = re.compile(
    r"\s*,?\s*(?:(?:gaat|ging)\s+het\s+(?:om|over)|bespre(?:ek|ken)\w*|behandel\w*|lees(?:t)?\s+(?:u|je|jij)"
    r"|(?:ga|gaan)\s+(?:ik|we|wij)\s+in|beschrij\w+|(?:geef|geven|zet|zetten|licht|lichten|kijk|kijken"
    r"|leg|leggen)\s+(?:ik|we|wij)\b|(?:zal|zullen|wil|willen)\s+(?:ik|we|wij)\b"
    r"|wordt\s+(?:\w+\s+){0,4}?(?:besproken|behandeld|ingegaan|beschreven|uitgelegd|toegelicht))",
    re.I,
)


def about_itself(text: str, start: int, end: int) -> bool:
    """Tell whether "dit artikel" at start:end opens what a piece of writing says it does
    ("In dit artikel bespreken wij de wijzigingen"): the piece itself, no provision."""
    return text[max(0, start - 3) : start].lower() == "in " and bool(_WRITING.match(text, end))
