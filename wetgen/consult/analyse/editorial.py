"""Headings that open no new subject: an editor's note in square brackets ("[bron: PG Awb I, p. 185]",
"[Red: Wijzigt deze wet.]") and the facts a legal database prints below an article ("Geldend vanaf
01-07-1999", "- Inwerkingtreding 01-07-1999"), which stand between the article's heading and its leden."""

from __future__ import annotations

import re

_EDITORIAL = re.compile(r"\[[^\[\]]*\]")
# a legal database's facts about the article above ("Geldend vanaf 01-07-1999", "- Inwerkingtreding 01-07-1999"); not a
# section of a memorie titled "Inwerkingtreding" alone, which opens a subject of its own
_DATABASE_FACTS = re.compile(
    r"-\s*(?:Geldend|Geldig|Vervallen|Inwerkingtreding|Bronpublicatie|Vakgebied)\b"
    r"|(?:Geldend|Geldig|Vervallen|Inwerkingtreding)(?:\s+Geldend)?(?:\s+(?:vanaf|van|per|t/m|tot))?\s+\d"
    r"|Geldend\s*$|(?:Bronpublicatie|Vakgebied)\b",
    re.I,
)


def editorial(heading: str) -> bool:
    """Tell whether a heading is an editor's note in square brackets ("[bron: PG Awb I, p.
    185]", "[…]") or a legal database's facts about the article it shows: it opens no new subject."""
    stripped = heading.strip()
    return heading.startswith("[") and bool(_EDITORIAL.fullmatch(stripped)) or bool(_DATABASE_FACTS.match(stripped))
