"""The stages of an article's parliamentary history, as compilations of it (the Parlementaire
Geschiedenis of the Awb or of the BW) lay them out under the article: "Voorontwerp", "Tekst
RvS = VvW", "[Eindtekst]", "Memorie van toelichting", "[29 702, p. 82-85]", each with the
article's number in that stage in brackets ("VvW = Eindtekst [5.0.2]", "(8:55b)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wetgen.consult.analyse.context import Context

if TYPE_CHECKING:  # refs reads the stage numbers with this module
    from wetgen.consult.analyse.refs import Ref

ALIAS = "stadium"  # the detail of a bracketed number run into a stage's name: the same article

_STAGE = (
    r"(?:Voorontwerp|VO|Ontwerp|VvW|Voorstel\s+van\s+wet|Gewijzigd\s+voorstel(?:\s+van\s+wet)?"
    r"|Tekst\s+RvS|Eindtekst|Memorie\s+van\s+(?:toelichting|antwoord)|Nader\s+rapport|Advies\s+RvS"
    r"|Nota\s+naar\s+aanleiding\s+van\s+het\s+verslag)"
)
# a commentary's label above the article's own text, a heading alone: "Grondwetsbepaling", "Wettekst"
_TEXT_LABEL = r"(?:Grondwetsbepaling|Wetsbepaling|Wettekst|Artikeltekst|Tekst\s+van\s+(?:het\s+)?artikel)"
# an article number in brackets: a colon number ("8:55b") or a draft's dotted one ("3.2.1")
_NUMBER = r"(?:\d+:\d+[a-z]{0,3}|\d+\.\d+\.\d+(?:\.\d+)*[a-z]?)"
_BRACKETED = rf"(?:\[(?P<n1>{_NUMBER})\]|\((?P<n2>{_NUMBER})\))"
# a source in brackets: "[29 702, p. 82-85]", "[bron: PG Awb I, p. 166-170]"
_SOURCE = r"\[[^\]\n]{0,60}\b(?:p|pp|blz)\.\s*\d+(?:\s*[-–]\s*\d+)?\]"
_STAGE_HEADING = re.compile(
    rf"\s*(?:\[?{_STAGE}\]?(?:\s*=\s*{_STAGE})*(?:\s*{_BRACKETED})?|{_SOURCE}|(?-i:{_TEXT_LABEL}))\s*[.:]?\s*", re.I
)
_AFTER_STAGE = re.compile(rf"(?<![\w\]])(?:{_STAGE})(?:[ \t]*=[ \t]*{_STAGE})*[ \t]*{_BRACKETED}")
_ALONE = re.compile(rf"(?:^|(?<=\n))[ \t]*{_BRACKETED}[ \t]*(?:$|(?=\n))")


def stage_heading(heading: str) -> bool:
    """Tell whether a heading names only a stage of the article's history ("[Eindtekst]",
    "VvW = Eindtekst [5.0.2]", "[29 702, p. 82-85]") or labels its text ("Grondwetsbepaling"): the article stays the
    subject below it."""
    return bool(_STAGE_HEADING.fullmatch(heading))


def stage_numbers(text: str) -> list[tuple[int, int, str, bool]]:
    """Return (start, end, number, alias) of each article number a text gives in brackets for
    a stage: after the stage's name ("VO [2.3.1] = VvW", an alias of the article under
    discussion) or alone on a line ("(8:55b)", the article the text below is about)."""
    if "[" not in text and "(" not in text:
        return []
    found = []
    for pattern, alias in ((_AFTER_STAGE, True), (_ALONE, False)):
        for match in pattern.finditer(text):
            name = "n1" if match.group("n1") else "n2"
            found.append((match.start(name), match.end(name), match.group(name), alias))
    return sorted(found)


def alias_law(ref: Ref, context: Context) -> str:
    """Return the law of a reference: for a stage's bracketed number written without one, the
    law of the article under discussion (whose other number it is)."""
    if ref.law or ref.detail != ALIAS or context.article is None:
        return ref.law
    return context.article.law
