"""Where in a text a reference may start, found fast.

Most points of a consultation name no provision, and every point is scanned, so the scan looks
for the few words a reference cannot do without ("artikel", "lid", "onderdeel", "hoofdstuk", a
colon number, "bepaling", "wet") with patterns that start with those words, which the regular
expression engine finds by skipping ahead; only around a hit does it look back for what may
precede them ("het eerste, vijftiende en zestiende lid", "die bepalingen").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wetgen.consult.analyse import grammar
from wetgen.consult.analyse.functional import FUNCTIONAL, names_function
from wetgen.consult.analyse.notapoints import POINT_ANCHOR, POINTS, points_of_onderdeel
from wetgen.consult.analyse.owninstrument import OWN_WORDS

# "dit besluit", "het onderhavige besluit" (thisbesluit.py)
_THIS_BESLUIT = re.compile(r"(?<![\w-])(?:[Dd]it|[Hh]et\s+onderhavige)\s+besluit(?![\w-])")

ART = "art"  # "artikel 12", "art. 3:4"
QUALIFIER = "qual"  # "het derde lid", "lid 2", "onderdeel b", "sub a"
DIVISION = "div"  # "hoofdstuk III", "titel 7.10", "§ 4"
ANAPHOR = "ana"  # "dit artikel", "die bepalingen", "deze wet", "dat lid"
NUMBER = "num"  # "1:25, derde lid", "669 lid 5", "3:98 BW"
_ORDER = {ART: 0, QUALIFIER: 1, DIVISION: 2, ANAPHOR: 3, NUMBER: 4}


class Anchor(NamedTuple):
    """A place where a reference of some kind may start; `end` is where its head word ends."""

    start: int
    kind: str
    end: int


_ARTICLE = re.compile(r"art(?:ikel(?:en|s|nummer)?\b|t?\.|\b)", re.I)
_ARTICLE_LID = re.compile(r"artikel(?:lid|leden)\b", re.I)  # only after "dit", "dat": "dit artikellid"
_LID = re.compile(r"l(?:id|eden)\b", re.I)
_ONDERDEEL = re.compile(
    r"(?:sub)?onderde(?:el|len)\s+(?=[A-Za-z0-9])|sub\s+(?=[A-Za-z0-9])|letter\s+(?=[A-Za-z])"
    r"|onder\s+(?=(?-i:[a-tv-z])(?:\d{1,2})?(?![\w°]|[.:,]\d)|\d{1,2}\s?°|" + POINT_ANCHOR + ")",  # "bedoeld onder c", "onder i1", "onder 2°"
    re.I,  # (not "onder u"), "Onder 2 vervalt" (notapoints.py)
)
_DIVISION = re.compile(
    r"(?:hoofdstuk(?:ken)?|titeldeel|titels?|afdelingen|afdeling|paragrafen|paragraaf|afd\.|hfd\.|hst\.|par\.)\s*"
    r"(?=\d|[IVXLC]+\b|(?-i:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[A-Ha-h])\b|(?-i:[A-Z])(?![\w°]))|§\s*(?=\d)",  # "titel VIIa", "HOOFDSTUK IA", not "afdeling ICT"
    re.I,
)
_PROVISION = re.compile(r"(?:(?:grond)?wets|overgangs)?bepaling(?:en)?\b|wetsartikel(?:en)?\b", re.I)  # "dit wetsartikel"
_SUBONDERDEEL = re.compile(r"subonderde(?:el|len)\b", re.I)
_SENTENCE = re.compile(r"(?:vol)?zin(?:nen)?\b", re.I)
_DASH = re.compile(r"(?<![\w-])(?:aandachts|gedachte)streep(?:je|jes)\b", re.I)
_GROUND = re.compile(r"(?<![\w-])(?:de\s+)?[a-i]-grond(?![\w-])", re.I)
_DIVISION_WORDS = ("hoofdstuk", "titel", "afdeling", "paragraaf")
_DIVISION_NOUN = re.compile(
    r"(?:hoofdstuk|titel|afdeling|paragraaf)\b(?!\s*(?:\d|[IVXLC]+\b))", re.I
)
_GATED = (  # (pattern, kind, words without which a text cannot match it)
    (_ONDERDEEL, QUALIFIER, ("onderde", "sub", "letter", "onder ")),
    (_DIVISION, DIVISION, ("hoofdstuk", "titel", "afdeling", "paragraaf", "paragrafen", "§", "afd.", "hfd.", "hst.", "par.")),
)
_COLON_OR_LID = re.compile(r"\d(?:[a-z]{0,3}\s+lid\s+\d|:\d)", re.I)
# a treaty's articles are often written without "artikel": "strijd met 6 EVRM", "37 en 40 IVRK"
# (not a count, "de 47 EVRM-staten", "ruim 40 EVRM lidstaten", nor a protocol, "Protocol nr. 12 EVRM")
_TREATY_NUMBERS = re.compile(
    r"(?<![\w.,:/€-])(?<!\bde\s)(?<!\bhet\s)(?<!\bdie\s)(?<!\balle\s)(?<!\bdeze\s)(?<!\bruim\s)(?<!\bnr\.\s)(?<!\bProtocol\s)"
    r"\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s+en\s+\d{1,3})?\s+(?-i:EVRM|IVRK|IVBPR|IVESCR)\b(?![-‑])"
    r"(?!\s+(?:lid)?(?:staten|landen|verdragsstaten|zaken|klachten|rechters|partijen)\b)"
)
_TREATIES = ("EVRM", "IVRK", "IVBPR", "IVESCR")
# a dotted article number written without "artikel" before a law's abbreviation in running text ("achter 3.55 Vb 2000",
# "uit 3.4 Wro"); _bare_number keeps it only where a law follows (not a section heading "2.1 Wet …" at a line's start)
_DOTTED_BEFORE_LAW = re.compile(r"(?<=[a-zé,]\s)\d{1,3}(?:\.\d{1,3}){1,2}[a-z]{0,2}(?=[ \t]+(?-i:[A-Z][A-Za-z]{0,5})(?:[ \t]+\d{4})?\b)")
# a bare article number with its lid as the new or quoted words of an instruction write it ("… vervangen door: 27,
# eerste lid, 32a, eerste lid, en 32b, eerste lid", "«en 27, eerste lid»"): right after "door:", "«" or "«en"
_NEW_WORDS_NUMBER = re.compile(
    rf"(?<![\w.,:/€-])\d{{1,4}}[a-z]{{0,3}}(?:[.:]\d+[a-z]{{0,3}})*"
    rf"(?=(?:(?:\s*,\s*|\s+en\s+|\s+of\s+)\d{{1,4}}[a-z]{{0,3}}(?:[.:]\d+[a-z]{{0,3}})*)*\s*,\s*(?:het\s+)?(?:{grammar.ORDINALS})"
    rf"(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+tot\s+en\s+met\s+)(?:het\s+)?(?:{grammar.ORDINALS}))*\s+(?:lid|leden)\b)", re.I  # "«19, vierde en vijfde lid,»"
)
# ("… ingevoegd: 23, vijfde lid,", "… een zinsnede ingevoegd, luidende: 11.1, eerste lid, …", a copy's "na »10.61, eerste lid,»")
_NEW_WORDS_BEFORE = re.compile(r"(?:door:|ingevoegd:|toegevoegd:|vervalt:|vervallen:|luidende:|\bna\s+»|[«“„])\s*(?:(?:,|en|of)\s*)?$", re.I)
_ORDINALS_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:het|de)\s+)?(?:{grammar.STATE}\s+)?(?:{grammar.ORDINALS})(?:(?:\s*,\s*(?:en\s+|of\s+)?|\s+en\s+(?:in\s+)?|\s+of\s+|{grammar.PAIRED}|\s+(?:tot\s+en\s+met|t/m)\s+"
    rf"|\s*[-–]\s*)(?:het\s+)?(?:{grammar.ORDINALS}))*\s+$",
    re.I,
)
# "2e", "het 2a-de", "het 2e en 3e", "1e t/m 3e", "1e-3e"
_NTH_BEFORE = re.compile(rf"(?<![\w-])(?:{grammar.NTH}{grammar.NTH_SEP})*{grammar.NTH}\s+$", re.I)
# "de laatste volzin"; "de laatste zin" only in an instruction ("… vervalt de laatste zin"), never "de op
# één na laatste" nor "onze laatste zin"
_LAST_BEFORE = re.compile(r"(?<![\w-])(?<!\bna\s)de\s+laatste\s+$", re.I)
_CHANGES_NEAR = re.compile(r"\b(?:vervalt|vervallen|wordt|worden|te\s+luiden)\b", re.I)  # ("komt de laatste zin te luiden")
_PREVIOUS_BEFORE = re.compile(r"\b(?:de|het)\s+(?:vorige|voorgaande)\s+$", re.I)
_DIGITS_AFTER = re.compile(r"\s+\d")
_CARDS_AFTER = re.compile(rf"(?<=eden)\s+{grammar.CARDS}{grammar.CARDS_SAID}", re.I)  # "de leden drie tot en met negen" (grammar.CARDS)
_DETERMINER_BEFORE = re.compile(
    r"(?:(?:dit|dat|deze|die)\s+laatst(?:e|genoemde?)|(?:het|de)\s+laatstgenoemde?|dit|dat|deze|die|beide|genoemde?|laatstgenoemde?|voornoemde?|bovengenoemde?"
    r"|hetzelfde|datzelfde|dezelfde|(?:de|het)\s+(?:vorige|voorgaande)|(?:de|het)(?:\s+(?:voorgestelde|nieuwe|onderhavige|huidige|bestaande"
    r"|[‘'\"]?oude[’'\"]?))?"
    r"|(?:dit|dat|deze|die)\s+(?:ingevoegde|voorgestelde|nieuwe|gewijzigde))\s+$",  # "dit ingevoegde artikel"
    re.I,
)
# a unit of the instrument named before "van"/"in" ("artikel 15 van deze regeling"); not a lid's number before a sentence
# that opens with "In" ("1 In deze regeling wordt verstaan onder:" of a database's print)
_UNIT_OF = re.compile(r"(?i:\d[a-z]{0,3}°?|°|\blid|\bleden|\b[a-z]|\baanhef|\b(?:vol)?zin|\b[IVXLC]+|\bhoofdstuk\s+\w+"
                      r"|\bparagraaf\s+\S+)\s*,?\s+(?:van|in|VAN|IN)\s+$")
_THAT_ONDERDEEL = re.compile(r"(?<![\w-])(?:dat|datzelfde|(?<=van )dit)\s+onderdeel\b", re.I)  # "… aan het einde van dit onderdeel" (refs._END_OF_NAMED)
_THIS_LAW = ("deze wet", "deze rijkswet")
_POINTS = re.compile(rf"(?<![\w-]){POINTS}", re.I)
_ORDINAL_UNIT = re.compile(rf"(?<![\w-])(?:{grammar.ORDINALS})\s+$", re.I)
_NUMBER_START = re.compile(r"\d+(?:[:.]\d+)*[a-z]{0,3}$", re.I)


def anchors(text: str) -> list[Anchor]:
    """Return where references may start in `text`, in order (at one place, by kind)."""
    lowered = text.lower()
    found: list[Anchor] = []
    if "art" in lowered:
        for match in _ARTICLE.finditer(text):
            if _word_start(text, match.start()) or _COMPOUND.match(text, match.start()):
                found.append(Anchor(match.start(), ART, match.end()))
                _anaphor_before(text, match.start(), found)
        for match in _ARTICLE_LID.finditer(text) if "artikell" in lowered else ():
            _anaphor_before(text, match.start(), found)
    if "lid" in lowered or "leden" in lowered:
        for match in _LID.finditer(text):
            if _word_start(text, match.start()):
                _lid(text, match, found)
    for pattern, kind, words in _GATED:
        if any(word in lowered for word in words):
            for match in pattern.finditer(text):
                if match.group(0).startswith("§") or _word_start(text, match.start()):
                    found.append(Anchor(match.start(), kind, match.end()))
    for pattern, words in ((_PROVISION, ("bepaling", "wetsartikel")), (_DIVISION_NOUN, _DIVISION_WORDS)):
        if any(word in lowered for word in words):
            for match in pattern.finditer(text):
                if _word_start(text, match.start()):
                    _anaphor_before(text, match.start(), found)  # "die bepaling", "deze titel"
                    ordinal = _ORDINAL_UNIT.search(text, max(0, match.start() - 20), match.start())
                    if ordinal and pattern is _DIVISION_NOUN:  # "de Tweede Afdeling van Titel 3"
                        found.append(Anchor(ordinal.start(), DIVISION, match.end()))
    if names_function(lowered):  # "de inwerkingtredingsbepaling" (functional.py)
        found.extend(Anchor(m.start(), ANAPHOR, m.end()) for m in FUNCTIONAL.finditer(text))
    if "punt" in lowered:  # "in punt 1" of the bill's onderdeel named before it in its instruction (notapoints.py)
        found.extend(Anchor(m.start(), QUALIFIER, m.end()) for m in _POINTS.finditer(text) if points_of_onderdeel(text, m.start(), m.end()))
    if "subonderde" in lowered:  # "het eerste subonderdeel", "het tweede en derde subonderdeel"
        for match in _SUBONDERDEEL.finditer(text):
            before = _ORDINALS_BEFORE.search(text, max(0, match.start() - 160), match.start())
            if before:
                found.append(Anchor(before.start(), QUALIFIER, match.end()))
    if "zin" in lowered:  # "de eerste volzin", "de tweede zin", "2e volzin"
        for match in _SENTENCE.finditer(text):
            if _word_start(text, match.start()):
                at = match.start()
                before = (_ORDINALS_BEFORE.search(text, max(0, at - 60), at) or _NTH_BEFORE.search(text, max(0, at - 8), at)
                          or _last_sentence(text, at, match.end()))  # "de laatste volzin"
                if before:
                    found.append(Anchor(before.start(), QUALIFIER, match.end()))
                elif previous := _PREVIOUS_BEFORE.search(text, max(0, at - 16), at):
                    found.append(Anchor(previous.start(), ANAPHOR, match.end()))  # "de vorige volzin(nen)"
    if "streep" in lowered:  # "het eerste aandachtsstreepje" (grammar.QUALIFIER's dash)
        for match in _DASH.finditer(text):
            if before := _ORDINALS_BEFORE.search(text, max(0, match.start() - 60), match.start()) or _NTH_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                found.append(Anchor(before.start(), QUALIFIER, match.end()))
    if "-grond" in lowered:  # "de a-grond"
        for match in _GROUND.finditer(text):
            found.append(Anchor(match.start(), ANAPHOR, match.end()))
    if "onderdeel" in lowered:  # "voor zover dat onderdeel …": the onderdeel just named
        for match in _THAT_ONDERDEEL.finditer(text):
            found.append(Anchor(match.start(), ANAPHOR, match.end()))
    for words in (*_THIS_LAW, *OWN_WORDS):  # owninstrument.py
        at, size = lowered.find(words), len(words)
        while at >= 0:
            # "artikel 15 van deze regeling": the article's (15); "de toepassing van deze regeling": its own
            own = words in _THIS_LAW or not _UNIT_OF.search(text, max(0, at - 40), at)
            if own and _word_start(text, at) and not lowered[at + size : at + size + 1].isalnum():
                found.append(Anchor(at, ANAPHOR, at + size))
            at = lowered.find(words, at + size)
    at = lowered.find("de voorgestelde wijziging")
    while at >= 0:  # the bill's change of the article discussed
        if _word_start(text, at):
            found.append(Anchor(at, ANAPHOR, at + 25))
        at = lowered.find("de voorgestelde wijziging", at + 25)
    for match in _THIS_BESLUIT.finditer(text) if "besluit" in lowered else ():  # thisbesluit.py
        found.append(Anchor(match.start(), ANAPHOR, match.end()))
    at = lowered.find("de onderhavige wet")
    while at >= 0:  # "de onderhavige wet": the bill under discussion
        if _word_start(text, at) and not lowered[at + 18 : at + 19].isalnum():
            found.append(Anchor(at, ANAPHOR, at + 18))
        at = lowered.find("de onderhavige wet", at + 18)
    if ":" in text or " lid " in lowered:
        for match in _COLON_OR_LID.finditer(text):
            start = _NUMBER_START.search(text, max(0, match.start() - 12), match.start() + 1)
            begin = start.start() if start else match.start()
            before = text[begin - 1] if begin else " "
            if before not in "0123456789.:/,€-" and not before.isalpha():
                found.append(Anchor(begin, NUMBER, begin))
    if "door:" in lowered or "«" in text or "»" in text or "gevoegd:" in lowered or "luidende:" in lowered:  # new or quoted words: «en 27, eerste lid»
        found.extend(Anchor(m.start(), NUMBER, m.start()) for m in _NEW_WORDS_NUMBER.finditer(text)
                     if _NEW_WORDS_BEFORE.search(text, max(0, m.start() - 12), m.start()))  # fmt: skip
    found.extend(Anchor(m.start(), NUMBER, m.start()) for m in _DOTTED_BEFORE_LAW.finditer(text))
    if any(treaty in text for treaty in _TREATIES):
        found.extend(Anchor(match.start(), NUMBER, match.start()) for match in _TREATY_NUMBERS.finditer(text))
    found.sort(key=lambda a: (a.start, _ORDER[a.kind]))
    return found


# "de verbodsartikelen 2.1 en 2.2 van de Wabo", "delegatieartikel 5": a compound before a number
_COMPOUND = re.compile(r"(?<=[a-z]{4})artikel(?:en)?\s+\d")


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def _lid(text: str, match: re.Match[str], found: list[Anchor]) -> None:
    """Add the qualifier that ends or starts with this "lid": "het eerste en tweede lid",
    "2e lid", "lid 2"; and "dat lid" as an anaphor."""
    at = match.start()
    before = _ORDINALS_BEFORE.search(text, max(0, at - 160), at)
    if before:
        found.append(Anchor(before.start(), QUALIFIER, match.end()))
        return
    nth = _NTH_BEFORE.search(text, max(0, at - 40), at)
    if nth:
        found.append(Anchor(nth.start(), QUALIFIER, match.end()))
    elif _DIGITS_AFTER.match(text, match.end()) or _CARDS_AFTER.match(text, match.end()):
        found.append(Anchor(at, QUALIFIER, match.end()))
        _anaphor_before(text, at, found)
    else:
        _anaphor_before(text, at, found)


def _anaphor_before(text: str, at: int, found: list[Anchor]) -> None:
    determiner = _DETERMINER_BEFORE.search(text, max(0, at - 24), at)
    if determiner and _word_start(text, determiner.start()):
        found.append(Anchor(determiner.start(), ANAPHOR, at))


def _last_sentence(text: str, at: int, end: int) -> re.Match[str] | None:
    """Return "de laatste" before a sentence word at `at`: always before "volzin", before "zin" only
    where an instruction's verb stands in its sentence (prose speaks of its own last sentence)."""
    last = _LAST_BEFORE.search(text, max(0, at - 16), at)
    if last is None or text[at:end].lower() == "volzin":
        return last
    start, stop = text.rfind(".", 0, at) + 1, text.find(".", end)
    return last if _CHANGES_NEAR.search(text, start, stop if stop >= 0 else len(text)) else None
