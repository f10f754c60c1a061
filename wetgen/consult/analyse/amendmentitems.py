"""The parts of an amendment numbered I, II, III … ("In artikel I, onderdeel F, wordt artikel
11.2 als volgt gewijzigd:\n\nI\n\nIn het eerste lid …\n\nII\n\nHet vijfde lid vervalt."): below an
instruction that opened an article of the amended law inside an onderdeel, such a numeral is the
amendment's own item, not the next onderdeel of the bill. So it is below an instruction that opened
an article of a bill that enacts a new law ("Artikel 57 wordt als volgt gewijzigd:\n\nI\n\nHet
tweede lid vervalt."): such a bill numbers its articles in Arabic, so the numeral is no article of it. The numeral right
below the sentence that proposes the amendment ("De ondergetekende stelt het volgende amendement voor:") is its first
item, and each next numeral the next item, whatever letters the bill's onderdelen have. And so it
is below an article of the law opened right below a bill's ARTIKEL that changes it without onderdelen ("ARTIKEL IV
… In artikel 12 wordt …\n\nII\n\nAan artikel V …"): no onderdeel is open that a letter could follow."""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.consult.analyse.context import BILL, LAW, Context

_PROPOSES = re.compile(r"\b(?:stelt|stellen)\s+(?:het|de)\s+volgende\s+(?:amendement|amendementen|wijziging|wijzigingen)\s+voor\s*:\s*$", re.I)


def proposes(segment: str) -> bool:
    """Tell whether a paragraph is the sentence that proposes an amendment ("De ondergetekende stelt het volgende
    amendement voor:"), whose items I, II, … follow."""
    return bool(_PROPOSES.search(segment))


def amendment_item(heading: str, context: Context) -> bool:
    """Tell whether a bare Roman numeral heading numbers the amendment's parts: an article of
    the amended law is open inside an onderdeel, and the numeral is not the letter after it
    (onderdeel I after H is the bill's); or an Arabic-numbered article of the bill is open. The
    letter an instruction just announced ("Artikel I, onderdeel X, komt te luiden:") is that onderdeel's."""
    if context.announced and heading == context.onderdeel:
        return False
    if context.item_numeral and _numeral(heading) and ids.roman_value(heading) == (ids.roman_value(context.item_numeral) or 0) + 1:
        return True  # the item after the one read last ("II" after "I"), or the first below the proposal
    if _own_article_open(context):
        return _numeral(heading)
    if not context.onderdeel and context.bill_article and context.article is not None and context.article.scope == LAW:
        return _numeral(heading)  # an article of the law opened right below an ARTIKEL that has no onderdelen
    if not (context.onderdeel and context.article is not None and context.article.scope == LAW):
        return False
    # an amendment has a few parts: I to XXXIX, never C or D (which are the bill's letters)
    return _numeral(heading) and not _next_letter(heading, context.onderdeel)


def counted(context: Context, heading: str) -> Context:
    """Return the context below an amendment's item numeral: the item read last."""
    return context._replace(item_numeral=heading) if _numeral(heading) else context


def item_not_onderdeel(heading: str, context: Context, onderdelen: tuple[str, ...]) -> bool:
    """Tell whether a Roman numeral heading below an onderdeel of the bill ("Artikel III, onderdeel J, vervalt.\n\nII")
    is the amendment's next item: the article has no onderdeel of that name, and it is not the letter after the open
    one (an onderdeel "II" after "HH", or "I" after "H", is the bill's where the article has it)."""
    if not context.onderdeel or context.announced or not _numeral(heading) or heading.upper() in onderdelen:
        return False
    return not _next_letter(heading, context.onderdeel)


def _next_letter(heading: str, previous: str) -> bool:
    """Tell whether a one-letter heading is the letter after the open onderdeel ("I" after "H")."""
    return len(heading) == 1 == len(previous) and ord(heading) == ord(previous.upper()) + 1


def _numeral(heading: str) -> bool:
    return bool(heading) and not set(heading) - set("IVX") and ids.roman_value(heading) is not None


def _own_article_open(context: Context) -> bool:
    """Tell whether the article under discussion is one of the bill's own, numbered in Arabic
    (the bill enacts a new law), with no onderdeel of an amending article open."""
    article = context.article
    return bool(article is not None and article.scope == BILL and not context.onderdeel
                and article.artikel[:1].isdigit())  # fmt: skip
