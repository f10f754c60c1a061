"""The nota van wijziging as a Word document in the house style of the reference .docx.

The layout has no ARTIKEL headings: the bill's opschrift, the title "NOTA VAN WIJZIGING", the
opening "Het voorstel van wet wordt als volgt gewijzigd:", the lettered onderdelen A, B, …
with their sentences, the new text after "luidende:" in the styles of the wetsvoorstel, and
the minister's signature. The writer is the wetsvoorstel's `BillWriter`, whose `onderdeel`,
`worded` and `payload` write the new text exactly as the bill prints it.
"""

from __future__ import annotations

from wetgen import ids
from wetgen.amend import wording
from wetgen.amend.instructions import NotaUnit
from wetgen.diff.changes import ChangeSet
from wetgen.diff.nota import OPENING, NotaItem, nota_items
from wetgen.model import AmendingOnderdeel, Article, Bill, Instruction
from wetgen.render.bill_writer import BillWriter, article_title, full_opschrift
from wetgen.render.docx import Reference, finish, open_reference

TITLE = "NOTA VAN WIJZIGING"
UNCHANGED = "Het voorstel van wet wordt niet gewijzigd."


def render_nota_docx(
    old: Bill, new: Bill, changes: ChangeSet, reference: Reference = None
) -> bytes:
    """Return the nota van wijziging that turns OLD into NEW as a .docx (deterministic)."""
    items = nota_items(old, new, changes)
    document = open_reference(reference)
    writer = NotaWriter(document.styles, new.is_amending_law, new.style)
    writer.out = document.body
    writer.nota(new, items)
    return finish(document, new, "Nota van wijziging")


class NotaWriter(BillWriter):
    """Writes the nota: title, opening, lettered onderdelen and the ondertekening."""

    base = 0  # the indent of new text after "luidende:", in twips

    def nota(self, bill: Bill, items: list[NotaItem]) -> None:
        """Write the whole nota van wijziging for the bill as amended."""
        self.text("Opschrift", full_opschrift(bill), keep_next=True)
        self.text("Voorstel van wet", TITLE)
        self.text("Wijzigingsopdracht", OPENING if items else UNCHANGED)
        for n, item in enumerate(items, start=1):
            self.text("Onderdeelletter", ids.onderdeel_letter(n), keep_next=True)
            self.text("Wijzigingsopdracht", item.sentence, keep_next=bool(item.content))
            self.new_text(item)
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
