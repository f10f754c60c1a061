"""References whose words mean other than the grammar reads them, corrected from the text around
them: a page number run into an article of a table of contents (tocpages.py) and an Arabic number
for the bill's Roman article in a record of votes (votes.py)."""

from __future__ import annotations

from collections.abc import Collection

from wetgen.consult.analyse.tocpages import unpaged
from wetgen.consult.analyse.votes import voted_article


def as_meant(text: str, ref, articles: Collection[str]):
    """Return a reference placed in `text` as its context says it is meant (`articles`: the
    bill's article numbers in capitals)."""
    return voted_article(text, unpaged(text, ref), articles)
