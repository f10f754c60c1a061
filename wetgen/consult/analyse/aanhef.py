"""The aanhef named alone in a wijzigingsopdracht: "In de aanhef wordt «…» vervangen door «…»",
"De aanhef komt te luiden:", "wordt de aanhef vervangen door:". It is the aanhef of the provision
the instruction changes (the lid, onderdeel or article under discussion), and names that
provision, as "Artikel I, aanhef" names the article (the aanhef is no unit of its own). Only the
forms of an instruction, with its verb, are read: "de aanhef" in prose is as often the enacting
formula of the bill ("In de aanhef ontbreekt de grondslag", "In de aanhef wordt verwezen naar …"),
and the forms of an A-stuk that reports the words before the advice ("In de aanhef ontbrak: …"). "…
wordt in de aanhef na «…» ingevoegd" is read only after the place it is in ("In artikel 2 wordt in de
aanhef …"), with the quoted words and the verb in its clause."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import BILL, Context, Target

AANHEF = "aanhef"  # the detail of a LOOSE reference to the aanhef of the provision under discussion

_BARE = re.compile(
    r"\b(?<=[Ii]n )de aanhef(?=,?\s+(?:vervalt|vervallen)\b"
    r"|,?\s+(?:wordt|worden)\b[^\n]{0,300}?\b(?:vervangen|ingevoegd|toegevoegd|geschrapt|verletterd|vernummerd)\b)"
    r"|\b[Dd]e aanhef(?=\s+(?:komt|wordt)\s+(?:als\s+volgt\s+)?(?:te\s+luiden|gewijzigd|vervangen)\b)"
    r"|(?<=\bwordt )de aanhef(?=\s+(?:vervangen|gewijzigd|als\s+volgt)\b)"
    # "In artikel 2 wordt in de aanhef na «belast met» ingevoegd «…»" (the instruction's place
    # named before it: see bare_aanhef), the words quoted and the verb in the same clause
    r"|(?:(?<=\bwordt in )|(?<=\bworden in ))de aanhef(?=[^\n.;«]{0,40}«[^»]{1,200}»[^\n.;«]{0,80}?\b(?:vervangen|ingevoegd|toegevoegd|geschrapt)\b)"
    # an item of an instruction whose verb stood above it: "In het eerste lid wordt: a. in de aanhef «…» vervangen door: …"
    r"|\b(?<=[Ii]n )de aanhef(?=\s*«[^»\n]{1,300}»\s*(?:vervangen|ingevoegd|geschrapt)\b)"
    # "Na de aanhef wordt een nieuw onderdeel ingevoegd", "… wordt de dubbele punt aan het slot van de aanhef vervangen door …"
    r"|(?<=[Nn]a )de aanhef(?=\s+(?:wordt|worden)\b[^\n]{0,300}?\b(?:ingevoegd|toegevoegd)\b)"
    r"|(?:(?<=slot van )|(?<=einde van ))de aanhef(?=[^\n.;«]{0,40}?\b(?:vervangen|vervalt|ingevoegd)\b)"
    # an A-stuk's report of the text before the advice: "In de aanhef ontbrak: …"
    r"|\b(?<=[Ii]n )de aanhef(?=\s+(?:ontbrak|ontbraken|stond)\s*:)",
)
# the place the instruction changes, named just before "wordt in de aanhef": "In artikel 2", "In onderdeel c"
_PLACE_BEFORE = re.compile(r"\b[Ii]n\s+(?:artikel|onderdeel|het\s+\w+\s+lid)\b[^.;:«»]{0,80}\s(?:wordt|worden)\s+in\s+$")


def bare_aanhef(text: str) -> list[tuple[int, int]]:
    """Return the spans of "de aanhef" named alone as the subject of an instruction."""
    if "aanhef" not in text:
        return []
    return [(m.start(), m.end()) for m in _BARE.finditer(text)
            if not re.search(r"\b(?:wordt|worden) in $", text[max(0, m.start() - 10) : m.start()])
            or _PLACE_BEFORE.search(text, max(0, m.start() - 120), m.start())]


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
