"""A wijzigingsopdracht kept as free text (`vrije_tekst`) whose words are an instruction wetgen can
read ("In de artikelen 5, eerste lid, 6 en 71 wordt telkens «X» vervangen door: Y."): the provisions
it names are the ones its onderdeel changes, as if the instruction had been written out. A drafter or
a transcription may keep such a sentence as free text with a `doel` of its first article only; the
points about the other articles still belong to that onderdeel."""

from __future__ import annotations

import re
from dataclasses import replace

from wetgen.amend.parse import parse_instruction
from wetgen.consult.analyse.refkinds import ARTICLE
from wetgen.consult.analyse.refs import find_references
from wetgen.model import Action, AmendingOnderdeel, Instruction, Target

MAX_SENTENCE = 1500  # characters: the longest lists of places in real instructions are about 600


def with_free_texts_read(onderdeel: AmendingOnderdeel) -> AmendingOnderdeel:
    """Return the onderdeel with each free-text instruction that reads as an instruction
    accompanied by what it says (the free text itself is kept)."""
    # not verified against wetgen's own wording of it: only the places it names are used, and a
    # long list ("de artikelen 5, …, 45, eerste tot en met het vierde lid, 46, 47, …") wetgen words otherwise
    # (one sentence of a sensible length only: the parser's time grows with the square of the words)
    texts = [i.free_text for i in onderdeel.instructions
             if i.action is Action.FREE and 0 < len(i.free_text) <= MAX_SENTENCE and "\n" not in i.free_text.strip()]  # fmt: skip
    read = [parse_instruction(text, verify=False) for text in texts]
    found = tuple(r if isinstance(r, Instruction) else _named_places(text) for r, text in zip(read, texts, strict=True))
    found = tuple(r for r in found if r is not None)
    return replace(onderdeel, instructions=(*onderdeel.instructions, *found)) if found else onderdeel


# the places an instruction the parser cannot read names first ("In de artikelen 7, 12, eerste volzin, … 56, eerste en
# tweede lid, […]" of a copy cut in its middle): up to its verb
_PLACES_FIRST = re.compile(r"(?:In|Aan)\s+(?:de\s+aanhef\s+van\s+)?(?:de\s+)?(?P<word>artikelen|artikel)\s+", re.I)
_VERB = re.compile(r"\b(?:wordt|worden|vervalt|vervallen|komt|komen|luidt|luiden)\b")
# what stands between the places of one list: "artikel 7, derde lid, en de aanhef van artikel 99" names 99 too
_BETWEEN = re.compile(r"\s*,?\s*(?:en\s+)?(?:(?:in\s+)?de\s+aanhef\s+van\s+)?")


def _named_places(text: str) -> Instruction | None:
    """Return the articles (and leden) a free-text instruction names before its verb, as one instruction's places, or
    None where it names none so."""
    if not (lead := _PLACES_FIRST.match(text)):
        return None
    verb = _VERB.search(text)
    listed, end = [], lead.start("word")
    for ref in find_references(text[: verb.start() if verb else len(text)]):
        if ref.kind != ARTICLE or ref.law or ref.this_bill or ref.foreign or not _BETWEEN.fullmatch(text, end, ref.start):
            break  # the list ends: "In artikel 38, onder verwijzing naar artikel 40, wordt …" names 38 only
        listed.append(ref)
        end = ref.end
    places = [Target(artikel=p.artikel, lid=p.lid) for r in listed for p in r.parts if p.artikel]
    return Instruction(Action.FREE, places[0], also=tuple(places[1:])) if places else None
