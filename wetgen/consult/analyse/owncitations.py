"""Another law cited in the text of the instrument's own article: "… persoonsgegevens als bedoeld
in artikel 46 van de Uitvoeringswet …" inside artikel 5.1. The article cited is named in passing;
the article whose text it stands in stays the one under discussion, so a bare "het eerste lid"
further on is that article's lid, as a statute's own text always means it. A paragraph that opens
with a lid number there ("• 4. De in het eerste lid bedoelde …") is the next lid of that article,
whatever article the lid before it named; so does one below an article a lead-in or heading names (leadin.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from wetgen.consult.analyse.context import BILL, LAW, OTHER_LAW, Context, Target
from wetgen.model import Article

# a lid number opening a paragraph, after a bullet a page may print before it: "2. Indien …", "• 3. Een …"
_OPENS_LID = re.compile(r"\s*(?:[•·]\s*)?(?P<lid>\d{1,2})[a-z]?\.\s+(?-i:[A-Z])")
_OPENS_ITEM = re.compile(r"\s*(?:[•·]\s*)?[a-z]{1,2}[.)]\s")  # "a. een uitspraak …": an item of the lid above


def cited_in_passing(context: Context, here: Article | None, resolutions: Sequence, own_too: bool = False) -> bool:
    """Tell whether `resolutions` name only provisions other than the article whose text they stand in: an own,
    non-amending article of the instrument (`here`, set by a heading above). Another law's provision is in passing
    there; with `own_too` (outside a heading, in the text right below the article's heading), so is a provision of the
    law the bill amends or another of the bill's own articles ("zoals dat komt te luiden na inwerkingtreding van artikel I, onderdeel F, van deze wet" in a
    transitional ARTIKEL VI)."""
    if not (context.structural and here is not None and not here.is_amending and not context.mvt_text):
        return False
    if not resolutions or own_too and (context.inserted or context.own_heading.upper() != here.number.upper()):
        return False  # (own_too: only in the text right below the article's own heading, not below a toelichting's)
    scopes = (OTHER_LAW, LAW, BILL) if own_too else (OTHER_LAW,)
    return all(r.place.scope in scopes and not (r.place.scope == BILL and r.place.artikel.upper() == here.number.upper())
               for r in resolutions)  # fmt: skip


def lid_of_own_article(context: Context, paragraph: str, articles: Mapping[str, Article]) -> Context:
    """Return the context of a paragraph that opens with a lid number in the text of an own,
    non-amending article whose heading is above (`Context.own_heading`), or of an article a
    lead-in quotes (`Context.cited`): that article is under discussion again. A number the
    article has no lid of ("8." below an article of two leden) numbers a respondent's points
    instead."""
    opens = _OPENS_LID.match(paragraph)
    if context.cited is not None:  # the text of an article a lead-in quotes (leadin.py) or a heading names
        if opens:
            return context._replace(article=context.cited)
        return context if _OPENS_ITEM.match(paragraph) else context._replace(cited=None)
    if not context.own_heading or context.mvt_text or context.inserted or not opens:
        own_lid = context.own_lid and bool(_OPENS_ITEM.match(paragraph))  # "a. …" below a lid is still its text
        return context._replace(own_lid=own_lid) if own_lid != context.own_lid else context
    here = articles.get(context.own_heading.upper())
    if here is None or (here.leden and int(opens.group("lid")) > len(here.leden)):
        return context._replace(own_lid=False) if context.own_lid else context
    return context._replace(article=Target(BILL, "", here.number, lid=opens.group("lid")), own_lid=True)
