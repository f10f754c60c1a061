"""What names the law after a reference: "van de Huisvestingswet 2014", "Awb", "van deze wet",
"van die wet", "van wetsvoorstel 26 089", "van de richtlijn" (a document that is no law), also
after the article's caption ("artikel 1.1 (begripsbepalingen) van de Omgevingswet")."""

from __future__ import annotations

import re

from wetgen.consult.analyse import grammar
from wetgen.consult.analyse.codes import BW
from wetgen.consult.analyse.enablinglaw import OF_THE_LAW
from wetgen.consult.analyse.grammar import NUMBER
from wetgen.consult.analyse.lawnames import (
    LawLexicon,
    eu_treaty_end,
    is_eu_act,
    other_bill,
)
from wetgen.consult.analyse.ownpiece import of_this_document

# the law's state may stand before its name: "artikel 12 van het huidige Wetboek van Strafvordering"
_LAW_LEAD = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:van|uit|in)\s+(?:de\s+|het\s+)?(?:(?:huidige|geldende|bestaande|oude|nieuwe|vroegere|voormalige|toenmalige|herziene|gewijzigde)\s+|(?:ontwerp|concept)-)?"
    r"|der\s+|\((?:wijziging\s+(?:van\s+(?:de\s+|het\s+)?)?)?)?\s*",  # "Artikel 1.11 (wijziging Wet beheer …)"
    re.I,
)
_SENTENCE_IN = re.compile(r"^\s+In\s")  # capital "In" after the number, with no comma: a new sentence
THIS_BILL = re.compile(
    r"(?:\s*,\s*|\s+)(?:van|uit|in|bij)\s+(?:deze\s+(?:rijks)?wet|dit\s+(?:onderhavige\s+)?(?:wets(?:-\s)?)?voorstel|dit\s+besluit|het\s+(?:onderhavige\s+)?(?:(?:concept|ontwerp)-?)?"
    r"(?:wets(?:-\s)?)?voorstel|de\s+(?:concept)?wijzigingswet|het\s+ontwerp(?!-))\b"  # not "het ontwerp-Besluit X"
    r"(?:\s+van\s+(?:rijks)?wet\b)?",  # "van het onderhavige voorstel van rijkswet"; "wets- voorstel" a copy's broken line
    re.I,
)
# a document that is no law the lexicon knows, named by its kind: "artikel 16 van de
# richtlijn", "artikel 5 van het Verdrag", "paragraaf 3 van het advies", "artikel 32 van de
# Kwalificatierichtlijn"; its articles are never
# the bill's nor those of the law under discussion
_OTHER_DOCUMENT = re.compile(
    rf"(?:(?:Europese|Europees|aanvullende?|genoemde|bedoelde|{grammar.ORDINALS})\s+)?(?:richtlijn(?:en)?|verordening"
    r"|verdrag|protocol|handvest|statuten|statuut|reglement|regeling|uitvoeringsregeling|cao|overeenkomst"
    r"|convenant|code|akkoord|besluit|ontwerpbesluit|amvb|algemene\s+maatregel\s+van\s+bestuur"
    r"|beleidsregels?|amendement|motie|nota|brief|advies|rapport|verslag|jurisprudentie|uitspraak"
    r"|arrest|concept(?:besluit|regeling)?|(?-i:[A-Z])[a-zë]{3,}(?:richtlijn|verordening))\b",
    re.I,
)
CAPTION = re.compile(r"\s*\([^()\d]{2,60}\)")  # "(begripsbepalingen)"
# a caption set off by commas before the law: "Hoofdstuk 7, Financiële bepalingen, van het Besluit …"
_COMMA_CAPTION = re.compile(r"\s*,\s*(?-i:[A-Z])[^,.;:()\d]{2,60},(?=\s+(?:van|uit)\s)")
THAT_LAW = re.compile(
    r"(?:\s*,\s*|\s+)(?:van|uit|in)\s+(?:die|dezelfde|laatstgenoemde|voornoemde|genoemde)\s+(?:wet|regeling|verordening|besluit)\b",
    re.I,
)
# an abbreviated law name that begins a compound ("de artikel 12 Sv-procedure", "een art. 6:162
# BW-vordering") still names the law of the article before it
_COMPOUND = re.compile(r"(?-i:[A-Z][A-Za-z]{0,5})(?=-[a-z])")
_FOLLOWING = re.compile(r"(?:\s+(?:e\.\s?v\.|en\s+volgende|ff\.))+", re.I)  # all of them: one step deep
# "de artikelen 271 en 275 van Boek 7", "art. 55 Boek 5": a book with no code named after it is the Burgerlijk
# Wetboek's (another code's is named: "Boek 1 van het Wetboek van Strafvordering", "Boek 1 Rv")
_BARE_BOOK = re.compile(r"Boek\s+(?P<book>\d+[a-z]?)(?![\w:])(?!\s*,?\s*(?:van|uit|der)\s+(?:het|de)\s)(?!\s+[A-Z])"
                        r"(?!\s+(?:nieuwe?|oude?|huidige|ontwerp)\b)")  # "Boek 1 nieuw Sv": another code's book
_ARTICLE_NEXT = re.compile(rf"\s+{grammar.ARTICLE_WORD}\s*{NUMBER}", re.I)  # "BW art. 7:907"
# a treaty named as legislation names it: "het op 6 mei 1963 te Straatsburg tot stand gekomen Verdrag
# betreffende …", "het te Rome op 4 november 1950 tot stand gekomen Verdrag …"
_CITY = r"(?:'s-)?(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)*"  # "Straatsburg", "New York", "'s-Gravenhage"
_PLACE = rf"{_CITY}(?:(?:\s*,\s*|\s+en\s+|/){_CITY})*"  # "Wenen/New York": signed in two places
_DATE = rf"\d{{1,2}}(?:{grammar.MONTH})\s+\d{{4}}"
# a treaty's title (a contract "tot stand gekomen" between a municipality and others is none)
_TREATY_WORD = re.compile(
    r"(?:(?:Internationaal|Europees|Europese|Aanvullend|Facultatief|Eerste|Tweede|Derde|Vierde|Zesde|Zevende|Twaalfde|Dertiende"
    r"|Veertiende)\s+)?(?:(?i:verdrag|conventie|handvest)|Protocol(?!\s+van\s+overeenstemming)|Statuut|Overeenkomst(?=\s+(?:tussen"
    r"\s+(?:het\s+Koninkrijk|de\s+Regering|Nederland|de\s+[Ll]idstaten)|inzake|betreffende|ter|tot|houdende)))\s"
)
# where its title ends: a bracket ("(Trb. 1964, 4)"), a sentence's end (not "nr."), a clause ("waarop", a verb, a
# comma before "en", "dat"; not a title's own "dat van toepassing is op"), or the next reference or treaty ("… en
# artikel 7 van het Handvest", "… en het op …")
_TITLE_END = re.compile(
    r"\s*\(|\s*[;:]|(?<!\bnr)\.(?:\s|$)|,\s+(?:en|of|dat|die|welke|waarin|waarbij|zoals|is|zijn|wordt|worden|alsmede|voor|met|in|op)\b"
    r"|\s+(?:waarop|waarin|waarbij|waarvan|waardoor|welke|zijn|was|werd|wordt|worden|heeft|hebben|moet|moeten|kan|kunnen"
    r"|mag|mogen|zal|zullen|geldt|gelden|bepaalt|bepalen|beschermt|verplicht|verbiedt|regelt|vereist|biedt|staat|stelt)\b"
    r"|\s+(?:dat|die)\s+(?!van\s+toepassing)|(?<!toepassing)\s+is\b"
    r"|\s+en\s+(?:(?:het|de)\s+(?:op\s+\d|te\s)|artikel|art\.|de\s+artikelen)|\s*\n|$"
)
_CONCLUDED = re.compile(rf"(?:op\s+{_DATE}\s+te\s+{_PLACE}|te\s+{_PLACE}\s+op\s+{_DATE})\s+(?:tot\s+stand\s+gekomen|totstandgekomen)\s+", re.I)


# "62 juncto bord A1 of A3 van bijlage 1, van het Reglement verkeersregels …": a sign of the law's bijlage read with the
# last article, the law named after it
_JUNCTO_ANNEX = re.compile(r"\s+juncto\s+[^,.;:()«»]{1,60}?\s+van\s+bijlage\s+[\w.]{1,6}\s*,(?=\s+van\s+(?:de|het)\s)", re.I)
_STRAY_POINT = re.compile(r"(?<=\d)\.\s+van\s+(?:de|het)\s")


def law_tail(text: str, pos: int, lexicon: LawLexicon) -> tuple[str, bool, bool, int, bool]:
    """Return (law, this bill, that law, end, another document) of what names the law after a
    reference, also after the article's caption ("artikel 1.1 (begripsbepalingen) van de Omgevingswet")."""
    tail = _law_tail_at(text, pos, lexicon)
    if tail[3] == pos and _STRAY_POINT.match(text, pos) and (after := _law_tail_at(text, pos + 1, lexicon))[0]:
        return after  # "artikel 1.1. van de Wet kinderopvang": a point typed after the number
    caption = (CAPTION.match(text, pos) or _COMMA_CAPTION.match(text, pos) or _JUNCTO_ANNEX.match(text, pos)) if tail[3] == pos and not tail[4] else None
    if caption:
        after = _law_tail_at(text, caption.end(), lexicon)
        if after[3] > caption.end():
            return after
    return tail


def _titled_instrument(text: str, the_law: re.Match[str], lexicon: LawLexicon) -> bool:
    """Tell whether "het besluit" or "de regeling" that `OF_THE_LAW` read begins a title in lower case that the list
    knows ("artikel 4 van het besluit omgevingsrecht")."""
    word = the_law.start("decree") if the_law.group("decree") else the_law.start("scheme") if the_law.group("scheme") else -1
    found = lexicon.match(text, word) if word >= 0 else None
    return found is not None and found.end > the_law.end()


def _law_tail_at(text: str, pos: int, lexicon: LawLexicon) -> tuple[str, bool, bool, int, bool]:
    following = _FOLLOWING.match(text, pos)  # "art. 6:74 e.v. BW": the article and those after it
    if following and (after := _law_tail_at(text, following.end(), lexicon))[3] > following.end():
        return after
    lead = _LAW_LEAD.match(text, pos)
    if lead and lead.end() > pos and (bill := other_bill(text, lead.end())):
        return bill.law, False, False, bill.end, False  # "artikel II van wetsvoorstel 26 089"
    if bill := THIS_BILL.match(text, pos):
        return "", True, False, bill.end(), False
    if that := THAT_LAW.match(text, pos):
        return "", False, True, that.end(), False
    if (the_law := OF_THE_LAW.match(text, pos)) and not _titled_instrument(text, the_law, lexicon):
        return "", False, False, the_law.end(), False  # read whole; which law, resolve decides (enablinglaw.py)
    if (own := of_this_document(text, pos)) > pos:
        return "", False, False, own, True  # "hoofdstuk 4 van deze handreiking" (ownpiece.py)
    lead = _LAW_LEAD.match(text, pos)
    if lead and _SENTENCE_IN.search(lead.group(0)):
        lead = None  # "ARTIKEL I In de Wet op … worden de volgende wijzigingen aangebracht": a sentence after a heading run in
    if lead and lead.end() > pos:
        if (concluded := _CONCLUDED.match(text, lead.end())) and (treaty := _treaty(text, concluded.end(), lexicon)):
            return treaty[0], False, False, treaty[1], False
        found = lexicon.match(text, lead.end())
        if found is None and (compound := _COMPOUND.match(text, lead.end())):
            found = lexicon.match(text[: compound.end()], lead.end())  # "artikel 12 Sv-procedure"
        bare = "van" in lead.group(0) or not lead.group(0).strip()  # "art. 55 Boek 5" as well
        if found is None and bare and (book := _BARE_BOOK.match(text, lead.end())):
            return f"{BW} Boek {book.group('book')}", False, False, book.end(), False
        if found is not None and not _ARTICLE_NEXT.match(text, found.end):
            end = found.end
            if "(" in lead.group(0):
                close = re.match(r"\s*\)", text[end:])
                end += close.end() if close else 0
            # an article of an EU act is read but, like "van de richtlijn", names nothing a point
            # can be about (a near-miss by the labelling convention)
            return found.law, False, False, end, is_eu_act(found.law)
        document = _OTHER_DOCUMENT.match(text, lead.end())
        if document and re.search(r"\b(?:van|uit|in|der)\b", lead.group(0)):
            return "", False, False, document.end(), True
        if (treaty := eu_treaty_end(text, lead.end())) > lead.end():
            return "", False, False, treaty, True  # "artikel 63 EG-Verdrag": a near-miss, as EU acts
    return "", False, False, pos, False


def _treaty(text: str, at: int, lexicon: LawLexicon) -> tuple[str, int] | None:
    """Return (name, end) of the treaty named after "het op … te … tot stand gekomen": the list's
    citeertitel where it knows the title, else the title as written, which that formula delimits."""
    if not _TREATY_WORD.match(text, at):
        return None
    end = _TITLE_END.search(text, at + 8).start()
    found = lexicon.match(text, at)
    if found is not None and (found.end >= end or end - at > 300 or found.law in lexicon.laws and found.end - at >= 0.6 * (end - at)):
        # the lexicon's own name (the EVRM's) where it covers most of what the sentence writes (not "Handvest" of
        # "Handvest van de Verenigde Naties")
        return found.law, found.end
    return (" ".join(text[at:end].split()), end) if end - at <= 300 else None
