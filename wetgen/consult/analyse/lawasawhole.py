""""Die wet" names the law named last before it, and "die regeling" or "die verordening" the last
instrument of that kind named. "Deze wet" right after a law other than the bill is named is that
law as a whole, no provision and not the bill, in two forms only: in a bill's title, after the law
it amends ("Wijziging van de Wet X in verband met de aanpassing van de in deze wet opgenomen
klachtregeling"), and opening the sentence after one that named a law the bill leaves alone ("…
van de Wet arbeid vreemdelingen (de Wav). Onder deze wet is …"). Elsewhere "deze wet" after a law
is as often the bill ("Anders dan de Woningwet regelt deze wet …", "… hoe de Woningwet zich
verhoudt tot deze wet", "Het Staatsblad waarin deze wet wordt geplaatst")."""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.sentencebounds import SENTENCE_BREAK

# a bill's title: "Wijziging van de Wet X …" (after its dossier number also "Aanpassing", "Herziening") opening its sentence or after the dossier number, "… tot wijziging van …"
_TITLE = re.compile(r"(?:^|\d{2}\s?\d{3}\s+|\btot\s+)[Ww]ijziging\s+van\s|\d{2}\s?\d{3}\s+(?:Aanpassing|Herziening)\s+van\s")
# "Aanpassing (Herziening) van de Wet X in verband met …" opening its sentence is a title only with its "in verband met"
# ("Herziening van de Woningwet is niet het doel van deze wet" is prose)
_TITLE_WORDS = re.compile(r"^(?:Aanpassing|Herziening)\s+van\s")
_IN_CONNECTION = re.compile(r"\bin\s+verband\s+met\b|\bwijzigingen\s+(?:van|in)\s+$")
_FINITE = re.compile(r"\b(?:is|zijn|was|waren|wordt|worden|werd|heeft|hebben|moet|moeten|kan|kunnen|zal|zullen)\b")
# "deze wet" opening its sentence: "Onder deze wet", "Deze wet", "Op grond van deze wet", "In deze wet"
_OPENS = re.compile(r"(?:(?:Onder|In|Op\s+grond\s+van|Volgens|Krachtens|Bij)\s+)?$")
_NOUN = re.compile(r"\b(wet|regeling|verordening|besluit)\b", re.I)
_HEAD = re.compile(r"\w*?(wet|wetboek|regeling|verordening|besluit|reglement)\b", re.I)  # the head of a name


def law_taken_up(segment: str, ref, lexicon: LawLexicon, amended: Callable[[str], str], none: str) -> str:
    """Return the law "die wet" at `ref` names, or the law "deze wet" stands for as a whole; for
    "deze wet" with no such law, `none`."""
    found = lexicon.last_before(segment, ref.start)
    if ref.that_law:
        noun = _NOUN.search(ref.raw[-20:])
        kind = noun.group(1).lower() if noun else "wet"
        if found is None or kind == "wet":
            return found.law if found else ""
        while found is not None and _kind(found.law) != kind:  # "die verordening": the last verordening named
            found = lexicon.last_before(segment, found.start)
        return found.law if found else none
    if found is None:
        return none
    breaks = list(SENTENCE_BREAK.finditer(segment, found.end, ref.start))
    if not breaks:  # in its own sentence: only a title's, after the law it amends
        start = max((m.end() for m in SENTENCE_BREAK.finditer(segment, 0, found.start)), default=0)
        lead = segment[start : found.start].lstrip()
        title = _TITLE.search(lead) or _TITLE_WORDS.match(lead) and _title_goes_on(segment, found.end, ref.start)
        return found.law if title else none
    if len(breaks) == 1 and not amended(found.law) and _OPENS.fullmatch(segment, breaks[0].end(), ref.start):
        return found.law
    return none


def _kind(name: str) -> str:
    """Return the kind of instrument a name names by its first head word ("Algemene verordening
    gegevensbescherming": verordening; "Uitvoeringswet Algemene verordening …": wet)."""
    head = _HEAD.search(name)
    return head.group(1).lower() if head else ""


def _title_goes_on(segment: str, after: int, at: int) -> bool:
    """Tell whether the words from a law's name to "deze wet" go on as a bill's title ("… in verband met …",
    "… en enkele andere wijzigingen van deze wet"), with no finite verb of a sentence among them."""
    between = segment[after:at]
    return not _FINITE.search(between) and bool(_IN_CONNECTION.search(between))
