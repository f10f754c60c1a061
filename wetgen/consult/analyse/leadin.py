"""A sentence that introduces a list names the law its items are about: "… wordt een drietal
onderwerpen in de Awb geregeld:" and then "• bestuursrechtelijke geldschulden (titel 4.4);". One
that ends in an article and a colon, with a verb that introduces a text ("Het taakstrafverbod is
geregeld in artikel 22b Sr:", "Artikel 7:2 luidt als volgt:"), quotes that article: the paragraphs
numbered 1., 2., … below it are its leden, and "het eerste lid" in them is that article's
(owncitations.lid_of_own_article). So are those below a heading that is a law's article alone ("Artikel 8:104"
on a page that prints the Awb's article), whatever articles they cite."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wetgen.consult.analyse.amendedbill import bill_laws
from wetgen.consult.analyse.context import BILL, LAW, OTHER_LAW, Context
from wetgen.consult.analyse.lawnames import LawLexicon

# the last clause of a sentence that ends in a colon: "in de Awb geregeld:", "van de Woningwet:"
_LAST_CLAUSE = re.compile(r"[^.;,()]{3,120}:\s*$")
_INTRODUCES_TEXT = re.compile(r"\b(?:luidt|luidde|luiden|luidden|bepaalt|bepaalde|geregeld|opgenomen|neergelegd)\b", re.I)
# what may stand between the article and the colon: "artikel 22b Sr:", "artikel 7 (oud) luidt als volgt:"
_TO_COLON = re.compile(r"[\s.)]*(?:(?:luidt|luidde|bepaalt|bepaalde)(?:\s+als\s+volgt)?\s*)?:\s*$", re.I)


# what stands between the provision an instruction changes and its colon: "… als volgt gewijzigd:"
_CHANGED_BELOW = re.compile(r"\s*,?\s*(?:(?:wordt|worden)\s+)?(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\s*:\s*$")


def lead_in_law(context: Context, segment: str, lexicon: LawLexicon, resolutions=(), start: int = 0) -> Context:
    """Return the context after a segment: where its last clause names a law and ends in a
    colon, that law is the one the items below name ("titel 4.4" is of the Awb); where it ends
    in an article it quotes (`resolutions`: the segment's, placed from `start` of its point), that
    article's leden follow."""
    if not segment.rstrip().endswith(":") or context.inserted:
        return context
    context = bill_laws(context, segment, lexicon)  # "Indien het … voorstel van wet tot wijziging van de X …:" (amendedbill.py)
    last = resolutions[-1] if resolutions else None
    if last and last.place.artikel and last.place.scope in (LAW, OTHER_LAW) and _CHANGED_BELOW.match(segment, last.ref.end - start):
        return context._replace(article=last.place, own_heading="")  # "…, wordt artikel II, onderdeel Q, van die wet als volgt gewijzigd:"
    if (last and last.place.artikel and not (last.place.lid or last.place.item) and last.place.scope in (BILL, LAW, OTHER_LAW)
            and _TO_COLON.match(segment, last.ref.end - start) and _INTRODUCES_TEXT.search(segment)):  # fmt: skip
        return context._replace(cited=last.place)
    clause = _LAST_CLAUSE.search(segment)
    if clause is None:
        return context
    found = lexicon.last_before(segment[clause.start() :], len(segment) - clause.start())
    if found is None:
        return context
    return context._replace(named_law=found.law, lead_in_law=found.law)


# a paragraph that is only a law's name after its number: "1. Wet ruimtelijke ordening"; the items below it are lettered
_NAME_ALONE = re.compile(r"\s*\d{1,2}[.°]?\s+(?=\S)")
_NAME_END = re.compile(r"\s*[:;.]?\s*$")
_LETTERED_ITEM = re.compile(r"\s*[a-z]{1,2}[.)]\s")


def listed_law(context: Context, paragraph: str, lexicon: LawLexicon) -> tuple[Context, bool]:
    """Return the context after a paragraph of new text, and whether it is a law's name alone ("… wordt de opsomming
    vervangen door: 1. Wet ruimtelijke ordening a. Verplichtingen als bedoeld in artikel 2.1 …"): the lettered items
    below that name the law's articles, not those of the law the instruction amends (a list of laws, as a bijlage of the
    Gemeentewet holds); any other paragraph than such an item ends the list."""
    if not context.inserted or not context.lead_in_law and not paragraph[:3].strip()[:1].isdigit():
        return context, False
    name = _NAME_ALONE.match(paragraph)
    found = lexicon.match(paragraph, name.end()) if name and len(paragraph) < 160 else None
    if found is not None and _NAME_END.fullmatch(paragraph, found.end):
        return context._replace(law="", named_law=found.law, lead_in_law=found.law), True
    if context.lead_in_law and not _LETTERED_ITEM.match(paragraph):
        return context._replace(lead_in_law=""), False  # "2. … artikel 16": a lid of the new text, no item of the list
    return context, False


def listed_here(context: Context) -> str:
    """Return the law whose name heads the items of new text now read (listed_law), or ""."""
    return context.lead_in_law if context.inserted and not context.law else ""


_ARTICLE_ALONE = re.compile(r"\s*(?:Artikel|ARTIKEL|Art\.)\s+\S+?\.?\s*$")


def heading_article(context: Context, heading: str, resolutions: Sequence) -> Context:
    """Return the context after a heading that is an article of a law alone ("Artikel 8:104"): its
    leden below are that article's, whatever articles they cite (as `Context.cited`). A heading that
    names another provision ("(4:20b)", the article the text below is about) ends that."""
    if context.inserted or not resolutions:
        return context
    place = resolutions[0].place
    if (len(resolutions) != 1 or not _ARTICLE_ALONE.match(heading) or place.scope not in (LAW, OTHER_LAW)
            or not place.artikel or place.lid or place.item):  # fmt: skip
        return context._replace(cited=None) if context.cited else context
    return context._replace(cited=place)
