"""Articles the model cannot hold as read, made whole: real sources (a database's copy, an
excerpt cut off, a table read as text, changes numbered 1°.) give articles with a text and
leden, with a heading only, or a group of changes with none under it. Each repair keeps every
word (as text, or as a comment in the draft) and says so in a warning."""

from __future__ import annotations

from dataclasses import replace

from wetgen.amend.wording import sentence
from wetgen.importer.report import Notes
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Division,
    Instruction,
    Item,
    Style,
    Unit,
)


def repair_body(body: tuple[Division | Article, ...], notes: Notes, style: Style) -> tuple[Division | Article, ...]:
    """Return the bill's body with every article made whole; headings without any text left out."""
    return _Repair(notes, style).nodes(body, payload=False)


class _Repair:
    def __init__(self, notes: Notes, style: Style) -> None:
        self.notes, self.style = notes, style

    def nodes(self, nodes: tuple[Unit, ...], payload: bool) -> tuple[Unit, ...]:
        kept: list[Unit] = []
        for node in nodes:
            if isinstance(node, Division):  # (one without articles is a new division's heading)
                kept.append(replace(node, children=self.nodes(node.children, payload)))  # type: ignore[arg-type]
            elif isinstance(node, Article):
                article = self.article(node, payload)
                kept += [article] if article is not None else []
            else:
                kept.append(node)
        return tuple(kept)

    def article(self, article: Article, payload: bool) -> Article | None:
        if article.onderdelen:
            return replace(article, onderdelen=tuple(self.onderdeel(o) for o in article.onderdelen))
        if article.leden and (article.text or article.items):
            # a database's note ("[Wijzigt de Wet X.]") or a lost heading puts text before the leden
            lines = [article.text] if article.text else []
            lines += [line for item in article.items for line in _item_lines(item)]
            self.notes.keep(article.text_loc, "\n".join(lines), f"artikel {article.number}: text beside its leden")
            return replace(article, text="", items=())
        if article.text or article.leden:
            return article
        if article.items and not article.opschrift:  # "Artikel 306\n\na.\n\nHij die …": a copy that split the number
            self.notes.warn(article.loc, f"artikel {article.number}: only lettered items under its heading; read as its text")
            return replace(article, text=" ".join(line for item in article.items for line in _item_lines(item)), items=())
        if article.opschrift:
            # the only line under the heading ("Deze wet treedt in werking …" cut off, "[Vervallen]")
            self.notes.warn(article.loc, f"artikel {article.number}: its only line read as its text")
            return replace(article, opschrift="", text=article.opschrift)
        where = "new text of an instruction" if payload else "the bill"
        self.notes.keep(article.loc, f"Artikel {article.number}", f"an article heading without text in {where}, left out")
        return None

    def onderdeel(self, onderdeel: AmendingOnderdeel) -> AmendingOnderdeel:
        return replace(onderdeel, instructions=tuple(self.instruction(i) for i in onderdeel.instructions))

    def instruction(self, instruction: Instruction) -> Instruction:
        children = tuple(self.instruction(c) for c in instruction.children)
        joined = tuple(self.instruction(j) for j in instruction.joined)
        if instruction.action is Action.GROUP and not children:
            # "Artikel 16 wordt gewijzigd als volgt:" with none of its changes read under it
            # (numbered 1°., or cut off): the sentence stays as free text, the changes after it
            self.notes.warn(instruction.loc, "a group of changes without changes under it; kept as vrije_tekst")
            return _free(instruction, sentence(instruction, style=self.style))
        payload = self.nodes(instruction.payload, payload=True)
        if instruction.action in (Action.REPLACE, Action.INSERT, Action.ADD) and not payload and not instruction.new:
            # "Artikel 2.3 komt te luiden:" or "Na artikel 306 wordt een artikel ingevoegd, luidende:" whose new text
            # was not read under it (a copy that lost its layout, split "Artikel 306\n\na.", or cut off): the sentence
            # stays as free text, the text after it where it was read
            what = "a replacement" if instruction.action is Action.REPLACE else "an insertion"
            self.notes.warn(instruction.loc, f"{what} without its new text under it; kept as vrije_tekst")
            return _free(instruction, sentence(instruction, style=self.style), children, joined)
        return replace(instruction, payload=payload, children=children, joined=joined)


def _free(instruction: Instruction, text: str, children: tuple = (), joined: tuple = ()) -> Instruction:
    """Return an instruction kept as the sentence it is, without the choices of the wording it was read as ("vorm:
    als_volgt" of "komt als volgt te luiden" has no meaning for vrije_tekst)."""
    return Instruction(Action.FREE, instruction.target, free_text=text, loc=instruction.loc,
                       children=children, joined=joined)  # fmt: skip


def _item_lines(item: Item) -> list[str]:
    return [f"{item.number}. {item.text}", *(line for sub in item.items for line in _item_lines(sub))]
