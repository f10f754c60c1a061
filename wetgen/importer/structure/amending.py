"""Amending articles (ARTIKEL I): the law named in the opening line (or in the only change), the
onderdelen A, B, …, their changes numbered 1., a., 1., … under "… wordt als volgt gewijzigd:",
and the new text after "luidende:" read as articles, leden or onderdelen.

The lines of each onderdeel go to `to_instructions`, the parser of Ar formulas
(`wetgen.amend.parse_layout.parse_onderdeel`, the inverse of the wording): a sentence it gives
back becomes a structured instruction; any other stays `vrije_tekst` at its place, with a
warning that names the line and why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from wetgen import ids
from wetgen.amend.parse import parse_intro
from wetgen.amend.parse_layout import Line, Problem, parse_onderdeel
from wetgen.amend.wording import inline_law
from wetgen.importer.report import Notes
from wetgen.importer.structure import sentences as s
from wetgen.importer.structure import tokens as t
from wetgen.importer.structure.tokens import Token
from wetgen.importer.structure.units import read_payload
from wetgen.model import Action, AmendingOnderdeel, Article, Instruction, LawRef, Style, Target

# The instruction parser: (lines of an onderdeel, the bill's style, the law named in the only
# change) → (instructions, lines kept as free text).
to_instructions: Callable[[list[Line], Style, LawRef | None], tuple[tuple[Instruction, ...], list[Problem]]] = (
    parse_onderdeel
)


@dataclass
class _Change:
    label: str
    kind: str
    text: str
    token: Token
    depth: int = 0
    payload: list[Token] = field(default_factory=list)


@dataclass
class _Onderdeel:
    letter: str
    token: Token
    changes: list[_Change] = field(default_factory=list)
    levels: list[tuple[str, str]] = field(default_factory=list)  # (kind, last label) per depth


def read_amending(heading: Token | None, number: str, opschrift: str, tokens: list[Token],
                  notes: Notes, marks_depth: bool, style: Style | None = None,
                  title_law: str = "") -> Article | None:  # fmt: skip
    """Return the article as an amending article, or None when it does not amend a law;
    `title_law` is the law the bill's title names at this article's place among its amending
    articles, for onderdelen that no opening line gives a law."""
    style = style or Style()
    first = next((tok for tok in tokens if tok.depth == 0), None)
    if first is None or first.kind not in (t.PARA, t.NUM, t.LETTER):
        return None
    placeholder = s.DATABASE_NOTE.fullmatch(first.text.strip()) if first.kind == t.PARA else None
    if placeholder and len([tok for tok in tokens if tok.depth == 0]) == 1:
        return _noted(heading or first, number, opschrift, first, _law(placeholder.group("law")), notes)
    intro = parse_intro(first.text, style) if first.kind == t.PARA and not s.GROUP.match(first.text.strip()) else None
    rest = tokens[tokens.index(first) + 1 :] if intro else tokens
    if intro is None and first.kind == t.LETTER:  # onderdelen without an opening line
        named, why = _unnamed_law(tokens, title_law)
        if not named:
            return None
        law, inline = _law(named), False
        notes.warn(first.block.origin, f"no opening line names the law; read as amending {s.law_name(named)} ({why})")
    elif intro is None:  # the only change names the law itself (Ar 6.13): "In artikel 4 van de Wet X …"
        named = s.law_of_sentence(first.text) if s.is_instruction(first.text) else ""
        if not named:
            return None
        law, inline = _law(named), True
    else:
        law, inline = intro.law, False
        if intro.own and not law.proposal:
            notes.warn(first.block.origin, f"an opening of the drafter's own, kept as written; the law read from it: {law.name()}")
    onderdelen = _Reader(notes, marks_depth).read(rest)
    if not onderdelen:
        return None
    cleaned = law.citeertitel.strip(_STRAY + " ")
    if cleaned and cleaned != law.citeertitel:  # markup a copied page left around the name: "De >Wet X wordt …"
        marks = "".join(c for c in law.citeertitel if c in _STRAY)  # ("#" alone stays: it is all the name there is)
        notes.keep(first.block.origin, law.citeertitel, f"the copy's stray {marks!r} around the law's name left out")
        law, intro = _renamed(law, cleaned, intro, onderdelen)
    citeertitel, mark = s.without_footnote_mark(law.citeertitel)
    if mark:  # "De Gemeentewet1 wordt als volgt gewijzigd:", "… van de Wet X3 wordt …"
        notes.keep(first.block.origin, f"{citeertitel}{mark}", f"footnote mark {mark} after the law's name left out")
        law, intro = _renamed(law, citeertitel, intro, onderdelen)
    as_named = law  # the sentence of an only change names it with its publication, if it does
    citeertitel, publication = s.without_publication(law.citeertitel)
    if publication:  # the opening keeps its words; the law is named without them
        notes.keep(first.block.origin, publication, "Staatsblad citation after the law's name left out of its citeertitel")
        law = replace(law, citeertitel=citeertitel)
    numbered = s.numbered_book(law.citeertitel)
    if numbered != law.citeertitel:  # "Het tweede boek van het Burgerlijk Wetboek wordt gewijzigd als volgt:"
        notes.keep(first.block.origin, law.citeertitel, f"the book named by its number in the citeertitel: {numbered}")
        law = replace(law, citeertitel=numbered)
    group = s.GROUP.match(first.text.strip())
    if group and group.group("comma") and group.group("law"):  # "Artikel 108 van de Wet X, wordt als volgt gewijzigd:"
        notes.keep(first.block.origin, group.group(0), "comma before 'wordt als volgt gewijzigd' left out")
        for change in (c for o in onderdelen for c in o.changes):
            change.text = change.text.replace(f"{group.group('law')}, ", f"{group.group('law')} ", 1)
    loc = (heading or first).block.origin.location()
    article = Article(number, opschrift=opschrift, amends=law, intro=intro.own if intro else "", loc=loc, text_loc=loc)
    law_inline = as_named if inline and len(onderdelen) == 1 else None
    built = tuple(_finish(o, n, len(onderdelen), notes, style, law_inline or _names(o, law, intro))
                  for n, o in enumerate(onderdelen, 1))  # fmt: skip
    article = replace(article, onderdelen=built)
    if intro is not None and not intro.own and inline_law(article) is not None:
        article = replace(article, standard_intro=True)  # the opening line stays, as the bill has it
    return article


_STRAY = "<>|*#"  # what a web page's markup leaves before a name in a copied text


def _renamed(law: LawRef, name: str, intro, onderdelen: list) -> tuple[LawRef, object]:  # noqa: ANN001 - the opening
    """Return the law named `name` instead of as the text wrote it, and the opening line and the changes
    with the name so too (a footnote mark or a page's markup left out)."""
    written = law.citeertitel
    if intro is not None:
        intro = intro._replace(own=intro.own.replace(written, name, 1))
    for change in (c for o in onderdelen for c in o.changes):
        change.text = change.text.replace(written, name, 1)
    return replace(law, citeertitel=name), intro


def _noted(heading: Token, number: str, opschrift: str, note: Token, law: LawRef, notes: Notes) -> Article:
    """Return an amending article that a legal database's copy replaced by a note ("[Red: Wijzigt
    de Wet X.]"): it amends that law, and its one change is the note, kept word for word."""
    notes.warn(note.block.origin, f"a legal database's note stands for the changes; read as amending {law.name()}, the changes not in the source")
    loc = heading.block.origin.location()
    change = Instruction(Action.FREE, Target(), free_text=note.text.strip(), loc=note.block.origin.location())
    return Article(number, opschrift=opschrift, amends=law, onderdelen=(AmendingOnderdeel("A", (change,), loc=loc),),
                   loc=loc, text_loc=loc)  # fmt: skip


def _names(onderdeel: _Onderdeel, law: LawRef, intro: object) -> LawRef | None:
    """Return the law when no opening line names it and this onderdeel's first change does
    ("E Artikel 108 van de Wegenverkeerswet 1994 wordt als volgt gewijzigd:"), as the change
    names it (with a Staatsblad citation, if it has one), else None."""
    if intro is not None or not onderdeel.changes:
        return None
    named = s.law_of_sentence(onderdeel.changes[0].text)
    return _law(named) if named and s.law_name(named) == law.citeertitel else None


def _unnamed_law(tokens: list[Token], title_law: str) -> tuple[str, str]:
    """Return the law of lettered onderdelen that no opening line names, and where it was read:
    the one law their changes name, else the law the bill's title names at this article's place
    among its amending articles (`title_law`), where the onderdelen hold a change at all; ("",
    "") when neither tells."""
    changes = [tok for tok in tokens if tok.depth == 0 and tok.kind in (t.PARA, t.NUM) and s.is_instruction(tok.text)]
    named = {s.law_name(law): law for law in map(s.law_of_sentence, (tok.text for tok in changes)) if law}
    if len(named) == 1:
        return next(iter(named.values())), "named in its changes"
    if not named and changes and title_law:
        return title_law, "the bill's title names it at this article's place"
    return "", ""


def _law(name: str) -> LawRef:
    article, citeertitel = s.split_article(name)
    return LawRef(citeertitel, article=article)


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
        for change in [c for c in onderdeel.changes if not c.text.strip() and not c.payload]:
            # a step's number with no words: "3." alone at the end of a copy cut there
            self.notes.warn(change.token.block.origin, f"step {change.label} of onderdeel {onderdeel.letter} has no words: left out")
            onderdeel.changes.remove(change)
        if onderdeel.changes:
            return True
        self.notes.warn(onderdeel.token.block.origin, f"onderdeel {onderdeel.letter} is empty")
        return False

    def _take(self, token: Token) -> None:
        if token.kind == t.LETTER and token.depth == 0:
            if not (token.text == t.CONTINUED and self.onderdelen and self.onderdelen[-1].letter == token.number):  # "A.2." after "A.1."
                self.onderdelen.append(_Onderdeel(token.number, token))
            return
        if not self.onderdelen:
            self.onderdelen.append(_Onderdeel("", token))
        current = self.onderdelen[-1]
        text = token.block.text.strip() if token.kind in (t.LETTER, t.ARTICLE, t.DIVISION, t.ROW) else token.text
        label = token.number if token.kind in (t.NUM, t.ALPHA) else ""
        if current.changes and not label and not s.is_instruction(text):
            self.notes.warn(token.block.origin, "text after a wijzigingsopdracht joined to it")
            current.changes[-1].text += " " + text
            return
        if token.kind == t.DEGREE:  # "1°." starts no change: keep the designation in the sentence
            text = f"{token.number}°. {text}"
        depth = self._depth(current, token.kind, label)
        if re.fullmatch(r"\d+[a-z]", label):  # "1a." of a nota kept in the enacted text
            self.notes.warn(token.block.origin, f"change {label}. read in its place; wetgen numbers a group's changes 1., 2., … itself")
        current.changes.append(_Change(label, token.kind, text, token, depth))
        self.open_payload = s.opens_payload(text)

    def _depth(self, onderdeel: _Onderdeel, kind: str, label: str) -> int:
        """Return a change's depth: 0 unnumbered, else the level whose next label it is, or a new
        level under a change that says "… wordt als volgt gewijzigd:"."""
        levels = onderdeel.levels
        if not label:
            levels.clear()
            return 0
        for depth in range(len(levels), 0, -1):
            level_kind, last = levels[depth - 1]
            if level_kind == kind and _follows(last, label, kind):
                del levels[depth:]
                levels[depth - 1] = (kind, label)
                return depth
        previous = onderdeel.changes[-1] if onderdeel.changes else None
        opens = previous is None or (s.is_group(previous.text) and previous.depth == len(levels))
        if opens and label == _next_label("", kind):
            levels.append((kind, label))
            return len(levels)
        self.notes.warn(onderdeel.changes[-1].token.block.origin if onderdeel.changes else onderdeel.token.block.origin,
                        f"change {label}. does not follow the numbering before it")  # fmt: skip
        if not levels:
            levels.append((kind, label))
        levels[-1] = (levels[-1][0], label)
        return len(levels)

    def _closes(self, token: Token) -> bool:
        """Tell whether a token ends the payload of the change before it."""
        if token.depth > 0:
            return False
        if self.marks_depth or token.kind == t.LETTER:
            return True
        onderdeel = self.onderdelen[-1]
        change = onderdeel.changes[-1]
        if token.kind == t.NUM and s.is_step_instruction(token.text) or token.kind == t.ALPHA and s.is_instruction(token.text):
            return any(kind == token.kind and _follows(last, token.number, kind) for kind, last in onderdeel.levels) \
                or _follows(change.label, token.number, token.kind)  # fmt: skip
        return token.kind == t.PARA and s.is_instruction(token.text) and not change.payload


def _follows(last: str, label: str, kind: str) -> bool:
    """Tell whether a change's label comes next after `last`: the next number or letter, or a
    change a nota inserted ("1a." after "1.", "1b." after "1a.", then "2.")."""
    if label == _next_label(last, kind):
        return True
    before, after = re.fullmatch(r"(\d+)([a-z]?)", last), re.fullmatch(r"(\d+)([a-z]?)", label)
    if kind != t.NUM or not before or not after:
        return False
    if before.group(2) and label == str(int(before.group(1)) + 1):
        return True
    inserted = chr(ord(before.group(2)) + 1) if before.group(2) else "a"
    return after.group(1) == before.group(1) and after.group(2) == inserted


def _next_label(label: str, kind: str) -> str:
    if not label:
        return "1" if kind == t.NUM else "a"
    if label.isdigit():
        return str(int(label) + 1)
    if len(label) == 1 and label.isalpha():
        return chr(ord(label) + 1)
    return ""


def _finish(onderdeel: _Onderdeel, position: int, count: int, notes: Notes, style: Style,
            law: LawRef | None) -> AmendingOnderdeel:  # fmt: skip
    letter = onderdeel.letter
    where = onderdeel.token.block.origin
    if not letter:
        letter = ids.onderdeel_letter(position)
        if count > 1:  # the only onderdeel of an article has no letter (Ar 6.15)
            notes.warn(where, f"changes without an onderdeel letter read as onderdeel {letter}")
    lines = [_line(change, notes) for change in onderdeel.changes]
    instructions, problems = to_instructions(lines, style, law)
    for problem in problems:
        notes.warn(_where(problem, onderdeel), f"kept as vrije_tekst: {problem.why}")
    return AmendingOnderdeel(ids.clean_number(letter), instructions, loc=where.location())


def _where(problem: Problem, onderdeel: _Onderdeel) -> object:
    for change in onderdeel.changes:
        if change.token.block.origin.location() == problem.line.loc:
            return change.token.block.origin
    return onderdeel.token.block.origin


def _line(change: _Change, notes: Notes) -> Line:
    payload, leftover = read_payload(list(change.payload), notes)
    return Line(change.text, change.depth, payload, leftover, change.token.block.origin.location(), change.label)
