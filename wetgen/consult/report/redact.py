"""Privacy in quoted text: personal data redacted, non-public identities scrubbed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetgen.consult import privacy

REDACTED = "[…]"
_PATTERNS = (
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"(?:https?://|www\.)\S+", re.I),  # links (may carry names)
    re.compile(r"(?<![\w])(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}(?![\w])"),  # phone numbers
    re.compile(r"\b\d{4}\s?[A-Z]{2}\b"),  # postcodes
    re.compile(r"(?i)\b(?:bsn|burgerservicenummer)\b\W{0,3}\d[\d .]{7,10}\d"),  # BSN, named
    re.compile(r"(?<!\d)\d{9}(?!\d)"),  # bare nine-digit numbers (BSN-like)
    re.compile(
        r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|hof|steeg|pad)"
        r"\s+\d+\s?[a-zA-Z]?\b"
    ),  # street and house number
)
_GENERIC = {"", "anoniem", "anonymous", "onbekend", "nvt", "n.v.t.", "-", "geen"}


def redact_personal(text: str) -> str:
    """Replace e-mail addresses, links, phone numbers, postcodes, BSNs and street addresses."""
    for pattern in _PATTERNS:
        text = pattern.sub(privacy.REDACTED, text)
    return privacy.redact(text)


class Scrubber:
    """Removes given identity strings (names, places, organisations) from text, case-blind."""

    def __init__(self, identities: Iterable[str]) -> None:
        words = sorted(
            {" ".join(w.split()) for w in identities if _usable(w)}, key=len, reverse=True
        )
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)
            if words
            else None
        )

    def __call__(self, text: str) -> str:
        """Return `text` with every identity string replaced by a marker."""
        if self._pattern is None:
            return text
        return self._pattern.sub(REDACTED, text)

    def hits(self, text: str) -> bool:
        """Tell whether `text` holds one of the identity strings."""
        return bool(self._pattern and self._pattern.search(text))


def _usable(value: str) -> bool:
    value = " ".join(value.split())
    return len(value) >= 3 and value.lower() not in _GENERIC


def identity_parts(name: str, place: str, organisation: str, email: str) -> list[str]:
    """Return the strings that identify a respondent: the fields and the longer name words."""
    parts = [name, place, organisation, email]
    parts.extend(w for w in name.replace(",", " ").split() if len(w) >= 4 and w[0].isupper())
    return [p for p in parts if _usable(p)]


def shorten(text: str, limit: int = 420) -> str:
    """Cut text at a sentence or word boundary near `limit` characters, marking the cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if stop >= limit // 2:
        return cut[: stop + 1] + " […]"
    return cut.rsplit(" ", 1)[0] + " […]"
