"""The nota van wijziging as a Word document in the house style of the reference .docx.

The layout has no ARTIKEL headings: the Kamerstuk heading (chamber, vergaderjaar, dossier, the
bill's opschrift, "Nr."), the title "NOTA VAN WIJZIGING", the opening "Het voorstel van wet
wordt als volgt gewijzigd:", the lettered onderdelen A, B, … with their sentences, the new text
after "luidende:" in the styles of the wetsvoorstel, the toelichting per onderdeel in the MvT's
styles (real footnotes included), and the minister's signature. The writer is the
wetsvoorstel's `BillWriter`, whose `onderdeel`, `worded` and `payload` write the new text
exactly as the bill prints it; the toelichting is written by the MvT's writer.
"""

from __future__ import annotations

from wetgen import ids
from wetgen.amend import wording
from wetgen.amend.instructions import NotaUnit
from wetgen.diff.changes import ChangeSet
from wetgen.diff.nota import OPENING, NotaItem, nota_items
from wetgen.diff.nota_parts import (
    NO_DOSSIER,
    KamerstukHeading,
    NotaExplanation,
    kamerstuk_heading,
    nota_explanations,
)
from wetgen.diff.nota_parts import TITLE as EXPLANATION_TITLE
from wetgen.model import AmendingOnderdeel, Article, Bill, Instruction
from wetgen.render.bill_writer import BillWriter, article_title
from wetgen.render.docx import Reference, finish, open_reference
from wetgen.render.mvt_docx import MvtWriter

TITLE = "NOTA VAN WIJZIGING"
UNCHANGED = "Het voorstel van wet wordt niet gewijzigd."


def render_nota_docx(
    old: Bill,
    new: Bill,
    changes: ChangeSet,
    reference: Reference = None,
    *,
    heading: KamerstukHeading | None = None,
) -> bytes:
    """Return the nota van wijziging that turns OLD into NEW as a .docx (deterministic), under
    the Kamerstuk heading `heading` (default: from NEW)."""
    items = nota_items(old, new, changes)
    document = open_reference(reference)
    writer = NotaWriter(document.styles, new.is_amending_law, new.style)
    writer.out = document.body
    writer.kamerstuk(heading or kamerstuk_heading(new))
    writer.nota(new, items)
    if items:
        writer.toelichting(nota_explanations(items, new, changes), MvtWriter(document))
    writer.signature(new)
    return finish(document, new, "Nota van wijziging")


class NotaWriter(BillWriter):
    """Writes the nota: title, opening, lettered onderdelen and the ondertekening."""

    base = 0  # the indent of new text after "luidende:", in twips

    def kamerstuk(self, heading: KamerstukHeading) -> None:
        """Write the Kamerstuk heading: chamber, vergaderjaar, dossier, opschrift and Nr."""
        chamber, year, _, number = heading.lines()
        self.text("Normal", chamber, keep_next=True)
        self.text("Normal", year, keep_next=True)
        self.text("Normal", heading.dossier or NO_DOSSIER, keep_next=True)
        self.text("Opschrift", heading.title, keep_next=True)
        self.text("Normal", number.removesuffix(heading.kind).strip(), keep_next=True)

    def nota(self, bill: Bill, items: list[NotaItem]) -> None:
        """Write the title, the opening and the lettered onderdelen of the nota van wijziging."""
        self.text("Voorstel van wet", TITLE)
        self.text("Wijzigingsopdracht", OPENING if items else UNCHANGED)
        for n, item in enumerate(items, start=1):
            self.text("Onderdeelletter", ids.onderdeel_letter(n), keep_next=True)
            self.text("Wijzigingsopdracht", item.sentence, keep_next=bool(item.content))
            self.new_text(item)

    def toelichting(self, entries: tuple[NotaExplanation, ...], mvt: MvtWriter) -> None:
        """Write the toelichting: its title, then per onderdeel a heading and its text."""
        self.text("Normal", "")  # the space a Kamerstuk leaves above its toelichting
        self.text("Voorstel van wet", EXPLANATION_TITLE, keep_next=True)
        for entry in entries:
            self.heading(2, entry.heading)
            mvt.markdown(entry.markdown, 3, None)
            self.out.extend(mvt.out)
            mvt.out.clear()

    def signature(self, bill: Bill) -> None:
        """Write the ondertekening."""
        self.text("Ondertekening", "")
        for signatory in bill.signatories:
            self.text("Ondertekening", signatory)

    def new_text(self, item: NotaItem) -> None:
        """Write the text after "luidende:" from the new units, or its printed lines."""
        units = [u for edit in item.edits for u in edit.units] if item.content else []
        if not units:
            for line in item.content:
                self.text("Nieuw artikel", line)
            return
        self.base = self.shift = self.styles.indent("Wijziging genummerd")[0]
        for unit in units:
            self.unit(unit)
        self.base = self.shift = 0

    def unit(self, unit: NotaUnit) -> None:
        """Write one new unit of the bill without quotes, as the wetsvoorstel prints it."""
        if isinstance(unit, AmendingOnderdeel):
            self.onderdeel(unit, self.base)
        elif isinstance(unit, Instruction):
            self.text("Wijzigingsopdracht", wording.sentence(unit, style=self.style))
            for payload in unit.payload:
                self.payload(payload)
        elif isinstance(unit, Article) and (unit.is_amending or ids.roman_value(unit.number)):
            self.text("Nieuw artikel", article_title(unit, True), keep_next=True)
            if unit.is_amending:
                self.amending(unit)
            else:
                self.content(unit)
        else:
            self.payload(unit)
