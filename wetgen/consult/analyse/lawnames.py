"""The names of laws a text may cite: citeertitels, short forms and abbreviations.

The laws a bill amends are named by the bill (`LawRef.citeertitel`, and the forms people make of
it: "Huisvestingswet", "Hw 2014"); every other law comes from the shipped list in
`data/wetten.tsv` (citeertitels, other names and abbreviations from the BWB metadata, each row
with its source). A law the list does not know is still read when its name has the shape of
one ("Ambtenarenwet", "Wet rechtstoestand dienstplichtigen"), and is then kept as written.

The Burgerlijk Wetboek is cited by book (codes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from wetgen.consult.analyse.billnames import bill_number
from wetgen.consult.analyse.codes import (
    BOOK_FIRST,
    BOOK_ORDINALS,
    BW,
    book_number,
    book_of,
    code_citeertitel,
    is_code,
)
from wetgen.consult.analyse.datedlaws import dated_law, ranged, year_after
from wetgen.consult.analyse.houserules import house_rules
from wetgen.consult.analyse.listednames import LISTED
from wetgen.consult.analyse.listedtitles import title_run_end, title_year_end
from wetgen.consult.analyse.titlename import title_name

DATA = Path(__file__).with_name("data") / "wetten.tsv"
_LETTER = r"[^\W\d_]"
# a framework law named by its subject in lower case: "Kaderwet adviescolleges"
_FRAME_LAW = re.compile(r"(?:Kaderwet|Raamwet|Beginselenwet)\s+(?=[a-z])")  # "Beginselenwet gevangeniswezen"
# a law the list does not know, by the shape of its name: "Ambtenarenwet", "Tracéwet 1993",
# "Algemene Kinderbijslagwet", "Wet rechtstoestand dienstplichtigen", "Besluit X", "Bouwbesluit
# 2012" (an AMvB named in one word with its year), "Reclasseringsregeling 1995" (a regeling: only with its year); two words
# that share their end, the first with a hyphen: "Flora- en faunawet", "Drank- en Horecawet"
# words that put a year after a law's name in prose ("de Woningwet sinds 2015"), not in its title
_NO_TITLE_WORD = r"(?:sinds|vanaf|per|tot|in|na|voor|uit|van|op|met|en|of|is|was|werd|wordt|rond|omstreeks|tussen|eind|begin|medio|uiterlijk|tijdens|jaar|het|de|een)\b"
# words that end "de Tijdelijke referendumwet" ("… treedt"); another lower-case word goes on ("Algemene pensioenwet gewezen …")
_VERB_AFTER = r"(?:treedt|treden|wordt|worden|was|bepaalt|bepaalde|regelt|regelde|geldt|gold|vervalt|luidt|luidde|kent|van|voor|met|tot|die|dat|zoals|als)\b"
_ONE_WORD = re.compile(
    # (an "Algemene" law with an adjective before its head in lower case: "Algemene burgerlijke pensioenwet", not a
    # "… wet" in lower case elsewhere: "de uitvoeringswet")
    rf"(?:(?:Algemene|Tijdelijke)\s+(?-i:[a-z]{{4,}}e)\s+(?=[a-z]+wet\b(?![ \t]+[a-z]{{3,}}))[a-z]|(?:Algemene|Tijdelijke)\s+(?=[a-z]{{3,}}wet(?![\w-])(?![ \t]+(?!{_VERB_AFTER})[a-z]{{3,}}))[a-z]"
    rf"|(?:(?:Algemene|Tijdelijke)\s+)?(?:[A-Z]{_LETTER}*-\s+(?:en|of)\s+[a-zA-Z]|[A-Z]))"
    rf"{_LETTER}*(?:-{_LETTER}+)*(?:wet|wetboek|verdrag|(?<=[a-z]{{3}})besluit|(?<=[a-z]{{3}})regeling(?=[ \t]+(?:19|20)\d\d(?!\d)))(?![\w-])"
    r"(?:(?:\s+(?!" + _NO_TITLE_WORD + r")[a-z]{3,}){1,3}?\s+\d{4}(?!\d)|[ \t]+(?:\d{4}|20[\dX]X|BES)(?![\dX])"
    r"|(?<=besluit)[ \t]+I{1,3}(?![\w-]|\.\w)"  # "Meetinstrumentenbesluit I"
    r")?"
)  # a title in lower case before its year is part of it: "Organisatiewet sociale verzekeringen 1997"; "Politiewet 201X" of a draft
# an EU act by its number: "Richtlijn 2011/95/EU", "Verordening (EU) 2016/679", "richtlijn
# nr. 2006/123/EG"
_EU_ACT = re.compile(
    r"(?i:(?:gedelegeerde\s+|uitvoerings)?(?:richtlijn|verordening|besluit|kaderbesluit))\s+"
    r"(?:\((?:EU|EG|EEG|Euratom)\)\s*)?(?:(?:nr\.|nummer)\s*)?\d{1,4}/\d{1,4}(?:/(?:EU|EG|EEG|JBZ))?(?![\w/])"
)
# the treaties of the Union: "Verdrag betreffende de werking van de Europese Unie", "EG-Verdrag"
_EU_TREATY = re.compile(
    r"(?i:Verdrag\s+(?:betreffende\s+de\s+(?:werking\s+van\s+de\s+)?Europese\s+Unie"
    r"|tot\s+oprichting\s+van\s+de\s+Europese\s+(?:Economische\s+)?Gemeenschap(?:pen)?))"
    r"|(?:EG|EU|EEG|EGKS)[- ][Vv]erdrag|VWEU|VEU"
)
_EU_TREATY_AT = re.compile(rf"(?:{_EU_TREATY.pattern})(?![\w-])")
_HEAD_WORD = re.compile(
    # (an adjective before a besluit or regeling: "Financieel besluit handelsregister", "Tijdelijke regeling …")
    r"(?:(?:Algemene|Tijdelijke)\s+[Ww]et|Algemene\s+(?:plaatselijke\s+)?(?i:[a-z]*verordening)|Algemeen\s+uitvoeringsbesluit"
    r"|(?:Algemeen|Tijdelijk|Financieel)\s+besluit|(?:Algemene|Tijdelijke|Financiële)\s+regeling|Wet|Besluit|Rijkswet|Kaderwet|Kaderbesluit|Kaderregeling|Raamwet|Beginselenwet|Invoeringswet|Aanvullingswet|Wetboek|Regeling"
    r"|Instellingswet|Aanpassingswet|Uitvoeringswet|Verzamelwet|Reparatiewet|Veegwet|Spoedwet"
    r"|Reglement|Verdrag|Uitvoeringsregeling|Uitvoeringsbesluit|Beleidsregel|Leidraad"
    # the Caribbean forms (Curaçao, Aruba, Sint Maarten, the former Nederlandse Antillen)
    r"|Landsverordening|Landsbesluit|Eilandsverordening|Eilandsbesluit|Eilandenregeling"
    r"|Staatsregeling)\s+"  # the constitution of Curaçao, Aruba or Sint Maarten
)
_BARE_HEADS = frozenset({"Rijkswet", "Kaderwet", "Raamwet", "Invoeringswet", "Aanvullingswet", "Spoedwet"})  # a kind of law, no name alone
# heads used alone as often ("de Verzamelwet wijzigt …"): a title only where a capital starts it
# ("Instellingswet Autoriteit Consument en Markt", "Aanpassingswet Wet maatschappelijke ondersteuning")
_NAMED_HEADS = frozenset({"Instellingswet", "Aanpassingswet", "Uitvoeringswet", "Verzamelwet", "Reparatiewet", "Veegwet"})
# names that may start in lower case: "boek 7 BW", "richtlijn 2006/123/EG"
_LOWER_HEADS = frozenset("boek richtlijn verordening gedelegeerde uitvoeringsverordening kaderbesluit besluit".split()) | frozenset(
    BOOK_ORDINALS)  # "tweede boek van het Burgerlijk Wetboek"
_NOUN_AFTER = re.compile(r"(?!daar|overig|ander|genoemd|betrokken|desbetreffend|bijbehorend|daarbij)(?-i:[a-z]{4,})(?![\w-])(?<!artikel)(?<!artikelen)(?<!bepalingen)(?<!regels)(?<!wet)(?!\s+(?:van|bij|op|die|dat)\b)")
_WORD = re.compile(r"((?:[^\W\d_]|['-])+(?:(?<=-)\d{1,4}(?![\w-]))?|\d{4})(\s+|(?=\W|$))")  # ("covid-19" is one word)
_TOKEN = re.compile(r"[\w'-]+")
_LAST_TOKEN = re.compile(r"[\w'-]+$")
_CONNECTORS = frozenset("op de het van en inzake ter tot voor in der naar door met".split())
_STOP = frozenset(
    "als is zijn wordt worden werd waren was die dat deze dit waarin waarbij waarop bedoeld "
    "genoemd genoemde of maar ook niet wel nog al om te aan bij zo zal zullen kan kunnen moet "
    "moeten mag mogen heeft hebben had bepaalt bepalen regelt regelen geldt gelden vervalt "
    "vervallen luidt komt komen blijft blijven voorziet biedt stelt gesteld opgenomen artikel "
    "artikelen art lid leden onderdeel hoofdstuk paragraaf afdeling een ten "
    # "… Drank- en horecawet jo. artikel 37 van die wet": juncto joins two provisions
    "jo juncto "
    # finite verbs that follow a law as its subject: "De Wet X treedt in werking met ingang van …"
    "treedt treden vindt vinden gaat gaan geeft geven kent kennen legt leggen maakt maken "
    "brengt brengen houdt houden bevat bevatten verleent verlenen werking "
    # a particle after the name: "… Noord-Brabant toe en hanteert"
    "toe "
    # words no title holds: "de Wet inburgering zoals die luidde", "het op de Wet X gebaseerde Besluit Y"
    "zoals gebaseerd gebaseerde "
    # a participle or verb after a law named by its kind ("van het Besluit bedoelde gezinsleden", "… het Besluit bedraagt 6%")
    "bedoelde vermeld vermelde bedraagt bedroeg bezig".split()
)
# a name by shape ends before a verb; the verb is known by what follows it in the clause: a
# subject pronoun ("van het Reglement van Orde zend ik u") or an article with no preposition
# before it ("het Verdrag noemt de staten"), which no name of a law has
_PRONOUNS = frozenset("ik u wij we jij je hij zij ze men".split())
# the words after which a title goes on with "de" or "het": "Wet op de …", "… over de weg", "… door het …"
_BEFORE_THE = _CONNECTORS | frozenset(
    "over bij aan om tegen uit onder omtrent betreffende tussen binnen na via tijdens zonder volgens krachtens "
    "wegens jegens rond naast vanaf vanuit ingevolge achter boven buiten langs sinds tot".split()
)
_AFTER_VERB = _PRONOUNS | frozenset("de het een".split())
# the verbs of which Onze Minister is the subject after a law's name ("… van de Wet X vervangt Onze Minister het
# bedrag"): a title may hold "Onze Minister" itself ("Besluit delegatie bevoegdheden Onze Minister van Defensie")
_BEFORE_MINISTER = frozenset("vervangt stelt kan kent verleent bepaalt wijst neemt geeft zendt doet draagt legt maakt "
                             "verstrekt beslist besluit verhoogt verlaagt wijzigt past".split())
# how a verb before them ends: "regelt", "wordt", "bepalen" (a title's last
# word rarely does: "orde", "Curaçao", "2014")
_VERB_ENDINGS = ("t", "en")
# a past participle that ends its clause ("gebracht.", "geregeld,") is the verb after a title, not its word
# (not a compound noun that looks like one: "Besluit omgevingsrecht;", "… het Natura 2000-gebied.")
_SEPARABLE = r"(?:onder|op|in|aan|af|uit|vast|over|door|mee|toe|bij|voor|na|om|weg|terug)"  # "ondergebracht", "toegekend"
_PARTICIPLE_AT_END = re.compile(r"(?![a-z]*(?:ings|heids|recht\b|plicht\b|gebied\b|geluid\b|gewicht\b|gezicht\b))"
                                rf"(?:{_SEPARABLE}ge[a-z]{{2,}}(?:en|[dt])|ge[a-z]{{2,}}(?<!hei)[dt])"
                                r"(?=[.,;:]|\s*\(|\s*$)")  # "… ondergebracht.", "… opgenomen (zie …)"
# a separable verb's participle before the noun it qualifies ("de Regeling X toegekend contingent", "het Besluit Y
# vastgesteld tarief"): a clause's verb, as no title holds one
_PARTICIPLE_BEFORE_NOUN = re.compile(rf"{_SEPARABLE}ge[a-z]{{2,}}(?:[dt]\s+[a-z]|en\s+[A-Za-z])")  # "… aangewezen Regionale …"
# words that take an article in a title ("Wet houdende regels omtrent de …") and are no verb
_BEFORE_ARTICLE = frozenset("omtrent betreffende houdende tegen over onder uit tussen na wegens".split())


class LawName(NamedTuple):
    """One law of the shipped list: its citeertitel, other names, abbreviations and source."""

    citeertitel: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    identifier: str  # BWB id (BWBR…, BWBV…) or CELEX number
    source: str


class Found(NamedTuple):
    """A law name in a text: where it is, and the law it names (its citeertitel)."""

    start: int
    end: int
    law: str


@lru_cache(maxsize=1)
def shipped_laws() -> tuple[LawName, ...]:
    """Return the shipped list of laws (data/wetten.tsv), in file order."""
    laws = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        title, names, abbreviations, identifier, source = line.split("\t")
        laws.append(LawName(title, _split(names), _split(abbreviations), identifier, source))
    return tuple(laws)


def is_eu_act(law: str) -> bool:
    """Tell whether a law is an act of the EU's secondary legislation (a regulation, directive or
    decision: "Richtlijn 2011/95/EU", the AVG by its CELEX number), whose articles a text about a
    Dutch bill names only in passing."""
    if _EU_ACT.fullmatch(law) or _EU_TREATY.fullmatch(law):
        return True
    return any(x.citeertitel == law and re.fullmatch(r"3\d{4}[LRD]\d{4}", x.identifier)
               for x in shipped_laws())  # fmt: skip


def eu_treaty_end(text: str, pos: int) -> int:
    """Return where a treaty of the Union named at `pos` ends ("EG-Verdrag", "VWEU"), else `pos`."""
    found = _EU_TREATY_AT.match(text, pos)
    return found.end() if found else pos


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


# another bill named by its Kamerstuk number: "van wetsvoorstel 26 089", "van het wetsvoorstel
# 24212", "van voorstel van wet 26 932"
_OTHER_BILL = re.compile(
    r"(?i)(?:het\s+)?(?:wetsvoorstel|voorstel\s+van\s+wet)\s+(?:nr\.\s*)?(?P<number>\d{2}\s?\d{3})(?![\d\w])"
)


def other_bill(text: str, pos: int) -> Found | None:
    """Return the bill a text names by its Kamerstuk number at `pos` ("wetsvoorstel 26 089"),
    as a law named "Wetsvoorstel 26 089", or None."""
    match = _OTHER_BILL.match(text, pos)
    if not match:
        return None
    digits = match.group("number").replace(" ", "")
    return Found(match.start(), match.end(), f"Wetsvoorstel {digits[:2]} {digits[2:]}")


def own_bill_names(dossier: str) -> tuple[str, ...]:
    """Return the name `other_bill` gives the bill itself where its Kamerstuk dossier is known ("wetsvoorstel 28 863" in
    a memorie van antwoord on 28 863 is that bill), else none."""
    digits = "".join(ch for ch in dossier if ch.isdigit())
    return (f"wetsvoorstel {digits[:2]} {digits[2:]}",) if len(digits) == 5 else ()


def same_law(a: str, b: str) -> bool:
    """Tell whether two names name the same law: the same name, the same bill by its Kamerstuk
    number, or the Burgerlijk Wetboek where a book is left out or the same."""
    if normal(a) == normal(b) or (bill_number(a) and bill_number(a) == bill_number(b)):
        return True
    a, b = code_citeertitel(a), code_citeertitel(b)  # "Boek 7 van het Burgerlijk Wetboek", as bills name it
    if is_code(a) and is_code(b) and ("BES" in a) == ("BES" in b):
        return not book_of(a) or not book_of(b) or book_of(a).lower() == book_of(b).lower()
    return False


def normal(name: str) -> str:
    """Return a name as compared: lower case, single spaces."""
    return " ".join(name.split()).lower()


class LawLexicon:
    """Every name of a law that a text about one bill may use, and the law each one names."""

    def __init__(self, own: Iterable[tuple[str, Iterable[str]]] = (), bwb: dict[str, str] | None = None,
                 articles: Iterable[str] = ()) -> None:  # fmt: skip
        """Make the lexicon of the shipped list plus `own`: (citeertitel, names) of the bill
        and of the laws it amends, whose names win over the list's; `bwb` gives the BWB ids of
        the laws the bill amends, `articles` the numbers of the articles the bill has or changes."""
        self.articles = frozenset(n.lower() for n in articles)  # spacedletter.py
        self._made = (own := list(own), bwb, self.articles)
        by_name: dict[str, str] = {}
        by_abbreviation: dict[str, str] = {}
        self.by_bwb = {law.identifier.upper(): law.citeertitel for law in shipped_laws() if law.identifier}
        self.by_bwb.update({k.upper(): v for k, v in (bwb or {}).items() if k})
        for law in shipped_laws():
            for name in (law.citeertitel, *law.names):
                by_name.setdefault(normal(name), law.citeertitel)
            for short in law.abbreviations:
                by_abbreviation.setdefault(" ".join(short.split()), law.citeertitel)
                by_abbreviation.setdefault(" ".join(short.upper().split()), law.citeertitel)
        self._own_titles = tuple(title for title, _ in own if title)
        for title, names in own:
            # (a bill read by `wetgen import` may have no citeertitel yet: it names nothing)
            for name in filter(str.strip, (title, *names)):
                key = normal(name)
                cased = name is not title and name[0].isupper() and " " not in name  # "Wfz"
                if (cased or any(c.isupper() for c in name[1:])) and len(name) <= 8:
                    by_abbreviation[" ".join(name.split())] = title  # "Hw 2014"
                else:
                    by_name[key] = title
        self.by_name, self.by_abbreviation = by_name, by_abbreviation
        self.laws = frozenset({*by_name.values(), *by_abbreviation.values()})  # every law it knows
        every = [*by_name, *(a.lower() for a in by_abbreviation)]
        self._first_words = {name.split()[0] for name in every} | _LOWER_HEADS
        self._last_words = {name.split()[-1] for name in every}
        names = sorted(by_name, key=len, reverse=True)
        shorts = sorted(by_abbreviation, key=len, reverse=True)
        self._names = re.compile(
            r"(?i)(?<![\w-])(?:" + "|".join(_flexible(n) for n in names) + r")(?![^\W\d_])"
        )
        self._shorts = re.compile(
            r"(?<![\w-])(?:" + "|".join(_flexible(n) for n in shorts) + r")(?:(?![\w-])|(?<=[^\W\d])(?=\d{1,3}(?![\w-])))"
        )  # a footnote's number may follow the abbreviation: "6.24 Wro1."

    def is_own(self, title: str) -> bool:
        """Tell whether `title` is the bill's or one of the laws it amends."""
        return title in self._own_titles

    def with_laws(self, laws: Iterable[tuple[str, str]]) -> LawLexicon:
        """Return this lexicon knowing also each (title, abbreviation) a text defined."""
        own, bwb, articles = self._made
        return LawLexicon([*own, *((title, (short,)) for title, short in laws)], bwb, articles)

    def match(self, text: str, pos: int) -> Found | None:
        """Return the law name that starts at `pos`, if one does."""
        word = _TOKEN.match(text, pos)
        if not word or (
            word.group(0).lower() not in self._first_words and not word.group(0)[0].isupper()
        ):
            return None  # the quick answer for nearly every word
        book = BOOK_FIRST.match(text, pos)
        if book:
            code = "Burgerlijk Wetboek BES" if book.group("bes") else BW
            return Found(pos, book.end(), f"{code} Boek {book_number(book)}")
        best: Found | None = None
        for pattern in (self._names, self._shorts):
            hit = pattern.match(text, pos)
            if hit and (best is None or hit.end() > best.end):
                best = Found(pos, hit.end(), self._canonical(hit.group(0)))
        if best is None:
            shaped = _by_shape(text, pos)
            return shaped and ranged(text, self._known_variant(self._own_head(shaped)))
        if year := year_after(text, best.end, best.law):  # "Grondwet 1814" (datedlaws.py)
            best = Found(pos, best.end + len(year), f"{best.law} {year.strip()}")
        bes = re.match(r"[ \t]+BES(?![\w-])", text[best.end :])
        if bes and "BES" not in best.law:  # "de Wet openbaarheid van bestuur BES": the law of the islands
            law = best.law.replace(BW, "Burgerlijk Wetboek BES") if is_code(best.law) else f"{best.law} BES"
            best = Found(pos, best.end + bes.end(), law)
        return best  # (a year range after a name the lexicon knows is no part of it: "Wet inkomstenbelasting 2001-2024")

    def _own_head(self, found: Found) -> Found:
        """Return a name of one word the list does not know ("de Rijkswet", whose title
        `_by_shape` found not to go on) as the one law the bill amends whose citeertitel it begins."""
        if " " in found.law:
            return found
        heads = [t for t in self._own_titles if t.startswith(f"{found.law} ")]
        return found._replace(law=heads[0]) if len(heads) == 1 else found

    def _known_variant(self, found: Found) -> Found:
        """Return a name the list does not know as the listed law it slips for: "de Wet op de
        inkomstenbelasting 2001" is the Wet inkomstenbelasting 2001 (and "Wet X 2001" a listed
        "Wet op de X 2001"). Only with a year, which tells one law of a subject from the next: the
        Wet op de Ruimtelijke Ordening (1962) is not the Wet ruimtelijke ordening (2008). A code named
        without its "van" ("Wetboek Strafrecht") is that code, and "Wet" with a listed abbreviation ("de Wet WIA")
        the law it abbreviates."""
        name = " ".join(found.law.split())
        code = f"Wetboek van {name[8:]}" if name.startswith("Wetboek ") and not name.startswith("Wetboek van ") else ""
        if code and normal(code) in self.by_name:  # "Wetboek Burgerlijke Rechtsvordering": a code has one name
            return found._replace(law=self.by_name[normal(code)])
        if (short := re.fullmatch(r"Wet ([A-Z][\w-]+)", name)) and short.group(1) in self.by_abbreviation:
            return found._replace(law=self.by_abbreviation[short.group(1)])  # "de Wet WIA": the law its abbreviation names
        if not re.search(r"\s(?:19|20)\d\d$", name):
            return found
        bare = re.sub(r"^Wet op (?:de|het) ", "Wet ", name)
        variants = [bare] if bare != name else [f"Wet op de {name[4:]}", f"Wet op het {name[4:]}"] if name.startswith("Wet ") else []
        known = [self.by_name[normal(v)] for v in variants if normal(v) in self.by_name]
        return found._replace(law=known[0]) if len(known) == 1 else found

    def _canonical(self, surface: str) -> str:
        spaced = " ".join(surface.split()).replace("’", "'")
        return self.by_abbreviation.get(spaced) or self.by_name.get(spaced.lower()) or spaced

    def ending_at(self, text: str, end: int) -> Found | None:
        """Return the law name that ends just before `end` (only spaces between, or a colon: "BW art. 3:4",
        a list's "Vreemdelingenwet: artikel 50a")."""
        stop = end
        while stop > 0 and text[stop - 1] in " \t":
            stop -= 1
        if stop == end or stop == 0:
            return None
        stop -= 1 if text[stop - 1] == ":" else 0
        last = _LAST_TOKEN.search(text, max(0, stop - 40), stop)
        if not last or not (last.group(0).lower() in self._last_words or last.group(0)[0].isupper()
                            or last.group(0).lower().endswith(("wet", "wetboek"))):  # fmt: skip
            return None
        base = max(0, stop - 80)
        for start in (m.start() for m in re.finditer(r"(?<!\S)\S", text[base:stop])):
            found = self.match(text, base + start)  # the longest name first
            if found and found.end == stop:
                return found
        return None

    def last_before(self, text: str, pos: int) -> Found | None:
        """Return the last law named in `text` before `pos` ("die wet" names it)."""
        last = None
        for start in (m.start() for m in re.finditer(r"(?<![\w-])[A-Za-z]", text[:pos])):
            if last is not None and start < last.end:
                continue
            found = self.match(text, start)
            if found and found.end <= pos:
                last = found
        return last


def _flexible(name: str) -> str:
    # a typeset apostrophe as well as a plain one: "Wet veiligheidsregio’s"
    return r"\s+".join(re.escape(part).replace("'", "['’]") for part in name.split())


def _by_shape(text: str, pos: int) -> Found | None:
    if house := house_rules(text, pos):  # "het Reglement van Orde" (houserules.py)
        return Found(pos, *house)
    act = _EU_ACT.match(text, pos)
    if act:
        return Found(pos, act.end(), " ".join(act.group(0).split()))
    dated = dated_law(text, pos)
    if dated:
        return Found(pos, *dated)
    one = _ONE_WORD.match(text, pos)
    framed = _FRAME_LAW.match(text, pos) and _by_head(text, pos)
    if framed:  # "Raamwet sectorraden onderzoek en ontwikkeling": the head word of a title
        return framed
    head = _by_head(text, pos)
    # a besluit's title goes on ("Landsbesluit versterking …"), as does a title after a bare head word
    # ("Rijkswet Onderzoeksraad voor veiligheid", "Invoeringswet Participatiewet")
    named = one and one.group(0) in _NAMED_HEADS and text[one.end() :].lstrip()[:1].isupper()
    if one and not (head and head.end > one.end() and (one.group(0).endswith("besluit") or one.group(0) in _BARE_HEADS or named)):
        return Found(pos, one.end(), " ".join(one.group(0).split()))
    return head


def _by_head(text: str, pos: int) -> Found | None:
    head = _HEAD_WORD.match(text, pos)
    if not head:
        return None
    # "de Algemene subsidieverordening, …": such a head is a whole name by itself
    end, words, last_content = head.end(), 0, (len(head.group(0).rstrip()) + pos if "verordening" in head.group(0).lower() else 0)
    after_and, previous = False, ""
    while words < 10 and (word := _WORD.match(text, end)):
        token = word.group(1)
        lower = token.lower()
        # an article follows a preposition in a title ("Wet op de …"), never a noun: "… van het Wetboek
        # Burgerlijke Rechtsvordering de regels …" ends the title before "de"
        noun_then_article = lower in ("de", "het") and words and previous not in _BEFORE_THE
        of_use = lower == "buiten" or lower == "van" and text[word.end() : word.end() + 10].lower() == "toepassing"  # "… ABP van toepassing", "buiten …"
        sentence = token[0].isupper() and lower in _CONNECTORS  # "… van Curaçao\nIn het advies": a title's own are lower case
        # ("… op het LSOP en het politieonderwijs": after "en", an article before a noun in lower case goes on in the title)
        after_and = after_and and not (lower in ("de", "het") and _NOUN_AFTER.match(text, word.end()))
        if lower in _STOP or lower in _PRONOUNS or (after_and and lower in _CONNECTORS) or noun_then_article or of_use or sentence:
            last_content = (lower in _STOP and (title_run_end(text, word.start(1), _STOP) or title_year_end(text, word.start(1), _STOP))) or last_content
            break
        following = _WORD.match(text, word.end())
        if (
            lower not in _CONNECTORS
            and lower not in _BEFORE_ARTICLE
            and following
            and following.group(1).lower() in _AFTER_VERB
            and lower.endswith(_VERB_ENDINGS)
            and (last_content or not words)  # "Wet op de proefnemingen een …": a title's noun
        ):
            break  # the word is a verb ("… van de Wet X regelt de …"), not "… openbare orde een …"
        if following and following.group(1) == "Onze" and lower in _BEFORE_MINISTER:
            break
        if token.isdigit():
            last_content = word.start(1) + len(token)
            break
        if _PARTICIPLE_AT_END.match(text, word.start(1)) or words and _PARTICIPLE_BEFORE_NOUN.match(text, word.start(1)):
            break  # "… onder de Kaderwet zelfstandige bestuursorganen gebracht.": the clause's verb
        if lower not in _CONNECTORS:
            last_content = word.start(1) + len(token)
        after_and, previous = lower == "en", lower
        words += 1
        end = word.end()
        if (listed := LISTED.get(token)) and (more := listed.match(text, last_content)):
            last_content = end = more.end()  # "… Bonaire, Sint Eustatius en Saba", "… subsidies OCW, SZW en VWS": one name
    if not last_content:
        return None
    return Found(pos, last_content, title_name(text[pos:last_content]))
