"""Amending articles in Akoma Ntoso: each wijzigingsopdracht as a `mod` holding its generated
sentence (quoted words as `quotedText` with their own quotation marks, new units as a
`quotedStructure`), the changes of a `wijzigen` as numbered points after its own mod, and what
each changes as `textualMod`s (one per change joined in the sentence, one destination per place
it names) for the `activeModifications` of the bill's `analysis`. Every eId is from
`wetgen.address`.
(`_sub` and `_p` are the builder's `sub` and `p` under the names this code had in akn.py.)
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from wetgen import address, ids
from wetgen.address import Address
from wetgen.amend.sentences import Piece
from wetgen.amend.wording import Worded, article_intro, onderdeel_label, word_onderdeel
from wetgen.model import Action, Article, Instruction, Target
from wetgen.render.akn.builder import element as new_element
from wetgen.render.akn.builder import p as _p
from wetgen.render.akn.builder import sub as _sub
from wetgen.render.akn.context import BillContext
from wetgen.source import UNKNOWN, SourceLocation

TEXTUAL_MOD_TYPES = {
    Action.REPLACE_WORDS: "substitution",
    Action.INSERT_WORDS: "insertion",
    Action.DELETE_WORDS: "repeal",
    Action.REPLACE: "substitution",
    Action.INSERT: "insertion",
    Action.ADD: "insertion",
    Action.DELETE: "repeal",
    Action.RENUMBER: "renumbering",
}


def amending_article(
    element: etree._Element, article: Article, own: Address, ctx: BillContext
) -> None:
    """Write an amending article: its intro (none when the law is named in its only change),
    then each onderdeel (lettered when there are several) with its wijzigingsopdrachten."""
    style = ctx.bill.style
    intro = article_intro(article, style)
    if intro:
        _p(_sub(element, "intro"), intro)
    for onderdeel in article.onderdelen:
        point = _sub(element, "point")
        place = address.onderdeel(own, onderdeel)
        ctx.mark(point, place.eid, onderdeel.loc)
        label = onderdeel_label(article, onderdeel, style)
        if label:
            _sub(point, "num", label)
        lines = _tree(list(word_onderdeel(onderdeel, style, article)))
        count = len(onderdeel.instructions)
        depth = address.change_depth(count)
        if count == 1:
            line, children = lines[0]
            _change(point, line, children, address.instruction(place, 1, 1), depth, article, ctx)
            continue
        if lines and lines[0][0].instruction is None:  # "Artikel 8 wordt als volgt gewijzigd:"
            _p(_sub(point, "intro"), lines[0][0].sentence)
            lines = lines[0][1]
        for n, (line, children) in enumerate(lines, start=1):
            sub = _sub(point, "point")
            ctx.mark(sub, address.numbered(place, n).eid, _loc(line))
            _sub(sub, "num", line.label)
            _change(sub, line, children, address.instruction(place, n, count), depth, article, ctx)


Node = tuple[Worded, list]  # a worded line and the lines numbered under it


def _tree(lines: list[Worded]) -> list[Node]:
    """Nest the flat worded lines by depth: each line with the lines numbered under it."""
    out: list[Node] = []
    while lines:
        line = lines.pop(0)
        below = []
        while lines and lines[0].depth > line.depth:
            below.append(lines.pop(0))
        out.append((line, _tree(below)))
    return out


def _change(holder: etree._Element, line: Worded, children: list[Node], own: Address, depth: int,
            article: Article, ctx: BillContext) -> None:  # fmt: skip
    """Fill the point of one change: its sentence as content, or, for a `wijzigen`, its sentence
    as intro and a numbered point per change inside it (1., 2. or a., b.)."""
    if not children:
        _mod_paragraph(_sub(holder, "content"), line, own, article, ctx)
        return
    _mod_paragraph(_sub(holder, "intro"), line, own, article, ctx)
    for n, (child, below) in enumerate(children, start=1):
        sub = _sub(holder, "point")
        ctx.mark(sub, address.nested_point(own, n, depth + 1).eid, _loc(child))
        _sub(sub, "num", child.label)
        _change(sub, child, below, address.nested(own, n, depth + 1), depth + 1, article, ctx)


def _loc(line: Worded) -> SourceLocation:
    return line.instruction.loc if line.instruction else UNKNOWN


def _mod_paragraph(
    content: etree._Element, line: Worded, own: Address, article: Article, ctx: BillContext
) -> None:
    p = _sub(content, "p")
    if line.instruction is None:
        p.text = line.sentence
        return
    mod = _sub(p, "mod")
    mod_eid = own.eid
    ctx.mark(mod, mod_eid, line.instruction.loc)
    quoted = _quoted_pieces(mod, line, mod_eid)
    structure = None
    if line.payload:
        new = address.quoted(own)
        structure = _sub(mod, "quotedStructure", eId=new.eid, startQuote="", endQuote="")
        for unit in line.payload:
            ctx.write_unit(structure, unit, new, ctx)
    ctx.mods.extend(_textual_mods(line.instruction, article, mod_eid, quoted, structure, len(ctx.mods)))


def _quoted_pieces(mod: etree._Element, line: Worded, mod_eid: str) -> dict[str, str]:
    """Fill `mod` with the sentence, each quoted piece (and new text after "luiden:") a
    quotedText with its own quotation marks; return the eIds by role ("old0", "new0", …)."""
    eids: dict[str, str] = {}
    last: etree._Element | None = None
    pieces = [*line.pieces] or [Piece(line.sentence)]
    if line.new_text:
        pieces += [Piece(" "), Piece(line.new_text, "new0")]
    count = 0
    for piece in pieces:
        if not piece.role:
            if last is None:
                mod.text = (mod.text or "") + piece.text
            else:
                last.tail = (last.tail or "") + piece.text
            continue
        count += 1
        eid = f"{mod_eid}__qtext_{count}"
        last = _sub(mod, "quotedText", piece.text, eId=eid, startQuote=piece.quotes[0], endQuote=piece.quotes[1])
        eids.setdefault(piece.role, eid)
    return eids


def _textual_mods(instruction: Instruction, article: Article, mod_eid: str, quoted: dict[str, str],
                  structure: etree._Element | None, count: int) -> list[etree._Element]:  # fmt: skip
    """Return the textualMods of a mod: one per change of words joined in the sentence, each
    with a destination per place the sentence names."""
    if instruction.action not in TEXTUAL_MOD_TYPES or article.amends is None:
        return []
    mods = []
    for n, clause in enumerate((instruction, *instruction.joined)):
        kind = TEXTUAL_MOD_TYPES[clause.action]
        element = new_element("textualMod", type=kind, eId=f"amod_{count + n + 1}")
        _sub(element, "source", href="#" + mod_eid)
        for place in _single_places(instruction.places):
            destination = _sub(element, "destination", href=_destination(article, place))
            position = _position(clause)
            if position:
                destination.set("pos", position)
        old, new = _old_new(clause, n, quoted, structure)
        for tag, eid in (("old", old), ("new", new)):
            if eid:
                _sub(element, tag, href="#" + eid)
        mods.append(element)
    return mods


def _single_places(places: tuple[Target, ...]) -> list[Target]:
    """Return one place per unit named: "het derde en vierde lid" is two destinations."""
    out = []
    for place in places:
        if not place.chain:
            continue
        last = place.chain[-1]
        for number in last.numbers or ("",):
            out.append(Target((*place.chain[:-1], replace(last, numbers=(number,), through=False))))
    return out


def _destination(article: Article, target: Target) -> str:
    law = article.amends
    bwb = law.bwb if law and law.bwb else ids.slug(law.citeertitel if law else "wet")
    return ids.juriconnect(bwb, target)


def _position(instruction: Instruction) -> str:
    if instruction.action is Action.INSERT:
        return "before" if instruction.before else "after"
    if instruction.action is Action.ADD:
        return "end"
    return ""


def _old_new(clause: Instruction, n: int, quoted: dict[str, str], structure: etree._Element | None) -> tuple[str, str]:
    new_structure = structure.get("eId") if structure is not None else ""
    old, new = quoted.get(f"old{n}", ""), quoted.get(f"new{n}", "")
    if clause.action is Action.REPLACE_WORDS:
        return old, new
    if clause.action is Action.INSERT_WORDS:
        return "", new
    if clause.action is Action.DELETE_WORDS:
        return old, ""
    return "", new_structure or new
