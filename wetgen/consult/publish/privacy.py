"""Privacy: redaction of personal data in quotes, and how respondents may be shown.

A non-public response counts everywhere, but its name, place, organisation and exact wording
never reach an output meant for publication. Private individuals are not named there either.
"""

from __future__ import annotations

import re

REDACTED = "[verwijderd]"
NON_PUBLIC = "niet-openbare inzender"
PRIVATE_PERSON = "particulier"
WITHHELD = "[tekst niet openbaar]"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
PHONE = re.compile(
    r"(?<![\w+])(?:\+31[\s-]?(?:\(0\)[\s-]?)?|0031[\s-]?|0)(?:[1-9](?:[\s-]?\d){8})(?!\d)"
)
POSTCODE_ADDRESS = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+\d{1,5}(?:\s?[a-zA-Z]{1,2}\b|-\d+)?\s*,?\s*"
    r"\d{4}\s?[A-Z]{2}\b(?:\s+[A-Z][\w'’-]+)?"
    r"|\b\d{4}\s?[A-Z]{2}(?:\s*,\s*|\s+)(?:huisnummer\s+|nr\.?\s*)?\d{1,5}[a-zA-Z]?\b"
    r"|\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|dreef|steeg|markt|park|plantsoen)\s+\d{1,5}[a-zA-Z]?\b"
)
NINE_DIGITS = re.compile(
    r"(?<![\d.-])(\d{3})[.\s-]?(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{2})(?!\d)(?![.-]\d)"
    r"|(?<![\d.])(\d{8,9})(?!\d)(?!\.\d)"
)
BSN_LABEL = re.compile(
    r"\b(?:bsn|burgerservicenummer|sofinummer)(?:\s*[:#]|\s+is|\s+nummer)?\s*"
    r"(?:\d{3}\s\d{2}\s\d{2}\s\d{2}|\d[\d.-]{6,12}\d)(?!\d)",
    re.I,
)


def elfproef(digits: str) -> bool:
    """Tell whether an 8- or 9-digit number passes the BSN eleven test."""
    digits = digits.zfill(9)
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def redact(text: str) -> str:
    """Replace e-mail addresses, phone numbers, postcode-and-number addresses and BSNs."""
    # phone numbers first: a labelled BSN must never swallow the start of a phone number
    text = EMAIL.sub(REDACTED, text)
    text = PHONE.sub(REDACTED, text)
    text = BSN_LABEL.sub(REDACTED, text)
    text = POSTCODE_ADDRESS.sub(REDACTED, text)
    return NINE_DIGITS.sub(_bsn, text)


def _bsn(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return REDACTED if elfproef(digits) else match.group(0)


def public_name(name: str, organisation: str, category: str, public: bool) -> str:
    """Return how a respondent may be named in a published output."""
    if not public:
        return NON_PUBLIC
    if category == "burger":
        return PRIVATE_PERSON
    return organisation or name or "anoniem"
