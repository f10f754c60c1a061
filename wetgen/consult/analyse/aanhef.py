"""The aanhef named alone in a wijzigingsopdracht: "In de aanhef wordt «…» vervangen door «…»",
"De aanhef komt te luiden:", "wordt de aanhef vervangen door:". It is the aanhef of the provision
the instruction changes (the lid, onderdeel or article under discussion), and names that
provision, as "Artikel I, aanhef" names the article (the aanhef is no unit of its own). Only the
forms of an instruction, with its verb, are read: "de aanhef" in prose is as often the enacting
formula of the bill ("In de aanhef ontbreekt de grondslag", "In de aanhef wordt verwezen naar …"),
and the forms of an A-stuk that reports the words before the advice ("In de aanhef ontbrak: …")."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import BILL, Context, Target

AANHEF = "aanhef"  # the detail of a LOOSE reference to the aanhef of the provision under discussion

_BARE = re.compile(
    r"\b(?<=[Ii]n )de aanhef(?=,?\s+(?:vervalt|vervallen)\b"
    r"|,?\s+(?:wordt|worden)\b[^\n]{0,300}?\b(?:vervangen|ingevoegd|toegevoegd|geschrapt|verletterd|vernummerd)\b)"
    r"|\b[Dd]e aanhef(?=\s+(?:komt|wordt)\s+(?:als\s+volgt\s+)?(?:te\s+luiden|gewijzigd|vervangen)\b)"
    r"|(?<=\bwordt )de aanhef(?=\s+(?:vervangen|gewijzigd|als\s+volgt)\b)"
    # "In artikel 2 wordt in de aanhef na «belast met» ingevoegd «…»"
    r"|(?:(?<=\bwordt in )|(?<=\bworden in ))de aanhef(?=[^\n.]{0,200}?\b(?:vervangen|ingevoegd|toegevoegd|geschrapt)\b)"
    # an A-stuk's report of the text before the advice: "In de aanhef ontbrak: …", "De aanhef luidde: …"
    r"|\b(?<=[Ii]n )de aanhef(?=\s+(?:ontbrak|ontbraken|luidde|stond)\s*:)|\b[Dd]e aanhef(?=\s+luidde\s*:)",
)


def bare_aanhef(text: str) -> list[tuple[int, int]]:
    """Return the spans of "de aanhef" named alone as the subject of an instruction."""
    if "aanhef" not in text:
        return []
    return [(m.start(), m.end()) for m in _BARE.finditer(text)]


def aanhef_of(context: Context) -> Target | None:
    """Return the provision whose aanhef an instruction names alone: the one provision the
    reference before it named ("In artikel I, onderdeel G.3, wordt de aanhef vervangen"; "Het
    eerste subonderdeel wordt als volgt gewijzigd: a. In de aanhef …"), else the provision under
    discussion, else the bill's onderdeel under discussion; None where nothing is."""
    if len(context.last) == 1:
        return context.last[0]
    if context.article is not None:
        return context.article
    if context.onderdeel and context.bill_article:
        return Target(BILL, "", context.bill_article, onderdeel=context.onderdeel)
    return None
