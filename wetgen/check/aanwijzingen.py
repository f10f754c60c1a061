"""Rules from the Aanwijzingen voor de regelgeving; each finding cites its Ar number."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from wetgen import ids
from wetgen.check.walk import instructions, texts
from wetgen.errors import Diagnostic, Severity
from wetgen.messages import Message, t
from wetgen.model import WORD_ACTIONS, Action, Article, Bill, Division
from wetgen.source import Focus, SourceLocation, focus

CITEERTITEL = re.compile(r"^Deze wet wordt aangehaald als:\s*(?P<title>.+?)\.?$")
CITEERTITEL_WRONG = re.compile(r"^Deze wet (kan|zal) worden aangehaald als", re.IGNORECASE)
# "treedt in werking", also with words between: "treedt, onder verwijzing naar …, in werking"
INWERKING = re.compile(r"\btreed[t]?\b[^.]*?\bin werking\b|\btreden\b[^.]*?\bin werking\b")
VERKLARINGSWET = "Er bestaat grond"  # a Grondwet bill (Gw 137) enters into force on publication
KB = re.compile(r"koninklijk besluit", re.IGNORECASE)
DIFFERENTIATED = "verschillend kan worden vastgesteld"
# one pattern per form, each starting with a literal, so the regex engine can skip ahead fast
AVOIDED_FORMS = tuple(re.compile(p) for p in (r"lid\s+\d+", r"sub\s+[a-z0-9]\b", r"letter\s+[a-z]\b"))
# An opschrift names the subject ("Wijziging van …", "Regels …", "Partiële wijziging …"); one that
# starts with a law's name or "Voorstel" names the document instead.
OPSCHRIFT_NOT = re.compile(r"^(?:Voorstel|Wetsvoorstel|Wet\b|\w+wet\b|Rijkswet\b)")
INSERTED_ARTICLE = re.compile(r"^(?P<base>\d+(?:\.\d+)?)(?P<letter>[a-z]+)$")
QUOTE_MARKS = "\"'«»“”„‘’"
ONDERDEEL_LETTER = re.compile(r"^(?:0|[a-z])?([A-Z])\1*[a-z]?$")  # A, AA, Da (inserted), 0A, aA (before A)


def _d(rule: str, message: Message, loc: SourceLocation, hint: str = "",
       severity: Severity = Severity.WARNING, at: Focus | None = None) -> Diagnostic:  # fmt: skip
    return Diagnostic.of(message, loc, hint, severity, rule, at)


def citeertitel_article(bill: Bill) -> list[Diagnostic]:
    """Ar 4.25: the bill has a citeertitel article in the fixed formula, naming the citeertitel."""
    for article in bill.articles():
        m = CITEERTITEL.match(article.text)
        if m:
            if m.group("title") != bill.citeertitel:
                return [_d("Ar 4.25", t("AR001.names-other", named=m.group("title"), title=bill.citeertitel),
                           article.loc, severity=Severity.ERROR)]  # fmt: skip
            last = list(bill.articles())[-1]
            if article is not last:
                return [_d("Ar 4.25", t("AR002.not-last"), article.loc)]
            return []
        if CITEERTITEL_WRONG.match(article.text):
            return [_d("Ar 4.25", t("AR001.not-standard"), article.loc, t("hint.citeertitel-formula"))]
    if not bill.citeertitel:
        return []
    return [_d("Ar 4.25", t("AR001.missing"), bill.loc, t("hint.add-citeertitel", title=bill.citeertitel))]


def citeertitel_capitals(bill: Bill) -> list[Diagnostic]:
    """Ar 4.25: only the first word of a citeertitel takes a capital (names of laws aside)."""
    words = bill.citeertitel.split()[1:]
    capitals = [w for w in words if w[:1].isupper() and not re.search(r"(wet|Wetboek|Grondwet)\b", w)]
    if capitals:
        return [_d("Ar 4.25", t("AR003.capital", word=capitals[0]), bill.loc)]
    return []


def inwerkingtreding(bill: Bill) -> list[Diagnostic]:
    """Ar 4.21/4.22: there is an inwerkingtreding article; by KB it may differ per article."""
    articles = list(bill.articles())
    rule = next((a for a in articles if "in werking" in (own := _own_text(a)) and INWERKING.search(own)), None)
    if rule is None:
        if any(a.text.startswith(VERKLARINGSWET) for a in articles):
            return []
        return [_d("Ar 4.21", t("AR004.missing"), bill.loc, t("hint.inwerkingtreding"))]
    text = _own_text(rule)
    if KB.search(text) and len(articles) > 2 and DIFFERENTIATED not in text:
        # a choice, not a fault: a single date by KB is as valid (Ar 4.22 says "kan")
        return [_d("Ar 4.22", t("AR005.one-date"), rule.loc, t("hint.differentiated", words=DIFFERENTIATED),
                   Severity.INFO)]  # fmt: skip
    return []


def roman_numbering(bill: Bill) -> list[Diagnostic]:
    """Ar 6.6: the articles of a wijzigingswet carry Roman numerals (I, II, IA); a new law that
    starts with its own provisions (second lid) or an aanpassingswet in hoofdstukken (third
    lid) may number in Arabic."""
    articles = [a for a in bill.articles() if a.number.lower() != "enig"]
    if not bill.is_amending_law or not articles or not articles[0].is_amending:
        return []
    if any(isinstance(node, Division) for node in bill.body):
        return []
    return [
        _d("Ar 6.6", t("AR006.roman", number=a.number), a.loc)
        for a in articles
        if not ids.is_roman_number(a.number)
    ]


def one_article_per_law(bill: Bill) -> list[Diagnostic]:
    """Ar 6.6: one amending article per amended law."""
    seen = Counter(a.amends.citeertitel for a in bill.articles() if a.amends)
    return [
        _d("Ar 6.6", t("AR007.more-articles", law=a.amends.citeertitel), a.loc, t("hint.one-article"))
        for a in bill.articles()
        if a.amends and seen[a.amends.citeertitel] > 1
    ][1:]


def onderdeel_lettering(bill: Bill) -> list[Diagnostic]:
    """Ar 6.15: the onderdelen of an amending article are lettered A, B, …, AA, BB (Da when inserted)."""
    return [
        _d("Ar 6.15", t("AR008.lettering", number=o.number), o.loc)
        for a in bill.articles()
        for o in a.onderdelen
        if not ONDERDEEL_LETTER.match(o.number)
    ]


def avoided_reference_forms(bill: Bill) -> list[Diagnostic]:
    """Ar 3.29: references say "tweede lid" and "onderdeel a", not "lid 2", "sub a" or "letter a"."""
    found = []
    for spot in texts(bill):
        for pattern in AVOIDED_FORMS:
            for m in pattern.finditer(spot.text):
                if m.start() and spot.text[m.start() - 1].isalnum():
                    continue  # "sublid 2" or "bijlid" are not the form
                found.append(_d("Ar 3.29", t("AR009.avoid", form=m.group(0)), spot.loc, _better_form(m.group(0)),
                                at=focus(spot.text, m.start(), m.end())))  # fmt: skip
    return found


def _better_form(form: str) -> Message:
    word, _, value = form.partition(" ")
    value = value.strip()
    if word == "lid" and value.isdigit():
        return t("hint.write-instead", words=f"{ids.ordinal(int(value))} lid")
    return t("hint.write-instead", words=f"onderdeel {value}")


def quoted_words(bill: Bill) -> list[Diagnostic]:
    """Ar 6.9: quotation marks are generated around quoted words. Words that start and end with
    quotation marks were perhaps typed with them (info: they may be the law's); a free-text word replacement
    quotes the old words but not the new ones (unless the bill uses the colon form)."""
    found = []
    for _article, instruction in instructions(bill):
        for clause in (instruction, *instruction.joined):
            if clause.action not in WORD_ACTIONS:
                continue
            for words in (clause.old, clause.new, clause.anchor):
                if len(words) > 1 and words[0] in QUOTE_MARKS and words[-1] in QUOTE_MARKS:
                    found.append(_d("Ar 6.9", t("AR010.marks-in-words"), clause.loc, t("hint.leave-marks-out"),
                                    Severity.INFO))  # fmt: skip
        if instruction.action is Action.FREE and not bill.style.colon and _unquoted_new(instruction.free_text):
            found.append(_d("Ar 6.9", t("AR010.both-quoted"), instruction.loc))
    return found


def _unquoted_new(text: str) -> bool:
    """Tell whether free text replaces quoted words by unquoted ones ("«a» vervangen door b")."""
    before, found, after = text.partition("vervangen door")
    if not found or not re.search(r'["“”„«\']', before):
        return False  # not a replacement of quoted words ("… wordt vervangen door twee leden")
    return not re.match(r'\s*(?::|["“”„«\'])', after)


def opschrift_subject(bill: Bill) -> list[Diagnostic]:
    """Ar 4.4: the opschrift of a voorstel names only its subject ("Wijziging van …", "Regels …")."""
    if not bill.opschrift:
        return []
    if bill.opschrift.endswith("."):
        return [_d("Ar 4.4", t("AR011.full-stop"), bill.loc)]
    if OPSCHRIFT_NOT.match(bill.opschrift) or bill.opschrift == bill.citeertitel:
        return [_d("Ar 4.4", t("AR011.subject"), bill.loc)]
    return []


def enig_artikel(bill: Bill) -> list[Diagnostic]:
    """Ar 3.54: a law of a single article calls it "Enig artikel"."""
    articles = list(bill.articles())
    if len(articles) == 1 and articles[0].number.lower() != "enig":
        return [_d("Ar 3.54", t("AR012.enig"), articles[0].loc)]
    return []


def inserted_article_numbers(bill: Bill) -> list[Diagnostic]:
    """Ar 6.16: an article inserted after artikel 28 is numbered 28a, 28b, …."""
    found = []
    for _article, instruction in instructions(bill):
        if instruction.action is not Action.INSERT or instruction.target.unit() != "artikel" or instruction.within:
            continue
        base = instruction.target.artikel
        for n, unit in enumerate(instruction.payload):
            if not isinstance(unit, Article):
                continue
            m = INSERTED_ARTICLE.match(unit.number)
            after_base = m and (m.group("base") == base or base.startswith(m.group("base")))
            if not after_base and not instruction.before and not _next_number(base, unit.number, n):
                found.append(_d("Ar 6.16", t("AR013.inserted", base=base, number=unit.number), unit.loc))
    return found


def _next_number(base: str, number: str, offset: int) -> bool:
    """Tell whether `number` continues the numbering after `base` (42 → 43, 3.9 → 3.10): new
    articles after the last one of a law or chapter are numbered on, not lettered (Ar 6.16)."""
    head, _, last = base.rpartition(".") if "." in base else ("", "", base)
    if not last.isdigit():
        return False
    expected = str(int(last) + 1 + offset)
    return number == (f"{head}.{expected}" if head else expected)


def overgangsrecht(bill: Bill) -> list[Diagnostic]:
    """Ar 5.59: a wijzigingswet considers overgangsrecht (an article on it, or a reason in the toelichting)."""
    if not bill.is_amending_law:
        return []
    for article in bill.articles():
        if "overgang" in article.opschrift.lower() or "overgangsrecht" in article.toelichting.lower():
            return []
    for _article, instruction in instructions(bill):  # an overgangsbepaling inserted into the law
        if any(isinstance(u, Article) and "overgang" in u.opschrift.lower() for u in instruction.payload):
            return []
    if "overgangsrecht" in bill.toelichting.algemeen.lower():
        return []
    return [_d("Ar 5.59", t("AR014.overgangsrecht"), bill.loc, severity=Severity.INFO)]


def free_text(bill: Bill) -> list[Diagnostic]:
    """Report instructions written as free text: their wording is not generated or checked."""
    return [
        _d("Ar 6.9", t("AMD001.free-text"), i.loc, t("hint.structured-actie"))
        for _article, i in instructions(bill)
        if i.action is Action.FREE and i.free_text
    ]


def _own_text(article: Article) -> str:
    return " ".join([article.text, *(lid.text for lid in article.leden)])


RULES: tuple[Callable[[Bill], list[Diagnostic]], ...] = (
    citeertitel_article,
    citeertitel_capitals,
    inwerkingtreding,
    roman_numbering,
    one_article_per_law,
    onderdeel_lettering,
    avoided_reference_forms,
    quoted_words,
    opschrift_subject,
    enig_artikel,
    inserted_article_numbers,
    overgangsrecht,
    free_text,
)


def check_aanwijzingen(bill: Bill) -> list[Diagnostic]:
    """Run every Aanwijzingen rule on the bill."""
    return [d for rule in RULES for d in rule(bill)]
