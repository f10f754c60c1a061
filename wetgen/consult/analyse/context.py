"""What a reference needs from the text around it: the article under discussion, the law, the
onderdeel a heading opened, and whether the words are new text of the amended law.

A response is read point by point, in order; each point hands a small Context to the next. A
heading "Artikel I (Awb)", "ARTIKEL II ALGEMENE NABESTAANDENWET" or "A (artikel 4:17)" sets it;
so do the references in a paragraph ("In artikel 12 …", then "het tweede lid" below). Words an
instruction inserts ("…, luidende:", «…», "vervangen door: …") are the amended law's own: in
them "deze wet" is that law and "dit artikel" the article being changed, and what they cite
does not move the context.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import NamedTuple

from wetgen.consult.analyse.grammar import BILL_LETTER, REPEATED_CAPITALS
from wetgen.consult.analyse.insertedletters import next_in_list
from wetgen.consult.analyse.nextinstruction import new_words_end, next_step

BILL = "bill"  # a unit of the bill itself
LAW = "law"  # a provision of a law the bill amends
OTHER_LAW = "other_law"  # a provision of a law the bill does not amend
MVT = "mvt"  # a place in the memorie van toelichting
UNKNOWN = "unknown"  # a reference whose target the text does not tell


class Target(NamedTuple):
    """Where a reference points, written structurally (never as an eId)."""

    scope: str  # BILL, LAW, OTHER_LAW, MVT or UNKNOWN
    law: str = ""  # the law's citeertitel (LAW, OTHER_LAW)
    artikel: str = ""
    onderdeel: str = ""  # an onderdeel (A, B…) of an amending article of the bill
    lid: str = ""
    item: str = ""  # an onderdeel (a, b…) of a list
    sub: str = ""  # a subonderdeel (1°, 2°…)
    division: str = ""  # "hoofdstuk III", "titel 10", "afdeling 2.3"
    within: str = ""  # the chapter of a division numbered within it: "hoofdstuk III" of its "paragraaf 1"
    detail: str = ""  # a place in the MvT: "paragraaf 4.2", "p. 12"


class Context(NamedTuple):
    """What the text before a point has said that its references may need."""

    bill_article: str = ""  # the article of the bill under discussion ("I")
    onderdeel: str = ""  # its onderdeel under discussion ("B")
    structural: bool = False  # set by a heading: a bare letter below it is an onderdeel
    law: str = ""  # the law that bare article numbers name (set by an amending article)
    article: Target | None = None  # the provision under discussion: "het tweede lid" is in it
    last: tuple[Target, ...] = ()  # what the last reference to one provision named ("dat artikel")
    last_many: tuple[Target, ...] = ()  # … to several ("die bepalingen")
    named_law: str = ""  # the last law named ("die wet")
    inserted: bool = False  # the paragraphs now read are new text an instruction inserts
    divisions: tuple[Target, ...] = ()  # the last hoofdstuk, titel … named, one per kind ("deze titel")
    announced: bool = False  # "… een onderdeel ingevoegd, luidende:": a letter below is its heading
    # the articles named since the last heading, the first two distinct ones: "de voorgestelde
    # bepaling" names the article under discussion only when it is the one article named
    topic: tuple[Target, ...] = ()
    mvt_text: bool = False  # the text is (a part of) the memorie van toelichting itself
    answer_text: bool = False  # the text is a memorie van antwoord: "deze memorie" is that one
    lead_in_law: str = ""  # the law a sentence ending in a colon named for the list below it
    cited: Target | None = None  # "… is geregeld in artikel 22b Sr:": the article whose leden follow (leadin.py)
    nota_text: str = ""  # "nota": a nota van wijziging; "lettered": its items are A, B, …; "explained": its toelichting
    listed: tuple[str, ...] = ()  # "De onderdelen G tot en met I … te luiden:": the letters below
    defined: str = ""  # "De regeling X (hierna: de regeling)": the instrument "deze regeling" is (definedinstrument.py)
    enabling: str = ""  # "wet: Meststoffenwet": the law "van de wet" in a besluit names (enablinglaw.py)
    enabling_decree: str = ""  # the one besluit a regeling's aanhef names: "van het besluit" (enablinglaw.py)
    aanhef_laws: tuple[tuple[str, str], ...] = ()  # (wet, artikel) of an aanhef on several wetten (enablinglaw.py)
    item_numeral: str = ""  # the amendment's item read last ("II"), "0" below "… stelt het volgende amendement voor:" (amendmentitems.py)
    bill_laws: tuple[str, ...] = ()  # the laws a bill an ARTIKEL amends would amend: "artikel 26ab" after its "artikel I, onderdeel J" (amendedbill.py)
    definition: str = ""  # the steps below "… in de begripsomschrijving van «X»:", "°", "letter" or "in" (definitions.py)
    own_heading: str = ""  # the own article whose heading is above: its text is read (owncitations.py)
    own_lid: bool = False  # the paragraph read opened with a lid number of that article, or is an item of that lid
    opened: str = ""  # the letter of the onderdeel a heading opened last ("E"): an added "F" may follow it
    title_law: str = ""  # the one law a text on laws in force names in its title ("Toelichting Wegenverkeerswet", lawinforce.py)
    heading_law: str = ""  # the other law whose article a heading named last ("Artikel 5 Wet rijonderricht motorrijtuigen 1993")
    prose_law: str = ""  # the listed law a point of a text on laws in force named last ("De WHW is …", lawinforce.py)
    chapter: str = ""  # the bill's hoofdstuk under discussion, where its hoofdstukken number their own articles (ownchapters.py)
    added: str = ""  # the article an amendment adds to the bill whose heading was read last (addedarticles.py)
    enacted: bool = False  # the points read are the articles of a wet the text prints, after its enacting words (statute.py)


EMPTY = Context()


def own_heading_context(context: Context) -> Context:
    """Return the context below a heading of the draft's own (its HOOFDSTUK): a new subject, the text's own facts kept
    (what "de wet" and "het besluit" are, the law named last, the kind of text)."""
    return EMPTY._replace(named_law=context.named_law, mvt_text=context.mvt_text, enacted=context.enacted, enabling=context.enabling, enabling_decree=context.enabling_decree, defined=context.defined, aanhef_laws=context.aanhef_laws)

_INSTRUCTION = re.compile(
    r"^(?:[•▪–-]\s*)?(?:\d+\.\s+|[a-z]\.\s+)?(?:In|Aan|Na|Voor|Onder|Artikel|Het|De|Er|Onderdeel|Hoofdstuk"
    r"|Paragraaf|Afdeling|Titel|Boek|Lid|Van\s+(?:het\s+)?artikel)\b.{0,400}?\b(?:wordt|worden|vervalt|vervallen|komt|komen|is|zijn)"
    r"\b.{0,200}?\b(?:vervangen|ingevoegd|toegevoegd|geplaatst|gewijzigd|verletterd|vernummerd"
    r"|luiden|te\s+luiden|geschrapt|vervalt|vervallen|verhoogd|verlaagd)\b|^(?:\d+\.\s+)?.{0,200}\bvervalt\b",
    re.S,
)
# "…, luidende:", and the older "…, dat luidt:", "…, die luiden als volgt:" of amendments
_LUIDT = r"(?:dat|die)\s+(?:als\s+volgt\s+)?luid(?:t|en)(?:\s+als\s+volgt)?"
# "door:" opens new words after "vervangen" only: "…, door:" in prose announces a list (round 10l)
_OPENS_NEW_TEXT = re.compile(
    rf"(?:luidende?|te\s+luiden|{_LUIDT}|ingevoegd|toegevoegd|vervang\w*\b(?:(?!\.\s)[^:;])*?\bdoor)\s*:\s*$", re.I
)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^”“]*[”“]")
_NEW_WORDS = re.compile(rf"(?:vervangen\s+door|luidende?|te\s+luiden|{_LUIDT}|ingevoegd|vervalt|vervallen)\s*:\s*(?:,\s+)?(?=\S)", re.I)  # (": , 2." of OCR; "vervalt: …" the words struck)
# new text that is a whole numbered provision, run into the instruction where a transcription
# lost the paragraph break ("komt te luiden: 3. Voorwaardelijke inschrijving …"): it runs on
_NEW_PROVISION = re.compile(
    r"(?:\d+[a-z]?\.|[a-z]\.|\d+°)\s+[A-Z]|(?:Artikel|ARTIKEL)\s+\S+\s+[A-Z]|[a-z]\.\s+(?-i:[a-z])"
)  # the last: an onderdeel's own text, in lower case ("dat luidt: b. per categorie …")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
ONDERDEEL_HEADING = re.compile(rf"^(?P<letter>{BILL_LETTER}|[a-z][A-Z]|[A-Z]\.\d+|(?:{REPEATED_CAPITALS})[a-z]?|[A-Z]{{1,2}}(?:bis|ter))(?=\.?$|\s+\()")  # "QQQa", "Abis"; "A." of an older text
_BILL_DIVISION = re.compile(r"^(?:HOOFDSTUK|TITEL|AFDELING|PARAGRAAF|DEEL|BOEK)\b")
_BILL_ARTICLE = re.compile(r"^ARTIKEL\s+[IVXLC\d]")
# the first word of an instruction, after an onderdeel's letter or number run into the text
INSTRUCTION_START = r"(?=(?:In|Aan|Na|Voor|Onder|Artikel|Het|De|Er|Onderdeel)\s)"
_AMENDS = re.compile(
    r"^(?:\d+\.\s+)?(?:De|Het)\s+(?P<rest>.{3,120}?)\s+(?:wordt|worden)\b.{0,80}?\bgewijzigd"
    r"|^(?:\d+\.\s+)?In\s+(?:de|het)\s+(?P<law>[A-Z].{2,120}?)\s+(?:wordt|worden|vervalt|vervallen)\b",
    re.S,
)
# an onderdeel number at the start of a paragraph: "A. In artikel 10 …", "A.1. In artikel 10 …",
# and, where a transcription ran it in after a page number, "2 B Artikel 2 wordt …"
_LEADING_ONDERDEEL = re.compile(
    # "A. In artikel 10 …", and "A." alone on its line as older Staatsblad texts print it (the analyser
    # takes it only where the article has that letter: "Ja." or "NB." in a letter is none)
    rf"(?P<letter>{BILL_LETTER})\.(?:\d+\.)?(?:\s+(?=[A-Z])|\s*$)"
    rf"|\d{{1,3}}\s+(?P<paged>{BILL_LETTER})\s+{INSTRUCTION_START}"
)

# the letter of an onderdeel that the paragraph above inserted, run into its instruction, or
# glued to it where a transcription of the printed page lost the line break ("AbArtikel 16 …")
_ANNOUNCED_LETTER = re.compile(
    rf"(?P<letter>{BILL_LETTER})(?:\s+{INSTRUCTION_START}"
    r"|(?=Artikel\s))"
)


def has_instruction_word(text: str) -> bool:
    """Tell whether a text may hold an instruction: the quick test before the patterns."""
    # wordt, worden, vervalt, vervallen, komt, komen: the quick test before the patterns
    return "word" in text or "verval" in text or "kom" in text or " is " in text or "zijn" in text


def is_instruction(paragraph: str) -> bool:
    """Tell whether a paragraph is a wijzigingsopdracht ("In artikel 12 wordt …", "Artikel 5
    vervalt"), not new text of the law."""
    return has_instruction_word(paragraph) and bool(_INSTRUCTION.match(paragraph))


# the oldest acts' "In artikel 157 wordt in plaats van «…» gelezen:", "De artikelen 158 en 268 worden gelezen:" (an
# instruction that opens with its articles; not "… moeten in samenhang worden gelezen:", "… verschillend gelezen:")
_READ_AS = re.compile(
    r"^\s*(?:In\s+(?:de\s+)?artikel(?:en)?|De\s+artikelen|Artikel)\s+\d(?:(?!\b(?:moeten|moet|kunnen|kan|dienen|dient|zullen|zal|mogen|mag)\b)[^:;])*?"
    r"\b(?:wordt|worden)\s+(?:in\s+plaats\s+van\s+[«“„‘'][^»”’']{1,300}[»”’']\s+)?gelezen\s*:\s*$"
)


def opens_new_text(paragraph: str) -> bool:
    """Tell whether the paragraphs after this one are new text it inserts ("…, luidende:"), or
    continue the numbered provision run in after "luidende:" ("… te luiden: 3. De …")."""
    if paragraph.rstrip().endswith(":"):
        return bool(_OPENS_NEW_TEXT.search(paragraph[-300:]) or len(paragraph) < 800 and _READ_AS.search(paragraph))
    if "luid" not in paragraph:
        return False
    return any(end == len(paragraph) and start < end for start, end in _run_on(paragraph))


# where a transcription that lost the paragraph breaks goes on with the nota's next item, which
# names the bill's own article and a capital onderdeel no law has ("… hoger onderwijs. B Artikel I,
# onderdeel CCC, komt te luiden:"): the provision run in above ends there
_NEXT_ITEM = re.compile(rf"[.»;]\s+(?:(?:{REPEATED_CAPITALS}|{BILL_LETTER})\.?\s+)?(?=(?:Artikel|ARTIKEL)\s+[IVXLC]+[a-z]?,?\s+onderdeel\s+[A-Z])")


def _run_on(segment: str) -> list[tuple[int, int]]:
    return [(m.end(), _item_after(segment, m.end())) for m in _NEW_WORDS.finditer(segment)
            if "door" not in m.group(0) and _NEW_PROVISION.match(segment, m.end())]  # fmt: skip


def _item_after(segment: str, start: int) -> int:
    """Return where a provision run in from `start` ends: the end of the paragraph, or the nota's
    next item run into it."""
    step = next_step(segment, start)  # nextinstruction.py
    if "onderdeel" not in segment:
        return step if step >= 0 else len(segment)
    item = _NEXT_ITEM.search(segment, start)
    ends = [e for e in (item.start() + 1 if item else -1, step) if e >= 0]
    return min(ends) if ends else len(segment)


def new_text_spans(segment: str) -> list[tuple[int, int]]:
    """Return the parts of a paragraph that are words of the amended law: «quoted» words, what
    follows "vervangen door:" to the end of its sentence, and a numbered provision run in after
    "luidende:" to the end of the paragraph."""
    if "«" not in segment and "“" not in segment and "„" not in segment and ":" not in segment:
        return []
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(segment)]
    covered = 0  # where the provision run in last ends: the next step's new words may follow it ("b. Na … luidende: 4. …")
    for match in _NEW_WORDS.finditer(segment):
        if match.start() < covered:
            continue
        if "door" not in match.group(0) and _NEW_PROVISION.match(segment, match.end()):
            covered = _item_after(segment, match.end())
            spans.append((match.end(), covered))
            continue
        end = _SENTENCE_END.search(segment, match.end())
        spans.append((match.end(), new_words_end(segment, match.end(), end.start() if end else len(segment))))
    return spans


def amends_sentence(paragraph: str) -> int:
    """Return where the law name stands in "De Woningwet wordt als volgt gewijzigd:" or "In de
    Wet X vervalt artikel 5.", or -1."""
    if "gewijzigd" not in paragraph and not paragraph.startswith("In "):
        return -1
    match = _AMENDS.match(paragraph)
    if not match:
        return -1
    return match.start("rest") if match.group("rest") else match.start("law")


def leading_onderdeel(paragraph: str, announced: bool = False) -> tuple[int, str, int]:
    """Return where the onderdeel number a paragraph starts with stands, the number, and
    where what follows it starts ("A" of "A.1. In artikel 10 …", "B" of "2 B Artikel 2 …",
    and, below a paragraph that `announced` the onderdeel or an amending article's heading, "I" of "I In
    artikel 42 …", "A" of "A Na artikel 57 …");
    (0, "", 0) when there is none."""
    match = _LEADING_ONDERDEEL.match(paragraph) or (_ANNOUNCED_LETTER.match(paragraph) if announced else None)
    if not match:
        return 0, "", 0
    name = next(n for n in ("letter", "paged") if match.group(n))
    return match.start(name), match.group(name), match.end()


_ANNOUNCES_ONDERDEEL = re.compile(
    r"\bonderde(?:el|len)\b.{0,40}?\b(?:ingevoegd|toegevoegd|vervangen\s+door|te\s+luiden)\b.{0,30}?:\s*$",
    re.I,
)
_BARE_UNIT = re.compile(rf"{BILL_LETTER}|[a-z][A-Z]|[IVXLC]{{1,6}}")
_WORD = re.compile(r"[^\W\d_]{3,}")


def announces_onderdeel(paragraph: str) -> bool:
    """Tell whether a paragraph inserts an onderdeel of the bill whose letter heads the text
    below ("In artikel I wordt na onderdeel M een onderdeel ingevoegd, luidende:")."""
    return bool(_ANNOUNCES_ONDERDEEL.search(paragraph[-160:]))


def table_heading(heading: str, following: str) -> bool:
    """Tell whether a bare letter or Roman numeral is a heading of a table's column, not of an
    onderdeel: another bare one, or no words, follows it ("I", "II", "III", "IV", "€ 37.149")."""
    return bool(_BARE_UNIT.fullmatch(heading)) and (
        bool(_BARE_UNIT.fullmatch(following)) or not _WORD.search(following)
    )


def onderdeel_heading(heading: str) -> str:
    """Return the onderdeel letter a heading starts with ("A", "Aa", "0A", "A (artikel 4:17)")."""
    match = ONDERDEEL_HEADING.match(heading)
    return match.group("letter") if match else ""


# a numbered section title run into its first sentence where a line break was lost: "2.
# Zorgplicht (artikel 28a) Het voorgestelde artikel …" (not "1. De bepaling is te ruim.")
_SECTION_TITLE = re.compile(
    r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?;:«»\"]{0,70}?\s"
    r"(?=(?:De|Het|Een|In|Op|Bij|Voor|Met|Naar|Onder|Over|Wij|Ik|Dit|Deze|Dat|Die|Er|Zij|Ook|Volgens)\s)"
)


def section_title(paragraph: str) -> bool:
    """Tell whether a paragraph starts with a numbered section title run into its text."""
    return paragraph[:1].isdigit() and bool(_SECTION_TITLE.match(paragraph))


_MVT_TITLE = re.compile(r"(?:Nr\.\s*\d+\s+)?(?:memorie|nota)\s+van\s+toelichting[.:]?", re.I)
# the title of a nota van wijziging in capitals, as a Kamerstuk prints it ("Nr. 14 TWEEDE NOTA VAN WIJZIGING")
NOTA_TITLE = re.compile(r"\bNOTA VAN WIJZIGING\b")
_EXPLANATION_HEADING = re.compile(r"(?:[IVX]+\.?\s+)?toelichting\b", re.I)  # "Toelichting", "II. TOELICHTING", "Toelichting op de onderdelen"


def mvt_title(heading: str) -> bool:
    """Tell whether a heading or short paragraph is the title of the memorie van toelichting
    ("Nr. 3 MEMORIE VAN TOELICHTING", "Memorie van toelichting", an AMvB's "Nota van
    toelichting"): the text below is the MvT."""
    return len(heading) < 48 and bool(_MVT_TITLE.fullmatch(heading.strip()))


_BUILT = re.compile(r"\b[Dd]eze\s+toelichting\s+is\s+(?:als\s+volgt\s+)?(?:opgebouwd|ingedeeld)\b")  # its plan: "Paragraaf 2 beschrijft …"
_THIS_MVT = re.compile(r"\b(?:deze|onderhavige)\s+memorie\b(?!\s+van\s+(?:antwoord|repliek))", re.I)
# the title of another memorie: "D MEMORIE VAN ANTWOORD"; "deze memorie" below it is that one
_OTHER_MEMORIE = re.compile(r"(?:[A-Z]\s+|Nr\.\s*\d+\s+)?memorie\s+van\s+(?:antwoord|repliek)[.:]?", re.I)


def mvt_itself(paragraph: str, answer: bool = False) -> bool:
    """Tell whether a paragraph shows that the text is the memorie van toelichting: its title,
    or its words about itself ("Deze memorie van toelichting is als volgt opgebouwd"); in a
    memorie van antwoord (`answer`) only "deze memorie van toelichting" does."""
    if mvt_title(paragraph) or not answer and _BUILT.search(paragraph):
        return True
    if "emorie" not in paragraph or not (this := _THIS_MVT.search(paragraph)):
        return False
    return not answer or "toelichting" in paragraph[this.end():this.end() + 20]


def titled(context: Context, heading: str) -> Context:
    """Return the context below a heading: a new subject, and the kind of text its title shows
    ("Memorie van toelichting", "D MEMORIE VAN ANTWOORD"); the heading "Toelichting" of an
    amendment or nota ends the new text it proposes, and a letter that the list of onderdelen
    announced above does not name next ends that list, as does the "Toelichting"; an own article
    whose text was read is no longer (a heading naming one sets it again)."""
    answer = len(heading) < 48 and bool(_OTHER_MEMORIE.fullmatch(heading.strip()))
    explanation = heading.strip().rstrip(".:").lower() == "toelichting"
    inserted = context.inserted and not explanation
    letter, listed = onderdeel_heading(heading), () if explanation else context.listed
    nota = context.nota_text or ("nota" if NOTA_TITLE.search(heading) else "")
    if nota == "nota" and letter:
        nota = "lettered"
    elif nota == "lettered" and _EXPLANATION_HEADING.match(heading.strip()):
        nota = "explained"  # below the toelichting of a nota that letters its items
    if letter:  # the list's letters come in order: the next one goes on, any other ends it
        listed = next_in_list(listed, letter)
    # below the "Toelichting" of an amendment, the provision its new text proposed is the one it explains (and one article it changed, kept)
    explained = context.article if context.inserted and not inserted else None
    topic = (Target(explained.scope, explained.law, explained.artikel),) if explained and explained.artikel else ()
    article = (context.article._replace(item="", sub="") if context.article and len({t.artikel for t in context.topic}) == 1 else None) if explanation else context.article
    return context._replace(topic=topic, mvt_text=context.mvt_text or mvt_title(heading), listed=listed, own_heading="", answer_text=context.answer_text or answer,
                            inserted=inserted, nota_text=nota, article=article)  # fmt: skip


def bill_division_heading(heading: str) -> bool:
    """Tell whether a heading is a division of the bill itself ("HOOFDSTUK 1 ALGEMENE WET …")."""
    return bool(_BILL_DIVISION.match(heading))


def bill_article_heading(heading: str, own: Container[str] = ()) -> bool:
    """Tell whether a heading is an article of the bill itself: in capitals ("ARTIKEL II …"), or
    "Artikel II" with a Roman number that is one of the bill's articles (`own`), which the
    Arabic-numbered articles of the law it amends cannot be: it ends any new text above it."""
    roman = _ROMAN_ARTICLE.match(heading)
    return bool(_BILL_ARTICLE.match(heading)) or bool(roman and roman.group(1) in own)


_ROMAN_ARTICLE = re.compile(r"^Artikel\s+([IVXL]+[A-Z]?)(?![\w:]|\.\d)")  # "Artikel II." too


def remember(context: Context, targets: tuple[Target, ...], subject: bool = True) -> Context:
    """Return the context after a reference to `targets` (outside new text): they are what
    "dat artikel" or "die bepalingen" name, and, if they are the `subject` of the paragraph,
    the provision under discussion ("het tweede lid" below is in it)."""
    named_divisions = [t for t in targets if t.division]
    if named_divisions:
        kinds = {t.division.split()[0] for t in named_divisions}
        kept = tuple(t for t in context.divisions if t.division.split()[0] not in kinds)
        law = named_divisions[-1].law or context.named_law
        context = context._replace(divisions=(*kept, *named_divisions)[-4:], named_law=law)
    named = [t for t in targets if t.scope in (BILL, LAW, OTHER_LAW) and t.artikel]
    if not named:
        return context
    several = len({t.artikel for t in named}) > 1 or len(named) > 1
    update: dict = {"article": named[-1]} if subject else {}
    update["last_many" if several else "last"] = tuple(named)
    if several and len({(t.scope, t.law, t.artikel) for t in named}) == 1:
        update["last"] = tuple(named)  # "artikel 10, eerste en tweede lid, …": "dat artikel" is 10
    law = next((t.law for t in reversed(named) if t.law), "")
    if law:
        update["named_law"] = law
    return context._replace(**update)


def mention(topic: tuple[Target, ...], target: Target) -> tuple[Target, ...]:
    """Return the topic after an article is named: its first two distinct articles (a lid or
    onderdeel of the same article is the same article)."""
    article = Target(target.scope, target.law, target.artikel)
    if article in topic or len(topic) >= 2 + (topic[:1] == (_UNREAD,)):
        return topic
    return (*topic, article)


def topic_after(context: Context, resolutions, articles: dict) -> tuple[Target, ...]:  # noqa: ANN001 - resolve.Resolution
    """Return the topic after a reference: the articles it names (for an onderdeel of one of the
    bill's amending `articles`, the one article it changes)."""
    topic = context.topic
    for place in (r.place for r in resolutions if r.place.artikel):
        own = articles.get(place.artikel.upper()) if place.scope == BILL else None
        if own is not None and own.is_amending:
            place = context.article if context.article and context.article.scope != BILL else None
        topic = mention(topic, place) if place else topic
    return topic


def only_topic(context: Context) -> Target | None:
    """Return the one article named since the last heading, or None when none or several were."""
    topic = context.topic
    return topic[0] if len(topic) == 1 and topic[0] != _UNREAD else None


def elsewhere(home: Target | None, now: Target | None) -> bool:
    """Tell whether the provision under discussion moved from an article of the bill or of an
    amended law (`home`, a heading's "art. 28a") to one of another law ("als bedoeld in artikel
    5.1 van de Omgevingswet"): that one is the subject of its own sentence only, and "het derde
    lid" or "dit artikel" in the next sentence are the home article's again."""
    if home is None or now is None or home.scope not in (BILL, LAW) or now == home:
        return False
    return now.scope == OTHER_LAW or (now.scope == LAW and home.scope == LAW and now.law != home.law)


_UNREAD = Target("(niet gelezen)")  # what a self-contained point is analysed with instead
_UNREAD_LAW = "\x00"


def without_memory(context: Context, single_law: bool) -> Context:
    """Return the context a self-contained point is analysed in: what earlier points named
    (the provision under discussion, the last ones named, and with one amended law the law
    named last) is left out, so the point is analysed once for all of them."""
    return context._replace(article=_UNREAD, last=(_UNREAD,), last_many=(_UNREAD,), divisions=(_UNREAD,),
                            named_law=_UNREAD_LAW if single_law else context.named_law,
                            topic=(_UNREAD,))  # fmt: skip


def with_memory(after: Context, before: Context) -> Context:
    """Return the context after a self-contained point: what it named itself, and what came
    before where it named nothing."""
    return after._replace(
        article=before.article if after.article == _UNREAD else after.article,
        last=before.last if after.last == (_UNREAD,) else after.last,
        last_many=before.last_many if after.last_many == (_UNREAD,) else after.last_many,
        named_law=before.named_law if after.named_law == _UNREAD_LAW else after.named_law,
        divisions=before.divisions if after.divisions == (_UNREAD,) else after.divisions,
        topic=_merged(before.topic, after.topic),
    )


def _merged(before: tuple[Target, ...], after: tuple[Target, ...]) -> tuple[Target, ...]:
    """Return the topic of a self-contained point read after `before` (its own names follow)."""
    if after[:1] != (_UNREAD,):
        return after
    topic = before
    for target in after[1:]:
        topic = mention(topic, target)
    return topic
