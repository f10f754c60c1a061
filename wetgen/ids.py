"""Derived identifiers: Dutch labels and ordinals, numbering sequences, FRBR URIs and
Juriconnect references. Pure functions. The eIds of units are made in `wetgen.address`."""

from __future__ import annotations

import re
import unicodedata

from wetgen.model import Bill, Target

_ORDINALS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()
_CARDINALS = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
PLURALS = {
    "artikel": "artikelen",
    "lid": "leden",
    "onderdeel": "onderdelen",
    "subonderdeel": "subonderdelen",
    "hoofdstuk": "hoofdstukken",
    "afdeling": "afdelingen",
    "paragraaf": "paragrafen",
}


def ordinal(n: int) -> str:
    """Return the Dutch ordinal word for n ("eerste", "tweede"...), or "21e" past twenty."""
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"{n}e"


def cardinal(n: int) -> str:
    """Return the Dutch number word for a count ("een", "twee"...), or digits past twelve."""
    return _CARDINALS[n - 1] if 1 <= n <= len(_CARDINALS) else str(n)


def ordinal_value(word: str) -> int | None:
    """Return the number an ordinal word stands for ("tweede" → 2), or None."""
    try:
        return _ORDINALS.index(word.lower()) + 1
    except ValueError:
        return None


def plural(unit: str, count: int = 2) -> str:
    """Return the unit noun in the plural when count is not one."""
    return unit if count == 1 else PLURALS.get(unit, unit)


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
    """Return the article heading as printed: "ARTIKEL I" in a wijzigingswet, else "Artikel 1"."""
    if number.lower() == "enig":
        return "Enig artikel"
    return f"ARTIKEL {number}" if amending_law else f"Artikel {number}"


def target_phrase(target: Target, *, relative_to_article: bool = False) -> str:
    """Return a reference in Ar 3.29 form: "artikel 12, eerste lid, onderdeel b".

    With `relative_to_article`, the artikel is left out ("het eerste lid, onderdeel b"), as in
    the numbered instructions under "Artikel 12 wordt als volgt gewijzigd:".
    """
    pieces: list[str] = []
    for unit, number in target.parts():
        if unit == "artikel" and relative_to_article:
            continue
        if unit == "lid" and number.isdigit():
            pieces.append(f"{ordinal(int(number))} lid")
        elif unit == "subonderdeel":
            pieces.append(f"onder {number}°")
        else:
            pieces.append(f"{unit} {number}")
    if relative_to_article and pieces and pieces[0].endswith(" lid"):
        pieces[0] = "het " + pieces[0]
    return ", ".join(pieces)


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
    keys = {"subonderdeel": "o", "onderdeel": "o"}
    parts = [f"{keys.get(unit, unit)}={number}" for unit, number in target.parts()]
    return "jci1.3:c:" + "&".join([bwb, *parts])


def juriconnect_url(bwb: str, target: Target) -> str:
    """Return the wetten.overheid.nl address a Juriconnect reference resolves to."""
    return "https://wetten.overheid.nl/" + juriconnect(bwb, target)


_TARGET_PART = re.compile(
    r"^(?:(?P<unit>hoofdstuk|paragraaf|afdeling|artikel|onderdeel|subonderdeel)\s+(?P<num>[0-9A-Za-z.:]+?)"
    r"|(?:het\s+)?(?P<ord>[a-z]+ste|[a-z]+de|[a-z]+e)\s+lid"
    r"|lid\s+(?P<lidnum>\d+[a-z]*)"
    r"|onder\s+(?P<sub>\d+)°?)$"
)


def parse_target(text: str) -> Target | None:
    """Parse a formal reference ("artikel 12, eerste lid, onderdeel b") into a Target, or None."""
    found: dict[str, str] = {}
    for raw in text.split(","):
        piece = raw.strip().rstrip(".")
        word, _, rest = piece.partition(" ")
        m = _TARGET_PART.match(word.lower() + (" " + rest.strip() if rest else ""))
        if not m:
            return None
        if m.group("unit"):
            unit = "paragraaf" if m.group("unit") == "afdeling" else m.group("unit")
            found[unit] = clean_number(m.group("num"))
        elif m.group("ord"):
            value = ordinal_value(m.group("ord"))
            if value is None:
                return None
            found["lid"] = str(value)
        elif m.group("lidnum"):
            found["lid"] = m.group("lidnum")
        else:
            found["subonderdeel"] = m.group("sub")
    return Target(**found) if found else None
