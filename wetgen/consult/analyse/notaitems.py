"""The items of a nota van wijziging or an amendment below an instruction that changes one of the
bill's own articles as a whole: "ARTIKEL I wordt als volgt gewijzigd:\n\nA. Na onderdeel D wordt
ingevoegd: …\n\nB. Onderdeel F vervalt." A bill heads its amending articles with "ARTIKEL I" and
a line that names the law it amends ("De Woningwet wordt als volgt gewijzigd:"), and only then
are the letters below its onderdelen; where the bill's article is itself the subject of the
instruction, the text is a nota or an amendment changing the bill, and the letters, numbers and
numerals below are its own items: the bill's onderdelen are then named with their noun
("onderdeel D"). And an instruction that replaces or inserts several onderdelen at once ("De
onderdelen G tot en met I van artikel III komen als volgt te luiden:") announces each of their
letters as the heading of its new text below, as "Onderdeel G komt te luiden:" announces one."""

from __future__ import annotations

import re
from collections.abc import Container
from string import ascii_lowercase

from wetgen.consult.analyse.amendmentitems import proposes
from wetgen.consult.analyse.context import BILL, LAW, NOTA_TITLE, Context
from wetgen.consult.analyse.grammar import BILL_LETTER
from wetgen.consult.analyse.insertedletters import flat, letterings

_LETTER = BILL_LETTER
# "de onderdelen G tot en met I", "de onderdelen B, C en E", "onderdelen Ka en Kb"
_LISTED = re.compile(rf"\bonderdelen\s+(?P<list>{_LETTER}(?:\s*(?:,|en|tot\s+en\s+met|t/m)\s*{_LETTER})+)\b")
_TOKEN = re.compile(rf"tot\s+en\s+met|t/m|{_LETTER}")
_SMALL = re.compile(r"\b[Oo]nderde(?:el|len)\s+[a-z]{1,2}\b")
_CAPITAL = re.compile(rf"\b[Oo]nderde(?:el|len)\s+{_LETTER}\b")
# "Onderdeel A", "B (artikel VIa)", and several at once: "Onderdelen I t/m III", "Onderdelen IV en V"
_ITEM = rf"(?:[IVXLC]+|{_LETTER})"
_OWN_ITEM = re.compile(rf"(?:Onderdelen\s+{_ITEM}(?:\s*(?:,|en|t/m|tot\s+en\s+met)\s*{_ITEM})+|(?:Onderdeel\s+)?{_ITEM})\.?(?=\s*(?:\(|$))")

_WHOLE_ARTICLE = re.compile(
    r"(?:ARTIKEL|Artikel)\s+[IVXLC]+[a-z]?\s+(?:wordt|komt)\s+(?:als\s+volgt\s+gewijzigd"
    r"|gewijzigd\s+als\s+volgt|als\s+volgt\s+te\s+luiden)\s*:?\s*$"
)


def items_below(context: Context, segment: str, ref_start: int) -> Context:
    """Return the context after a reference in `segment`: where it is a bill's article that the
    segment changes as a whole ("ARTIKEL II wordt als volgt gewijzigd:"), the bare letters and
    numerals below are the nota's own items, not the onderdelen of that article."""
    if ref_start == 0 and context.structural and _WHOLE_ARTICLE.match(segment):
        return context._replace(structural=False)
    return context


def announce(context: Context, opens: bool, announces: bool, segment: str) -> Context:
    """Return the context after a paragraph outside new text: whether it announced an onderdeel
    whose letter heads the text below, and the letters of the onderdelen it replaces or inserts
    as a list ("De onderdelen G tot en met I … komen als volgt te luiden:")."""
    listed = (listed_letters(segment) or flat(letterings(segment))) if opens and "onderdelen" in segment else ()
    return context._replace(announced=opens and announces and not _laws_only(segment), listed=listed or context.listed,
                            opened="" if listed else context.opened,
                            nota_text=context.nota_text or ("nota" if NOTA_TITLE.search(segment) else ""),
                            item_numeral="0" if proposes(segment) else context.item_numeral)  # amendmentitems.py  # fmt: skip


def next_item(context: Context, letter: str) -> Context:
    """Return the context below a letter heading in a nota van wijziging: a letter that does not come after the
    onderdeel opened last in the bill's article under discussion (it inserted an article with onderdelen A and B,
    and "B" follows) is the nota's own next item, below which nothing said inside that article holds; not the letter
    an instruction just announced ("3. Onderdeel E wordt vervangen door:\n\nE")."""
    opened = context.opened  # (and still under discussion: not a letter of another article, opened before its heading)
    if context.announced or not (context.nota_text and opened == context.onderdeel and letter and context.bill_article
                                 and _LETTERING.match(letter) and _LETTERING.match(opened)) or _order(letter) > _order(opened):  # fmt: skip
        return context
    return Context(named_law=context.named_law, mvt_text=context.mvt_text, nota_text=context.nota_text, enacted=context.enacted)


_LETTERING = re.compile(r"[A-Z]{1,3}[a-z]{0,2}$")  # "B", "Ka", "AAb"


def _order(letter: str) -> tuple[int, str, str]:
    """Return where a bill's onderdeel letter stands among the others: A, Aa, Ab, B, …, Z, AA, AAa, AB."""
    capitals = letter.rstrip(ascii_lowercase)
    return len(capitals), capitals, letter[len(capitals) :]


def own_item(context: Context, heading: str) -> int:
    """Return the length of a nota's own item (or items) that opens a heading in the toelichting of a nota van
    wijziging that letters its items A, B, … ("Onderdeel A", "B (artikel VIa)", "Onderdelen I t/m III"), as its toelichting
    explains its items one by one; 0 where none does (an amendment, and a nota that numbers its
    items 1, 2, …, name the bill's onderdelen so)."""
    if context.nota_text != "explained" or context.inserted:
        return 0
    found = _OWN_ITEM.match(heading)
    return found.end() if found else 0


def _laws_only(segment: str) -> bool:
    """Tell whether an instruction names only a law's onderdelen, in small letters ("Onder verlettering
    van onderdeel d tot onderdeel e wordt een onderdeel ingevoegd"): the one it inserts is the
    law's, whose small letter heads no onderdeel of the bill."""
    return bool(_SMALL.search(segment)) and not _CAPITAL.search(segment)


def listed_letters(segment: str) -> tuple[str, ...]:
    """Return the letters of the onderdelen a list names, a range read completely ("G tot en met
    I": G, H, I; "AA t/m AC": AA, AB, AC)."""
    match = _LISTED.search(segment)
    if not match:
        return ()
    letters: list[str] = []
    in_range = False
    for token in _TOKEN.findall(match.group("list")):
        if token[0].islower() or token == "t/m":
            in_range = True
            continue
        if in_range and letters and len(letters[-1]) == len(token) and letters[-1][:-1] == token[:-1]:
            low, high = ord(letters[-1][-1]), ord(token[-1])
            letters.extend(token[:-1] + chr(c) for c in range(low + 1, high) if high - low <= 26)
        letters.append(token)
        in_range = False
    return tuple(letters)


_EXPLANATION_HEADING = re.compile(r"\s*(?:Toelichting|TOELICHTING)\s*:?\s*")


def explained(context: Context, heading: str, articles: Container[str]) -> Context:
    """Return the context below a heading that opens no reference of its own: a new subject, except below "Toelichting"
    of an amendment or nota whose instructions changed one article (context.titled kept it) of the bill (`articles`) or
    of the law it amends: "het eerste lid" there is still that article's."""
    here = context.article
    one = here is not None and bool(_EXPLANATION_HEADING.fullmatch(heading))
    one = one and (here.scope == LAW or here.scope == BILL and here.artikel.upper() in articles)
    return context if one else context._replace(article=None)
