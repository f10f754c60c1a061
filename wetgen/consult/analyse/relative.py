"""A law named just before a relative clause that cites its article: "de Grondwet, waarvan
artikel 18, eerste lid, luidt: …", "de Woningwet, in welk artikel 5 …"."""

from __future__ import annotations

import re

from wetgen.consult.analyse.lawnames import LawLexicon

_RELATIVE = re.compile(r",\s*(?:waarvan|waarin|in\s+welke?)\s+(?:het\s+|de\s+)?$", re.I)


def law_of_relative(text: str, head: int, lexicon: LawLexicon) -> str:
    """Return the law named before the relative clause that opens at `head` ("de Grondwet,
    waarvan artikel 18"), or ""."""
    clause = _RELATIVE.search(text, max(0, head - 24), head)
    if clause is None:
        return ""
    at = clause.start()  # the lexicon reads a name that ends before a space
    found = lexicon.ending_at(text[:at] + " ", at + 1)
    return found.law if found is not None else ""
