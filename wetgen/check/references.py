"""Reference rules: every formal reference in the bill's text must point at something real.

A Roman-numbered "artikel II" in a wijzigingswet is an article of the bill itself; an Arabic
"artikel 12" there is an article of the amended law (unless another law is named), and must be
one the bill names, changes or creates. Leden and onderdelen are checked where the bill knows
them: its own articles, and articles it inserts.

A reference is read whole before the law it names is looked for: "artikel 21, tweede lid,
onderdeel a, van de Woningwet" names the Woningwet, "artikel 4:8" is one article (Awb-style
numbers), and "de artikelen 12 en 13" are two. Quoted words are fragments of the amended law's
text, not references of this bill, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wetgen import ids
from wetgen.check.walk import TextSpot, instructions, texts
from wetgen.errors import Diagnostic, Severity
from wetgen.messages import Message, t
from wetgen.model import Action, Article, Bill, Division
from wetgen.source import focus

_ORD = "|".join(ids.ordinal(n) for n in range(1, 21))
_NUMBER = r"(?:[IVXLC]+[A-Z]?|\d+[a-z]*(?:[.:]\d+[a-z]*)*)\b"
REFERENCE = re.compile(
    rf"(?<!\w)[Aa]rtikel\s+(?P<art>{_NUMBER})"
    rf"(?:,\s*(?P<lid>{_ORD})\s+lid)?"
    r"(?:,\s*(?:aanhef en\s+)?onderdeel\s+(?P<ond>[A-Za-z]{1,3})\b)?"
    rf"(?P<rest>(?:,\s*(?:aanhef|onder\s+\w+°?|onderdelen?\s+\w+(?:\s+en\s+\w+)?|(?:{_ORD})\s+(?:volzin|zin)))*)"
)
PLURAL = re.compile(rf"(?<!\w)[Aa]rtikelen\s+(?P<list>{_NUMBER}(?:(?:,\s*|\s+en\s+|\s+tot en met\s+){_NUMBER})*)")
# the law named right after a reference ("…, van de Woningwet", "van deze wet", "van Boek 7")
LAW = re.compile(r",?\s+van\s+(?:(?:de|het|deze|die)\s+)?(?P<name>[A-Z][^,;.:]*|wet\b[^,;.:]*|regeling\b)")
# "het tweede lid" on its own is a lid of the same article; literal "het " first keeps it fast
OWN_LID = re.compile(rf"het (?P<lid>{_ORD})\s+lid\b(?!,?\s+van\s)")
@dataclass(frozen=True)
class _Known:
    """What the bill knows exists: its own articles and the amended law's articles."""

    own: dict[str, Article]
    amended_articles: set[str]
    created: dict[str, Article]
    amended_law_names: set[str]


def check_references(bill: Bill) -> list[Diagnostic]:
    """Return findings for references that do not resolve."""
    known = _known(bill)
    amending_law = bill.is_amending_law
    found: list[Diagnostic] = []
    for spot in texts(bill):
        if not spot.fragment:
            found += _check_spot(spot, known, amending_law)
    return found


def _known(bill: Bill) -> _Known:
    own = {a.number: a for a in bill.articles()}
    amended: set[str] = set()
    created: dict[str, Article] = {}
    names: set[str] = set()
    for article in bill.articles():
        if article.amends is not None:
            names.add(article.amends.citeertitel)
            amended.update(article.amends.known_articles)
    for _article, instruction in instructions(bill):
        for place in instruction.places:
            for part in place.chain:
                if part.unit == "artikel" and instruction.action is not Action.RENUMBER:
                    amended.update(part.numbers)
        if instruction.action is Action.RENUMBER and instruction.target.unit() == "artikel":
            amended.add(instruction.new)
        for unit in instruction.payload:
            _collect_created(unit, created)
    amended.update(created)
    return _Known(own, amended, created, names)


def _collect_created(unit: object, created: dict[str, Article]) -> None:
    if isinstance(unit, Article):
        created[unit.number] = unit
    elif isinstance(unit, Division):
        for child in unit.children:
            _collect_created(child, created)


def _check_spot(spot: TextSpot, known: _Known, amending_law: bool) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    if "rtikel" not in spot.text and " lid" not in spot.text:
        return found
    for m in REFERENCE.finditer(spot.text):
        if _other_law(spot.text, m.end(), known):
            continue  # another law: recorded elsewhere, not ours to resolve
        number = m.group("art")
        found += _check_number(number, m, spot, known, amending_law)
    for m in PLURAL.finditer(spot.text):
        if _other_law(spot.text, m.end(), known):
            continue
        for number in re.findall(_NUMBER, m.group("list")):
            found += _check_number(number, None, spot, known, amending_law)
    if spot.article is not None and spot.article.leden and " lid" in spot.text:
        numbers = {lid.number for lid in spot.article.leden}
        for m in OWN_LID.finditer(spot.text):
            if m.start() and spot.text[m.start() - 1].isalnum():
                continue
            value = ids.ordinal_value(m.group("lid"))
            if value is not None and str(value) not in numbers:
                message = t("REF001.no-such-own-lid", lid=m.group("lid"), number=spot.article.number)
                found.append(_ref(message, spot, m))
    return found


def _other_law(text: str, end: int, known: _Known) -> bool:
    """Tell whether the reference ending at `end` names a law other than the amended one."""
    law = LAW.match(text, end)
    return bool(law) and not any(name in law.group("name") for name in known.amended_law_names if name)


def _check_number(number: str, m: re.Match[str] | None, spot: TextSpot, known: _Known, amending_law: bool
                  ) -> list[Diagnostic]:  # fmt: skip
    is_roman = ids.is_roman_number(number)
    if amending_law and not spot.in_amended_law and is_roman:
        return _resolve(m, known.own.get(number), spot, t("term.article-of-this-bill", number=number))
    if amending_law:
        if number not in known.amended_articles:
            return [_ref(t("REF002.not-named", number=number), spot, m, t("hint.add-to-wijzigt"), Severity.WARNING)]
        if number in known.created:
            return _resolve(m, known.created[number], spot, t("term.article", number=number))
        return []
    return _resolve(m, known.own.get(number), spot, t("term.article", number=number))


def _resolve(m: re.Match[str] | None, article: Article | None, spot: TextSpot, label: Message) -> list[Diagnostic]:
    if article is None:
        return [_ref(t("REF001.no-such-article", label=label), spot, m)]
    if m is None:
        return []
    lid_word, onderdeel = m.group("lid"), m.group("ond")
    if lid_word:
        number = str(ids.ordinal_value(lid_word))
        lid = next((x for x in article.leden if x.number == number), None)
        if lid is None:
            return [_ref(t("REF001.no-such-lid", label=label, lid=lid_word), spot, m)]
        if onderdeel and onderdeel not in {i.number for i in lid.items}:
            return [_ref(t("REF001.no-such-onderdeel-in-lid", label=label, lid=lid_word, onderdeel=onderdeel), spot, m)]
    elif onderdeel:
        pool = {o.number for o in article.onderdelen} | {i.number for i in article.items}
        if onderdeel not in pool:
            return [_ref(t("REF001.no-such-onderdeel", label=label, onderdeel=onderdeel), spot, m)]
    return []


def _ref(message: Message, spot: TextSpot, m: re.Match[str] | None = None, hint: str = "",
         severity: Severity = Severity.ERROR) -> Diagnostic:  # fmt: skip
    at = focus(spot.text, m.start(), m.end()) if m is not None else None
    return Diagnostic.of(message, spot.loc, hint, severity, "Ar 3.29", at)
