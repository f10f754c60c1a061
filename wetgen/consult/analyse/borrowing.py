"""A reference without a law borrows the law named later in its sentence.

"als bedoeld in artikel 53a …, genoemd in artikel 53a, tweede lid, van de Woningwet": the first
"artikel 53a" is the Woningwet's too; "titel 9.5 (…) van hoofdstuk 9 van de Wet milieubeheer":
the titel is of the law its hoofdstuk is of; "titel 6 (de artikelen 81 tot en met 92a van Boek 1
BW)": the titel is of the law of what it spells out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.consult.analyse.definedlaws import with_defined_laws
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.lawranges import joined_ranges
from wetgen.consult.analyse.numbering import number_style
from wetgen.consult.analyse.refs import ARTICLE, DIVISION, Ref
from wetgen.consult.analyse.sentencebounds import SENTENCE_BREAK

_PART_OF = re.compile(
    r"\bvan\s+(?:het\s+|de\s+)?$", re.I
)  # "… van hoofdstuk 9": what follows holds it
_SPELLED_OUT = re.compile(r"\s*\(\s*(?:de\s+|het\s+)?", re.I)


def borrow_laws(refs: list[Ref], segment: str, lexicon: LawLexicon | None = None) -> list[Ref]:
    """Give a reference without a law the law named later in its sentence for the same
    provision ("als bedoeld in artikel 53a …, genoemd in artikel 53a, tweede lid, van de
    Woningwet"), or for the unit it is part of ("titel 9.5 (…) van hoofdstuk 9 van de Wet
    milieubeheer"); with a `lexicon`, first the law an abbreviation the text defined names
    ("artikel 10 WMS", definedlaws.py); a range written as two references, each naming the
    law or the last only, becomes one ("art. 143 Rv. tot en met art. 148 Rv.", lawranges.py)."""
    out = with_defined_laws(segment, list(refs), lexicon) if lexicon is not None else list(refs)
    for i, ref in enumerate(out):
        if ref.kind not in (ARTICLE, DIVISION) or ref.law or ref.this_bill or ref.that_law or ref.tail or names_its_kind(ref):
            continue  # (not one that names its law "de wet": "artikel 151a van de wet dan wel artikel 2 van de Wet X")
        for k, later in enumerate(out[i + 1 :]):
            if SENTENCE_BREAK.search(segment, ref.end, later.start):
                break
            if not later.law:
                continue  # (one that names its law by "van die wet" or "van de wet": _anaphoric_tail)
            same = later.kind == ARTICLE and ref.articles and later.articles[:1] == ref.articles[:1]
            same = same or _coordinated(ref, later, segment)
            # (the unit right after it: "Artikel 24 … van artikel I … van de Wet X … op grond van hoofdstuk IIa van de
            # Werkloosheidswet" is no part of that chapter)
            part_of = later.kind == DIVISION and k == 0 and _PART_OF.search(segment, ref.end, later.start)
            # "titel 6 (de artikelen 81 tot en met 92a van Boek 1 BW)": what the division holds
            spelled = ref.kind == DIVISION and _SPELLED_OUT.fullmatch(segment, ref.end, later.start)
            if same or part_of or spelled:
                out[i] = ref._replace(law=later.law)
                break
    for i in reversed(range(len(out) - 1)):  # (from the last, so that a list of three passes it on)
        out[i] = _anaphoric_tail(out[i], out[i + 1], segment)
    return joined_ranges(out, segment)


_ENABLING_TAIL = re.compile(r"\s(?:van|uit|in)\s+(?:de\s+(?:wet|regeling)|het\s+besluit)$")


def names_its_kind(ref: Ref) -> bool:
    """Tell whether a reference names its instrument by its kind alone ("artikel 16 van de wet", "… van het besluit"):
    the one the text calls so (its definitions or aanhef, enablinglaw.py), not a law named near it."""
    return bool(_ENABLING_TAIL.search(ref.raw))


def _anaphoric_tail(ref: Ref, after: Ref, segment: str) -> Ref:
    """Return an article coordinated with the next, that names its law as "die wet" or as "de wet" (the instrument's
    own law): "artikel 17 en artikel 22 van die wet", "Artikel 5.4, eerste lid, en artikel 5.6 van de wet" name it for
    both; the reference as it is where it names a law itself, or the next has a law of its own or none of these."""
    if ref.kind != ARTICLE or ref.law or ref.this_bill or ref.that_law or ref.tail or after.law:
        return ref
    if not _coordinated(ref, after, segment):
        return ref
    if after.that_law:
        return ref._replace(that_law=True)
    tail = after.tail or (found.group(0) if (found := _ENABLING_TAIL.search(after.raw)) else "")
    return ref._replace(tail=tail) if tail else ref


# the words that join two references into one list whose law is named once, after the last:
# "paragraaf 3.1 onderscheidenlijk paragraaf 3.2 van de Wet X", "artikel 4 respectievelijk artikel 9 …"
_JOINED = re.compile(r"\s*(?:,|,?\s*(?:en|of|onderscheidenlijk|respectievelijk|dan\s+wel)\b)\s*", re.I)


def _coordinated(ref: Ref, later: Ref, segment: str) -> bool:
    """Tell whether `later` follows `ref` as the next unit in one list: an article of the same
    numbering, or a division of any kind."""
    if later.kind != ref.kind or not _JOINED.fullmatch(segment, ref.end, later.start):
        return False
    if ref.kind == ARTICLE:  # numbered alike: "artikel 4:17 en artikel 18 van de Gemeentewet" is no list of one law
        return {number_style(n) for n in ref.articles} == {number_style(n) for n in later.articles}
    return True  # divisions of any kind: "Hoofdstuk 6 en afdeling 7.3 van de Algemene wet bestuursrecht"


EARLIER = "\x01"  # the mark of a law named before the sentence of a bare division, or of none


def division_law(segment: str, start: int, lexicon: LawLexicon, amended_law: Callable[[str], str]) -> str:
    """Return the law a bare division at `start` ("paragraaf 3.1") may take from the segment:
    the law named last in its own sentence; else EARLIER, followed by the law named in an
    earlier sentence where the bill amends it ("Paragraaf 3.1 gaat hier op in" after "artikel 1
    van de Grondwet" is no paragraph of the Grondwet)."""
    found = lexicon.last_before(segment, start)
    if found is None:
        return EARLIER
    if not SENTENCE_BREAK.search(segment, found.end, start):
        return found.law
    return EARLIER + (found.law if amended_law(found.law) else "")
