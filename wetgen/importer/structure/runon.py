"""A paragraph that a copy from PDF ran several changes into: "De Woningwet wordt als volgt
gewijzigd:AIn artikel 49 … vervangen door «…». BArtikel 54 wordt als volgt gewijzigd:1. Aan het
eerste lid …". It is split where an onderdeel letter or a change's number stands before the
opening of a wijzigingsopdracht, and only there: the piece after each split must read as one.
"""

from __future__ import annotations

import re

from wetgen.amend.parse import parse_intro
from wetgen.importer.structure.sentences import OPENINGS, is_instruction

_OPENING = rf"(?:{OPENINGS})\s"
# after a colon, a full stop or a closing quote: a letter (glued, spaced, or with its full stop, as older
# texts print "…: A. In artikel 7 …" and "…: A. 1. Artikel 7 …"), or a number or letter with its full
# stop, then the opening of a change
_SPLIT = re.compile(
    rf"(?<=[:.»;])\s*(?:(?P<letter>[A-Z]{{1,2}})(?:\.?\s+(?=(?:[0-9]{{1,2}}\.\s+)?{_OPENING})|\s*(?={_OPENING}))"
    rf"|(?P<label>[0-9]{{1,2}}[a-z]?\.|[a-z]\.)\s+(?={_OPENING}))"
)
_NEW_TEXT_OPENS = re.compile(r"(?:te\s+luiden|luidende?|vervangen\s+door|dat\s+luidt)\s*:\s*$", re.I)
_STEP = re.compile(r"^\s*[0-9]{1,2}[a-z]?\.\s+")  # "A. 1. Artikel 7 …": the onderdeel's first numbered change


def split_run_on(text: str) -> list[str]:
    """Return the pieces of a run-together paragraph of changes (a letter alone, "1. Aan …",
    "In artikel …"), or the text as its only piece when it is not one."""
    text = text.strip()
    if not (parse_intro(text.split(":", 1)[0] + ":") or is_instruction(text)):  # (also "In de Wet X worden de volgende wijzigingen aangebracht:")
        return [text]
    marks = list(_SPLIT.finditer(text))
    pieces: list[str] = []
    start = 0
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        if (text.count("«", 0, m.start()) > text.count("»", 0, m.start()) or not is_instruction(_STEP.sub("", text[m.end() : end]))
                or _NEW_TEXT_OPENS.search(text, 0, m.start())):  # fmt: skip
            continue  # inside quoted words, no change follows, or the new text an instruction opens ("… komt te luiden: C. …")
        pieces.append(text[start : m.start()].strip())
        if m.group("letter"):
            pieces.append(m.group("letter"))
            start = m.end()
        else:
            start = m.start("label")
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]
