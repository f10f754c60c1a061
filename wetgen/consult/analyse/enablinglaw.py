"""An article "van de wet" where the instrument in context is a besluit or regeling: in an
AMvB or ministeriële regeling "de wet" is the law it rests on, never the instrument itself."""

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
