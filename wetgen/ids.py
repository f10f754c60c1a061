"""Derived identifiers: Dutch labels and ordinals, numbering sequences, FRBR URIs and
Juriconnect references. Pure functions. The eIds of units are made in `wetgen.address`."""

from __future__ import annotations

import re
import unicodedata

from wetgen import places
from wetgen.model import Bill, Target

ordinal = places.ordinal  # the ordinal words live with the place grammar that reads them
ordinal_value = places.ordinal_value
_CARDINALS = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def cardinal(n: int) -> str:
    """Return the Dutch number word for a count ("een", "twee"...), or digits past twelve."""
    return _CARDINALS[n - 1] if 1 <= n <= len(_CARDINALS) else str(n)


def plural(unit: str, count: int = 2) -> str:
    """Return the unit noun for a count: "artikel", "artikelen", "leden"."""
    word = places.WORDS.get(unit)
    return word.count(count) if word else unit


def roman(n: int) -> str:
    """Return n as an upper-case Roman numeral (4 → "IV")."""
    out = []
    for value, symbol in _ROMAN:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def roman_value(text: str) -> int | None:
    """Return the value of a Roman numeral, or None if `text` is not a canonical one."""
    if not text or not re.fullmatch(r"[IVXLCDM]+", text):
        return None
    total, prev = 0, 0
    values = {s: v for v, s in _ROMAN if len(s) == 1}
    for ch in reversed(text):
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if roman(total) == text else None


def onderdeel_letter(n: int) -> str:
    """Return the letter of the n-th amending onderdeel: A..Z, then AA, BB.., then AAA (Ar 6.15)."""
    repeat, index = divmod(n - 1, 26)
    return chr(ord("A") + index) * (repeat + 1)


def list_letter(n: int) -> str:
    """Return the letter of the n-th list item: a..z, then aa, bb.. (as onderdeel_letter)."""
    return onderdeel_letter(n).lower()


def change_number(depth: int, n: int) -> str:
    """Return the number of the n-th numbered change of an onderdeel at a depth: 1, 2 at odd
    depths, a, b at even ones (a `wijzigen` inside a numbered change, Ar 6.15)."""
    return str(n) if depth % 2 else list_letter(n)


def positional_number(kind: str, n: int, *, amending_law: bool = False, chapter: str = "") -> str:
    """Return the number a unit of `kind` gets at 1-based position n when none is written;
    articles numbered per hoofdstuk (Ar 3.56) are "<chapter>.<n>"."""
    if kind == "artikel":
        if chapter:
            return f"{chapter}.{n}"
        return roman(n) if amending_law else str(n)
    if kind == "onderdeel":
        return onderdeel_letter(n)
    if kind == "item":
        return list_letter(n)
    return str(n)  # lid, subonderdeel, divisions


def clean_number(text: str) -> str:
    """Strip display punctuation from a written number: "1." → "1", "a." → "a", "1°" → "1"."""
    return text.strip().rstrip(".°º").strip()


# --- display labels -------------------------------------------------------------------------


def lid_label(number: str) -> str:
    """Return the display designation of a lid: "1."."""
    return f"{number}."


def item_label(number: str, depth: int) -> str:
    """Return the designation of a list item: "a." at depth 1, "1°." at depth 2, "i." deeper."""
    if depth == 2:
        return f"{number}°."
    return f"{number}."


def article_heading(number: str, amending_law: bool) -> str:
    """Return the article heading as printed: "ARTIKEL I" for a Roman number in a wijzigingswet,
    else "Artikel 1" (an aanpassingswet may number in Arabic, Ar 6.6)."""
    if number.lower() == "enig":
        return "Enig artikel"
    return f"ARTIKEL {number}" if amending_law and is_roman_number(number) else f"Artikel {number}"


def is_roman_number(number: str) -> bool:
    """Tell whether an article number is Roman, an inserted one included ("II", "IA")."""
    m = re.fullmatch(r"([IVXLCDM]+?)([A-Z]?)", number)
    return bool(m) and any(roman_value(number[:n]) is not None for n in (len(number), len(number) - 1) if n)


def target_phrase(target: Target, *, relative_to_article: bool = False) -> str:
    """Return a reference in Ar 3.29 form: "artikel 12, eerste lid, onderdeel b".

    With `relative_to_article`, the artikel is left out ("het eerste lid, onderdeel b"), as in
    the numbered instructions under "Artikel 12 wordt als volgt gewijzigd:".
    """
    base = Target(artikel=target.artikel) if relative_to_article and target.artikel else None
    return places.phrase((target,), base).text


# --- machine identifiers: URIs and references (the eIds of units are made in wetgen.address) --


def slug(text: str) -> str:
    """Return a lower-case ASCII slug of `text` for FRBR URIs and file names."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "wetsvoorstel"


def frbr_work(bill: Bill) -> str:
    """Return the FRBR Work URI of a bill: /akn/nl/bill/<date>/<slug>."""
    return f"/akn/nl/bill/{bill.version.date}/{slug(bill.citeertitel)}"


def frbr_expression(bill: Bill) -> str:
    """Return the FRBR Expression URI: the work, Dutch, at the version date."""
    return f"{frbr_work(bill)}/nld@{bill.version.date}"


def frbr_manifestation(bill: Bill) -> str:
    """Return the FRBR Manifestation URI of the XML rendering."""
    return f"{frbr_expression(bill)}/!main.xml"


def juriconnect(bwb: str, target: Target) -> str:
    """Return the Juriconnect 1.3 reference to a consolidated provision."""
    parts = [f"{JURICONNECT_KEYS[unit]}={number}" for unit, number in target.parts() if unit in JURICONNECT_KEYS]
    return "jci1.3:c:" + "&".join([bwb, *parts])


# The units a Juriconnect reference names, by its keys; a volzin or a definition is not one.
JURICONNECT_KEYS = {
    "boek": "boek", "deel": "deel", "titel": "titeldeel", "hoofdstuk": "hoofdstuk", "afdeling": "afdeling",
    "paragraaf": "paragraaf", "artikel": "artikel", "lid": "lid", "onderdeel": "o", "subonderdeel": "o",
}  # fmt: skip


def juriconnect_url(bwb: str, target: Target) -> str:
    """Return the wetten.overheid.nl address a Juriconnect reference resolves to."""
    return "https://wetten.overheid.nl/" + juriconnect(bwb, target)


def parse_target(text: str) -> Target | None:
    """Parse a formal reference ("artikel 12, eerste lid, onderdeel b") naming one place into a
    Target, or None (see wetgen.places for several places)."""
    try:
        found = places.parse(text)
    except places.PlaceError:
        return None
    return found[0] if len(found) == 1 else None
