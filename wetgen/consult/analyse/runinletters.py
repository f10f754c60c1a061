"""Onderdeel letters and instruction numbers run into a paragraph, where a transcription lost the
paragraph breaks: "gewijzigd:AIn artikel 49 …", "… eerste zin». BArtikel 54 wordt …", "ARTIKEL I A Het
Waterschapsbesluit wordt als volgt gewijzigd: …" (split from context.py)."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import INSTRUCTION_START, has_instruction_word
from wetgen.consult.analyse.grammar import BILL_LETTER, REPEATED_CAPITALS

# a division changed whole also opens an onderdeel: "… wordt als volgt gewijzigd. A Hoofdstuk 7 komt te luiden: …"
_DIVISION_START = r"(?=(?:Hoofdstuk|Paragraaf|Afdeling|Titel)\s+[\dIVXLC][\w.:]*\s+(?:komt|komen|wordt|worden|vervalt)\b)"
_RUN_IN = re.compile(
    rf"(?::|(?<!\b[Aa]rt)(?<!\b[Aa]rtt)[.»;:]\s)(?P<number>\d{{1,2}}\.\s*){INSTRUCTION_START}"  # not "Art. 1. De …"
    # the older texts' next sentence on the same article, after new text run in: "… toepassing. De bestaande leden 2 en 3
    # worden vernummerd tot 3 en 4. Aan het artikel wordt een lid 5 toegevoegd, …"
    r"|(?<=\.\s)(?P<sentence>(?=(?:De|Het)\s+bestaande\s+(?:leden|lid|onderdelen|onderdeel)\b[^.]{0,80}?\b(?:wordt|worden)\s+(?:vernummerd|verletterd)\b"
    r"|Aan\s+(?:het|dat|dit)\s+artikel\s+(?:wordt|worden)\b"
    # (and a copy that lost the ARTIKEL headings: "… door '€ 559'. Het Besluit X wordt als volgt gewijzigd: A …")
    r"|(?:De|Het)\s+(?-i:[A-Z])[^.:\n]{2,150}?\s+wordt\s+(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\s*:))"
    rf"|[:.»;]\s?(?P<letter>{REPEATED_CAPITALS}|{BILL_LETTER}|[a-z][A-Z])(?P<step>(?:\.\d+)*\.?)\s?(?:\d{{1,2}}\.\s)?{INSTRUCTION_START}"  # ("…: A. 1. Artikel 7 …")
    rf"|[:.»;]\s?(?P<chapter>{BILL_LETTER})(?P<dot>\.?)\s+{_DIVISION_START}"
)
# a copy that put the first onderdeel's letter before the article's opening sentence: "ARTIKEL I A Het
# Waterschapsbesluit wordt als volgt gewijzigd: Aan artikel 2.44 …" (docplayer's Staatsblad texts)
_OPENING = r"(?:De|Het)\s(?-i:[A-Z])[^:.]{2,150}?\bwordt\s+(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\s*[:.]"
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
        if match.group("number") or match.group("sentence") is not None:
            found.append((match.start("number") if match.group("number") else match.start(), "", 0))
        elif letters and match.group("chapter"):
            found.append((match.start("chapter"), match.group("chapter"), match.end("dot") - match.start("chapter")))
        elif letters:
            at = match.start("letter")
            found.append((at, match.group("letter"), match.end("step") - at))
    return sorted(found)
