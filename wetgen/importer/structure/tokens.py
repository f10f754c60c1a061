"""What one block is, as far as its own text, label and hints tell: a heading, a designated
unit ("1.", "a.", "1°."), an onderdeel letter, or plain text.

Context (is this lid a payload? is "A" an onderdeel?) is decided later by the builders; a
token only says what the block looks like.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wetgen import ids
from wetgen.importer import blocks as b
from wetgen.importer.blocks import Block
from wetgen.importer.structure.runon import split_run_on
from wetgen.importer.structure.sentences import INTRO, is_instruction

ARTICLE, DIVISION, LETTER = "article", "division", "letter"
CONTINUED = "continued"  # the text of a LETTER token from "A.2.": the same onderdeel as "A.1." goes on
NUM, ALPHA, DEGREE, DASH, PARA, ROW = "num", "alpha", "degree", "dash", "para", "row"

DIVISION_WORDS = {
    "hoofdstuk": "hoofdstuk", "afdeling": "afdeling", "paragraaf": "paragraaf", "§": "paragraaf",
    "titel": "titel", "titeldeel": "titel", "deel": "deel", "boek": "boek",
}  # fmt: skip
_NUMBER = r"[0-9]+[a-zA-Z]{0,3}(?:[.:][0-9]+[a-zA-Z]{0,3})*|[IVXLCDM]+[A-Z]{0,2}[a-z]?"
_AFTER_NUMBER = r"(?:\.?$|(?:\.\s+|\s+[–-]\s+|:\s+|\s+)(?P<title>.+)$)"
ARTICLE_HEADING = re.compile(rf"^(?P<word>ARTIKEL|Artikel|Art\.)\s+(?P<num>{_NUMBER}){_AFTER_NUMBER}")
DIVISION_HEADING = re.compile(
    r"^(?P<word>HOOFDSTUK|Hoofdstuk|AFDELING|Afdeling|PARAGRAAF|Paragraaf|§|TITELDEEL|Titeldeel"
    rf"|TITEL|Titel|DEEL|Deel|BOEK|Boek)\s*(?P<num>{_NUMBER}){_AFTER_NUMBER}"
)
ONDERDEEL_LETTER = re.compile(r"^(?P<num>(?:[0-9]|[a-z](?=[A-Z]))?[A-Z]{1,3}[a-z]{0,2}|[A-Z]0)\.?$")  # ("A0": inserted before A, as "0A")
_LABELLED = (
    (DEGREE, re.compile(r"^(?P<num>[0-9]+[a-z]?)\s?[°º]\.?(?:\s+|$)(?P<text>.*)$")),
    (NUM, re.compile(r"^(?P<num>[0-9]+[a-z]{0,2})\.(?:\s+|$)(?P<text>.*)$")),
    (ALPHA, re.compile(r"^(?P<num>[a-z]{1,3})\.(?:\s+|$)(?P<text>.*)$")),
    (DASH, re.compile(r"^(?P<num>[–—-])\s+(?P<text>.+)$")),
)


class Token(NamedTuple):
    """A block with what it looks like: kind, its number (clean) and its text without label."""

    kind: str
    number: str
    text: str
    block: Block
    division: str = ""  # the kind of division for DIVISION tokens ("hoofdstuk"…)
    upper: bool = False  # the heading word was in capitals ("ARTIKEL I")

    @property
    def depth(self) -> int:
        """Return the block's payload depth."""
        return self.block.depth


def tokenize(blocks: list[Block]) -> list[Token]:
    """Return one token per block, after joining a bare designation to the text it precedes and
    splitting an onderdeel letter from the change printed on its line ("A Artikel 1 komt …")."""
    out: list[Token] = []
    for block in join_bare_labels(blocks):
        token = classify(block)
        split = _LETTER_AND_CHANGE.match(token.text) if token.kind == PARA and not block.role else None
        numbered = _LETTER_NUMBER.match(token.text) if token.kind == PARA and not block.role else None
        if numbered and is_instruction(numbered.group("rest")):  # "A.1. In artikel 10 …" (before 2000)
            out.append(Token(LETTER, numbered.group("letter"), CONTINUED, block))
            out.append(Token(NUM, numbered.group("num"), numbered.group("rest"), block))
        elif split and is_instruction(split.group("rest")):
            out.append(Token(LETTER, split.group("num"), "", block))
            out.append(Token(PARA, "", split.group("rest"), block))
        elif token.kind == PARA and not block.role and not block.label:
            heading, opening = run_in_heading(block, token.text) or (None, token)  # copies from PDF
            pieces = split_run_on(opening.text)
            out.extend([heading] if heading else [])
            out.extend([classify(block._replace(text=p)) for p in pieces] if len(pieces) > 1 else [opening])
        else:
            out.append(token)
    return out


def run_in_heading(block: Block, text: str) -> tuple[Token, Token] | None:
    """Split an article heading and the opening a PDF copy ran into it ("Artikel I. Wijziging van
    de Leerplichtwet 1969 De Leerplichtwet 1969 wordt als volgt gewijzigd:"), else None."""
    m = ARTICLE_HEADING.match(text)
    title = m.group("title") if m else None
    if not title or is_title(title):
        return None
    for start in _OPENING_START.finditer(title):
        head, opening = title[: start.start()].strip(), title[start.end() :]
        if head and is_title(head) and (INTRO.match(opening) or is_instruction(opening)):
            heading = Token(ARTICLE, m.group("num"), head, block, upper=m.group("word") == "ARTIKEL")
            return heading, Token(PARA, "", opening, block)
    return None


# Where an opening can begin after a heading's title: a capital article or preposition. Fewer
# than sentences.OPENINGS on purpose: with all of them ("Boek", …) the Verzamelwet SZW 2010 (d12)
# lost its ARTIKEL IV's heading and read the artikel 1614ca it inserts as one of its own
# (2 of its 11 references then went wrong in tests/consult/realrefs/imported.py).
_OPENING_START = re.compile(r"\s+(?=(?:De|Het|In|Aan|Na|Artikel) )")


_LETTER_AND_CHANGE = re.compile(r"^(?P<num>[0-9]?[A-Z]{1,3}[a-z]{0,2})\.?\s+(?P<rest>[A-Z].*)$")
# an onderdeel's letter and its change's number in one designation, as bills before about 2000
# numbered them: "A.1. In artikel 10 …", "A.2. In het derde lid …" (the same onderdeel A)
_LETTER_NUMBER = re.compile(r"^(?P<letter>[A-Z]{1,2})\.(?P<num>[0-9]{1,2})\.\s+(?P<rest>[A-Z].*)$")



def join_bare_labels(blocks: list[Block]) -> list[Block]:
    """Join a block that is only a designation ("1.", "a.", "•") to the block after it."""
    out: list[Block] = []
    pending: Block | None = None
    for block in blocks:
        if pending is not None:
            label = pending.label or pending.text
            joined = block._replace(label=block.label or label, origin=pending.origin)
            out.append(joined if block.label else block._replace(text=f"{label} {block.text}",
                                                                 origin=pending.origin))  # fmt: skip
            pending = None
            continue
        if _bare_label(block):
            pending = block
            continue
        out.append(block)
    if pending is not None:
        out.append(pending)
    return out


def join_split_headings(blocks: list[Block]) -> list[Block]:
    """Join an article heading's word and its number that a copy put on lines of their own
    ("ARTIKEL", "I": a legal database's copy of a besluit)."""
    out: list[Block] = []
    for block in blocks:
        if out and _split_heading(out[-1], block):
            out[-1] = out[-1]._replace(text=f"{out[-1].text.strip()} {block.text.strip()}")
            continue
        out.append(block)
    return out


def _split_heading(word: Block, number: Block) -> bool:
    """Tell whether a heading's word and its number came as two blocks (a legal database's copy)."""
    if word.role or word.label or number.role or number.label:
        return False
    return word.text.strip() in ("ARTIKEL", "Artikel") and bool(re.fullmatch(_NUMBER, number.text.strip()))


def _bare_label(block: Block) -> bool:
    if block.role or block.label and block.text:
        return False
    text = block.text.strip()
    return bool(re.fullmatch(r"([0-9]+[a-z]?[.°]|[0-9]+[a-z]?°\.|[a-z]{1,2}\.)", text))


def classify(block: Block) -> Token:
    """Return what a block looks like from its role, its label and its text."""
    if block.role == b.ROW:
        return Token(ROW, "", block.text, block)
    if block.role == b.TEXT:
        return Token(PARA, "", block.text.strip(), block)
    if block.role == b.ARTICLE or (not block.role and block.label and ARTICLE_HEADING.match(block.label)):
        return _article_from_label(block)
    if block.role == b.DIVISION or (not block.role and block.label and DIVISION_HEADING.match(block.label)):
        return _division_from_label(block)
    if block.role == b.ONDERDEEL:
        return Token(LETTER, ids.clean_number(block.label or block.text), "", block)
    text = block.text.strip()
    if block.role == b.ITEM and re.fullmatch(r"[0-9]+[a-z]?\.?", block.label.strip()):
        return Token(DEGREE, ids.clean_number(block.label), text, block)  # a list item numbered 1.: 1°
    if block.label:
        return _labelled(block, block.label.strip(), text)
    if not block.role:
        heading = heading_token(block, text)
        if heading is not None:
            return heading
        letter = ONDERDEEL_LETTER.match(text)
        if letter:
            return Token(LETTER, letter.group("num"), "", block)
    for kind, pattern in _LABELLED:
        m = pattern.match(text)
        if m:
            return Token(kind, ids.clean_number(m.group("num")), m.group("text").strip(), block)
    return Token(PARA, "", text, block)


def heading_token(block: Block, text: str) -> Token | None:
    """Return an article or division heading token when `text` is one, else None.

    A block the source marks as a heading (a Word heading style, a Markdown #) may have any
    title; otherwise the words after the number must read as a title, not as a sentence.
    """
    marked = block.level > 0
    m = ARTICLE_HEADING.match(text)
    if m and (marked or is_title(m.group("title"))):
        return Token(ARTICLE, m.group("num"), (m.group("title") or "").strip(), block,
                     upper=m.group("word") == "ARTIKEL")  # fmt: skip
    if text in ("Enig artikel", "ENIG ARTIKEL"):
        return Token(ARTICLE, "enig", "", block, upper=text.isupper())
    m = DIVISION_HEADING.match(text)
    if m and (marked or is_title(m.group("title"))):
        word = m.group("word").lower()
        return Token(DIVISION, m.group("num"), (m.group("title") or "").strip(), block,
                     division=DIVISION_WORDS[word], upper=m.group("word").isupper())  # fmt: skip
    return None


def is_heading_text(text: str) -> bool:
    """Tell whether unmarked text reads as an article or division heading."""
    m = ARTICLE_HEADING.match(text) or DIVISION_HEADING.match(text)
    return bool(m and is_title(m.group("title")))


def is_title(title: str | None) -> bool:
    """Tell whether the words after a heading's number are a title, not a sentence."""
    if not title:
        return True
    title = title.strip()
    return len(title) <= 160 and not title.endswith((":", ",")) and not _SENTENCE.search(title)


_SENTENCE = re.compile(
    r"\b(wordt|worden|vervalt|vervallen|komt te luiden|komen te luiden|luidt|is van toepassing"
    r"|treedt|treden)\b"
)


def _article_from_label(block: Block) -> Token:
    label = (block.label or block.text).strip()
    m = ARTICLE_HEADING.match(label)
    number = m.group("num") if m else ids.clean_number(label.split()[-1]) if label else ""
    if label.lower() == "enig artikel":
        number = "enig"
    title = block.text if block.label else (m.group("title") or "" if m else "")
    return Token(ARTICLE, number, (title or "").strip(), block, upper=label.startswith("ARTIKEL"))


def _division_from_label(block: Block) -> Token:
    label = (block.label or block.text).strip()
    m = DIVISION_HEADING.match(label)
    if m is None:
        return Token(PARA, "", block.text, block)
    title = block.text if block.label else (m.group("title") or "")
    word = m.group("word").lower()
    return Token(DIVISION, m.group("num"), title.strip(), block, division=DIVISION_WORDS[word],
                 upper=m.group("word").isupper())  # fmt: skip


def _labelled(block: Block, label: str, text: str) -> Token:
    if ONDERDEEL_LETTER.match(label) and not text:
        return Token(LETTER, ids.clean_number(label), "", block)
    for kind, pattern in _LABELLED:
        m = pattern.match(f"{label} {text}" if kind != DASH else f"{label} {text}")
        if m and m.group("num"):
            return Token(kind, ids.clean_number(m.group("num")), text, block)
    if label in ("•", "·", "–", "-", "—"):
        return Token(DASH, "–", text, block)
    return Token(PARA, "", f"{label} {text}".strip(), block)
