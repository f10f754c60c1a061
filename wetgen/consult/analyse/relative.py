"""A law named just before a relative clause that cites its article: "de Grondwet, waarvan
artikel 18, eerste lid, luidt: …", "de Woningwet, in welk artikel 5 …", "de Algemene Bijstandswet, die
in artikel 22, tweede lid, bepaalt …"."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon

# "…, die in artikel 22, tweede lid, bepaalt dat …": the law says it in that article
_RELATIVE = re.compile(r",\s*(?:waarvan|waarin|in\s+welke?|(?P<pronoun>die|dat|welke)\s+in)\s+(?:het\s+|de\s+)?$", re.I)
# the law's own article before its name: "de" takes "die", "het" takes "dat"
_ARTICLE_BEFORE = re.compile(r"\b(de|het)\s+$", re.I)
# a passive in the clause: "die in artikel I niet wordt genoemd" names the law in that article, it does not own it
_PASSIVE = re.compile(r"[^.;:]*?\b(?:wordt|worden|werd|werden|is|zijn)\b[^.;:]*?\b(?:genoemd|aangehaald|vermeld|bedoeld|gewijzigd|opgenomen)\b", re.I)


def law_of_relative(text: str, head: int, lexicon: LawLexicon) -> str:
    """Return the law named before the relative clause that opens at `head` ("de Grondwet,
    waarvan artikel 18"), or ""."""
    clause = _RELATIVE.search(text, max(0, head - 24), head)
    if clause is None:
        return ""
    at = clause.start()  # the lexicon reads a name that ends before a space
    found = lexicon.ending_at(text[:at] + " ", at + 1)
    if found is None:
        return ""
    if pronoun := (clause.group("pronoun") or "").lower():
        article = _ARTICLE_BEFORE.search(text, max(0, found.start - 5), found.start)
        agrees = article is not None and (article.group(1).lower() == "de") == (pronoun != "dat")
        if not agrees or _PASSIVE.match(text, head):
            return ""
    return found.law
