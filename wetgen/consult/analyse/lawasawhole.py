""""Die wet" names the law named last before it; "deze wet" right after a law other than the bill is
named is that law as a whole ("de Wet arbeid vreemdelingen (de Wav). Onder deze wet is …", "Wijziging
van de Wet X in verband met de aanpassing van de in deze wet opgenomen klachtregeling"): no provision
and not the bill. Only the law of its own sentence, or of the sentence before where the bill does
not amend it, is read so; further off "deze wet" is as often the bill ("… het Staatsblad waarin deze
wet wordt geplaatst")."""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.consult.analyse.lawnames import LawLexicon

_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")


def law_before(segment: str, ref, lexicon: LawLexicon, amended: Callable[[str], str], none: str) -> str:
    """Return the law "die wet" at `ref` names, or the law "deze wet" stands for as a whole; for
    "deze wet" with no such law, `none`."""
    found = lexicon.last_before(segment, ref.start)
    if ref.that_law:
        return found.law if found else ""
    if found is None:
        return none
    breaks = len(_SENTENCE_BREAK.findall(segment, found.end, ref.start))
    return found.law if breaks == 0 or (breaks == 1 and not amended(found.law)) else none
