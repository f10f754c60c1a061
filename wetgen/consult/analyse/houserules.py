""""Het Reglement van Orde" written without its Kamer ("artikel 94, derde lid, van het Reglement van
Orde", "artikel 105 van het Reglement van orde van de Kamer"): parliamentary texts name the rules of
their own Kamer so. They are the Eerste Kamer's where the text named the Eerste Kamer last before
them, else the Tweede Kamer's, whose committees write the verslagen and whose debates cite them. A
reglement van orde of another body ("… voor de vergaderingen van de raad") is not read so."""

from __future__ import annotations

import re

TWEEDE = "Reglement van Orde van de Tweede Kamer der Staten-Generaal"
EERSTE = "Reglement van Orde van de Eerste Kamer der Staten-Generaal"
_RULES = re.compile(
    r"(?i:reglement\s+van\s+orde)(?:\s+van\s+de\s+Kamer(?!\s+(?:der|van)\b))?"
    r"(?![\w-]|\s+(?:voor|van)\s+(?:de|het|den)\b)"
)
_HOUSE = re.compile(r"\b(Eerste|Tweede)\s+Kamer\b", re.I)


def house_rules(text: str, pos: int) -> tuple[int, str] | None:
    """Return (end, citeertitel) of "Reglement van Orde" (or "… van de Kamer") written at `pos`
    without its Kamer: that of the Kamer the text named last before it, else the Tweede Kamer's."""
    found = _RULES.match(text, pos)
    if not found:
        return None
    houses = _HOUSE.findall(text, 0, pos)
    return found.end(), EERSTE if houses and houses[-1].lower() == "eerste" else TWEEDE
