"""The sentences of an amending article, recognised by their Ar formulas: the intro that
names the law, the header of a group of numbered changes, and a wijzigingsopdracht itself.

These only *recognise* a sentence; turning it into a structured instruction is the job of the
instruction parser (`wetgen.amend.parse`, the inverse of `wetgen.amend.wording`), which plugs
in at `wetgen.importer.structure.amending.to_instructions`.
"""

from __future__ import annotations

import re

from wetgen import ids

INTRO = re.compile(
    r"^(?P<law>(?:De|Het)\s+.+?|[A-Z].+?)\s+(?:wordt|worden)\s+"
    r"(?P<how>als volgt gewijzigd|gewijzigd als volgt|als volgt aangevuld)\s*[:.]?$"
)
# "Artikel 12 wordt als volgt gewijzigd:", or with the law when it is the article's only change
# ("Artikel 12 van de Huisvestingswet 2014 wordt als volgt gewijzigd:", Ar 6.13)
GROUP = re.compile(
    r"^(?P<unit>Artikel|Hoofdstuk|Paragraaf|Afdeling|Titel|Onderdeel|Bijlage|§)\s+(?P<num>[^\s,]+?)"
    r"(?P<rest>(?:,\s+(?!van\s)[^,]+?)*?),?(?:\s+van\s+(?P<law>(?:de\s+|het\s+)?[A-Z].+?))?"
    r"(?P<comma>,?)\s+(?:wordt|worden)\s+(?P<how>als volgt gewijzigd|gewijzigd als volgt)\s*:$"
)
OPENINGS = (  # the words a wijzigingsopdracht opens with
    r"In|Na|Voor|Aan|Onder|Er|Het|De|Artikel|Artikelen|Hoofdstuk|Paragraaf|Afdeling|Titel|Onderdeel"
    r"|Toegevoegd|Ingevoegd|Vervangen|Boek|Bijlage|§|Voorts|Tevens|Telkens|Zowel|Rubriek|Tabel|Kolom|Post"  # (a bijlage's table)
)
_VERBS = (
    r"vervangen door|(?:komt|komen)(?: als volgt)? te luiden|luidende|ingevoegd|toegevoegd|vernummerd"
    r"|verletterd|(?:her)?geletterd\b|hernummerd|aanduiding\b.*?\bgeplaatst|als volgt gewijzigd|gewijzigd als volgt|wordt geschrapt"
    r"|vervall?(?:t|en)(?:[.,;:]|\s+(?:onder|de|het|telkens)\b|\s*[«‘“'\"]|$)"  # ("In onderdeel gg vervalt ‘: MULTI’;")
)
INSTRUCTION = re.compile(rf"^(?:{OPENINGS})\b.*?\b(?:{_VERBS})", re.DOTALL)
_LAW_IN_SENTENCE = re.compile(  # the law's publication may follow its name: "(Stb. 1973, 395)"
    r"\bvan (?P<law>(?:de|het) [A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,8}?(?:\s*\((?:Stb|Stbl|Stcrt)\.[^()]{1,30}\))?),?\s+"
    r"(?:wordt|worden|vervalt|vervallen|komt|komen)\b"
)
_LAW_AS_SUBJECT = re.compile(
    r"^(?:(?:Aan|In|Uit|Na|Voor) )?(?P<law>(?:[Dd]e|[Hh]et) [A-Z].{2,80}?) (?:wordt|worden|vervalt|komt)\b"
)


def is_instruction(text: str) -> bool:
    """Tell whether a sentence is a wijzigingsopdracht by its Ar formula."""
    return bool(INSTRUCTION.match(text.strip()))


def is_step_instruction(text: str) -> bool:
    """Tell whether a numbered step is a wijzigingsopdracht: an older text may go on in lower case
    after the sentence that heads its steps ("Artikel 1 wordt als volgt gewijzigd: 1. na onderdeel d
    wordt … ingevoegd, luidende:")."""
    text = text.strip()
    return is_instruction(text[:1].upper() + text[1:])


def opens_payload(text: str) -> bool:
    """Tell whether new text follows the sentence as units ("…, luidende:", "… komt te luiden:")."""
    text = text.strip()
    return text.endswith(":") and not is_group(text) and not INTRO.match(text)


def is_group(text: str) -> bool:
    """Tell whether a sentence heads numbered changes: "Het zesde lid wordt als volgt gewijzigd:"."""
    return bool(_GROUP_END.search(text.strip()))


_GROUP_END = re.compile(r"\b(?:wordt|worden) (?:als volgt gewijzigd|gewijzigd als volgt):$")


def law_of_intro(text: str) -> str:
    """Return the law an intro names with its article ("De Huisvestingswet 2014 wordt …" →
    "De Huisvestingswet 2014"); a group header that names the law is no intro."""
    text = text.strip()
    m = INTRO.match(text)
    if not m or GROUP.match(text):
        return ""
    return m.group("law")


def law_of_sentence(text: str) -> str:
    """Return the law the only change of an article names, with its article ("In artikel 4 van
    de Wet X wordt …", "Artikel 8 van de Wet X wordt als volgt gewijzigd:" → "de Wet X"), or ""."""
    m = GROUP.match(text.strip())
    if m and m.group("law"):
        return m.group("law")
    for pattern in (_LAW_IN_SENTENCE, _LAW_AS_SUBJECT):
        m = pattern.search(text)
        if m:
            return m.group("law")
    return ""


def split_article(name: str) -> tuple[str, str]:
    """Return the article and the citeertitel of a law as named: "Het Burgerlijk Wetboek" →
    ("het", "Burgerlijk Wetboek"); "Boek 7 van het Burgerlijk Wetboek" has none."""
    first, _, rest = name.strip().partition(" ")
    if first.lower() in ("de", "het") and rest:
        return first.lower(), rest
    return "", name.strip()


def group_article(text: str) -> str:
    """Return the article number of "Artikel 12 wordt als volgt gewijzigd:" (the law may be
    named after it), else ""."""
    m = GROUP.match(text.strip())
    if m and m.group("unit") == "Artikel" and not m.group("rest"):
        return m.group("num").rstrip(",")
    return ""


# a footnote mark printed against a law's name in a Staatsblad text ("De Gemeentewet1 wordt als
# volgt gewijzigd:"): digits right after a lower-case word, which no citeertitel ends in, or
# after the year that ends one ("De Wet inkomstenbelasting 20011 wordt …")
_FOOTNOTE_MARK = re.compile(r"(?<=[a-zà-ÿ]{3})\d{1,2}$|(?<=\s(?:19|20)\d\d)\d{1,2}$"
                            r"|(?i:(?<=wetboek)|(?<=wet)|(?<=besluit))\s\d$")  # a scan's "… Burgerlijk Wetboek 2"


def without_footnote_mark(citeertitel: str) -> tuple[str, str]:
    """Return a law's name without a footnote mark glued to its end, and the mark ("" if none)."""
    m = _FOOTNOTE_MARK.search(citeertitel)
    return (citeertitel[: m.start()], m.group()) if m else (citeertitel, "")


# "De Werkloosheidswet (Stb. 1987, 93) wordt …": older bills cite the law's publication after its
# name, also without its year ("(Stb. 364, 519)"), in a series ("(Stb. G 199)") or in the
# Staatscourant, a comma after it ("Het Besluit van 8 februari 2013 … (Stcrt. 2013, 4076), wordt …")
# (and a footnote's number after it, as a scan reads the raised mark: "De Beroepswet (Stb. 1955, 47) 6 wordt …")
_PUBLICATION = re.compile(r"\s*\(\s*(?:Stb|Stbl|Stcrt)\.\s*(?:[A-Z]\s+)?(?:(?:18|19|20)\d\d\s*,\s*)?\d+"
                          r"(?:\s*,\s*\d+)*\s*\),?(?:\s+\d{1,3})?$")


_ORDINAL_BOOK = re.compile(r"(?i)(?:het\s+)?(?P<ordinal>[a-z]+(?:ste|de))\s+boek\s+van\s+het\s+(?P<code>Burgerlijk\s+Wetboek(?:\s+BES)?)")


def numbered_book(citeertitel: str) -> str:
    """Return a book of the Burgerlijk Wetboek named by its ordinal as older acts name it ("tweede boek van het
    Burgerlijk Wetboek") by its number ("Boek 2 van het Burgerlijk Wetboek"); any other name as it is."""
    m = _ORDINAL_BOOK.fullmatch(citeertitel.strip())
    number = ids.ordinal_value(m.group("ordinal")) if m else None
    return f"Boek {number} van het {' '.join(m.group('code').split())}" if m and number else citeertitel


def without_publication(citeertitel: str) -> tuple[str, str]:
    """Return a law's name without the Staatsblad citation after it, and the citation ("" if none)."""
    m = _PUBLICATION.search(citeertitel)
    return (citeertitel[: m.start()], m.group().strip()) if m else (citeertitel, "")


# "Wet van 11 mei 2017 tot wijziging van de Wegenverkeerswet 1994 en de Wet administratiefrechtelijke
# handhaving verkeersvoorschriften in verband met …": the laws named after "wijziging van"
_TITLE_CHANGES = re.compile(r"\b[Ww]ijziging van (?P<laws>.+?)(?=\s+(?:in verband met|met het oog op|ten behoeve van"
                            r"|teneinde|alsmede|naar aanleiding van)\b|\s*[(;]|$)")
_TITLE_LAW = re.compile(r"^(?:de|het)\s+(?P<law>[A-Z][^,]*)$")
# a purpose after a law's name ("de Woningwet ter verbetering van …"), unless it is the name's own
# second word ("de Wet ter voorkoming van witwassen en financieren van terrorisme")
_PURPOSE = re.compile(r"\s(?:ter|tot|om|houdende|inzake)\s")
_BARE_HEAD = re.compile(r"(?:de|het)\s+(?:Wet|Besluit|Regeling)")  # a kind of law, named by what follows
_NO_ONE_LAW = re.compile(r"\b(?:wetten|besluiten|regelingen|intrekking|wijziging|enkele|andere)\b")


def laws_in_title(title: str) -> tuple[str, ...]:
    """Return the names of the laws a bill's title says it amends, in order ("… tot wijziging
    van de Wegenverkeerswet 1994 en de Wet X in verband met …" → both), up to the first piece
    that names no one law ("… en enkele andere wetten"), or () when it names none."""
    m = _TITLE_CHANGES.search(" ".join(title.split()))
    if m is None:
        return ()
    found = []
    for piece in re.split(r"\s*,\s+|\s+en\s+(?=(?:de|het|enkele|andere|diverse)\s)", m.group("laws")):
        purpose = _PURPOSE.search(piece)
        if purpose and not _BARE_HEAD.fullmatch(piece[: purpose.start()]):
            piece = piece[: purpose.start()]
        if not _TITLE_LAW.match(piece) or _BARE_HEAD.fullmatch(piece) or _NO_ONE_LAW.search(piece):
            break
        found.append(piece)
    return tuple(found)


# what a legal database prints in place of an amending article of an act it consolidates:
# "[Red: Wijzigt de Wet werk en bijstand.]", "[Wijzigt het Besluit X.]", "Wijzigt het Besluit X."
# (one law only: a note naming two, "… het Besluit X en het Bouwbesluit 2012.", stays text)
DATABASE_NOTE = re.compile(r"(?P<open>\[(?:Red:\s*)?)?Wijzigt (?P<law>(?:de|het) [A-Z](?:(?!\s+en\s+(?:de|het)\s)[^\[\]])*?)"
                           r"(?:,\s*(?:kst|Kamerstukken|Stb)\.?[^\[\]]*)?\.(?(open)\])")


def law_name(named: str) -> str:
    """Return the citeertitel in a law as a sentence names it: without "de"/"het", a footnote
    mark or a Staatsblad citation after it ("de Woningwet (Stb. 1991, 439)" → "Woningwet")."""
    name = split_article(named)[1]
    return without_publication(without_footnote_mark(name)[0])[0]
