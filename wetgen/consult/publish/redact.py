"""The one redaction of personal data in text, for every output that may be published.

`Redactor(identities)(text)` replaces, with "[verwijderd]":
- e-mail addresses; links that may identify a person (every link except one to a public
  body's site, and never a respondent's own page on internetconsultatie.nl);
- phone numbers (Dutch, and international ones with a country code);
- IBANs (checksum-valid, or any named "IBAN"/"rekeningnummer");
- BSNs (passing the elfproef, or any named "BSN"/"burgerservicenummer");
- postcodes with and without house number, street addresses with a house number;
- the identities of non-public respondents (names, places, organisations, e-mail addresses),
  also where someone else wrote them.

`consult show --public`, the public report in every format and the reactietabel all quote
through one Redactor (made by wetgen.consult.publish.privacy.PrivacyGate), so they redact
exactly the same things.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from stdnum import iban
from stdnum.nl import bsn

from wetgen.consult.publish.names import NameFinder
from wetgen.inputs.text import neutralise

REDACTED = "[verwijderd]"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(
    r"(?:\b(?:https?://|www\.)|\b(?:[\w-]+\.)+(?:nl|com|org|net|eu|be|de|info|io|me)/)[^\s<>\"']*",
    re.I,
)
# Sites of public bodies, whose links name no respondent (a subdomain counts too).
PUBLIC_HOSTS = (
    "overheid.nl", "rijksoverheid.nl", "officielebekendmakingen.nl", "tweedekamer.nl",
    "eerstekamer.nl", "raadvanstate.nl", "rechtspraak.nl", "internetconsultatie.nl",
    "government.nl", "europa.eu", "cbs.nl", "autoriteitpersoonsgegevens.nl",
)  # fmt: skip
PERSONAL_PATH = re.compile(r"/reactie/|@|[?&](?:e-?mail|naam|name|user|id)=", re.I)
IBAN = re.compile(
    r"(?<![\w])(?P<label>(?:iban|rekeningnummer|rekening)\W{0,3})?"
    r"(?P<number>[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![\w])",
    re.I,
)
# "06-12345678", "06 - 12 34 56 78", "(020) 123 45 67", "+31 (0)6 …", "(0031) 20 …", "0031-6-…"
PHONE = re.compile(
    r"(?<![\w+])(?:\(?(?:\+31|0031)\)?[\s.-]{0,3}(?:\(0\)[\s.-]?)?|\(?0)[1-9](?:[\s.)-]{0,3}\d){8}(?!\d)"
    r"|(?<![\w+])\+(?!31)[1-9]\d{0,2}(?:[\s.-]?\d){7,12}(?!\d)"
)
BSN_NAMED = re.compile(
    r"(?P<label>\b(?:bsn|burgerservicenummer|sofi-?nummer)(?:\s*[:#]|\s+is|\s+nummer)?\s*)"
    r"(?P<number>\d{3}[.\s-]?\d{3}[.\s-]?\d{3}|\d{3}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{2}"
    r"|\d{4}[.\s-]?\d{2}[.\s-]?\d{3}|\d{8})(?!\d)",
    re.I,
)
# unnamed: only a number that passes the elfproef; 3-3-3 with dots is left alone (an amount)
BSN_BARE = re.compile(
    r"(?<![\d.,-])(?:\d{3}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{2}|\d{3}[\s-]\d{3}[\s-]\d{3}"
    r"|\d{4}\.\d{2}\.\d{3}|\d{8})"
    r"(?!\d)(?![.,-]\d)"
)
_STREET = (
    r"[A-Z][\w'’.-]*(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|dreef|steeg|markt"
    r"|park|plantsoen|baan|wal)"
)
POSTCODE = r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}"
ADDRESS = re.compile(
    # "Dorpsstraat 12, 1234 AB Ergens", "Kerkweg 5a", "1234 AB 14", "1234 AB, huisnummer 14"
    rf"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+\d{{1,5}}(?:\s?[a-zA-Z]{{1,2}}\b|-\d+)?"
    rf"\s*,?\s*{POSTCODE}\b(?:\s+[A-Z][\w'’-]+)?"
    rf"|\b{POSTCODE}(?:\s*,\s*|\s+)(?:huisnummer\s+|nr\.?\s*)?\d{{1,5}}[a-zA-Z]?\b"
    rf"|\b{_STREET}\s+\d{{1,5}}(?:[-\s]?(?:bis|hs|[a-zA-Z]|I{{1,3}}|IV)\b|-\d+)?\b"
    rf"|(?<![\w-]){POSTCODE}(?![\w-])"
)
HOUSE_NUMBER = re.compile(r"(?P<label>\b(?:huisnummer|huisnr\.?)\s*:?\s*)\d{1,5}(?:\s?[a-zA-Z]{1,3}\b)?", re.I)
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\w+")
_GENERIC = {"", "anoniem", "anonymous", "onbekend", "nvt", "n.v.t.", "-", "geen"}


def redact_personal(text: str) -> str:
    """Replace e-mail addresses, person-identifying links, phone numbers, IBANs, BSNs,
    postcodes and street addresses in `text` by REDACTED."""
    if "@" in text:
        text = EMAIL.sub(REDACTED, text)
    if "/" in text or "www" in text.lower():
        text = LINK.sub(_link, text)
    if _DIGIT.search(text) is None:
        return text
    text = IBAN.sub(_iban, text)
    text = PHONE.sub(REDACTED, text)
    text = BSN_NAMED.sub(rf"\g<label>{REDACTED}", text)
    text = HOUSE_NUMBER.sub(rf"\g<label>{REDACTED}", text)
    text = ADDRESS.sub(REDACTED, text)
    return BSN_BARE.sub(_bsn, text)


def public_link(url: str) -> bool:
    """Tell whether a link may be quoted: a public body's site, and no page of a person."""
    bare = url.rstrip(".,;:!?)")
    parts = urlsplit(bare if "://" in bare else f"http://{bare}")
    host = (parts.hostname or "").lower()
    public = any(host == h or host.endswith("." + h) for h in PUBLIC_HOSTS)
    path = "/" + bare.split("://", 1)[-1].partition("/")[2]
    return public and not PERSONAL_PATH.search(path)


def elfproef(digits: str) -> bool:
    """Tell whether an 8- or 9-digit number passes the BSN eleven test."""
    return bsn.is_valid(digits)


def _link(match: re.Match[str]) -> str:
    url = match.group(0)
    trail = len(url) - len(url.rstrip(".,;:!?)"))
    if public_link(url):
        return url
    return REDACTED + (url[len(url) - trail :] if trail else "")


def _iban(match: re.Match[str]) -> str:
    label, parts = match.group("label") or "", match.group("number").split(" ")
    for end in range(len(parts), 0, -1):  # the pattern may have taken words after the IBAN
        if iban.is_valid("".join(parts[:end])):
            return label + " ".join([REDACTED, *parts[end:]])
    if not label:
        return match.group(0)
    end = len(parts)  # named, but mistyped: redact it up to the last part with a digit
    while end > 1 and not _DIGIT.search(parts[end - 1]):
        end -= 1
    return label + " ".join([REDACTED, *parts[end:]])


def _bsn(match: re.Match[str]) -> str:
    return REDACTED if elfproef(re.sub(r"\D", "", match.group(0))) else match.group(0)


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
        """Return `text` with every identity string replaced by REDACTED."""
        return replace_spans(text, self._spans(text)) if self._phrases else text

    def hits(self, text: str) -> bool:
        """Tell whether `text` holds one of the identity strings."""
        return bool(self._phrases) and bool(self._spans(text))


class Redactor:
    """The redaction of one output: personal data, the names of persons and street addresses
    (when given a NameFinder), and the identities given (non-public respondents)."""

    def __init__(self, identities: Iterable[str] = (), names: NameFinder | None = None) -> None:
        self.scrub = Scrubber(identities)
        self.names = names

    def __call__(self, text: str) -> str:
        """Return `text` on one line with personal data and the identities redacted."""
        return self.scrub(self.personal(text))

    def personal(self, text: str) -> str:
        """Return `text` on one line, neutralised (no control characters, terminal escapes or
        bidi overrides), with personal data redacted (identities left to `scrub`)."""
        text = self.patterns(text)
        return replace_spans(text, self.names.spans(text)) if self.names is not None else text

    @staticmethod
    def patterns(text: str) -> str:
        """Return `text` on one line, neutralised, with the personal data the patterns find
        redacted."""
        return redact_personal(" ".join(neutralise(text).split()))

    def hides(self, text: str) -> bool:
        """Tell whether redaction would change `text` (a key phrase that names someone)."""
        return self.scrub.hits(text) or REDACTED in self.personal(text)


def replace_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Return `text` with each (start, end) span, in order and not overlapping, by REDACTED."""
    out, last = [], 0
    for start, end in spans:
        if start >= last:
            out.append(text[last:start] + REDACTED)
            last = end
    return "".join(out) + text[last:]


def _usable(value: str) -> bool:
    value = " ".join(value.split())
    return len(value) >= 3 and value.lower() not in _GENERIC


def identity_parts(name: str, place: str, organisation: str, email: str) -> list[str]:
    """Return the strings that identify a respondent: the fields and the longer name words."""
    parts = [name, place, organisation, email]
    parts.extend(w for w in name.replace(",", " ").split() if len(w) >= 4 and w[0].isupper())
    return [p for p in parts if _usable(p)]
