"""A typed nota van wijziging or amendement (Word or text) read into the instructions it gives
on a bill, for `wetgen amend`.

The file is read into its lettered onderdelen (the letter, the sentence, the new text after
"luidende:"); each sentence is read against the bill it amends (`wetgen.importer.nota_sentences`),
and the new text is read by the importer itself, as the units of a small bill around it. What
cannot be read is a `NotaProblem` with the onderdeel's letter; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wetgen.amend.apply import nota_outcome
from wetgen.amend.instructions import NotaEdit, NotaUnit
from wetgen.amend.parse import parse_instruction
from wetgen.importer import import_data, limits, source_of
from wetgen.importer.errors import ImportRefused
from wetgen.importer.nota_sentences import SentenceReader
from wetgen.model import Action, Article, Bill, Division, Instruction

_OPENING = re.compile(r"^(?:Het (?:voorstel van (?:rijks)?wet|wetsvoorstel)|In het voorstel van wet) .*als volgt gewijzigd:$")
_UNCHANGED = re.compile(r"^Het voorstel van (?:rijks)?wet wordt niet gewijzigd\.$")
_TOELICHTING = re.compile(r"^toelichting$", re.IGNORECASE)
_LETTER = re.compile(r"^[A-Z]{1,2}$")
_SIDE = "Artikel 1"  # the heading of the small bill new text is read in


@dataclass(frozen=True)
class NotaOnderdeel:
    """One lettered onderdeel of a typed nota: its sentence and the lines of its new text."""

    letter: str
    sentence: str
    content: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotaProblem:
    """An onderdeel of the nota that could not be read or applied, and why."""

    letter: str
    why: str

    def __str__(self) -> str:
        return f"onderdeel {self.letter}: {self.why}"


def read_nota(data: bytes, name: str) -> list[NotaOnderdeel]:
    """Return the lettered onderdelen of a nota van wijziging or amendement (.docx or text)."""
    if name.lower().endswith(".docx"):
        lines = [block.text for block in source_of(data, name).blocks]
    else:
        lines = limits.decode_text(data, name)[0].splitlines()
    lines = [line.rstrip() for line in lines]
    start = next((n + 1 for n, line in enumerate(lines) if _OPENING.match(line.strip())), None)
    if start is None and any(_UNCHANGED.match(line.strip()) for line in lines):
        return []
    if start is None:
        raise ImportRefused(name, "no nota van wijziging or amendement in it: no line 'Het voorstel van wet wordt als volgt gewijzigd:'")
    end = next((n for n, line in enumerate(lines) if n >= start and _TOELICHTING.match(line.strip())), len(lines))
    lines = lines[:end]  # the toelichting after the onderdelen explains them; it changes nothing
    if any(not line.strip() for line in lines[start:]):
        return _by_paragraphs(lines[start:], name)
    return _onderdelen(lines[start:], name)


def _by_paragraphs(lines: list[str], name: str) -> list[NotaOnderdeel]:
    """Read a nota typed with blank lines around the letter and the sentence, and none inside
    the new text (as wetgen prints it): the letter, the sentence, then the new text."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    out: list[NotaOnderdeel] = []
    at = 0
    while at < len(groups):
        head = groups[at]
        if not _LETTER.match(head[0].strip()):
            raise ImportRefused(name, f"expected the letter of an onderdeel, found: {head[0].strip()[:60]}")
        rest = head[1:] or (groups[at + 1] if at + 1 < len(groups) else [])
        at += 1 if head[1:] else 2
        if not rest:
            raise ImportRefused(name, f"onderdeel {head[0].strip()} has no sentence")
        sentence, content = rest[0].strip(), list(rest[1:])
        if sentence.endswith(":") and not content and at < len(groups):
            content, at = groups[at], at + 1
        out.append(NotaOnderdeel(head[0].strip(), sentence, tuple(content)))
    return out


def _onderdelen(lines: list[str], name: str) -> list[NotaOnderdeel]:
    """Read a nota without blank lines (a Word file): the new text after a sentence runs to the
    next letter, or past as many letters as the sentence says the new text starts with."""
    lines = [line for line in lines if line.strip()]
    out: list[NotaOnderdeel] = []
    at = 0
    while at < len(lines):
        letter = lines[at].strip()
        if not _LETTER.match(letter) or at + 1 >= len(lines):
            raise ImportRefused(name, f"expected the letter of an onderdeel, found: {lines[at].strip()[:60]}")
        sentence = lines[at + 1].strip()
        end = at + 2
        letters = _content_letters(sentence)
        while end < len(lines) and not (_LETTER.match(lines[end].strip()) and letters <= 0):
            if _LETTER.match(lines[end].strip()):
                letters -= 1
            end += 1
        out.append(NotaOnderdeel(letter, sentence, tuple(lines[at + 2 : end])))
        at = end
    return out


def _content_letters(sentence: str) -> int:
    """Return how many lettered onderdelen the new text after a sentence starts with."""
    if not sentence.endswith(":"):
        return 0
    m = re.search(r"\b(een|twee|drie|vier|vijf|zes) onderde(?:el|len) (?:ingevoegd|toegevoegd)", sentence)
    if m:
        return ("een", "twee", "drie", "vier", "vijf", "zes").index(m.group(1)) + 1
    return 1 if re.search(r"onderdeel [A-Z]{1,2}(?: \(nieuw\))?,? komt te luiden:$", sentence) else 0


def content_units(lines: tuple[str, ...], kind: str) -> tuple[NotaUnit, ...]:
    """Return the units new text holds, read as the importer reads a bill; `kind` is what the
    sentence says they are ("artikel", "lid", "item", "onderdeel" or a division)."""
    text = "\n".join(lines)
    if kind == "lid":
        return _side(f"{_SIDE}\n\n{text}\n").leden
    if kind == "item":
        return _side(f"{_SIDE}\n\nTekst:\n{text}\n").items
    if kind == "onderdeel":
        return _side(f"ARTIKEL I\n\nDe Wet wordt als volgt gewijzigd:\n\n{text}\n").onderdelen
    if kind == "wijziging":  # numbered changes of an onderdeel
        onderdelen = _side(f"ARTIKEL I\n\nDe Wet wordt als volgt gewijzigd:\n\nA\n\n{text}\n").onderdelen
        return onderdelen[0].instructions if onderdelen else ()
    bill = import_data(f"{text}\n".encode(), "nota.txt").bill
    return bill.body


def _settled(unit, unread: dict[str, str], problems: list[NotaProblem]):  # noqa: ANN001, ANN202 - a unit
    """Return a unit with each wijzigingsopdracht the nota changed in several steps read again
    as it stands now; one that still does not read is a problem of the last onderdeel."""
    if isinstance(unit, Division):
        return replace(unit, children=tuple(_settled(c, unread, problems) for c in unit.children))
    if isinstance(unit, Article) and unit.onderdelen:
        return replace(unit, onderdelen=tuple(
            replace(o, instructions=tuple(_settled(i, unread, problems) for i in o.instructions)) for o in unit.onderdelen
        ))  # fmt: skip
    if isinstance(unit, Instruction):
        unit = replace(unit, children=tuple(_settled(c, unread, problems) for c in unit.children))
        if unit.action is Action.FREE and unit.free_text in unread:
            found = parse_instruction(unit.free_text, unit.payload, unit.new)
            if isinstance(found, Instruction):
                return replace(found, children=unit.children)
            problems.append(NotaProblem(unread[unit.free_text], f"the changed wijzigingsopdracht does not read: {unit.free_text}"))
    return unit


def _side(text: str) -> Article:
    body = import_data(text.encode(), "nota.txt").bill.body
    first = body[0] if body else None
    return first if isinstance(first, Article) else Article("")


def amend_bill(bill: Bill, onderdelen: list[NotaOnderdeel]) -> tuple[Bill, list[NotaProblem]]:
    """Return the bill as the nota amends it, and each onderdeel that could not be read or
    applied (its letter and why); the others are applied in turn."""
    reader = SentenceReader(bill, content_units)
    edits: list[tuple[str, NotaEdit]] = []
    problems: list[NotaProblem] = []
    unread: dict[str, str] = {}  # a changed sentence to read once applied → its onderdeel's letter
    for onderdeel in onderdelen:
        found = reader.read(onderdeel.sentence, onderdeel.content)
        if isinstance(found, str):
            problems.append(NotaProblem(onderdeel.letter, found))
        else:
            edits.append((onderdeel.letter, found))
        unread.update((s, onderdeel.letter) for s in reader.unread - unread.keys())
    amended, failures = nota_outcome(bill, [edit for _, edit in edits])
    problems += [NotaProblem(edits[f.source - 1][0], f.why) for f in failures]  # type: ignore[operator]
    amended = replace(amended, body=tuple(_settled(u, unread, problems) for u in amended.body))
    order = {o.letter: n for n, o in enumerate(onderdelen)}
    return amended, sorted(problems, key=lambda p: order.get(p.letter, 0))

