"""Article numbers quoted from the phrase of a list that is on one law. Bijlage 2 bij de Awb (and
lists like it) names, per law, the articles whose decisions go to one court; a bill changes it "in de
zinsnede over de Wet op het hoger onderwijs en wetenschappelijk onderzoek «5a.9, 5a.11,» vervangen
door «5.8, eerste lid, …»": the quoted numbers are that law's articles, not those of the list's law."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.refkinds import ARTICLE, Ref

# "in de zinsnede over de Wet X", "in de zinsnede met betrekking tot de Wet X", "in het onderdeel betreffende de Wet X"
_PHRASE = re.compile(
    r"\b(?:zinsnede|passage|zinsdeel|onderdeel|regel)\s+(?:over|betreffende|inzake|met\s+betrekking\s+tot)\s+(?:de\s+|het\s+)?", re.I
)
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")


def phrase_laws(text: str, refs: list[Ref], lexicon: LawLexicon) -> list[Ref]:
    """Return the references with the law of the list's phrase given to the bare numbers quoted after it in
    its sentence."""
    if "«" not in text or not _PHRASE.search(text):
        return refs
    spans = []
    for phrase in _PHRASE.finditer(text):
        found = lexicon.match(text, phrase.end())
        if found is None:
            continue
        end = _CLAUSE_END.search(text, found.end)
        spans.append((found.end, end.start() if end else len(text), found.law))
    out = []
    for ref in refs:
        law = next((law for start, end, law in spans if start <= ref.start < end), "")
        bare = ref.kind == ARTICLE and not (ref.law or ref.this_bill or ref.that_law) and _quoted(text, ref.start)
        out.append(ref._replace(law=law) if law and bare else ref)
    return out


def _quoted(text: str, at: int) -> bool:
    """Tell whether `at` stands within «…»."""
    return text.rfind("«", 0, at) > text.rfind("»", 0, at)
