"""A law's title as a text writes it, made the form of its citeertitel: the slips and additions that
name the same law ("landings-en parkeergelden", "Landsverordening Raad van Advies van Curaçao")."""

from __future__ import annotations

import re

# "landings-en parkeergelden": the space after a compound's hyphen left out; "Landsverordening Raad van
# Advies van Curaçao": the country a landsverordening is of, which its citeertitel does not repeat
_HYPHEN_AND = re.compile(r"(?<=[a-zà-ÿ])-(?=(?:en|of)\s)")
_OF_COUNTRY = re.compile(r"^(Lands(?:verordening|besluit)\s.+?)\s+van\s+(?:Curaçao|Aruba|Sint\s+Maarten)$")


def title_name(words: str) -> str:
    """Return a law's title as the text writes it, in the form of its citeertitel."""
    name = _HYPHEN_AND.sub("- ", " ".join(words.split()))
    return _OF_COUNTRY.sub(r"\1", name)
