"""A wijzigingsopdracht kept as free text (`vrije_tekst`) whose words are an instruction wetgen can
read ("In de artikelen 5, eerste lid, 6 en 71 wordt telkens «X» vervangen door: Y."): the provisions
it names are the ones its onderdeel changes, as if the instruction had been written out. A drafter or
a transcription may keep such a sentence as free text with a `doel` of its first article only; the
points about the other articles still belong to that onderdeel."""

from __future__ import annotations

from dataclasses import replace

from wetgen.amend.parse import parse_instruction
from wetgen.model import Action, AmendingOnderdeel, Instruction

MAX_SENTENCE = 1500  # characters: the longest lists of places in real instructions are about 600


def with_free_texts_read(onderdeel: AmendingOnderdeel) -> AmendingOnderdeel:
    """Return the onderdeel with each free-text instruction that reads as an instruction
    accompanied by what it says (the free text itself is kept)."""
    # not verified against wetgen's own wording of it: only the places it names are used, and a
    # long list ("de artikelen 5, …, 45, eerste tot en met het vierde lid, 46, 47, …") wetgen words otherwise
    # (one sentence of a sensible length only: the parser's time grows with the square of the words)
    read = [parse_instruction(i.free_text, verify=False) for i in onderdeel.instructions
            if i.action is Action.FREE and 0 < len(i.free_text) <= MAX_SENTENCE and "\n" not in i.free_text.strip()]  # fmt: skip
    found = tuple(r for r in read if isinstance(r, Instruction))
    return replace(onderdeel, instructions=(*onderdeel.instructions, *found)) if found else onderdeel
