"""An article's opschrift changed in a step of its own: "Artikel 2.3 wordt als volgt gewijzigd: 1. Het opschrift komt te
luiden: …", "2. In het opschrift wordt «verlof» vervangen door …". The schema has no key for an opschrift, so the step
names the article under change (the opschrift goes in a note, as an aanhef would). The opschrift of a bill or a law
("Het opschrift komt te luiden: Wijziging van de …") is no provision: it is read only in a numbered step below an
instruction that named an article, and resolved only while one is under change."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import BILL, LAW, OTHER_LAW, Target

# "1. Het opschrift komt te luiden", "2. In het opschrift wordt …", "3. Het opschrift vervalt" (not "Het opschrift van
# paragraaf 1": that names its division)
_STEP = re.compile(
    r"(?:^|(?<=\n))[ \t•·]*\d{1,2}[.°]\.?[ \t]+(?:In[ \t]+)?(?P<it>[Hh]et[ \t]+opschrift)(?![ \t]+van\b)"
    r"(?=[ \t]+(?:komt[ \t]+(?:als[ \t]+volgt[ \t]+)?te[ \t]+luiden|vervalt|wordt)\b|[ \t]*,)"
)


def opschrift_steps(text: str) -> list[tuple[int, int]]:
    """Return the spans of "het opschrift" where a numbered step changes an opschrift without naming whose."""
    if "opschrift" not in text:
        return []  # the quick answer for nearly every text
    return [found.span("it") for found in _STEP.finditer(text)]


def opschrift_article(article: Target | None) -> Target | None:
    """Return the article whose opschrift a step changes: the one under change, without its lid; None where no
    article of a law or of the bill is under change."""
    if article is None or not article.artikel or article.scope not in (BILL, LAW, OTHER_LAW):
        return None
    return article._replace(lid="", item="", sub="")
