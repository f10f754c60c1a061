"""The resolution of references that lean on the text before them: a lid or onderdeel named without its
article ("het derde lid", "onderdeel C") and anaphors ("deze wet", "dit artikel", "die bepalingen")
(split from resolve.py; mixed into its BillIndex)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wetgen.consult.analyse.anaphora import anaphor_targets
from wetgen.consult.analyse.billunits import chapter_article, onderdeel_like
from wetgen.consult.analyse.context import BILL, LAW, UNKNOWN, Context, Target
from wetgen.consult.analyse.definedinstrument import defined_instrument
from wetgen.consult.analyse.definitions import definition_article
from wetgen.consult.analyse.functional import functional_article, is_function
from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.notapoints import of_onderdeel
from wetgen.consult.analyse.numbering import is_named
from wetgen.consult.analyse.opschriftstep import opschrift_article
from wetgen.consult.analyse.owninstrument import draft_named, names_itself
from wetgen.consult.analyse.refkinds import DEFINITION, OPSCHRIFT
from wetgen.consult.analyse.refs import DESCRIBED, Ref
from wetgen.consult.analyse.resolution import Resolution
from wetgen.consult.analyse.statute import (
    OWN_ACT,
    OWN_ACT_AFTER_LAW,
    STATUTE,
    in_own_words,
    new_law_formula,
    own_act_here,
    quoted_law,
)
from wetgen.consult.analyse.thisbesluit import THIS_BESLUIT, own_besluit

if TYPE_CHECKING:
    from collections.abc import Callable

    from wetgen.consult.analyse.ownchapters import ChapterScopes
    from wetgen.model import Article, Bill


class ContextResolving:
    """The contextual half of BillIndex: it needs the index's bill, articles, laws and `place`."""

    bill: Bill
    articles: dict[str, Article]
    amending: list[Article]
    amended: list
    divisions: dict[tuple[str, str], tuple[str, ...]]
    scopes: ChapterScopes
    laws: list[str]
    bill_names: tuple[str, ...]
    own_title: str
    place: Callable[..., Resolution]
    own_article: Callable[[str], Article | None]
    amended_law: Callable[[str], str]

    def _loose(self, ref: Ref, part: Part, context: Context) -> Resolution:
        """Resolve a lid or onderdeel named without its article, from the context."""
        if part.item and not part.lid and onderdeel_like(part.item):
            article = (
                self.articles.get(context.bill_article.upper()) if context.bill_article else None
            )
            if ref.detail.startswith("hoofdstuk "):  # "Hoofdstuk 1, onderdeel A" (refs._CHAPTER_ITEM)
                article = chapter_article(self.divisions, self.scopes.placed, ref.detail.partition(" ")[2])
            if article is None or not article.is_amending:
                article = self.amending[0] if len(self.amending) == 1 else None
            if article is not None:
                return self.place(
                    ref, Target(BILL, "", article.number, onderdeel=part.item), context
                )
        base = context.article
        if of_onderdeel(ref.raw, part, base, context.onderdeel):  # notapoints.py
            # "het eerste subonderdeel" below "Onderdeel E wordt als volgt gewijzigd": a step of
            # the bill's onderdeel under discussion (named, as "A.1", by its onderdeel); a law's
            # subonderdeel needs the onderdeel (a, b) it is in, which neither names
            return self.place(
                ref, Target(BILL, "", context.bill_article, onderdeel=context.onderdeel), context
            )
        if base is None:
            return self.place(ref, Target(UNKNOWN), context)
        lid = part.lid or (base.lid if part.item or part.sub else "")
        item = part.item or (base.item if part.sub else "")
        sub = part.sub
        if sub and not item and lid:  # "onderdeel 4°" right below a lid that has no letters: the lid's item
            item, sub = sub, ""
        onderdeel = base.onderdeel if base.scope == BILL else ""
        return self.place(ref, base._replace(lid=lid, item=item, sub=sub, onderdeel=onderdeel), context)

    def _anaphor(self, ref: Ref, context: Context, inserted: bool) -> list[Resolution]:
        """Resolve "deze wet", "dit artikel", "die bepalingen" from what came before."""
        if ref.anaphor == THIS_BESLUIT:  # thisbesluit.py
            return [Resolution(ref, "bill", (), "", "het besluit", t) if t.scope == BILL else self.place(ref, t, context) for t in own_besluit(inserted, context, self.bill.citeertitel, self.bill.opschrift, self.laws[0] if len(self.laws) == 1 else "")]
        if ref.anaphor == "deze wet":
            if inserted and context.law and names_itself(ref.raw, context.law):
                return [self.place(ref, Target(LAW, context.law), context)]
            here = self.own_article(context.bill_article)
            own = in_own_words(context.structural, inserted, context.law, here, context.bill_article, self.articles) or new_law_formula(ref.detail == STATUTE and not ref.law, here, bool(self.amended), context)  # statute.py
            own = own or bool(ref.law) and is_named(ref.law, self.bill_names) or draft_named(ref.raw, self.own_title, inserted, context.mvt_text)  # statute.law_before, owninstrument.py
            own = own or ref.detail in (OWN_ACT, OWN_ACT_AFTER_LAW) and own_act_here(context, self.bill_names, ref.detail == OWN_ACT_AFTER_LAW)
            own = own or context.enacted and not inserted and not (ref.detail == STATUTE and quoted_law(context))  # a printed wet's articles (statute.py)
            if (own or ref.this_bill) and names_itself(ref.raw, self.own_title):  # "de onderhavige wet"
                return [Resolution(ref, "bill", (), "", "het wetsvoorstel", Target(BILL))]
            if not names_itself(ref.raw, ""):  # "dit besluit" of a bestuursorgaan, "deze regeling" in prose: none …
                return [self.place(ref, t, context) for t in defined_instrument(ref.raw, context, inserted)]  # … unless defined
            quoted = quoted_law(context) if ref.detail == STATUTE else None  # "In deze wet wordt verstaan"
            if not (quoted or inserted) and context.named_law and not is_named(context.named_law, self.bill_names):
                return []  # "de Wet arbeid vreemdelingen (de Wav). Onder deze wet …": that law as a whole (lawasawhole.py)
            return [self.place(ref, quoted or Target(UNKNOWN), context)]
        if ref.anaphor == DEFINITION:  # "de definitie van «X»" (definitions.py)
            return [self.place(ref, definition_article(context.article, self.articles.values()) or Target(UNKNOWN), context)]
        if ref.anaphor == OPSCHRIFT:  # "1. Het opschrift komt te luiden" (opschriftstep.py)
            return [self.place(ref, t, context)] if (t := opschrift_article(context.article)) else []
        if ref.anaphor == DESCRIBED and is_function(ref.detail):  # "de inwerkingtredingsbepaling" (functional.py)
            number = functional_article(ref.detail, self.articles.values())
            return [self.place(ref, Target(BILL, "", number, lid=p.lid, item=p.item), context) for p in ref.parts or (Part(),)] if number else []
        if ref.detail.startswith("overgangsbepaling") and not inserted and not (context.article and context.article.scope == BILL):
            return []  # the article written or discussed ("Artikel III\n\nDeze overgangsbepaling …"), not any named last
        targets = anaphor_targets(ref, context, self.amended_law, inserted)
        if ref.anaphor == DESCRIBED and targets[0].scope == UNKNOWN:
            return []  # "het artikel" with no one article discussed: often no provision at all
        return [self.place(ref, t, context) for t in targets]
