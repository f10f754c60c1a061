"""Amending articles (ARTIKEL I): the law named in the intro, onderdelen A, B, …, numbered
changes 1., 2., … and the payload after "luidende:" read as articles, leden or onderdelen.

Every wijzigingsopdracht sentence becomes an instruction through `to_instruction`. Until the
parser of Ar formulas exists that is a `vrije_tekst` instruction carrying the sentence and its
payload; the parser replaces `to_instruction` and nothing else here changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wetgen import ids
from wetgen.importer.report import Notes
from wetgen.importer.structure import sentences as s
from wetgen.importer.structure import tokens as t
from wetgen.importer.structure.tokens import Token
from wetgen.importer.structure.units import read_payload
from wetgen.model import Action, AmendingOnderdeel, Article, Instruction, LawRef, Target, Unit
from wetgen.source import SourceLocation


def free_instruction(sentence: str, payload: tuple[Unit, ...], target: Target,
                     loc: SourceLocation) -> Instruction:  # fmt: skip
    """Return the sentence as a vrije_tekst instruction with its payload as structure."""
    return Instruction(Action.FREE, target, payload=payload, free_text=sentence, loc=loc)


# The instruction parser plugs in here: (sentence, payload, shared article target, loc) → Instruction.
to_instruction: Callable[[str, tuple[Unit, ...], Target, SourceLocation], Instruction] = free_instruction


@dataclass
class _Change:
    label: str
    kind: str
    text: str
    token: Token
    payload: list[Token] = field(default_factory=list)


@dataclass
class _Onderdeel:
    letter: str
    token: Token
    header: Token | None = None
    changes: list[_Change] = field(default_factory=list)


def read_amending(heading: Token | None, number: str, opschrift: str, tokens: list[Token],
                  notes: Notes, marks_depth: bool) -> Article | None:  # fmt: skip
    """Return the article as an amending article, or None when it does not amend a law."""
    first = next((tok for tok in tokens if tok.depth == 0), None)
    if first is None or first.kind not in (t.PARA, t.NUM):
        return None
    named = s.law_of_intro(first.text) if first.kind == t.PARA else ""
    rest = tokens[tokens.index(first) + 1 :] if named else tokens
    if not named:  # the only change names the law itself (Ar 6.13): "In artikel 4 van de Wet X …"
        named = s.law_of_sentence(first.text) if s.is_instruction(first.text) else ""
        if not named:
            return None
    article, law = s.split_article(named)
    onderdelen = _Reader(notes, marks_depth).read(rest)
    loc = (heading or first).block.origin.location()
    return Article(number, opschrift=opschrift, amends=LawRef(law, article=article), intro="",
                   onderdelen=tuple(_finish(o, n, len(onderdelen), notes) for n, o in enumerate(onderdelen, 1)),
                   loc=loc, text_loc=loc) if onderdelen else None  # fmt: skip


class _Reader:
    def __init__(self, notes: Notes, marks_depth: bool) -> None:
        self.notes, self.marks_depth = notes, marks_depth
        self.onderdelen: list[_Onderdeel] = []
        self.open_payload = False

    def read(self, tokens: list[Token]) -> list[_Onderdeel]:
        """Return the onderdelen, each with its changes and their payload tokens."""
        for token in tokens:
            if self.open_payload and not self._closes(token):
                self.onderdelen[-1].changes[-1].payload.append(token)
                continue
            self.open_payload = False
            self._take(token)
        return [o for o in self.onderdelen if self._kept(o)]

    def _kept(self, onderdeel: _Onderdeel) -> bool:
        if onderdeel.changes or onderdeel.header:
            return True
        self.notes.warn(onderdeel.token.block.origin, f"onderdeel {onderdeel.letter} is empty")
        return False

    def _take(self, token: Token) -> None:
        if token.kind == t.LETTER and token.depth == 0:
            self.onderdelen.append(_Onderdeel(token.number, token))
            return
        if not self.onderdelen:
            self.onderdelen.append(_Onderdeel("", token))
        current = self.onderdelen[-1]
        text = token.block.text.strip() if token.kind in (t.LETTER, t.ARTICLE, t.DIVISION, t.ROW) else token.text
        label = token.number if token.kind in (t.NUM, t.ALPHA, t.DEGREE) else ""
        if not current.changes and current.header is None and s.GROUP.match(text):
            current.header = token
            return
        if current.changes and not label and not s.is_instruction(text):
            self.notes.warn(token.block.origin, "text after a wijzigingsopdracht joined to it")
            current.changes[-1].text += " " + text
            return
        current.changes.append(_Change(label, token.kind, text, token))
        self.open_payload = s.opens_payload(text)

    def _closes(self, token: Token) -> bool:
        """Tell whether a token ends the payload of the change before it."""
        if token.depth > 0:
            return False
        if self.marks_depth or token.kind == t.LETTER:
            return True
        change = self.onderdelen[-1].changes[-1]
        if token.kind in (t.NUM, t.ALPHA) and s.is_instruction(token.text):
            return token.number == _next_label(change.label, token.kind)
        return token.kind == t.PARA and s.is_instruction(token.text) and not change.payload


def _next_label(label: str, kind: str) -> str:
    if not label:
        return "1" if kind == t.NUM else "a"
    if label.isdigit():
        return str(int(label) + 1)
    if len(label) == 1 and label.isalpha():
        return chr(ord(label) + 1)
    return ""


def _finish(onderdeel: _Onderdeel, position: int, count: int, notes: Notes) -> AmendingOnderdeel:
    letter = onderdeel.letter
    where = onderdeel.token.block.origin
    if not letter:
        letter = ids.onderdeel_letter(position)
        if count > 1:  # the only onderdeel of an article has no letter (Ar 6.15)
            notes.warn(where, f"changes without an onderdeel letter read as onderdeel {letter}")
    instructions = _instructions(onderdeel, notes)
    return AmendingOnderdeel(ids.clean_number(letter), tuple(instructions), loc=where.location())


def _instructions(onderdeel: _Onderdeel, notes: Notes) -> list[Instruction]:
    shared = ""
    out: list[Instruction] = []
    header = onderdeel.header
    if header is not None:
        shared = s.group_article(header.text)
        if shared and len(onderdeel.changes) >= 2:
            if "gewijzigd als volgt" in header.text:
                notes.warn(header.block.origin, "\"gewijzigd als volgt\" is written \"als volgt gewijzigd\"")
        else:
            shared = ""
            notes.warn(header.block.origin, "header of the changes kept as a change of its own")
            out.append(to_instruction(header.text, (), Target(), header.block.origin.location()))
    level_kind = next((c.kind for c in onderdeel.changes if c.label), "")
    for change in onderdeel.changes:
        out.append(_instruction(change, shared, level_kind, notes))
    return out


def _instruction(change: _Change, shared: str, level_kind: str, notes: Notes) -> Instruction:
    where = change.token.block.origin
    text = change.text
    if change.label and change.kind != level_kind:
        notes.warn(where, f"nested change {change.label} kept with its label in the text")
        text = f"{change.label}{'°' if change.kind == t.DEGREE else ''}. {text}"
    payload, leftover = read_payload(list(change.payload), notes)
    if leftover:
        notes.warn(where, "new text that is not an article, lid or onderdeel kept in the sentence")
        text = f"{text} {leftover}".strip()
    target = Target(artikel=shared) if shared else Target()
    return to_instruction(text, payload, target, where.location())
