"""Laws named by their date, as an aanhef names an old law without a citeertitel: "de Wet van 9
juli 1900, houdende nadere regeling van … (Stb. 118)", "het Besluit van 16 September 1954"."""

from __future__ import annotations

import re

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_DATED = re.compile(
    rf"(?:Wet|Rijkswet|Besluit|Koninklijk\s+besluit)\s+van\s+\d{{1,2}}\s+(?i:{_MONTHS})\s+\d{{4}}(?!\d)"
)
# the title after the date, up to the Staatsblad place that closes it: ", houdende … (Stb. 118)";
# a short title in brackets before that place is part of it ("houdende … (Regelgeving …) (Stb. …)")
_TITLE = re.compile(
    r"(?P<sep>,?)\s+(?P<title>(?:houdende|tot|betreffende|inzake)\s[^;()]{3,300}?"
    r"(?:\s*\((?!Stb|Staatsblad)[^;()]{3,150}\))?)\s*\((?:Stb|Staatsblad)\b"
)


def dated_law(text: str, pos: int) -> tuple[int, str] | None:
    """Return (end, name) of a law named by its date at `pos`: the name is the date and, where
    a title closed by its Staatsblad place follows, that title as written ("Wet van 9 juli 1900,
    houdende …", with a short title in brackets before the place); the end is the date's, so that the reference stops there. None when none starts."""
    found = _DATED.match(text, pos)
    if not found:
        return None
    name = " ".join(found.group(0).split())
    title = _TITLE.match(text, found.end())
    if title:
        name = f"{name}{title.group('sep')} {' '.join(title.group('title').split())}"  # its comma as written
    return found.end(), name
