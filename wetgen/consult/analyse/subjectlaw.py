"""The law a sentence is about, named as its subject just before an article: "De Gemeentewet regelt in
artikel 147 …", "In de Woningwet is in artikel 10 bepaald …", "In de Woningwet wordt artikel 27 als volgt
gewijzigd". The article is that law's, as "artikel 147 van de Gemeentewet" would be, where no law follows the
number."""

from __future__ import annotations

import re

from wetgen.consult.analyse.sentencebounds import sentence_start

# the law, a verb, at most three short words (no noun phrase: "is strenger dan de regeling in artikel 12"
# compares), and "in" just before the article
_ACTIVE = r"regelt|bepaalt|kent|bevat|noemt|omschrijft|definieert|verbiedt|vereist|schrijft|geeft|biedt"
_LAW = r"[A-Z][^,.;:()«»\n]{1,90}?"
_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:!?])\s+|\n\s*)(?:"
    # "De Gemeentewet regelt (dit) in artikel 147", "Ook de Woningwet bepaalt …"
    rf"(?:Ook\s+)?(?:[Dd]e|[Hh]et)\s+(?P<law>{_LAW})\s+(?:{_ACTIVE})"
    # "Zo regelt de Woningwet in artikel 19 …"
    rf"|(?:Ook|Zo|Daarnaast|Verder|Voorts)\s+(?:{_ACTIVE})\s+(?:de|het)\s+(?P<after>{_LAW})"
    # "In de Woningwet is (dat) in artikel 10 bepaald": there a passive or a place as well, never "De Gemeentewet
    # is in artikel 28c van toepassing verklaard" (the law is what the article names)
    rf"|(?:In|in)\s+(?:[Dd]e|[Hh]et)\s+(?P<place>{_LAW})\s+(?:is|wordt|worden|zijn|staat|staan|{_ACTIVE})"
    r")(?:\s+(?!(?:dan|als|de|het|een|die|deze|van)\b)[a-z]+){0,3}\s+in\s+(?:de\s+)?$"
)

# an instruction that names its law before the article: "In de Wet op de accijns wordt artikel 27, eerste lid, als
# volgt gewijzigd", "In de Woningwet worden na artikel 5 twee artikelen ingevoegd"
_INSTRUCTION = re.compile(
    rf"(?:^|(?<=[.;:!?])\s+|\n\s*)[Ii]n\s+(?:de|het)\s+(?P<place>{_LAW})\s+(?:wordt|worden)\s+(?:(?:na|vóór|voor)\s+)?(?:de\s+)?$"
)


def subject_law(text: str, at: int, refs: list, lexicon) -> list:
    """Return `refs` (the chain read at `at`) with the law its sentence names as subject before it
    filled in where the first names no law of its own; the others take it as a chain does."""
    if not refs or _named(refs[0]):
        return refs
    begin = max(0, sentence_start(text, at) - 1)  # (from the full stop: its lookbehind)
    found = _SUBJECT.search(text, begin, at) or _INSTRUCTION.search(text, begin, at)
    if found is None:
        return refs
    group = next(g for g in ("law", "after", "place") if found.groupdict().get(g))
    law = lexicon.match(text, found.start(group))
    if law is None or law.end != found.end(group):
        return refs
    return [r if _named(r) else r._replace(law=law.law) for r in refs]


def _named(ref) -> bool:  # noqa: ANN001 - refs.Ref
    return bool(ref.law or ref.this_bill or ref.that_law or ref.foreign)
