"""The parts of an amendment numbered I, II, III … ("In artikel I, onderdeel F, wordt artikel
11.2 als volgt gewijzigd:\n\nI\n\nIn het eerste lid …\n\nII\n\nHet vijfde lid vervalt."): below an
instruction that opened an article of the amended law inside an onderdeel, such a numeral is the
amendment's own item, not the next onderdeel of the bill."""

from __future__ import annotations

from wetgen import ids
from wetgen.consult.analyse.context import LAW, Context


def amendment_item(heading: str, context: Context) -> bool:
    """Tell whether a bare Roman numeral heading numbers the amendment's parts: an article of
    the amended law is open inside an onderdeel, and the numeral is not the letter after it
    (onderdeel I after H is the bill's)."""
    if not (context.onderdeel and context.article is not None and context.article.scope == LAW):
        return False
    # an amendment has a few parts: I to XXXIX, never C or D (which are the bill's letters)
    if not heading or set(heading) - set("IVX") or ids.roman_value(heading) is None:
        return False
    previous = context.onderdeel.upper()
    return not (len(heading) == 1 == len(previous) and ord(heading) == ord(previous) + 1)
