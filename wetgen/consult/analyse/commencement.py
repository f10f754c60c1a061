"""The act a besluit puts into force. An inwerkingtredingsbesluit amends no law and has no Roman
articles of its own, yet its one article is full of them: "De Wet X treedt in werking …, met
uitzondering van artikel II, onderdeel E, van deze wet" and "Artikel I, onderdelen L en O, treden in
werking …" name the articles of the act it puts into force, which its opschrift names ("Besluit
houdende inwerkingtreding van de Wet X", "… vaststelling van het tijdstip van inwerkingtreding van
het besluit van 29 oktober 2015, tot wijziging van …"), whatever other law its text named last (the
laws that act amends). "Deze wet" in a besluit is never the besluit itself."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.thisbesluit import is_besluit
from wetgen.model import Bill

_PUT_INTO_FORCE = re.compile(r"\binwerkingtreding\s+van\s+(?:de\s+|het\s+)?", re.I)
_THIS_LAW = re.compile(r"\bdeze\s+wet\b", re.I)
_ANOTHER = re.compile(r"\s*(?:,|en|alsmede)\s+(?:van\s+)?(?:de|het)\s")


def commenced_act(bill: Bill, lexicon: LawLexicon) -> str:
    """Return the act a draft that is a besluit amending no law puts into force, as its opschrift
    names it; "" for any other draft, or where it names several."""
    if bill.is_amending_law or not is_besluit(bill.citeertitel, bill.opschrift):
        return ""
    opschrift = " ".join((bill.opschrift or "").split()).rstrip(".") + "."  # a title read to its end
    put = _PUT_INTO_FORCE.search(opschrift)
    found = lexicon.match(opschrift, put.end()) if put else None
    if found is None or _ANOTHER.match(opschrift, found.end):
        return ""  # "… van de Jeugdwet, de Invoeringswet Jeugdwet en …": several acts, none the one
    return found.law


def commenced_law(raw: str, inserted: bool, context: Context, act: str) -> str:
    """Return the act (`act`) whose article a Roman number, or one "van deze wet" (`raw`), names
    in the besluit's own text; ""."""
    if not act or inserted or context.mvt_text or (raw and not _THIS_LAW.search(raw)):
        return ""
    return act
