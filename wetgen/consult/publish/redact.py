"""Privacy in quoted text: personal data redacted, non-public identities scrubbed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetgen.consult.publish import privacy

REDACTED = "[…]"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)
_WITH_DIGITS = (
    re.compile(r"(?<![\w])(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}(?![\w])"),  # phone numbers
    re.compile(r"\b\d{4}\s?[A-Z]{2}\b"),  # postcodes
    re.compile(r"(?i)\b(?:bsn|burgerservicenummer)\b\W{0,3}\d[\d .]{7,10}\d"),  # BSN, named
    re.compile(r"(?<!\d)\d{9}(?!\d)"),  # bare nine-digit numbers (BSN-like)
    re.compile(
        r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|hof|steeg|pad)"
        r"\s+\d+\s?[a-zA-Z]?\b"
    ),  # street and house number
)
_DIGIT = re.compile(r"\d")
_GENERIC = {"", "anoniem", "anonymous", "onbekend", "nvt", "n.v.t.", "-", "geen"}
_TOKEN = re.compile(r"\w+")


def redact_personal(text: str) -> str:
    """Replace e-mail addresses, links, phone numbers, postcodes, BSNs and street addresses."""
    at, digits = "@" in text, _DIGIT.search(text) is not None
    if at:
        text = _EMAIL.sub(privacy.REDACTED, text)
    if "http" in text or "www" in text.lower():
        text = _LINK.sub(privacy.REDACTED, text)
    if digits:
        for pattern in _WITH_DIGITS:
            text = pattern.sub(privacy.REDACTED, text)
    # every pattern of wetgen.consult.publish.privacy.redact needs an "@" or a digit
    return privacy.redact(text) if at or digits else text


class Scrubber:
    """Removes given identity strings (names, places, organisations) from text, case-blind.

    Identities are matched as runs of whole words (punctuation between them ignored), through
    a set lookup per word, so thousands of identities cost no more than a few.
    """

    def __init__(self, identities: Iterable[str]) -> None:
        self._phrases: set[tuple[str, ...]] = set()
        for value in identities:
            key = tuple(t.lower() for t in _TOKEN.findall(value)) if _usable(value) else ()
            if key:
                self._phrases.add(key)
        self._longest = max((len(k) for k in self._phrases), default=0)

    def _spans(self, text: str) -> list[tuple[int, int]]:
        tokens = list(_TOKEN.finditer(text))
        words = [m.group(0).lower() for m in tokens]
        spans, i = [], 0
        while i < len(tokens):
            for n in range(min(self._longest, len(tokens) - i), 0, -1):
                if tuple(words[i : i + n]) in self._phrases:
                    spans.append((tokens[i].start(), tokens[i + n - 1].end()))
                    i += n
                    break
            else:
                i += 1
        return spans

    def __call__(self, text: str) -> str:
        """Return `text` with every identity string replaced by a marker."""
        if not self._phrases:
            return text
        out, last = [], 0
        for start, end in self._spans(text):
            out.append(text[last:start] + REDACTED)
            last = end
        return "".join(out) + text[last:]

    def hits(self, text: str) -> bool:
        """Tell whether `text` holds one of the identity strings."""
        return bool(self._phrases) and bool(self._spans(text))


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
