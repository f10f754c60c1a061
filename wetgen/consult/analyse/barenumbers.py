"""A lid named right after a bare number: «128a, 133a en 137, zesde lid,» in a wijzigingsopdracht
that quotes a list of article numbers without the word artikel. The lid is one of that number,
which is not read as an article, so it is no lid of the provision under discussion either."""

from __future__ import annotations

import re

# a bare article number and its comma just before the lid ("137, "), not a date ("1 juli 2020, ")
# nor a number after a word that makes it an article, lid or page ("artikel 137, ", "lid 2, ")
# (and its volzin after the lid: «, 58q, eerste lid, eerste zin,»)
_BARE_BEFORE = re.compile(r"(?<![\w.:/-])(?P<word>[^\W\d]+\.?\s+)?\d{1,4}[a-z]{0,3},\s*(?:[a-z]+\s+lid,\s*)?$")
_NAMING_WORDS = frozenset("artikel artikelen art. artt. lid leden onderdeel sub onder nr. nummer blz. p. pagina".split())
_MONTHS = re.compile(r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|\d{4})$")
_SOUGHT = 40  # characters before the lid that are read


def after_bare_number(text: str, at: int) -> bool:
    """Tell whether the lid read at `at` follows a bare number and its comma ("137, zesde lid")."""
    hit = _BARE_BEFORE.search(text, max(0, at - _SOUGHT), at)
    if not hit:
        return False
    word = (hit.group("word") or "").strip().lower()
    return word not in _NAMING_WORDS and not _MONTHS.match(word)
