"""How an imported bill is compared with the bill it was built from.

Two things cannot come back yet, and the comparison says so instead of hiding it:

- keys: no output format carries them (the Word round trip with stable keys comes later);
- amendment instructions: until the instruction parser exists they come back as vrije_tekst,
  so each onderdeel is compared by its *wording*: the printed lines (label, sentence, payload)
  that wetgen.amend.wording makes of the original instructions and of the imported ones in
  their article and in the bill's style (the only change of an article names the law itself;
  the quotation marks and the colon form are the bill's), with white space collapsed (no format keeps a space at the start of a sentence).

Other fields a format does not carry are named per format (`carried`), and only then copied
from the original before comparing.
"""

from __future__ import annotations

from dataclasses import replace

from wetgen.amend.wording import word_onderdeel
from wetgen.model import (
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Item,
    Lid,
    Style,
    Toelichting,
    Unit,
)
from wetgen.prose.markdown_in import parse_markdown

DEFAULT_STYLE = Style()


def canon(bill: Bill, *, toelichting: bool = True, bwb: bool = True) -> tuple:
    """Return a bill as nested tuples without keys, instructions as their wording."""
    algemeen = prose(bill.toelichting.algemeen) if toelichting else ()
    return (
        bill.opschrift, bill.citeertitel, bill.version, bill.ministry, bill.signatories,
        bill.considerans, tuple(_unit(n, toelichting, bwb, bill.style) for n in bill.body), algemeen,
    )  # fmt: skip


def _unit(unit: Unit, toelichting: bool, bwb: bool, style: Style = DEFAULT_STYLE) -> tuple:
    if isinstance(unit, Division):
        return ("division", unit.kind, unit.number, unit.opschrift,
                tuple(_unit(c, toelichting, bwb, style) for c in unit.children))  # fmt: skip
    if isinstance(unit, Article):
        law = unit.amends
        return ("article", unit.number, unit.opschrift, unit.text, _items(unit.items),
                tuple(_unit(lid, toelichting, bwb) for lid in unit.leden),
                (law.citeertitel, law.bwb if bwb else "") if law else None,
                tuple(_onderdeel(o, unit, toelichting, bwb, style) for o in unit.onderdelen),
                prose(unit.toelichting) if toelichting else ())  # fmt: skip
    if isinstance(unit, Lid):
        return ("lid", unit.number, unit.text, _items(unit.items))
    return ("item", unit.number, unit.text, _items(unit.items))


def _items(items: tuple[Item, ...]) -> tuple:
    return tuple((i.number, i.text, _items(i.items)) for i in items)


def _onderdeel(onderdeel: AmendingOnderdeel, article: Article, toelichting: bool, bwb: bool, style: Style) -> tuple:
    lines = tuple((w.label, " ".join(w.sentence.split()), tuple(_unit(u, toelichting, bwb) for u in w.payload))
                  for w in word_onderdeel(onderdeel, style, article))  # fmt: skip
    return ("onderdeel", onderdeel.number, lines, prose(onderdeel.toelichting) if toelichting else ())


def carried(imported: Bill, original: Bill, fields: tuple[str, ...]) -> Bill:
    """Copy the named bill fields a format does not carry from the original into the import."""
    return replace(imported, **{f: getattr(original, f) for f in fields})


def without_toelichting(bill: Bill) -> Bill:
    """Return the bill without its MvT (Word and AKN bills are a file apart from their MvT)."""
    return replace(bill, toelichting=Toelichting())


def prose(markdown: str) -> tuple:
    """Return a toelichting as its prose blocks: what every output format writes from it, so
    two texts that differ only in line wrapping or escaping compare equal."""
    return tuple(parse_markdown(markdown))
