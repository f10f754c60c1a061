"""The furniture of a Kamerstuk: the heading block above the voorstel van wet and the memorie
van toelichting, and the running header that cites the stuk.

As the Kamerstukken print it: the chamber and the vergaderjaar, then the dossiernummer before
the opschrift and "Nr. 2" before the document's kind, both with the text hanging after a tab,
and on every page "Tweede Kamer, vergaderjaar 2026–2027, 36 900, nr. 3". Only a bill with
`kamerstuk:` gets it; a bill not yet submitted has no dossier.
"""

from __future__ import annotations

from wetgen.model import Bill, Kamerstuk
from wetgen.render.bill_writer import full_opschrift
from wetgen.typography import typographic
from wetgen.word import StyleMap, xml

HANG = 1701  # twips (3 cm): where the opschrift and the kind start, after the number
BILL_KIND = "Voorstel van wet"
MVT_KIND = "Memorie van toelichting"


def heading_block(bill: Bill, kind: str, kind_style: str, styles: StyleMap) -> list[str]:
    """Return the heading paragraphs of the bill's document of `kind` ("Voorstel van wet",
    "Memorie van toelichting"), which replace its opschrift and kind lines."""
    stuk = bill.kamerstuk
    if stuk is None:
        return []
    hanging = (HANG, HANG)
    return [
        xml.paragraph(styles["Normal"], xml.text_run(stuk.chamber, bold=True), keep_next=True),
        xml.paragraph(styles["Normal"], xml.text_run(f"Vergaderjaar {stuk.vergaderjaar}"), keep_next=True),
        xml.paragraph(styles["Opschrift"], xml.text_run(f"{stuk.dossier}\t{typographic(full_opschrift(bill))}"),
                      keep_next=True, indent=hanging, align="left"),  # fmt: skip
        xml.paragraph(styles[kind_style], xml.uncapped_run(f"Nr. {number(stuk, kind)}") + xml.text_run(f"\t{kind}"),
                      indent=hanging, align="left"),  # fmt: skip
    ]


def number(stuk: Kamerstuk, kind: str) -> str:
    """Return the stuk's number in the dossier for a document of `kind`."""
    return stuk.mvt_number if kind == MVT_KIND else stuk.number


def running_header(bill: Bill, kind: str) -> list[str]:
    """Return the header line citing the stuk ("Tweede Kamer, vergaderjaar …, 36 900, nr. 2"),
    or [] for a bill without kamerstuk and for other documents (a nota has a number of its own)."""
    stuk = bill.kamerstuk
    if stuk is None or kind not in (BILL_KIND, MVT_KIND):
        return []
    chamber = stuk.chamber.split(" der ")[0]
    return [f"{chamber}, vergaderjaar {stuk.vergaderjaar}, {stuk.dossier}, nr. {number(stuk, kind)}"]
