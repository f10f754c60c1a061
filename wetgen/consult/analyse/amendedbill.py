"""An act that amends another act or bill ("Indien het … voorstel van wet … tot wet wordt verheven,
wordt die wet als volgt gewijzigd: … C In artikel I, onderdeel A, wordt artikel 1 van de Woningwet
als volgt gewijzigd:"): the Roman articles its onderdelen change are the amended act's, and the
words they put into a third law's article are that law's."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context, Target
from wetgen.consult.analyse.lawnames import same_law
from wetgen.consult.analyse.numbering import is_roman
from wetgen.ids import roman_value

# "Indien het bij koninklijke boodschap van … ingediende voorstel van wet tot wijziging van de Elektriciteitswet 1998 en
# de Gaswet … (31 374) tot wet wordt verheven, wordt die wet als volgt gewijzigd:"
_AMENDED_BILL = re.compile(r"(?:voorstel\s+van\s+wet|\b[Ww]et\s+van\s+\d{1,2}\s+\w+\s+\d{4})\s+(?:tot|houdende)\s+wijziging\s+van\s+(?:de|het)\s+")
_NEXT_LAW = re.compile(r",?\s+(?:en\s+)?(?:de|het)\s+")
_CHANGED_BELOW = re.compile(r"\bals\s+volgt\s+gewijzigd\s*:\s*$")
_IN_SENTENCE = re.compile(r"[Aa]rtikel\s+[IVXLC]+[A-Z]?,?\s+onderdeel\s+[A-Z]")  # not a heading "ARTIKEL II"


def in_amending_onderdeel(raw: str, context: Context, articles: dict) -> bool:
    """Tell whether a Roman article with its onderdeel ("artikel I, onderdeel A", not a heading
    "ARTIKEL II") is named in a sentence of an onderdeel of one of the bill's own amending articles
    (a heading opened it): an onderdeel never changes the bill's own ARTIKEL, so the article is one
    of the law it amends (an amending act or a bill, the only laws numbered so)."""
    here = articles.get(context.bill_article.upper()) if context.bill_article else None
    return bool(_IN_SENTENCE.match(raw) and context.structural and context.onderdeel and context.law
                and here is not None and here.is_amending)  # fmt: skip


def bill_laws(context: Context, segment: str, lexicon) -> Context:  # noqa: ANN001 - lawnames.LawLexicon
    """Return the context after the sentence that opens an article amending a bill ("Indien het … voorstel van wet tot
    wijziging van de Elektriciteitswet 1998 en de Gaswet … tot wet wordt verheven, wordt die wet als volgt gewijzigd:"):
    the laws that bill amends, in the order of its ARTIKELEN I, II, … that change them (beyond_unit)."""
    opening = _AMENDED_BILL.search(segment)
    if opening is None or not _CHANGED_BELOW.search(segment):
        return context
    laws, found = [], lexicon.match(segment, opening.end())
    while found is not None:
        laws.append(found.law)
        more = _NEXT_LAW.match(segment, found.end)
        found = lexicon.match(segment, more.end()) if more else None
    return context._replace(bill_laws=tuple(laws)) if laws else context


def beyond_unit(context: Context, resolutions: list) -> Context:
    """Return the context after the amended bill's Roman article and onderdeel ("Artikel I, onderdeel J, artikel 26ab,
    wordt gewijzigd als volgt"): bare article numbers below are those of the law that ARTIKEL amends (bill_laws)."""
    if not context.bill_laws:
        return context  # (nearly every reference: no bill amended by the text's act)
    unit = next((r.place for r in resolutions if _act_unit(r)), None)
    if unit is None:
        return context
    index = (roman_value(unit.artikel.upper()) or 0) - 1
    return context._replace(law=context.bill_laws[index]) if 0 <= index < len(context.bill_laws) else context


def third_law_article(context: Context) -> Target | None:
    """Return the article being changed where the instruction named it with a law other than the
    one its ARTIKEL amends ("wordt artikel 1 van de Woningwet als volgt gewijzigd" in an act that
    amends the Herzieningswet): the article numbers in the new words are that law's. Else None."""
    article = context.article
    if article is None or not (article.law and article.artikel and context.law):
        return None
    return None if same_law(article.law, context.law) else article


def _act_unit(resolution) -> bool:
    return bool(resolution.place.item and is_roman(resolution.place.artikel) and resolution.place.scope != "bill")


def holds_units(resolutions: list) -> bool:
    """Tell whether a reference names a unit that holds provisions rather than one itself: an
    onderdeel of the bill, or one of an amended act ("In artikel I, onderdeel A, wordt artikel 1
    van de Woningwet …"), so that the provision named after it is the instruction's subject."""
    return any(r.status == "bill" or _act_unit(r) for r in resolutions)


def unit_home(resolutions: list, article: Target | None) -> Target | None:
    """Return the provision under discussion after a unit that holds provisions: none after an
    amended act's onderdeel (the provision its instruction changes, of whatever law, comes next),
    else the one the context now has."""
    return None if any(_act_unit(r) for r in resolutions) else article
