"""The provision a sentence named alone is in ("de eerste volzin", "De tweede zin vervalt"): in
new text the provision it inserts, in the text of an article of the bill's own that article (and
the lid whose number opens the sentence's line: lidparagraph.py), else the provision under
discussion."""

from __future__ import annotations

from wetgen.consult.analyse.context import BILL, UNKNOWN, Context, Target
from wetgen.model import Article


def sentence_provision(here: Article | None, context: Context, inserted: bool, lid: str = "", dash: bool = False) -> Target:
    """Return the provision a sentence named alone is in: below the heading of `here`, an article
    of the bill's own (its text, or a response about it), that article (its `lid` where one
    opens the sentence's line); in new text of an amended law, the lid that opens its line where the text before named
    none; else the provision under discussion, or UNKNOWN. A `dash` is in the onderdeel under discussion, a sentence in
    its lid."""
    base = context.article
    if not inserted and context.structural and here is not None and not here.is_amending:
        if base is None or base.scope != BILL or base.artikel.upper() != here.number.upper():
            return Target(BILL, "", here.number, lid=lid)
        return base._replace(lid=lid or base.lid, item="", sub="", onderdeel="")
    if base is None:
        return Target(UNKNOWN)
    if inserted and lid and base.artikel and not base.lid:  # "6. … De eerste zin is …" in new leden the context did not number
        return base._replace(lid=lid, item="", sub="", onderdeel="")
    return base._replace(sub="") if dash else base._replace(item="", sub="", onderdeel="")
