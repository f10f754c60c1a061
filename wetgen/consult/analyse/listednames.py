"""Names that list places or ministries after a comma and are one title all the same: "Invoeringswet openbare lichamen
Bonaire, Sint Eustatius en Saba", "Kaderregeling subsidies OCW, SZW en VWS" (a list of laws would name each with its own
head: "de Wet X, de Y en de Z")."""

from __future__ import annotations

import re

# the islands listed in a title after a comma: "Invoeringswet openbare lichamen Bonaire, Sint Eustatius en Saba"
_PLACES = re.compile(r",\s+(?:Sint\s+Eustatius\s+en\s+Saba|Saba\s+en\s+Sint\s+Eustatius)\b")  # after "Bonaire" only
_MINISTRY = "AZ|BZ|BZK|DEF|EZ|EZK|FIN|IenW|IenM|JenV|LNV|OCW|SZW|VWS|VROM|VenJ|VenW"  # listed in a title after one: "… OCW, SZW en VWS"
LISTED = {"Bonaire": _PLACES, **dict.fromkeys(_MINISTRY.split("|"), re.compile(rf"(?:,\s+(?:{_MINISTRY}))*,?\s+en\s+(?:{_MINISTRY})\b"))}
