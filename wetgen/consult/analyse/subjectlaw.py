"""The law a sentence is about, named as its subject just before an article: "De Gemeentewet regelt in
artikel 147 …", "In de Woningwet is in artikel 10 bepaald …". The article is that law's, as "artikel 147
van de Gemeentewet" would be, where no law follows the number."""

from __future__ import annotations

import re

# the law, a verb, at most three short words (no noun phrase: "is strenger dan de regeling in artikel 12"
# compares), and "in" just before the article
_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:!?])\s+|\n\s*)(?:(?:In|in)\s+)?(?:[Dd]e|[Hh]et)\s+(?P<law>[A-Z][^,.;:()«»\n]{1,90}?)\s+"
    r"(?:regelt|bepaalt|kent|bevat|noemt|omschrijft|definieert|verbiedt|vereist|schrijft|is|wordt|worden|zijn|staat|staan)"
    r"(?:\s+(?!(?:dan|als|de|het|een|die|dat|deze|dit|van)\b)[a-z]+){0,3}\s+in\s+$"
)


def subject_law(text: str, at: int, refs: list, lexicon) -> list:
    """Return `refs` (the chain read at `at`) with the law its sentence names as subject before it
    filled in where the first names no law of its own; the others take it as a chain does."""
    if not refs or refs[0].law or refs[0].this_bill or refs[0].that_law or refs[0].foreign:
        return refs
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    found = _SUBJECT.search(text, start, at)
    if found is None:
        return refs
    law = lexicon.match(text, found.start("law"))
    if law is None or law.end != found.end("law"):
        return refs
    return [r._replace(law=law.law) if not (r.law or r.this_bill or r.that_law or r.foreign) else r for r in refs]
