"""The pieces of a reference: article numbers and their lists, and the qualifiers after them.

A reference is an article number (or a list of them) with qualifiers: leden ("tweede lid",
"lid 2", "het eerste tot en met derde lid", "leden 2 en 3"), onderdelen ("onderdeel b",
"onderdelen J en K", "sub a", "aanhef en onder a tot en met c") and subonderdelen ("onder 1° en
2°"). `qualifiers` reads a chain of them into groups (one per lid group: "eerste lid, onder a en
b, en tweede lid, onder a" is two), and `parts` spreads the groups into one Part per provision.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from wetgen import ids
from wetgen.consult.analyse.notapoints import POINT_ANCHOR, POINT_LIST, POINTS
from wetgen.consult.analyse.numberranges import letter_range

ORDINALS = (
    # 21-99 first ("eenentwintigste", "tweeëntwintigste", "dertigste"): an EU regulation's 29th lid is named so too
    "(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)ste|"
    "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|"
    "dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende"
)
_ORD = rf"(?:{ORDINALS})"
# the state of a lid named without its article: "het voorgestelde vijfde lid", "het huidige
# derde lid"
STATE = r"(?:voorgestelde|nieuwe|huidige|bestaande|gewijzigde)"
# a number that is a day ("5, 1 januari"), not an article
MONTH = r"\s+(?:jan(?:uari)?|feb(?:ruari)?|maart|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
# an article number: 12, 28a, 1a1, 4:17, 7:907, 10.2a, 2.1.10, 1614ca, 80quater (the Latin ordinals
# of the Wetboek van Strafrecht); Roman: I, IA, Ia, VIIc, XLII; a
# capital, a space and a number, as the Kieswet numbers its articles: G 1, Y 10 (`compact`), and other instruments
# in letters "B 16e", "C 16.1" (the Besluit trekkende bevolking WPO)
NUMBER = (
    rf"(?:(?-i:[A-Z]) \d{{1,3}}(?-i:[a-z]{{1,2}})?(?:\.\d{{1,2}})?(?![\w°]|[:.]\d|{MONTH})"
    r"|\d+(?:quater|quinquies|sexies|septies|octies|novies|decies|[a-z]{0,3})(?:(?<=[a-z])\d{1,2}(?=[^\w°]|$))?(?:[:.]\d+[a-z]{0,3})*"
    r"(?:(?![\w°]|[:.]\d)|(?<=\d)(?=(?-i:[A-Z][a-z]{3,})))"  # "Artikel 9.1Algemeen overgangsrecht": a copy lost the space
    r"|(?-i:(?!C[A-Z](?![\w°])|[IVXLC]{1,3}[A-Z][ \t]+(?:19|20)\d\d(?!\d))(?:[IVXLC]{2,7}[A-Z]{2}|[IVXLC]{1,7}(?:[A-Z]|[a-f]|[a-h](?=[\s,.;:)]))?)(?![\w°])))"  # ("XVIIEA"; not "COA", "IND", nor an abbreviation: "CW", "IW 1990", "VB 2000")
)
# the first number after the article word may also be the Kieswet's written together ("artikel H7") or a draft's
# ("artikel A5.1.8"); further on in a list such a token is a label ("artikel 12, B2", "artikel 5, A4-formaat")
JOINED = r"(?-i:[A-Z])\d{1,3}(?:\.\d{1,3})*(?-i:[a-z])?(?![\w°-]|[:.]\d)"
FIRST_NUMBER = rf"(?:{JOINED}|{NUMBER})"
ARTICLE_WORD = r"(?:artikel(?:en|s)?|artt?\.|art\b|artikelnummer)"
# an instrument pairs two lists with "respectievelijk" or "onderscheidenlijk" ("2.7 en 2.8 worden
# vernummerd tot 3.7, onderscheidenlijk 3.8"): a list all the same
PAIRED = r"\s*,?\s+(?:respectievelijk|onderscheidenlijk)\s+"
PAIRED_SEP = re.compile(PAIRED, re.I)
_LIST = rf"(?:{PAIRED}|\s*,\s*(?:en\s+|of\s+)?|\s+en\s+|\s+of\s+|\s*/\s*)"
_RANGE = r"(?:\s*(?:tot\s+(?:en\s+)?met|t/m|tot|[-–])\s*)"  # "tot met": a slip for "tot en met"
_JUNCTO = r"(?:\s+(?:juncto|jo\.?|j°)\s+)"
# a number that counts something is no article: "artikel 6, respectievelijk 1,5 keer het minimumloon", "… 4 weken na"
_QUANTITY = (r"(?:,\d+)?\s*(?:%|(?:\w*(?:dagen|dag|weken|week|maanden|maand|jaren|jaar|uren|uur)|keer|maal|minuten|procent\w*"
             r"|euro|cent|personen|woningen)\b)")
# the next number of a list, or of a chain: "artikel 29, derde lid, artikel 75 en artikel 80"
NEXT_NUMBER = re.compile(
    rf"(?i)(?P<sep>{_RANGE}|{_LIST}|{_JUNCTO})(?P<again>{ARTICLE_WORD}\s*)?(?P<number>{NUMBER})(?!{MONTH}|{_QUANTITY})"
)
# the next of a list that began with such a number: "de artikelen H7, H8 en H9", "H7 tot en met H9"
NEXT_JOINED = re.compile(rf"(?i)(?P<sep>{_RANGE}|{_LIST})(?P<again>{ARTICLE_WORD}\s*)?(?P<number>{JOINED})")
# the letter alone of the next article of a list or range: "de artikelen 13a en b", "28a-c"
NEXT_LETTER = re.compile(rf"(?P<sep>{_RANGE}|\s+en\s+|\s*,\s*(?:en\s+)?)(?P<letter>(?-i:[a-z]))(?![\w°:]|\.\d)")
RANGE = _RANGE  # "tot en met", "t/m", "tot", "-" between two ends of a range
RANGE_SEP = re.compile(rf"(?i){_RANGE}")
JUNCTO_SEP = re.compile(rf"(?i){_JUNCTO}")
NUMBER_RE = re.compile(NUMBER, re.I)


def compact(number: str) -> str:
    """Return an article number as labelled: the Kieswet's "G 1" is "G1"."""
    return number.replace(" ", "")

# letters of onderdelen: a, b, aa (of a list); A, B, Aa, IJ, aA, 0A, L1 (of an amending article:
# "L1" is inserted after L) (a capital with a page number run into it at the end of a line of a
# table of contents, "Onderdelen A en D8", is the letter)
# a large bill goes on after Z with AA, BB …, after ZZ with AAA, BBB … ("onderdeel CCC") and after
# ZZZ with AAAA … ("onderdeel QQQQ"); the longer first, so that a pattern reads all of it
REPEATED_CAPITALS = "|".join(letter * size for size in (4, 3) for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# a long list goes on after z with aa, bb …; spelled out, since a back-reference would count the
# groups of whichever pattern this part is put into ("onder kk" read as "onder k")
_DOUBLE = "|".join(letter * 2 for letter in "abcdefghijklmnopqrstuvwxyz")
_SMALL = rf"[a-z](?![\w°])|(?:{_DOUBLE})(?![\w°])"
# after a word of onderdelen, a small letter with a number is one inserted after that letter: "onder
# s1", "onderdeel i1" (only there: a bare "b2" in prose is no onderdeel)
_SMALL_ITEM = rf"{_SMALL}|[a-z]\d{{1,2}}(?![\w°]|[.:,]\d)"
# a long list's letters past z ("aq", "ab") and one inserted after a pair ("aca", "da"): two or three
# small letters, never a word ("onder de", "onderdeel van", "onder het")
_WORDS = ("en|de|in|is|op|of|te|om|na|al|nu|zo|er|ze|we|je|ik|het|een|van|dat|die|dit|met|aan|bij|uit|tot|dan|"
          "als|wel|nog|ook|kan|zal|was|wat|hun|ons|per|hem|hen|wie|mij|toe|zes|elf|hoe|des|der|den|ter|ten|"
          "sub|art|nrs|nr|jo|dus|zij|hij|wij|men|wil|mag|had|ben|wet|lid|via|mee|bv|nv|vs|ca|cq|ad|ex")
_PAIR = rf"(?!(?:{_WORDS})(?![\w°]))[a-z]{{2,3}}(?![\w°]|[.:,]\d|\.\s*[a-z])"  # not "nl.", "vgl. d"
# only after the word "onderdeel" ("onder uw aandacht" is no item), and only where the list or sentence goes on
# as after a letter ("onderdeel aq vervalt", "onderdeel da tot db"), not with a word ("…, d, gaf aanleiding")
_PAIR_END = r"(?=\s*[,;.:)]|\s+(?:en|of|tot|t/m|van|door|na|voor|bij|in|wordt|worden|vervalt|vervallen|komt|komen|is|zijn)\b|\s*$)"
_SMALL_OR_PAIR = rf"{_SMALL_ITEM}|(?:{_PAIR}){_PAIR_END}"
# a bill's onderdeel letter: "A", "Ba", "AA", "2A" and, inserted before A, "0A" to "0000A"
BILL_LETTER = r"(?:[A-Z]0(?!\d)|(?:0{1,4}|\d)?[A-Z]{1,2}[a-z]?)"  # ("A0": inserted before A, as "0A")
# (not an item numbered with a letter and a number, "onderdeel I-7" of an advice)
_CAPITAL = (
    rf"{BILL_LETTER}(?![\w°]|-\d)|[a-z][A-Z](?![\w°])"
    rf"|(?:{REPEATED_CAPITALS})[a-z]?(?![\w°])"  # "QQQa" inserted after QQQ
    r"|[A-Z](?=\d{1,3}[ \t]*(?:\n|$))|[A-Z]\d{1,2}(?![\w°]|[.:,]\d)"
)
LETTER = rf"(?<![\w°])(?-i:{_SMALL}|{_CAPITAL})"
# the word may stand again before the last letter of a range: "sub a tot en met sub e" (and of a law's
# list: "onder b, of onder c"); a list keeps
# the case of its first letter (a law's onderdelen are small, a bill's capitals), so "onder b, Hw
# 2014" ends at b; an instrument pairs letters with "onderscheidenlijk" ("onder t onderscheidenlijk
# onder u", "de onderdelen b, onderscheidenlijk c"; not "respectievelijk": "onder b, respectievelijk a posteriori …" is prose)
_LETTER_SEP = (
    r"(?:\s*,?\s+onderscheidenlijk\s+(?:(?:sub|onder|onderdeel|letter)\s+)?|\s*,\s*|\s+en\s+|\s+of\s+|\s*,?\s+dan\s+wel\s+|(?:\s+(?:tot\s+en\s+met|t/m)\s+|\s*[-–]\s*)"
    r"(?:(?:sub|onder|onderdeel|letter)\s+)?)"
)
# a Roman number of two different letters is no bill's onderdeel (those run A to Z, then AA, BB): in
# "de artikelen I, onderdeel HH en IV" the list of onderdelen ends before IV, the next article
_ROMAN_MIXED = r"(?:I[VX]|V[IX]|X[IVLC]|L[IVX]|C[IVXLDM])"
# … nor one with an onderdeel of its own: in "de artikelen II, onderdeel A, III, onderdeel A" III is the next article
_ROMAN_WITH_OWN = r"[IVXLC]+\s*,\s*onderdeel\b"
# "onder l. en m.": a letter with its point before the last of a list
_POINT_BEFORE_LAST = r"(?:\.(?=\s+(?:en|of)\s+[a-z]\d{0,2}\.?(?![\w°])))?"
_NEW_OR_OLD = r"(?:\s*\((?:nieuw|oud)\))?"  # "de onderdelen i (nieuw) en j (nieuw)"
_SMALL_SEP = rf"{_NEW_OR_OLD}{_POINT_BEFORE_LAST}(?:\s*,?\s+(?:en|of)\s+(?:sub|onder|letter)\s+|{_LETTER_SEP})"  # a law's "onder b, of onder c"
_LETTERS = (
    rf"(?<![\w°])(?-i:(?:{_SMALL_ITEM})(?:{_SMALL_SEP}(?:{_SMALL_ITEM}))*"
    rf"|(?:{_CAPITAL})(?:{_LETTER_SEP}(?!{_ROMAN_MIXED}(?![\w°])|{_ROMAN_WITH_OWN})(?:{_CAPITAL}))*)"
)
_PAIRED_LETTERS = rf"(?<![\w°])(?-i:(?:{_SMALL_OR_PAIR})(?:{_NEW_OR_OLD}{_POINT_BEFORE_LAST}{_LETTER_SEP}(?:{_SMALL_OR_PAIR}))*)"
# a further number with an onderdeel or lid of its own is the next article: "onder 1, 9, onder b,
# en 32b" (subonderdelen have neither)
_OWN_PARTS = rf"\s*,\s*(?:(?:onder|sub|onderdeel)\s+[a-z](?![\w°])|{_ORD}\s+lid\b)"
_SUBS = (
    r"\d+\s*°?(?![\w])(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+(?:tot\s+en\s+met|t/m)\s+)\d+\s*°?(?![\w])"
    rf"(?!{_OWN_PARTS}))*"
)
_SUBS_MARKED = (
    r"\d+\s*°(?:(?:\.(?=\s+(?-i:en|of)\s))?(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+(?:tot\s+en\s+met|t/m)\s+)\d+\s*°)*"  # "onderdeel 2°", "onder 2°. en 3°"
)
# a lid written as an ordinal number: "2e", "2de", "2a-de" (never "2 De leden" of a page), and the
# words that join them in a list ("2e en het 3e", "1e t/m 3e", "1e-3e"; anchors.py reads them too)
NTH = r"\d+(?:(?-i:[a-z])(?=-(?-i:de|e|ste)(?![a-z])))?-?(?-i:e|de|ste)(?![a-z])"
NTH_SEP = r"(?:\s*,\s*|\s+(?:en|of)\s+(?:het\s+)?|\s+(?:tot\s+en\s+met|t/m)\s+|\s*[-–]\s*)"
_NTH_NUMBER = re.compile(r"\d+(?:(?-i:[a-z])(?=-(?:de|e|ste)(?![a-z])))?|tot\s+en\s+met|t/m|(?<=[a-z])\s*[-–]", re.I)
# "het tweede tot en met het vijfde lid", "het eerste en het derde lid": the article may stand again
# ("het eerste, respectievelijk tweede lid", "het derde onderscheidenlijk vierde lid": a paired list)
# "het tweede en vierde lid", "het tweede en in het vierde lid" (an instruction's "In het tweede en in het vierde lid")
_ORDS = rf"{_ORD}(?:(?:\s*,\s*(?:en\s+|of\s+)?|\s+en\s+(?:in\s+)?|\s+of\s+|{PAIRED}|\s+(?:tot\s+en\s+met|t/m)\s+|\s*[-–]\s*)(?:het\s+)?{_ORD})*"
# a further number is a lid unless it has a letter or a lid of its own: "lid 1 en 220 lid 2" and
# "lid 1 en 12l Sv" name a second article (no lid is numbered with a letter in the real set)
_DIGITS = r"\d+[a-z]?(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+(?:tot\s+en\s+met|t/m)\s+|\s*[-–]\s*)\d+(?![\w:]|\s+lid\b))*"
# leden numbered in words, as older texts write them: "de leden drie tot en met negen" (a list or range only:
# "ieder lid twee stemmen" counts); CARDINALS are two to twelve
CARDINALS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")
CARDS = rf"(?:{'|'.join(CARDINALS)})(?:(?:\s*,\s*|\s+en\s+|\s+(?:tot\s+en\s+met|t/m)\s+)(?:{'|'.join(CARDINALS)}))+(?![\w-])"
_CARD_WORD = re.compile(rf"{'|'.join(CARDINALS)}|tot\s+en\s+met|t/m", re.I)
# what such leden are said of: an instruction's verb or their article ("… worden vernummerd", "… van artikel 7";
# not "De leden twee en drie worden op voordracht benoemd", members of a body)
CARDS_SAID = r"(?=\s*,?\s*(?:(?:worden|wordt)\s+(?:vernummerd|verletterd|genummerd)|vervallen|komen\s+te\s+(?:luiden|vervallen)|van\s+(?:het\s+)?(?:voorgestelde\s+)?artikel\b|van\s+(?:dit|dat)\s+artikel\b))"
# a numbered onderdeel before the act it is of: "artikel 3, onderdeel 11, van richtlijn 2012/34/EU"
_NUMBERED_OF = r"\s*,?\s+(?:van|uit)\s+(?!(?:het|dit|deze|de)\s+(?:amendement|nota|wetsvoorstel|voorstel)\b)"
QUALIFIER = re.compile(
    rf"(?:(?:het|de)\s+)?(?:{STATE}\s+)?(?P<ords>{_ORDS})\s+(?:lid|leden)\b(?:\s*\((?:nieuw|oud)\))?"
    rf"|(?:(?:het|de)\s+)?(?P<subords>{_ORDS})\s+subonderde(?:el|len)\b"
    rf"|(?:lid|leden)\s+(?P<digits>{_DIGITS})(?!\w|:\d)"  # ("lid 1:" before its quoted text)
    rf"|leden\s+(?P<cards>{CARDS}){CARDS_SAID}"
    # a lid whose word a list of articles with leden left out: "2.4, eerste en zesde, 2.4a, derde lid"
    rf"|(?P<bareords>{_ORDS})(?=\s*,\s*(?:en\s+)?\d+(?:[.:]\d+)*[a-z]{{0,2}},\s+{_ORD}\s+lid\b)"
    # "2e lid", "2de lid", "het 2a-de lid", "het 2e en 3e lid"
    rf"|(?P<nth>{NTH}(?:{NTH_SEP}{NTH})*)\s+(?:lid|leden)\b"
    rf"|(?:(?:aanhef\s+en\s+)?(?:subonderdelen|subonderdeel|onder|sub|onderdeel)\s+|(?<=\b(?-i:[a-z]),\s))(?P<subs>{_SUBS_MARKED})"  # ("onder d, 2°")
    rf"|(?:aanhef\s+en\s+)?(?:subonderdelen|subonderdeel|onder|sub|onderdeel(?=\s+{POINT_ANCHOR}))\s+(?P<subs2>{_SUBS})"
    rf"|(?<!,\s)(?<!,)(?<!\ben\s)(?<!\bof\s){POINTS}\s+(?P<points>{POINT_LIST})(?![\w°])"  # "in punt 1", "de punten 1 tot en met 4" of a bill's onderdeel (notapoints.py)
    rf"|onderdeel\s+(?P<numbered>\d+)(?=\s*,?\s*(?:onder|sub)\s+[a-z](?![\w°])|{_NUMBERED_OF})"
    # "onderdeel e, subonderdeel d": a lettered sub of a law's lettered onderdeel (a bill's
    # "onderdeel Q, onderdeel 2, subonderdeel c" is the bill's own text, read as its onderdeel)
    rf"|(?<=\b(?-i:[a-z]),\s)subonderdeel\s+(?P<subletter>(?-i:[a-z]))(?![\w°])"
    # "onder b.1", "onderdeel a.2°": a law's onderdeel and its numbered sub written as one, with a dot
    rf"|(?:aanhef\s+en\s+)?(?:onderdeel|onder|sub|letter)\s+(?P<dotted>(?-i:[a-z]))\.(?P<dotsub>[1-9]\d?\s*°?(?![\w°]|\.\d)"
    rf"(?:(?:\s*,\s*|\s+en\s+|\s+of\s+|\s+(?:tot\s+en\s+met|t/m)\s+)(?:(?:sub|onder)\s+)?(?P=dotted)\.[1-9]\d?\s*°?(?![\w°]|\.\d))*)"
    rf"|(?:(?:aanhef\s+en\s+)?(?:onderdelen|onderdeel)|(?<=lid,\s)onder(?=\s+(?-i:[a-z]{{2,3}})(?![\w°])))\s+(?P<pairs>{_PAIRED_LETTERS})"  # ("tweede lid, onder ea")
    rf"|(?:aanhef\s+en\s+)?(?:onderdelen|onderdeel|sub|letter|onder)\s+(?P<items>{_LETTERS})"
    # a sentence, or an amount of a table's row ("onderdeel a, tweede bedrag"): read, no unit of its own
    rf"|(?P<zin>(?:(?:het|de)\s+)?(?:{_ORDS}|laatste|\d+\s*e)\s+(?:(?:vol)?zin|zinsdeel|bedrag)\b|(?:vol)?zin\s+\d+\b)|aanhef\b(?!\s+en\b)"
    # a dash of an onderdeel's list of amounts ("In het eerste aandachtsstreepje wordt «€ 0,37322» vervangen"): no unit
    # of its own, but within the onderdeel, where a sentence is of its lid
    rf"|(?P<dash>(?:(?:het|de)\s+)?(?:{_ORDS}|laatste|\d+\s*e)\s+(?:aandachts|gedachte)streep(?:je|jes)\b)",
    re.I,
)
# what may stand between two qualifiers: "tweede lid, onderdeel b", "lid 2 sub b", "sub b van
# het tweede lid", "eerste lid, onder a, en tweede lid", "zesde lid jo vijfde lid" (both read)
# "tweede lid en vierde lid", "het eerste lid en het derde lid": leden joined by a bare "en"; an
# older text closes a dot number with a dot before its qualifiers ("artikel 4.2., eerste lid")
_AND_LID = rf"(?:\s+en|\s*,?\s+of)\s+(?=(?:(?:het|de)\s+)?(?:{STATE}\s+)?{_ORD}\s+lid\b|lid\s+\d|(?:het\s+)?{NTH}\s+lid\b)"  # ", of vierde lid"
# a law's onderdelen each with their word, joined by a bare "en": "onderdeel a, onderdeel b en onderdeel d"
_AND_ITEM = r"\s+(?:en|of)\s+(?=(?:onderdeel|onder|sub)\s+(?-i:[a-z])(?![\w°]))"
# an onderdeel of another lid, named after it: "onderdeel b van het tweede lid"
_OF_LID = re.compile(rf"\s*,?\s+van\s+(?:het\s+|de\s+)?(?:{_ORD}\s+lid|lid\s+\d)\b", re.I)
_AND_ITEM_AT = re.compile(_AND_ITEM, re.I)  # (the loop asks whether a separator is this one)
QUALIFIER_SEP = re.compile(
    rf"\s*,\s*van\s+(?:het\s+|de\s+)?(?=(?:{_ORD})\s+lid\b(?!\s+(?:van|in)\s+(?:het\s+|de\s+)?(?:artikel|art\b|artt?\.)))"  # "onderdelen a en b, van het eerste lid"
    rf"|{PAIRED}|\s*,{_JUNCTO}(?=(?:het\s+)?{_ORD}\s+lid\b|lid\s+\d)|{_AND_LID}|(?:(?<=\d)\.(?=\s*,))?\s*,\s*(?:en\s+)?|{_JUNCTO}|{_AND_ITEM}|\s+(?:(?:van|in)\s+(?:het\s+|de\s+)?)?", re.I
)
# after an article, a lid after a bare "en" that names its own article belongs to that one:
# "artikel 5, tweede lid en het derde lid van artikel 6"
_OWN_ARTICLE = re.compile(r"\s+(?:van|in)\s+(?:het\s+|de\s+)?(?:artikel|art\b|artt?\.)", re.I)
# within the letters a qualifier read, "L1" is one letter (a page number was never read into it)
_ONE_LETTER = re.compile(rf"(?<![\w°])(?-i:[A-Za-z]\d{{1,2}})(?!\w)|{LETTER}|(?<![\w°])(?-i:{_PAIR})")
_REPEATED_WORD = re.compile(r"\b(?:sub|onder|onderdeel|letter)\s+", re.I)
_NEW_SENTENCE = re.compile(r"(?:Het|De|In|Onder)\s")
_THE_AT = re.compile(r"(?:het|de)\s", re.I)
_STATE_AT = re.compile(rf"(?:(?:het|de)\s+)?{STATE}\s", re.I)
_ORDINAL_WORD = re.compile(rf"\b(?:{ORDINALS})\b|tot\s+en\s+met|t/m|[-–]", re.I)
_DIGIT_WORD = re.compile(r"\d+[a-z]?|tot\s+en\s+met|t/m|[-–]", re.I)


class Part(NamedTuple):
    """One provision a reference names: an article and, within it, a lid, onderdeel, sub."""

    artikel: str = ""
    lid: str = ""
    item: str = ""  # a list onderdeel (a, b) or, of an amending article, its onderdeel (A, B)
    sub: str = ""


# a list after "leden" that names an onderdeel of its first lid before its last: "leden 5, onderdeel a, en 6"
_LEDEN_GO_ON = re.compile(r"\s*,\s*(?:onderdeel|onder)\s+[a-z]{1,2}\s*,?\s+(?:en|of)\s+\d+[a-z]?(?![\w:°]|[.:]\d)")
_LEDEN_LAST = re.compile(r"\s*,?\s+(?:en|of)\s+(\d+[a-z]?)(?![\w:°]|[.:]\d|\s+(?:lid|leden)\b)")


def _next_lid(leden: tuple[str, ...], number: str) -> bool:
    """Tell whether a number after "leden 5, onderdeel a, en" is a lid of that list (6, 7 or 8; not an article 28)."""
    return bool(leden) and leden[-1].isdigit() and number.isdigit() and int(leden[-1]) < int(number) <= int(leden[-1]) + 3


class Group(NamedTuple):
    """The qualifiers of one lid group: its leden, onderdelen and subonderdelen; `sentence`
    when it names a sentence only ("de eerste volzin"), which is read but names no unit."""

    leden: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    subs: tuple[str, ...] = ()
    sentence: bool = False
    dash: bool = False  # a dash ("het eerste aandachtsstreepje"), which is read as a sentence is, in its onderdeel


def qualifiers(text: str, pos: int, loose: bool = False) -> tuple[list[Group], int]:
    """Read the qualifiers that start at `pos` (after a separator); return them and the end.
    `loose`: they stand before their article ("het derde lid en het vijfde lid van artikel 12"),
    so a lid after a bare "en" that names an article is still one of them."""
    groups: list[Group] = []
    end, leden_end = pos, -1  # (where a "leden N" read last ends)
    while True:
        sep = QUALIFIER_SEP.match(text, end)
        at = sep.end() if sep else end
        if sep and not groups and PAIRED_SEP.fullmatch(sep.group(0)):
            break  # "artikel 12 respectievelijk het derde lid van artikel 13": a paired list pairs qualifiers only
        if sep and not sep.group(0).strip() and _NEW_SENTENCE.match(text, at):
            break  # "… onderdeel B Het tweede lid …": a heading run into its sentence
        if groups and sep and not sep.group(0).strip() and _STATE_AT.match(text, at):
            break  # "in artikel I, onderdeel A voorgestelde vierde lid van artikel 16": another's
        if not groups and sep and sep.group(0).isspace() and _THE_AT.match(text, at) and text[pos - 1 : pos].isalnum():
            break  # "vervalt in artikel 46 het derde lid": the object of the verb, not a qualifier of the number
        inner = bool(sep and re.search(r"\b(?:van|in)\b", sep.group(0), re.I))
        if groups and inner and not _inner_van(text, at):
            break
        bare_and = bool(sep and (bare := _AND_ITEM_AT.match(text, end)) and bare.end() == at)
        if groups and leden_end >= 0 and (more := _LEDEN_LAST.match(text, end)) and _LEDEN_GO_ON.match(text, leden_end) \
                and _next_lid(groups[0].leden, more.group(1)):  # fmt: skip
            groups.append(Group(leden=(more.group(1),)))  # "leden 5, onderdeel a, en 6": the list's last lid
            end = more.end()
            continue
        hit = QUALIFIER.match(text, at)
        if not hit or (at == end and end != pos):
            break
        group = _group(hit)
        # another onderdeel of the list before it, each with its word ("onderdeel a, onderdeel b"), unless it names its
        # own lid ("… en onderdeel b van het tweede lid"); with a numbered sub on either side it is a group of its own
        listed = bool(groups) and group is not None and _one_list(groups[-1], group) and not _OF_LID.match(text, hit.end())
        joins = listed and not (groups[-1].subs or group.subs)
        if bare_and and not listed:
            break  # "artikel 27 en onder a van artikel 28", "onderdeel a van het eerste lid en onderdeel b van het tweede"
        if not loose and groups and sep and sep.group(0).strip(" ,").lower() in ("en", "of", "respectievelijk", "onderscheidenlijk") \
                and _OWN_ARTICLE.match(text, hit.end()):  # fmt: skip
            break  # "artikel 12, eerste lid, respectievelijk het tweede lid van artikel 13"
        if group is not None and group.sentence and groups:
            pass  # "tweede lid, eerste volzin": the sentence of the lid named, read and left
        elif group is not None and group.leden and groups and _step_of_onderdeel(groups[-1], sep):
            pass  # "Artikel I, onderdeel A, eerste lid": a step of the bill's onderdeel, read and left
        elif joins:
            groups[-1] = groups[-1]._replace(items=tuple(dict.fromkeys((*groups[-1].items, *group.items))))
        elif listed:
            groups.append(Group(groups[-1].leden, group.items, group.subs))  # "onder a.1° en c.2°", "onderdeel a, onder 1°, en onderdeel b"
        elif group is not None:
            if not groups or (group.leden and not inner and (groups[-1].leden or groups[-1].items)):
                groups.append(group)  # a new lid group: "…, onder a, en tweede lid"
            else:  # "sub b van het tweede lid": the same provision, named from small to large
                groups[-1] = _join(groups[-1], group)
        if hit.group(0).lower().startswith("leden ") and hit.group("digits"):
            leden_end = hit.end()
        end = hit.end()
    return groups, end


def _one_list(last: Group, group: Group) -> bool:
    """Tell whether a qualifier names further onderdelen (small letters) of the lid the one before it named, each with
    its word: "onderdeel a, onderdeel b en onderdeel d", "onderdeel a, tweede bedrag, onderdeel b", "onder a.1° en c.2°"
    (where either has a numbered sub, one group cannot hold both: its parts are every item with every sub)."""
    return bool(last.items and group.items and not group.leden
                and all(len(i) <= 2 and i.isalpha() and i.islower() for i in (*last.items, *group.items)))


def _step_of_onderdeel(last: Group, sep: re.Match[str] | None) -> bool:
    """Tell whether a lid named after a bill's onderdeel with a bare comma is a step of it: an
    onderdeel of an amending article (a capital) has no leden, a law's (small letters) does not
    come before its lid."""
    return bool(last.items) and not last.leden and all(i[:1].isupper() for i in last.items) and bool(sep) and sep.group(0).strip() == ","


def _join(last: Group, group: Group) -> Group:
    """Return one provision named in two qualifiers; letters after a numbered onderdeel
    ("onderdeel 2, onder a en b") are its subs."""
    if last.items and last.items[0].isdigit() and group.items and not last.subs:
        return Group(last.leden or group.leden, last.items, group.items)
    return Group(last.leden or group.leden, last.items or group.items, last.subs or group.subs)


def _inner_van(text: str, at: int) -> bool:
    """Tell whether "van" joins two qualifiers ("sub b van het tweede lid"), not a qualifier
    and its article ("het tweede lid van artikel 5")."""
    hit = QUALIFIER.match(text, at)
    groups = ("ords", "bareords", "digits", "cards", "nth", "subs", "subs2", "subords", "numbered", "subletter", "dotted", "pairs", "items")
    return bool(hit and any(hit.group(g) for g in groups))


def _group(hit: re.Match[str]) -> Group | None:
    if hit.group("ords") or hit.group("bareords"):
        ords = hit.group("ords") or hit.group("bareords")
        return Group(leden=_spread(_ORDINAL_WORD.findall(ords), _ordinal))
    if hit.group("subords"):
        return Group(subs=_spread(_ORDINAL_WORD.findall(hit.group("subords")), _ordinal))
    if hit.group("digits"):
        leden = _spread(_DIGIT_WORD.findall(hit.group("digits")), str)
        if len(leden) == 1 and hit.group(0).lower().startswith("leden") and not _LEDEN_GO_ON.match(hit.string, hit.end()):
            return None  # "leden 17": a count of members or a page number, not one lid ("leden 5, onderdeel a, en 6" is)
        return Group(leden=leden)
    if hit.group("cards"):
        return Group(leden=cardinal_leden(hit.group("cards")))
    if hit.group("nth"):
        return Group(leden=_spread(_NTH_NUMBER.findall(hit.group("nth")), str))
    if hit.group("subs") or hit.group("subs2") or hit.group("points"):
        subs = hit.group("subs") or hit.group("subs2") or hit.group("points")
        return Group(subs=_spread(_DIGIT_WORD.findall(subs), str))
    if hit.group("subletter"):
        return Group(subs=(hit.group("subletter"),))
    if hit.group("numbered"):  # "onderdeel 2, onder a": a numbered onderdeel with lettered subs
        return Group(items=(hit.group("numbered"),))
    if hit.group("dotted"):  # "onder b.1 tot en met b.3": the subs of one onderdeel
        return Group(items=(hit.group("dotted"),), subs=_spread(_DIGIT_WORD.findall(hit.group("dotsub")), str))
    if hit.group("items") or hit.group("pairs"):
        listed = hit.group("items") or hit.group("pairs")
        words = _REPEATED_WORD.sub("", listed).replace("t/m", " - ")  # "a t/m c": no letters t, m
        return Group(items=_letters_spread(words))
    if hit.group("zin"):
        return Group(sentence=True)
    if hit.group("dash"):
        return Group(sentence=True, dash=True)
    return None  # "aanhef": read, not a provision


def cardinal_leden(words: str) -> tuple[str, ...]:
    """Return the leden of a list or range numbered in words ("drie tot en met negen": 3 to 9)."""
    return _spread(_CARD_WORD.findall(words), lambda word: str(CARDINALS.index(word.lower()) + 2) if word.lower() in CARDINALS else word)


def _ordinal(word: str) -> str:
    return str(ids.ordinal_value(word.lower()) or word)


def _spread(tokens: list[str], value) -> tuple[str, ...]:
    """Return the values of a list, a range ("derde tot en met vijfde") spread out."""
    out: list[str] = []
    in_range = False
    for token in tokens:
        if re.fullmatch(r"tot\s+en\s+met|t/m|[-–]", token, re.I):
            in_range = True
            continue
        number = value(token)
        if in_range and out and out[-1].isdigit() and number.isdigit():
            low, high = int(out[-1]), int(number)
            if 0 < high - low <= 60:
                out.extend(str(n) for n in range(low + 1, high))
        out.append(number)
        in_range = False
    return tuple(dict.fromkeys(out))


def _letters_spread(words: str) -> tuple[str, ...]:
    """Return the letters of a list, each range in it ("a tot en met e en l") spread out."""
    out: list[str] = []
    end = 0
    for hit in _ONE_LETTER.finditer(re.sub(r"\((?:nieuw|oud)\)", lambda m: " " * len(m.group()), words) if "(" in words else words):  # "i (nieuw) en j"
        letter = hit.group(0)
        if out and re.search(r"tot\s+en\s+met|[-–]", words[end:hit.start()]):
            out.extend(letter_range(out.pop(), letter))
        else:
            out.append(letter)
        end = hit.end()
    return tuple(dict.fromkeys(out))


def parts(number: str, groups: list[Group]) -> list[Part]:
    """Return one Part per provision that an article number and its qualifier groups name."""
    if not groups:
        return [Part(number)]
    out = []
    for group in groups:
        # "artikel 19, eerste lid, onder 1°": numbered points right below the lid (or the article) named with them are
        # its onderdelen; without an article they are below the onderdeel under discussion ("subonderdeel 4°")
        items, subs = (group.items, group.subs) if group.items or not number else (group.subs, ())
        for lid in group.leden or ("",):
            for item in items or ("",):
                for sub in subs or ("",):
                    out.append(Part(number, lid, item, sub))
    return out


# a bound on what the ranges of one text spread into, so that a hostile text made of ranges ("1:1-1:400
# 2:1-2:400 …") cannot multiply the rows an ingest stores per point
SPREAD_BUDGET = 2000  # provisions per text; a real point names a few hundred at most (a titel's range)


# a run of digits this long names no provision (Python also refuses int() past 4,300 digits)
_LONG_NUMBER = re.compile(r"\d{40,}")


def without_long_numbers(text: str) -> str:
    """Return `text` with every run of 40 or more digits masked, each character kept in place."""
    return _LONG_NUMBER.sub(lambda m: "#" * len(m.group()), text) if len(text) >= 40 else text


def within_budget(refs: list) -> list:
    """Return the references of one text with at most SPREAD_BUDGET provisions in all: past
    it, a reference keeps only the two ends of what it names."""
    total, out = 0, []
    for ref in refs:
        if total + len(ref.parts) > SPREAD_BUDGET and len(ref.parts) > 2:
            ref = ref._replace(parts=(ref.parts[0], ref.parts[-1]))
        total += len(ref.parts)
        out.append(ref)
    return out
