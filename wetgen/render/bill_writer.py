"""The wetsvoorstel paragraph by paragraph: `BillWriter` and the paragraphs it makes.

`BillWriter` walks a bill (opschrift, aanhef, lichaam, slotformulier, ondertekening) and turns
every line into a `Para`: a style name, a designation and a text. By default each `Para`
becomes a Word paragraph (`out`), but a subclass can take them as data instead. The hooks:

- `paragraph(para)`: every paragraph; the default appends its XML to `out`;
- `enter(mark)` / `leave(mark)`: around the paragraphs of each unit (division, article, lid,
  list item, amending onderdeel, instruction, and the slot); the defaults do nothing;
- `worded(line, base)`: each worded line of an amending onderdeel with its new units;
- `payload(unit)`: each new unit after a "…, luidende:" sentence.

The redline records paragraphs by unit through `paragraph`/`enter`/`leave`; the nota van
wijziging reuses `onderdeel`, `worded` and `payload` for the new text it quotes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wetgen import ids
from wetgen.amend import wording
from wetgen.formulas import (
    CONSIDERANS_INTRO,
    GEGEVEN,
    aanhef,
    doc_type,
    enacting_formula,
    slotformulier,
)
from wetgen.model import AmendingOnderdeel, Article, Bill, Division, Item, Lid, Style, Unit
from wetgen.typography import typographic
from wetgen.word import StyleMap, xml

HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Heading 4")
_WS = re.compile(r"[ \t\r\n\f\v]+")


class Para(NamedTuple):
    """One paragraph as the bill writer makes it: style name, designation, text, layout.

    Paragraphs are named tuples, immutable like frozen dataclasses but much quicker to make:
    a large bill has tens of thousands of them.
    """

    style: str
    label: str
    text: str
    labelled: bool = False  # a designation and a tab come before the text
    keep_next: bool = False
    shift: int = 0  # extra left indent in twips (new text under a numbered instruction)

    def plain(self) -> str:
        """Return the paragraph's text as Word shows it, the tab included."""
        return f"{self.label}\t{self.text}" if self.labelled else self.text


class UnitMark(NamedTuple):
    """A unit the writer enters: its kind, its number and the model object (if any).

    `kind` is "division", "article", "lid", "item", "onderdeel" (of an amending article),
    "instruction" (numbered from 1 within its onderdeel, or within the `wijzigen` it is a
    change of) or "slot" (slotformulier and ondertekening). `depth` is the depth an
    instruction prints at (0 unnumbered, 1 for 1., 2., 2 for a., b. inside those).
    """

    kind: str
    number: str
    unit: object = None
    depth: int = 0


SLOT = UnitMark("slot", "")
# tuple.__new__ skips a named tuple's own __new__, written in Python: a bill writes tens of
# thousands of paragraphs, and that call was a third of the cost of making one
_new = tuple.__new__


def clean(text: str) -> str:
    """Collapse runs of white space (not non-breaking spaces) and strip the ends."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text:
        text = _WS.sub(" ", text)
    return text.strip()


def full_opschrift(bill: Bill) -> str:
    """Return the opschrift with the citeertitel in brackets (Ar 4.4) unless already there."""
    opschrift = clean(bill.opschrift)
    if bill.citeertitel and bill.citeertitel not in opschrift:
        return f"{opschrift} ({clean(bill.citeertitel)})"
    return opschrift


def considerans_text(considerans: tuple[str, ...]) -> str:
    """Return the considerans as one sentence: "Alzo Wij in overweging genomen hebben, dat …;"."""
    clauses = [clean(c).rstrip(".;,") + ";" for c in considerans if clean(c)]
    return " ".join([CONSIDERANS_INTRO, *clauses])


def article_title(article: Article, amending_law: bool) -> str:
    """Return an article's heading line: "ARTIKEL I" or "Artikel 1. Opschrift"."""
    heading = ids.article_heading(article.number, amending_law)
    return f"{heading}. {clean(article.opschrift)}" if article.opschrift else heading


def division_heading(division: Division) -> str:
    """Return a division's heading line: "Hoofdstuk 2. Opschrift"."""
    label = f"{division.kind.capitalize()} {division.number}"
    return f"{label}. {clean(division.opschrift)}" if division.opschrift else label


def plain_runs(para: Para) -> str:
    """Return the run XML of a paragraph: its designation and a tab when labelled, its text."""
    if para.labelled:
        return xml.labelled_runs(para.label, para.text)
    return xml.text_run(para.text)


def paragraph_xml(para: Para, styles: StyleMap, runs: str, *, mark: str = "",
                  change: str = "") -> str:  # fmt: skip
    """Return a paragraph in the style, keep-with-next and indent of `para`, holding `runs`."""
    indent = None
    if para.shift:
        left, hanging = styles.indent(para.style)
        indent = (left + para.shift, hanging)
    return xml.paragraph(styles[para.style], runs, keep_next=para.keep_next, indent=indent,
                         mark=mark, change=change)  # fmt: skip


class BillWriter:
    """Writes the wetsvoorstel: opschrift, aanhef, lichaam, slotformulier, ondertekening."""

    def __init__(self, styles: StyleMap, amending_law: bool, style: Style | None = None) -> None:
        self.styles = styles
        self.amending_law = amending_law
        self.style = style or Style()  # how the bill prints its wijzigingsopdrachten
        self.out: list[str] = []
        self.shift = 0  # extra left indent in twips, for new text under a numbered instruction
        # units are marked only for a subclass that listens: a bill has tens of thousands
        cls = type(self)
        self.marking = cls.enter is not BillWriter.enter or cls.leave is not BillWriter.leave

    # --- hooks ----------------------------------------------------------------------------

    def paragraph(self, para: Para) -> None:
        """Take every paragraph the writer makes; by default append it to `out` as Word XML."""
        runs = (
            xml.labelled_runs(para.label, para.text) if para.labelled else xml.text_run(para.text)
        )
        if para.shift:
            self.out.append(paragraph_xml(para, self.styles, runs))
        else:  # the common case, without the indent lookup
            self.out.append(xml.paragraph(self.styles[para.style], runs, keep_next=para.keep_next))

    def enter(self, mark: UnitMark) -> None:
        """Mark the start of a unit's paragraphs; does nothing by default.

        `enter` and `leave` are only called when a subclass overrides one of them.
        """

    def leave(self, mark: UnitMark) -> None:
        """Mark the end of a unit's paragraphs (and of its children's); does nothing by default."""

    def mark_enter(self, mark: UnitMark) -> UnitMark | None:
        """Call `enter` for a unit when a subclass listens; return the mark to leave with."""
        if not self.marking:
            return None
        self.enter(mark)
        return mark

    def mark_leave(self, mark: UnitMark | None) -> None:
        """Call `leave` for a unit entered with `mark_enter`."""
        if mark is not None:
            self.leave(mark)

    # --- paragraphs -----------------------------------------------------------------------

    def text(self, style: str, text: str, *, keep_next: bool = False) -> None:
        """Add a paragraph holding plain text."""
        self.paragraph(_new(Para, (style, "", typographic(clean(text)), False, keep_next, self.shift)))

    def labelled(self, style: str, label: str, text: str) -> None:
        """Add a paragraph with a designation, a tab and the text (hanging indent in the style)."""
        self.paragraph(_new(Para, (style, label, typographic(clean(text)), True, False, self.shift)))

    def heading(self, level: int, text: str) -> None:
        """Add a real Word heading (Heading 1–4) holding literal text."""
        self.text(HEADINGS[min(max(level, 1), len(HEADINGS)) - 1], text)

    # --- the bill -------------------------------------------------------------------------

    def bill(self, bill: Bill) -> None:
        """Write the whole wetsvoorstel."""
        self.style = bill.style
        self.text("Opschrift", full_opschrift(bill), keep_next=True)
        self.text("Voorstel van wet", doc_type(bill.formulier))
        self.aanhef(bill)
        for node in bill.body:
            self.node(node, 1)
        self.slot(bill)

    def aanhef(self, bill: Bill) -> None:
        """Write the aanhef in its fixed wording, with the bill's considerans."""
        for line in aanhef(bill.formulier):
            self.text("Aanhef", line)
        self.text("Aanhef", considerans_text(bill.considerans))
        self.text("Aanhef", enacting_formula(bill.formulier))

    def slot(self, bill: Bill) -> None:
        """Write the slotformulier and the ondertekening with a blank date."""
        self.mark_enter(SLOT)
        self.text("Slotformulier", slotformulier(bill.formulier))
        self.text("Ondertekening", GEGEVEN)
        for signatory in bill.signatories:
            self.text("Ondertekening", signatory)
        self.mark_leave(SLOT)

    def node(self, node: Division | Article, level: int) -> None:
        """Write a division (with its children one level down) or an article."""
        mark = self.mark_enter(_mark(node)) if self.marking else None
        if isinstance(node, Division):
            self.heading(level, division_heading(node))
            for child in node.children:
                self.node(child, level + 1)
        else:
            self.heading(level, article_title(node, self.amending_law))
            if node.is_amending:
                self.amending(node)
            else:
                self.content(node)
        self.mark_leave(mark)

    def content(self, article: Article) -> None:
        """Write an article's text with its list, or its leden."""
        if article.text or not article.leden:
            self.text("Artikeltekst", article.text)
            self.items(article.items, 1)
        for lid in article.leden:
            self.lid(lid)

    def lid(self, lid: Lid) -> None:
        """Write a lid with its number as a hanging designation, then its list items."""
        mark = self.mark_enter(UnitMark("lid", lid.number, lid)) if self.marking else None
        self.labelled("Lid", ids.lid_label(lid.number), lid.text)
        self.items(lid.items, 1)
        self.mark_leave(mark)

    def items(self, items: tuple[Item, ...], depth: int) -> None:
        """Write list onderdelen (depth 1) and subonderdelen (depth 2 and deeper)."""
        style = "Onderdeel" if depth == 1 else "Subonderdeel"
        for item in items:
            mark = self.mark_enter(UnitMark("item", item.number, item)) if self.marking else None
            self.labelled(style, ids.item_label(item.number, depth), item.text)
            self.items(item.items, depth + 1)
            self.mark_leave(mark)

    def amending(self, article: Article) -> None:
        """Write an amending article: the opening line (none when its only change names the
        law), then each onderdeel."""
        intro = wording.article_intro(article, self.style)
        if intro:
            self.text("Wijzigingsopdracht", intro)
        for onderdeel in article.onderdelen:
            self.onderdeel(onderdeel, 0, article)

    def onderdeel(self, onderdeel: AmendingOnderdeel, base: int = 0, article: Article | None = None) -> None:
        """Write an amending onderdeel: its letter (none when it is the only one of `article`),
        then its worded lines indented from `base`, a `wijzigen` around its changes."""
        mark = self.mark_enter(UnitMark("onderdeel", onderdeel.number, onderdeel))
        label = wording.onderdeel_label(article, onderdeel, self.style) if article is not None else onderdeel.number
        if label:
            self.text("Onderdeelletter", label, keep_next=True)
        open_marks: list[tuple[int, UnitMark | None]] = []  # the instructions entered, by depth
        counts = [0]  # the changes numbered so far in the onderdeel and in each open `wijzigen`
        for line in wording.word_onderdeel(onderdeel, self.style, article):
            if line.instruction is not None:
                while open_marks and open_marks[-1][0] >= line.depth:
                    self.mark_leave(open_marks.pop()[1])
                    counts.pop()
                counts[-1] += 1
                step = UnitMark("instruction", str(counts[-1]), line.instruction, line.depth)
                open_marks.append((line.depth, self.mark_enter(step)))
                counts.append(0)
            self.worded(line, base)
        while open_marks:
            self.mark_leave(open_marks.pop()[1])
        self.mark_leave(mark)

    def worded(self, line: wording.Worded, base: int = 0) -> None:
        """Write one worded line of an onderdeel and the new text after it, indented from `base`
        (a nested change, a. or b., one step further in)."""
        step = self.styles.indent("Wijziging genummerd")[0] if line.depth else 0
        self.shift = base + step * max(line.depth - 1, 0)
        if line.depth and line.label:
            self.labelled("Wijziging genummerd", line.label, line.sentence)
        else:
            self.text("Wijzigingsopdracht", line.sentence)
        self.shift = base + step * line.depth
        for new_line in line.new_text.splitlines():
            self.text("Artikeltekst", new_line)
        for unit in line.payload:
            self.payload(unit)
        self.shift = base

    def payload(self, unit: Unit) -> None:
        """Write a new unit after a '…, luidende:' sentence, without quotes."""
        if isinstance(unit, Division):
            mark = self.mark_enter(_mark(unit))
            self.text("Nieuw artikel", division_heading(unit), keep_next=True)
            for child in unit.children:
                self.payload(child)
            self.mark_leave(mark)
        elif isinstance(unit, Article):
            mark = self.mark_enter(_mark(unit))
            self.text("Nieuw artikel", article_title(unit, False), keep_next=True)
            self.content(unit)
            self.mark_leave(mark)
        elif isinstance(unit, Lid):
            self.lid(unit)
        else:
            self.items((unit,), 2 if unit.number.isdigit() else 1)


def _mark(node: Division | Article) -> UnitMark:
    return UnitMark("division" if isinstance(node, Division) else "article", node.number, node)
