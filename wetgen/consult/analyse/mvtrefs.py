"""Where a text names the memorie van toelichting: "paragraaf 4.2 van de memorie van
toelichting", "de artikelsgewijze toelichting", "MvT, p. 12", "Kamerstukken II 2019/20, 35 123,
nr. 3", and what is not a reference to it (the document's own title, "een uitgebreide
toelichting", the toelichting of an amendment). The MvT's cross-references to itself ("zie hierna
onder par. 2", "paragraaf 3 van deze toelichting", "hoofdstuk 4 van het algemeen deel") are found
apart: they are the MvT's only where the text is the MvT."""

from __future__ import annotations

import re
from collections.abc import Callable

from wetgen.consult.analyse.sentencebounds import sentence_end, sentence_start

_MVT_WORD = re.compile(r"toelichting\b|toelichtende\s+memorie\b|m\.?v\.?t\b\.?", re.I)  # "de toelichtende memorie": an older name
# what may stand before the word: "paragraaf 4.2 van de memorie van ", "de artikelsgewijze ", a
# caption after the place's number ("paragraaf 1 (Aanleiding) van de memorie van ", "paragraaf 5 “Raad van
# Advies” van de memorie van ")
_QUOTED = r"[\u201c\u2018\x22][^\u201d\u2019\x22]{1,60}[\u201d\u2019\x22]"  # a caption in quotes: "“Raad van Advies”"
_MVT_BEFORE = re.compile(
    r"(?:(?P<loc>(?:paragraaf|par\.|§|hoofdstuk|h\.|pagina|pag\.|p\.|blz\.|bl\.|bladzijde|pp\.)\s*"
    r"(?:[\u201c\u2018\x22]\s*\d+(?:\.\d+)*\.?\s[^\u201d\u2019\x22]{1,60}[\u201d\u2019\x22]|\d+(?:\.\d+)*(?:\s*[-–]\s*\d+)?))(?:\s*\([^()]{1,40}\)|\s*"
    + _QUOTED + r")?\s*(?:,\s*)?(?:van|in|uit|op)?\s*(?:de\s+|het\s+)?)?"
    r"(?P<what>memorie\s+van\s+|(?:ontwerp-?|concept-?)?nota\s+van\s+|artikels?gewijze\s+|algemene\s+)?$",
    re.I,
)
_QUOTED_NUMBER = re.compile(r"^(\S+)\s*[\u201c\u2018\x22]\s*(\d+(?:\.\d+)*)\.?\s.*$", re.S)  # the number in a quoted caption
# "MvT, p. 12"; the part of the bill the memorie is on may stand between ("MvT op Boek 1, p.
# 21-22", a memorie per book of a new code); a page range is one place
_MVT_AFTER = re.compile(
    r"(?:\s+(?:op|bij)\s+(?:het\s+)?(?:boek|hoofdstuk|titel|deel)\s+[\dIVXL]+[a-z]?(?=\s*,))?"
    r"(?:\s+(?:is\s+|wordt\s+|staat\s+)?op(?=\s+(?:pagina|pag\.|p\.|blz\.|bl\.|bladzijde)))?"  # "… toelichting is op blz. 19"
    r"\s*[,(]?\s*(?P<loc>(?:paragraaf|par\.|§|hoofdstuk|pagina|pag\.|p\.|blz\.|bl\.|bladzijde)\s*\d+(?:\.\d+)*"
    r"(?:\s*[-–]\s*\d+\b)?)",
    re.I,
)
# the memorie of a law named just before a Kamerstuk cited for it
_OTHER_LAWS_MVT = re.compile(r"toelichting\s+(?:bij|op)\s+(?:de|het)\s+(?-i:[A-Z])[^.;()«»]{0,80},\s*$", re.I)
_KAMERSTUK_MVT = re.compile(
    r"\b(?:Kamerstuk(?:ken)?\s+II|TK,?)\s+\d{4}[/-]\d{2,4},\s*\d{2}\s?\d{3}(?:\s*\([^)]{1,10}\))?,\s*nr\.?\s*3\b"
    r"(?:(?:,\s*|\.\s*(?=p\.))(?:p\.|pag\.|blz\.|bl\.)\s*(?P<page>\d+))?",  # "nr 3.p.14", as a footnote may write it
    re.I,
)
# ("een uitgebreide toelichting", "geen nadere toelichting", "een uitvoeriger toelichting", "het ontbreken van iedere
# toelichting", "zonder toelichting": an explanation, not the MvT)
_OWN_DOCUMENT = re.compile(r"\b(?:deze|onderhavige|dit|een|geen|iedere|elke|zonder)\s+(?:concept[- ]?)?(?:(?-i:[a-zé]+e|[a-zé]+er)\s+){0,2}$", re.I)
# an explanation asked or given, with no article: "behoeft nog nadere toelichting", "vraagt om verdere
# toelichting" (the memorie is "de toelichting"; "de nadere toelichting" is left as it was)
_EXPLANATION = re.compile(r"(?<!\bde\s)(?<!\bhet\s)(?<!\bdeze\s)\b(?:nadere|verdere|enige|meer|extra|aanvullende|"
                          r"(?:on)?voldoende|uitgebreide|duidelijke|heldere|betere)\s+$", re.I)
# the document's own title: a page title "Memorie van toelichting : …" or "… - …" at the start
# (a response's heading "Memorie van toelichting" followed by its paragraph is a reference)
# (or "Toelichting behorende bij de Verordening …", the title of a regulation's own explanation)
_OWN_TITLE = re.compile(r"(?:memorie\s+van\s+)?toelichting\s+(?:[:–-]\s|(?:behorende\s+)?(?:bij|op)\s+(?:de|het)\s+(?-i:[A-Z]))", re.I)
_PART_HEADING = re.compile(r"(?-i:A)rtikels?gewijze\s+toelichting", re.I)
# (a heading run into the last line above it, "… in de praktijk.Toelichting", where a
# transcription lost the line break)
_SENTENCE_BEFORE = re.compile(r"(?:^|\n\s*|[.:;!?»]\s*|_{3,}\s*|\bNr\.\s*\d+\s+|\bINHOUDSOPGAVE\s+)$", re.I)  # (a rule of underscores too)
_OTHER_TOELICHTING = re.compile(
    r"\s+(?:behorende\s+)?(?:bij|op|van)\s+(?:(?:het|de|dit|deze)\s+(?:sub)?(?:amendement|nota\s+van\s+wijziging|besluit"
    r"|ontwerpbesluit|regeling|motie)|(?:(?-i:Ar)\.?|aanwijzing)\s+\d"  # "bij Ar 5.61": the Aanwijzingen' own
    # "de memorie van toelichting behorende bij laatstgenoemde landsverordening": a law named before
    r"|(?:de\s+|het\s+)?(?:(?:laatst|eerst|boven)?genoemde|voornoemde)\s+(?:wet|rijkswet|landsverordening|verordening|besluit|landsbesluit)\b)",
    re.I,
)
# a document with a toelichting of its own, named earlier in the sentence than "toelichting"
_OTHER_BEFORE = re.compile(r"\b(?:nota\s+van\s+wijziging|(?:sub)?amendement)\b", re.I)
# words without which a text names no place in the MvT (a cheap test before the patterns)
_MVT_GATE = ("toelichting", "toelichtende", "mvt", "m.v.t", "kamerstuk", "gewijze", "tk")
_HEADING_ONLY = re.compile(r"(?:artikels?gewijze\s+|algemene\s+)?toelichting[.:]?", re.I)

# the part of the MvT that explains the articles: "het artikelsgewijze gedeelte", "het
# artikelsgewijze deel van de toelichting"; not that of another document ("van dit verslag")
_ARTICLE_PART = re.compile(
    r"\b(?:het\s+)?artikels?gewijze\s+(?:gedeelte|deel)\b(?:\s+van\s+de\s+(?:memorie\s+van\s+)?toelichting\b)?"
    r"(?!\s+(?:van|bij|in)\s+(?:dit|deze|het|de|ons)\s+(?:verslag|advies|nota|brief|rapport|reactie))",
    re.I,
)


def _own_heading(text: str, start: int, end: int) -> bool:
    """Tell whether the words at start:end are the document's own title or heading: a page
    title at the start ("Memorie van toelichting : …"), the heading of a Kamerstuk in capitals
    ("Nr. 3 MEMORIE VAN TOELICHTING"), or an amendement's "Toelichting" run into its text."""
    title = _OWN_TITLE.match(text)
    if title and (start == 0 or start == title.end() and "\n" not in text[:start]):
        return True  # (and its repetition after the separator: "Memorie van toelichting : Memorie van toelichting")
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if text[max(0, start - 2) : start] == "; " and (title or line.startswith("Officiële titel ")):
        return True  # and in the page's own record of it: "Officiële titel Wijziging Faillissementswet …; Memorie van toelichting"
    words = text[start:end]
    if not _SENTENCE_BEFORE.search(text[max(0, start - 16) : start]):
        return False
    if words.isupper() and "TOELICHTING" in words:
        return True
    if _PART_HEADING.fullmatch(words) and not re.match(r"\s+(?:bij|op|van|in)\b", text[end : end + 5]):
        return True  # "II. Artikelsgewijze toelichting 8": the document's own part (a verslag's, a nota's)
    return words == "Toelichting" and bool(re.match(r"\s+[A-Z]|\s*$", text[end : end + 2]))


def mvt_places(text: str) -> list[tuple[int, int, str]]:
    """Return the places in the memorie van toelichting a text names: (start, end, detail)."""
    lowered = text.lower()
    if not any(word in lowered for word in _MVT_GATE):
        return []
    if _HEADING_ONLY.fullmatch(text.strip()):
        return []  # a document's own heading "Toelichting", not a reference to the MvT
    refs: list[tuple[int, int, str]] = []
    for match in _KAMERSTUK_MVT.finditer(text):
        if _OTHER_LAWS_MVT.search(text, max(0, match.start() - 120), match.start()):
            continue  # "(memorie van toelichting bij de Huisvestingswet 2014, TK 2012-2013, 33 340, nr. 3)": that law's
        page = f"p. {match.group('page')}" if match.group("page") else ""
        refs.append((match.start(), match.end(), page))
    for part in _ARTICLE_PART.finditer(text):
        if not _OWN_DOCUMENT.search(text[max(0, part.start() - 40) : part.start()]):
            refs.append((part.start(), part.end(), ""))
    for word in _MVT_WORD.finditer(text):
        at = word.start()
        if at and (text[at - 1].isalnum() or any(s <= at < e for s, e, _ in refs)):
            continue
        before = _MVT_BEFORE.search(text, max(0, at - 60), at)
        start = before.start() if before and before.group(0) else at
        what = before.start("what") if before and before.group("what") else at
        loc = before.group("loc") if before else None
        if not loc and (_OWN_DOCUMENT.search(text[max(0, what - 40) : what]) or _EXPLANATION.search(text, max(0, at - 30), at)):
            continue  # "deze memorie van toelichting", "een artikelsgewijze toelichting", "behoeft nadere toelichting"
        if not loc and _own_heading(text, start, word.end()):
            continue  # the document's own title or heading
        if _OTHER_TOELICHTING.match(text, word.end()):
            continue  # the toelichting of an amendment or a besluit
        if text[start : word.end()].lower() == "toelichting" and _OTHER_BEFORE.search(
            re.split(r"[.!?]\s", text[max(0, at - 400) : at])[-1]
        ):
            continue  # "… de nota van wijziging op het voorstel van wet …, met toelichting": its own
        if any(re.fullmatch(r"\s*\(", text[e:at]) for _, e, _ in refs):
            continue  # "de Memorie van Toelichting (MvT)": the name's abbreviation, the same mention
        detail, end = _QUOTED_NUMBER.sub(r"\1 \2", loc) if loc else "", word.end()  # "paragraaf “2. Financiële gevolgen”"
        if not detail:
            after = _MVT_AFTER.match(text, end)
            if after:
                detail, end = after.group("loc"), after.end()
                if "(" in text[word.end() : after.start("loc")] and text[end : end + 1] == ")":
                    end += 1  # "de toelichting (p. 12)": the bracket closes the mention
        refs.append((start, end, " ".join(detail.split())))
    refs += [(m.start(), m.end(), f"paragraaf {m.group('number')}") for m in _CAPTIONED_PART.finditer(text)
             if not any(s < m.end() and m.start() < e for s, e, _ in refs) and _SENTENCE_NAMES_MVT.search(text, sentence_start(text, m.start()), sentence_end(text, m.start()))]  # fmt: skip
    return sorted(_named_again(text, refs))


# a part of the memorie named "onderdeel" with its numbered caption in quotes, in a sentence that names
# the memorie: "op pagina 2 van de nota van toelichting (onderdeel “1.3 Reikwijdte”)"
_CAPTIONED_PART = re.compile(r"\bonderdeel\s*[\u201c\u2018\x22]\s*(?P<number>\d+(?:\.\d+)*)\.?\s[^\u201d\u2019\x22]{1,60}[\u201d\u2019\x22]"
                            r"(?!\s*,?\s*(?:van|uit|in)\s+(?:dit|deze|ons|onze|het|de|hun|haar)\s+(?!(?:memorie|nota|toelichting)\b))", re.I)  # not "… van dit advies"
_SENTENCE_NAMES_MVT = re.compile(r"\b(?:memorie|nota)\s+van\s+toelichting\b", re.I)


# a place of the memorie named again: "voornoemde paragraaf (in de memorie van toelichting)"
_NAMED_AGAIN = re.compile(
    r"\b(?:(?:boven|laatst)?genoemde|voornoemde|dezelfde)\s+(?P<kind>paragraaf|hoofdstuk)\b"
    r"(?:\s+(?:in|van|uit)\s+de\s+(?:memorie\s+van\s+toelichting|toelichting|MvT)\b)?",
    re.I,
)
_KIND_WORDS = {"paragraaf": ("paragraaf", "par.", "§"), "hoofdstuk": ("hoofdstuk", "h.")}


def _named_again(text: str, refs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return `refs` with each "genoemde paragraaf" as the place of that kind the text named last in
    the memorie before it (and the memorie it names, if any, as part of that one mention)."""
    for again in _NAMED_AGAIN.finditer(text) if re.search(r"noemde|dezelfde", text, re.I) else ():
        kinds = _KIND_WORDS[again.group("kind").lower()]
        earlier = [d for s, e, d in refs if e <= again.start() and d.lower().startswith(kinds)]
        if earlier:
            refs = [r for r in refs if not again.start() <= r[0] < again.end()] + [(again.start(), again.end(), earlier[-1])]
    return refs


_LOCATION = r"(?P<loc>(?:paragraaf|par\.|§|hoofdstuk)\s*\d+(?:\.\d+)*[a-z]?)(?![\w.]\d)"
# "zie hierna onder par. 2", "zie paragraaf 3", "zoals hiervoor in hoofdstuk 2 uiteengezet"
_CROSS = re.compile(
    r"\b(?:zie\s+(?:ook\s+)?(?:(?:hierna|hiervoor|hieronder|hierboven|verder|eerder)\s+)?"
    r"|(?:hierna|hiervoor|hieronder|hierboven|verderop)\s+)(?:(?:onder|in|bij)\s+)?" + _LOCATION
    # not a law's: "zie hoofdstuk 7 van …", with a caption first, or a smaller division after it ("…, titel 3")
    + r"(?!\s*,?\s*(?:van|uit|der|in|bij)\b|\s*(?:\([^()]{1,40}\)|" + _QUOTED + r")\s*,?\s*(?:van|uit|der|bij)\b|\s*,\s*(?-i:[A-Z])[^,.;:()\d]{2,60},\s+(?:van|uit)\s"
    r"|\s*,\s*(?:titel|afdeling|paragraaf|afd\.|hfd\.)\s*\d)",
    re.I,
)
# "paragraaf 3 van deze toelichting", "hoofdstuk 4 van het algemeen deel (van de toelichting)"
_OF_ITSELF = re.compile(
    _LOCATION + r"(?:\s*«[^«»]{1,80}»|\s*" + _QUOTED + r")?\s+(?:van|uit|in)\s+(?:(?P<own>deze\s+(?:memorie(?:\s+van\s+toelichting)?|toelichting))"
    r"|het\s+algeme(?:en|ne)\s+(?:deel|gedeelte)(?P<mvt>\s+van\s+(?:de|deze)\s+(?:memorie\s+van\s+)?toelichting)?"
    r"(?!\s+van\s+(?:dit|het|deze|de|ons)\s+(?:advies|verslag|rapport|brief|nota|reactie))"
    r"(?!\s+(?:bij|op)\s+(?:de|het)\s+(?-i:[A-Z])))",  # "… van de memorie van toelichting bij de Woningwet": that law's
    re.I,
)
# a paragraph of the text itself, alone in brackets at a sentence's end: "… weergegeven (paragraaf 2)."
# (a bracketed hoofdstuk is as often the regeling's: "de bijdrage … (hoofdstuk 3);")
_BRACKETED = re.compile(r"\((?=paragraaf|par\.|§)\s*" + _LOCATION + r"\s*\)(?=\s*\.)", re.I)
# a place of the text itself where the text says what it discusses there: "In hoofdstuk 2 zal allereerst
# aandacht worden geschonken aan …", "Aansluitend wordt in hoofdstuk 3 ingegaan op …" (a law's chapter
# "regelt" or is named with its law)
_NOT_A_LAWS = r"(?!\s*,?\s*(?:van|uit|der|bij)\b)"
_DISCUSSES = r"(?:ingegaan|aandacht|besproken|behandeld|toegelicht|aan\s+de\s+orde|beschreven|uiteengezet|stilgestaan)\b"
_DISCUSSED = (
    re.compile(r"\b[Ii]n\s+" + _LOCATION + _NOT_A_LAWS + r"\s+(?:wordt|worden|zal|zullen|komt|komen)\b(?:\s+[\w-]+){0,6}?\s+" + _DISCUSSES),
    re.compile(r"\b(?:wordt|worden|zal|zullen)\s+(?:[\w-]+\s+){0,4}?in\s+" + _LOCATION + _NOT_A_LAWS + r"\s+(?:[\w-]+\s+){0,3}?" + _DISCUSSES),
)
# a place in brackets after what a sentence says the memorie discusses: "in de nota van toelichting wordt
# uitgebreider ingegaan op de reacties (in paragraaf 2.1)"
_DISCUSSED_THERE = re.compile(r"\(\s*(?:zie\s+)?(?:in\s+|onder\s+)?" + _LOCATION + r"\s*\)")
_DISCUSSES_WORD = re.compile(_DISCUSSES, re.I)
# "de toelichting bij de begroting" (not "bij dit wetsvoorstel", "op het wetsvoorstel", "bij dit besluit": its own)
_OTHER_OWNER = re.compile(r"\s+(?:bij|op|van)\s+(?:de|het|dit|deze)\s(?!(?:(?:ontwerp|concept)-?)?(?:wets)?voorstel\b|besluit\b|regeling\b|ontwerp\b)", re.I)
# an instrument named by one word between them ("de Opvangrichtlijn"), or another clause with its own subject
# ("…, maar de VNG heeft in haar eigen advies stilgestaan bij …")
_OTHER_NAMED = re.compile(r"\b(?-i:[A-Z])\w*(?:richtlijn|verordening|besluit|regeling|verdrag|reglement)\b"
                          r"|,\s*(?:maar|terwijl|hoewel|omdat|zodat|doch)\b", re.I)
# the order a text announces its own parts in ("allereerst", "aansluitend", "zal … worden"), which
# a text writes of itself and not of a law's chapter; the memorie named before the place in its sentence
_SEQUENCE = re.compile(r"\b(?:allereerst|eerst|aansluitend|vervolgens|daarna|hierna|hieronder|hierboven|hiervoor|voorafgaand|achtereenvolgens|ten\s+slotte|tot\s+slot|zal|zullen)\b", re.I)
_LAW_BEFORE = re.compile(r"\b[A-Z][\w-]*wet(?:boek)?\b|\b(?:Wet|Besluit|Regeling|Wetboek)\s+[a-z]")  # "In hoofdstuk 2 van de Huisvestingswet 2014 …; in hoofdstuk 3 wordt vervolgens …"
_MEMORIE_BEFORE = re.compile(r"\b(?:toelichting|memorie)\b", re.I)
_OWN_GATE = ("zie", "hier", "deel", "deze memorie", "deze toelichting", "(par", "(§", "ingegaan", "aandacht", "besproken",
             "behandeld", "toegelicht", "aan de orde", "beschreven", "uiteengezet", "stilgestaan")


def own_places(text: str, law_before: Callable[[int], bool] = lambda at: False) -> list[tuple[int, int, str, bool]]:
    """Return the places a text names in itself the way a memorie van toelichting names its own
    paragraphs: (start, end, detail, explicit); `explicit` where the words say it is the MvT
    ("van het algemeen deel van de toelichting"), else they are the MvT's only in the MvT.
    `law_before` tells whether a law's name ends at a position: "geregeld in het Besluit inburgering
    2021 (paragraaf 2)." is that law's paragraaf, not the text's own."""
    lowered = text.lower()
    if not any(word in lowered for word in _OWN_GATE):
        return []
    found = [(m.start("loc"), m.end(), " ".join(m.group("loc").split()).replace("par.", "paragraaf"), bool(m.group("mvt")))
             for m in _OF_ITSELF.finditer(text)]  # fmt: skip
    found += [(m.start("loc"), m.end(), " ".join(m.group("loc").split()).replace("par.", "paragraaf"), False)
              for m in _CROSS.finditer(text) if not any(s <= m.start("loc") < e for s, e, _, _ in found)]  # fmt: skip
    for m in (m for p in _DISCUSSED for m in p.finditer(text)):
        begin = sentence_start(text, m.start("loc"))
        named = bool(_MEMORIE_BEFORE.search(text, begin, m.start("loc")))
        ordered = _SEQUENCE.search(text, max(0, m.start() - 40), m.end()) and not _LAW_BEFORE.search(text, begin, m.start("loc"))
        if (named or ordered) and not any(s <= m.start("loc") < e for s, e, _, _ in found):
            found.append((m.start("loc"), m.end("loc"), " ".join(m.group("loc").split()).replace("par.", "paragraaf"), named))
    for m in _DISCUSSED_THERE.finditer(text):
        memorie = _MEMORIE_BEFORE.search(text, sentence_start(text, m.start()), m.start())
        if memorie and _discussed_there(text, memorie.end(), m.start(), law_before) and not any(s <= m.start("loc") < e for s, e, _, _ in found):
            found.append((m.start("loc"), m.end("loc"), " ".join(m.group("loc").split()).replace("par.", "paragraaf"), True))
    found += [(m.start("loc"), m.end("loc"), " ".join(m.group("loc").split()).replace("par.", "paragraaf"), False)
              for m in _BRACKETED.finditer(text) if not any(s <= m.start("loc") < e for s, e, _, _ in found)
              and not law_before(m.start())]  # fmt: skip
    return sorted(found)


def _discussed_there(text: str, after: int, at: int, law_before: Callable[[int], bool]) -> bool:
    """Tell whether the words between the memorie and a place in brackets say what the memorie discusses
    there, with no law, other document or other toelichting named in between ("… de verhouding tot de Awb
    (hoofdstuk 4)", "… de toelichting bij de begroting …", "… de VNG heeft in haar advies …")."""
    between = text[after:at]
    if _OTHER_TOELICHTING.match(text, after) or _OTHER_OWNER.match(text, after) or not _DISCUSSES_WORD.search(between):
        return False
    if _LAW_BEFORE.search(between) or _OTHER_NAMED.search(between):
        return False
    return not any(law_before(after + word.end() + 1) for word in re.finditer(r"\w(?=\s)", between))  # a law's name ends there


# the memorie as a whole, named by its kind in a sentence: "(de) toelichting", "(de) memorie van
# toelichting" in lower case, or its title in capitals, and its part on the articles ("in de
# artikelsgewijze toelichting wordt hierop ingegaan"); not a place in it ("het algemeen deel,
# paragraaf 3"), nor the heading "Memorie van toelichting" over a quotation of it
_BY_KIND = re.compile(r"(?:memorie\s+van\s+|artikels?gewijze\s+)?toelichting|MEMORIE\s+VAN\s+TOELICHTING")


def unreported(words: str, detail: str, inserted: bool, mvt_text: bool, draft: str = "") -> bool:
    """Tell whether a mention of the memorie is no reference to report: one in new words of a law
    (`in_new_text`), or, in the memorie itself (`mvt_text`), the memorie named by its kind with
    no place in it ("De adviezen hebben tot wijziging van de memorie van toelichting geleid"),
    which is the text naming itself, as "deze memorie" is."""
    if in_new_text(words, inserted) or of_besluit(words, draft):
        return True
    if mvt_text and words[:9].lower() == "kamerstuk":
        return True  # a memorie cites other documents by their Kamerstuk number, never itself
    return mvt_text and not detail and bool(_BY_KIND.fullmatch(words.strip()))


def in_new_text(words: str, inserted: bool) -> bool:
    """Tell whether a mention of a toelichting stands in words of a law that an instruction
    inserts or quotes ("…, luidende: Bij een algemene maatregel van bestuur … wordt in de nota
    van toelichting gemotiveerd …"): a provision speaks of the explanation of a future besluit,
    never of the bill's memorie. Words in capitals are a title run into the instruction by a
    transcription ("…, luidende: OORSPRONKELIJKE TEKST … EN DE MEMORIE VAN TOELICHTING"), no new text."""
    return inserted and not words.isupper()


_NOTA = re.compile(r"nota\s+van\s+toelichting", re.I)


def of_besluit(words: str, draft: str) -> bool:
    """Tell whether a mention names the nota van toelichting of a besluit (an AMvB, a ministeriële
    regeling, "de ontwerpnota van toelichting" of a draft sent in voorhang) where the consulted
    draft (its citeertitel `draft`) is a wet: a wet is explained by a memorie van toelichting, so
    the nota is another document's. Where the draft is itself a besluit, its nota is its own."""
    return bool(_NOTA.search(words)) and "wet" in draft.lower() and not re.search(r"besluit|regeling", draft, re.I)
