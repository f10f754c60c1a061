"""Onderdeel letters and instruction numbers run into a paragraph, where a transcription lost the
paragraph breaks: "gewijzigd:AIn artikel 49 …", "… eerste zin». BArtikel 54 wordt …", "ARTIKEL I A Het
Waterschapsbesluit wordt als volgt gewijzigd: …" (split from context.py)."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import INSTRUCTION_START, has_instruction_word
from wetgen.consult.analyse.grammar import BILL_LETTER, REPEATED_CAPITALS

_RUN_IN = re.compile(
    rf"(?::|(?<!\b[Aa]rt)(?<!\b[Aa]rtt)[.»;:]\s)(?P<number>\d{{1,2}}\.\s*){INSTRUCTION_START}"  # not "Art. 1. De …"
    rf"|[:.»;]\s?(?P<letter>{REPEATED_CAPITALS}|{BILL_LETTER}|[a-z][A-Z])(?P<step>(?:\.\d+)*\.?)\s?(?:\d{{1,2}}\.\s)?{INSTRUCTION_START}"  # ("…: A. 1. Artikel 7 …")
)
# a copy that put the first onderdeel's letter before the article's opening sentence: "ARTIKEL I A Het
# Waterschapsbesluit wordt als volgt gewijzigd: Aan artikel 2.44 …" (docplayer's Staatsblad texts)
_OPENING = r"(?:De|Het)\s(?-i:[A-Z])[^:.]{2,150}?\bwordt\s+(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\s*:"
_FIRST_BEFORE_OPENING = re.compile(rf"\b(?:ARTIKEL|Artikel)\s+[IVXLC]+\.?\s+(A)\.?\s+(?={_OPENING})")  # (also "Artikel I A Het …")
# what follows an amending article's heading run into the text: its opening sentence, or its first letter before it
_HEADING_RUN_ON = re.compile(rf"\.?\s+(?:A\.?\s+)?{_OPENING}")


def heading_run_on(text: str, end: int) -> bool:
    """Tell whether "Artikel I" that ends at `end` is the heading of an amending article run into the text by a
    transcription: its opening sentence follows ("Artikel I De Drinkwaterregeling wordt als volgt gewijzigd: A …",
    "Artikel I A Het Besluit X wordt als volgt gewijzigd: …")."""
    return bool(_HEADING_RUN_ON.match(text, end))


def run_in_letters(paragraph: str, letters: bool = True) -> list[tuple[int, str, int]]:
    """Return (position, letter, length) of each onderdeel letter run into a paragraph (with its
    step: "G.4."), and (position, "", 0) of each numbered instruction run into it ("…
    overeengekomen. 2. Het tweede lid wordt …")."""
    if not has_instruction_word(paragraph):
        return []
    found = [(m.start(1), "A", 1) for m in _FIRST_BEFORE_OPENING.finditer(paragraph)] if letters else []
    for match in _RUN_IN.finditer(paragraph):
        if match.group("number"):
            found.append((match.start("number"), "", 0))
        elif letters:
            at = match.start("letter")
            found.append((at, match.group("letter"), match.end("step") - at))
    return sorted(found)
