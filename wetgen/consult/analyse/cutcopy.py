"""A copy cut above its ARTIKEL heading: a stored page that opens in the middle of an amending article ("… overgelegd.
C Artikel 18 vervalt. D …") names no article before its first bare onderdeel letter; the letter is the onderdeel of
the one amending article of the bill that has it, where a wijzigingsopdracht follows it."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context, is_instruction

# the opening of a wijzigingsopdracht on the line below a bare letter: "Artikel 18 vervalt.", "In artikel 76a …",
# "Na artikel 5 wordt …", "Aan artikel 3 wordt …", "Het opschrift van …", "Hoofdstuk 4 komt te luiden:"
_INSTRUCTION = re.compile(
    r"\s*(?:(?:In|Aan|Na|Voor|Onder\s+vernummering\s+van)\s+(?:artikel\s+(?P<in>[\w.:]+)|het|de|hoofdstuk|paragraaf|afdeling|titel)\b"
    r"|(?:Artikel\s+(?P<article>[\w.:]+)|Hoofdstuk\s+\S+|Paragraaf\s+\S+|Afdeling\s+\S+|Titel\s+\S+),?\s+(?:vervalt|wordt|komt)\b"
    r"|Er\s+(?:wordt|worden)\s)"
)

_BILL_ARTICLE = re.compile(r"\b[Aa]rtikel\s+([IVXLC]+[A-Za-z]?)\b")  # a Roman article named further on in the sentence
_STOP = re.compile(r"[.;:](?:\s|$)")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|‘[^’]*’")
_OF_A_LAW = re.compile(r"(?:\s*,\s*\w+\s+lid)?,?\s+van\s+(?:de|het)\s+(?!wetsvoorstel|voorstel)\w")  # "artikel II van de Wet van …"
# what a nota's item changes in the bill itself: its opschrift, considerans, aanhef
_OF_THE_BILL = re.compile(r"\s*(?:opschrift|considerans|aanhef|het\s+opschrift|de\s+considerans|de\s+aanhef)\b", re.I)


def opening_letter(context: Context, letter: str, following: str, articles: dict) -> Context:
    """Return the context below a bare onderdeel letter that no article heading preceded: the one amending article
    of the bill with that onderdeel opened, where a wijzigingsopdracht follows; else the context unchanged."""
    if not letter or context.bill_article or context.law or context.named_law or context.mvt_text or context.article or context.nota_text:
        return context
    instruction = _INSTRUCTION.match(following)
    if instruction and _OF_THE_BILL.match(following, instruction.end()):
        return context  # "In het opschrift …", "De aanhef van artikel I …": a nota's item on the bill
    if not instruction or not is_instruction(following.strip()) or (instruction.group("in") or instruction.group("article") or "").rstrip(",").upper() in articles:
        return context  # a nota's item, changing an article of the bill ("A Artikel I, onderdeel C, wordt …")
    sentence = _QUOTED.sub("", following[: (stop.start() if (stop := _STOP.search(following)) else len(following))])
    if any(m.group(1).upper() in articles and not _OF_A_LAW.match(sentence, m.end()) for m in _BILL_ARTICLE.finditer(sentence)):
        return context  # "I\n\nIn het in artikel I, onderdeel D, opgenomen onderdeel b …": an amendement's item on the bill
    having = [a for a in articles.values() if a.is_amending and any(o.number == letter for o in a.onderdelen)]
    return context._replace(bill_article=having[0].number, structural=True) if len(having) == 1 else context
