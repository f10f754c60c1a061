"""Amending articles in Akoma Ntoso: each wijzigingsopdracht as a `mod` holding its generated
sentence (quoted words as `quotedText`, new units as a `quotedStructure`), and what it changes
as a `textualMod` for the `activeModifications` of the bill's `analysis`.
(`_sub` and `_p` are the builder's `sub` and `p` under the names this code had in akn.py.)
"""

from __future__ import annotations

import re

from lxml import etree

from wetgen import address, ids
from wetgen.address import Address
from wetgen.amend.wording import Worded, article_intro, word_onderdeel
from wetgen.model import Action, Article, Instruction, Target
from wetgen.render.akn.builder import element as new_element
from wetgen.render.akn.builder import p as _p
from wetgen.render.akn.builder import sub as _sub
from wetgen.render.akn.context import BillContext
from wetgen.source import UNKNOWN

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
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|„([^”"]*)[”"]')


def amending_article(
    element: etree._Element, article: Article, own: Address, ctx: BillContext
) -> None:
    """Write an amending article: its intro, then each onderdeel with its wijzigingsopdrachten."""
    _p(_sub(element, "intro"), article_intro(article))
    for onderdeel in article.onderdelen:
        point = _sub(element, "point")
        place = address.onderdeel(own, onderdeel)
        ctx.mark(point, place.eid, onderdeel.loc)
        _sub(point, "num", onderdeel.number)
        _worded_lines(point, word_onderdeel(onderdeel), place, article, ctx)


def _worded_lines(
    point: etree._Element,
    lines: tuple[Worded, ...],
    place: Address,
    article: Article,
    ctx: BillContext,
) -> None:
    numbered = [w for w in lines if w.depth > 0]
    if not numbered:
        content = _sub(point, "content")
        count = sum(1 for line in lines if line.instruction is not None)
        for n, line in enumerate(lines, start=1):
            _mod_paragraph(content, line, address.instruction(place, n, count), article, ctx)
        return
    intro = _sub(point, "intro")
    for line in lines:
        if line.depth == 0:
            _p(intro, line.sentence)
    for n, line in enumerate(numbered, start=1):
        sub = _sub(point, "point")
        ctx.mark(
            sub,
            address.numbered(place, n).eid,
            line.instruction.loc if line.instruction else UNKNOWN,
        )
        if line.label:
            _sub(sub, "num", line.label)
        mod = address.instruction(place, n, len(numbered))
        _mod_paragraph(_sub(sub, "content"), line, mod, article, ctx)


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
    quoted = _quoted_sentence(mod, line.sentence, mod_eid)
    structure = None
    if line.payload:
        new = address.quoted(own)
        structure = _sub(mod, "quotedStructure", eId=new.eid, startQuote="", endQuote="")
        for unit in line.payload:
            ctx.write_unit(structure, unit, new, ctx)
    textual = _textual_mod(line.instruction, article, mod_eid, quoted, structure, len(ctx.mods) + 1)
    if textual is not None:
        ctx.mods.append(textual)


def _quoted_sentence(mod: etree._Element, sentence: str, mod_eid: str) -> list[str]:
    """Fill `mod` with the sentence, turning each quoted phrase into quotedText; return their eIds."""
    eids: list[str] = []
    position, last = 0, None
    for match in _QUOTED.finditer(sentence):
        before = sentence[position : match.start()]
        if last is None:
            mod.text = before
        else:
            last.tail = before
        open_quote, close_quote = match.group(0)[0], match.group(0)[-1]
        words = next(g for g in match.groups() if g is not None)
        eid = f"{mod_eid}__qtext_{len(eids) + 1}"
        last = _sub(mod, "quotedText", words, eId=eid, startQuote=open_quote, endQuote=close_quote)
        eids.append(eid)
        position = match.end()
    rest = sentence[position:]
    if last is None:
        mod.text = rest
    else:
        last.tail = rest
    return eids


def _textual_mod(instruction: Instruction, article: Article, mod_eid: str, quoted: list[str],
                 structure: etree._Element | None, n: int) -> etree._Element | None:  # fmt: skip
    kind = TEXTUAL_MOD_TYPES.get(instruction.action)
    if kind is None or article.amends is None:
        return None
    element = new_element("textualMod", type=kind, eId=f"amod_{n}")
    _sub(element, "source", href="#" + mod_eid)
    destination = _sub(element, "destination", href=_destination(article, instruction.target))
    position = _position(instruction)
    if position:
        destination.set("pos", position)
    old, new = _old_new(instruction, quoted, structure)
    for tag, eid in (("old", old), ("new", new)):
        if eid:
            _sub(element, tag, href="#" + eid)
    return element


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


def _old_new(
    instruction: Instruction, quoted: list[str], structure: etree._Element | None
) -> tuple[str, str]:
    new_structure = structure.get("eId") if structure is not None else ""
    action = instruction.action
    if action is Action.REPLACE_WORDS and len(quoted) >= 2:
        return quoted[-2], quoted[-1]
    if action is Action.INSERT_WORDS and quoted:
        return "", quoted[-1]
    if action is Action.DELETE_WORDS and quoted:
        return quoted[-1], ""
    return "", new_structure or ""
