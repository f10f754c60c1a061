"""Where the new words an instruction opens end when a transcription ran the nota's next
instruction into them ("… verstaan bij deze: Artikel I, onderdeel E, wordt als volgt gewijzigd:"),
or the instruction's next step ("… te vernietigen; en.\nb. In onderdeel c (nieuw) wordt …")."""

from __future__ import annotations

import re

from wetgen.consult.analyse.grammar import BILL_LETTER

# the bill's own article and onderdelen, then the verb of an instruction: no law's new text
# instructs a change to the bill that inserts it
_NEXT_INSTRUCTION = re.compile(
    rf"(?<=[.:;»]\s)(?:Artikel|ARTIKEL)\s+[IVXLC]+[a-z]?,\s+onderde(?:el|len)\s+{BILL_LETTER}"
    rf"(?:(?:,\s*|\s+en\s+|\s+tot\s+en\s+met\s+){BILL_LETTER})*,?\s+(?:wordt|worden|vervalt|vervallen|komt|komen)\b"
)


def new_words_end(segment: str, start: int, end: int) -> int:
    """Return where new words from `start` end: at `end`, or where the nota's next instruction
    on an onderdeel of the bill's own article stands before it."""
    found = _NEXT_INSTRUCTION.search(segment, start, end)
    return found.start() if found else end


# a step of the same instruction after the new text: its letter or number, then an instruction
# step, or the next change of the bill's own article ("Artikel II, artikel 66b, tweede lid wordt …")
_NEXT_STEP = re.compile(
    r"(?<=[.;:»])\s+(?:(?:\d{1,2}|[a-z])\.\s+(?=(?:In|Aan|Na|Onder|Voor|Het|De|Er|Artikel)\b)|(?=(?:Artikel|ARTIKEL)\s+[IVXLC]+[a-z]?,\s))"
    r"[^.;:]{0,160}?\b(?:wordt|worden|vervalt|vervallen|komt|komen)\b"
)


def next_step(segment: str, start: int) -> int:
    """Return where the instruction's next step starts after new words run in from `start`, or -1."""
    found = _NEXT_STEP.search(segment, start)
    return found.start() + 1 if found else -1
