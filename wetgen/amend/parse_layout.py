"""The lines of an amending onderdeel read back into its instructions: the inverse of the layout of
`wetgen.amend.wording.word_onderdeel` (one sentence; a heading "Artikel 8 wordt als volgt
gewijzigd:" over numbered changes; changes numbered 1., a., 1., … nested under the change whose
place they are relative to).

Each sentence is read by `wetgen.amend.parse.parse_instruction`; a sentence it cannot give back
becomes a `vrije_tekst` instruction at its place, with a `Problem` saying which line and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import NamedTuple

from wetgen.amend.parse import Unparsed, parse_instruction
from wetgen.amend.parse_text import Reading
from wetgen.amend.wording import shared_article
from wetgen.ids import item_label, lid_label
from wetgen.loader.keys import INSTRUCTION_KEYS
from wetgen.model import (
    UNIT_RANK,
    Action,
    Article,
    Division,
    Instruction,
    Item,
    LawRef,
    Style,
    Target,
    Unit,
)
from wetgen.source import UNKNOWN, SourceLocation


class Line(NamedTuple):
    """One printed line of an onderdeel: its sentence, its depth (0 unnumbered, 1 for "1.", 2 for
    "a." …), the new units and new words after it, and where it was read."""

    sentence: str
    depth: int = 0
    payload: tuple[Unit, ...] = ()
    new_text: str = ""
    loc: SourceLocation = UNKNOWN
    label: str = ""


class Problem(NamedTuple):
    """A line kept as free text, and why."""

    line: Line
    why: str


@dataclass
class _Node:
    line: Line
    children: list[_Node] = field(default_factory=list)


def parse_onderdeel(lines: list[Line], style: Style | None = None, law: LawRef | None = None
                    ) -> tuple[tuple[Instruction, ...], list[Problem]]:  # fmt: skip
    """Return the instructions of an onderdeel's lines and the lines kept as free text; `law` is
    the law when the article names it in its only change (Ar 6.13) instead of an opening line."""
    style = style or Style()
    problems: list[Problem] = []
    roots = _tree(lines)
    if len(roots) == 1:
        only = _read(roots[0], Reading(style, None, law), problems)
        return _unfolded(only, roots[0]), problems
    return _in_sequence(roots, style, problems, law), problems


def _in_sequence(roots: list[_Node], style: Style, problems: list[Problem], law: LawRef | None) -> tuple[Instruction, ...]:
    """Return an onderdeel's unnested changes. Bills before Ar 6.15 (about 2000) numbered them
    "A.1.", "A.2." without a heading and placed the later ones in the article the first names ("In
    artikel 10 … A.2. In het derde lid …"): a change read only there is read relative to it."""
    out: list[Instruction] = []
    article: Target | None = None
    for node in roots:
        tried: list[Problem] = []
        found = _read(node, Reading(style), tried)
        if found.action is Action.FREE and law is not None:  # "In artikel 4 van de Woningwet …" (no opening line)
            named: list[Problem] = []
            if (retry := _read(node, Reading(style, None, law), named)).action is not Action.FREE:
                found, tried = retry, named
        if article is not None and (found.action is Action.FREE or _below_article(found.target)):
            again: list[Problem] = []
            retry = _read(node, Reading(style, article), again)
            if retry.action is not Action.FREE:
                found, tried = retry, again
        elif found.action is not Action.FREE and _below_article(found.target):
            why = "its place lies in an article that no change before it names"
            tried = [Problem(node.line, why)]
            found = _free(node.line, Reading(style), node.children, tried)
        problems.extend(tried)
        units = [part.unit for part in found.target.chain]
        if found.action is Action.FREE:
            article = None  # a change not read may have named another article: the next is not placed in the last
        elif "artikel" in units:
            article = Target(found.target.chain[: units.index("artikel") + 1])
        out.append(found)
    return tuple(out)


def _below_article(target: Target) -> bool:
    """Tell whether a place starts below an article ("het vierde lid"): relative to one."""
    return bool(target.chain) and UNIT_RANK.get(target.chain[0].unit, 0) > UNIT_RANK["artikel"]


def _tree(lines: list[Line]) -> list[_Node]:
    """Return the lines nested by depth: a line holds the deeper lines after it."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for line in lines:
        node = _Node(line)
        while stack and stack[-1].line.depth >= line.depth:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _read(node: _Node, reading: Reading, problems: list[Problem]) -> Instruction:
    line = node.line
    found = parse_instruction(line.sentence, line.payload, line.new_text, reading)
    if isinstance(found, Unparsed) and line.depth and line.sentence[:1].islower():
        # an older text goes on in lower case after the sentence that heads its steps ("Artikel 1
        # wordt als volgt gewijzigd: 1. na onderdeel d wordt … ingevoegd"); wetgen words it as a sentence
        capital = parse_instruction(line.sentence[:1].upper() + line.sentence[1:], line.payload, line.new_text, reading)
        found = found if isinstance(capital, Unparsed) else capital
    if not isinstance(found, Unparsed) and not found.target.chain and reading.base is None and "doel" in INSTRUCTION_KEYS[found.action]:
        # "De aanduiding «Hoofdstuk II. …» vervalt." with no place above it: words of no unit the draft can name
        found = Unparsed(line.sentence, f"read as '{found.action.value}', but it names no place to do it in")
    if not isinstance(found, Unparsed) and found.new and found.payload:
        # "Het opschrift … komt te luiden: HOOFDSTUK E Districten …" whose cut-off copy runs on into a unit: an
        # instruction holds new words or new units, never both
        found = Unparsed(line.sentence, "both new words and new units follow it")
    if isinstance(found, Unparsed) or (node.children and found.action is not Action.GROUP):
        why = found.why if isinstance(found, Unparsed) else "numbered changes follow a sentence that is no 'wordt als volgt gewijzigd:'"
        problems.append(Problem(line, why))
        return _free(line, reading, [c for c in node.children], problems)
    found = replace(found, loc=line.loc)
    if not node.children:
        return found
    inner = Reading(reading.style, found.target)
    return replace(found, children=tuple(_read(child, inner, problems) for child in node.children))


def _free(line: Line, reading: Reading, children: list[_Node], problems: list[Problem]) -> Instruction:
    """Return a line as vrije_tekst; numbered lines under it are kept in its text, labels and all."""
    text = line.sentence
    payload = line.payload
    lines = [deeper for child in children for deeper in _flat(child)]
    # the new units of several numbered changes are no one list ("b. Onderdeel j komt te luiden: j. …
    # c. Onderdeel l komt te luiden: l. …"): each is kept in the text at its place
    apart = sum(1 for x in (line, *lines) if x.payload) > 1
    for deeper in lines:
        text += f" {deeper.label}. {deeper.sentence}" if deeper.label else f" {deeper.sentence}"
        if apart:
            text += "".join(f" {_numbered(u)}" for u in deeper.payload)
        else:
            payload += deeper.payload
        if deeper.new_text:
            text += " " + " ".join(deeper.new_text.split("\n"))
        problems.append(Problem(deeper, "kept in the free text of the change above it"))
    if line.new_text:
        text += " " + " ".join(line.new_text.split("\n"))
    return Instruction(Action.FREE, reading.base or Target(), payload=payload, free_text=text, loc=line.loc)


def _numbered(unit: Unit, depth: int = 1) -> str:
    """Return a new unit's words as the text gives them, with every number in it ("j. toegang: …",
    "2. Het college kan: a. …; b. …", "Artikel 5 …", "Hoofdstuk 3A. Tijdelijke regels Artikel 3a.1 …")."""
    if isinstance(unit, Division):
        inner = " ".join(_numbered(c) for c in unit.children)
        return f"{unit.kind.capitalize()} {unit.number}. {unit.opschrift} {inner}".strip()
    if isinstance(unit, Article):
        inner = [unit.opschrift, unit.text, *(_numbered(i) for i in unit.items), *(_numbered(lid) for lid in unit.leden)]
        return " ".join(["Artikel", unit.number, *(p for p in inner if p)])
    label = item_label(unit.number, depth) if isinstance(unit, Item) else lid_label(unit.number)
    deeper = depth + 1 if isinstance(unit, Item) else 1
    return " ".join([label, unit.text, *(_numbered(i, deeper) for i in unit.items)]).strip()


def _flat(node: _Node) -> list[Line]:
    return [node.line, *(line for child in node.children for line in _flat(child))]


def _unfolded(only: Instruction, root: _Node) -> tuple[Instruction, ...]:
    """Return an onderdeel's instructions from its one top line: the changes under a heading of a
    bare article are the onderdeel's own when wetgen prints such changes under that heading."""
    group = only.action is Action.GROUP and len(only.children) >= 2 and not only.also
    if not group or only.target.parts() != (("artikel", only.target.artikel),) or only.target.artikel == "":
        return (only,)
    if len(only.target.chain) != 1:
        return (only,)
    if shared_article(only.children) != only.target.artikel:
        return (only,)
    return tuple(only.children)
