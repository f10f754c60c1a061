"""Resolve references against the consulted version of a bill, in the context of the text.

A reference to an article of an amended law ("artikel 28a", "artikel 12 Huisvestingswet 2014",
"artikel 5 van de Woningwet" in a bill whose ARTIKEL II amends the Woningwet) lands on the
onderdelen that change or insert it; a reference to the bill's own units ("artikel I,
onderdeel B", "artikel III, tweede lid") on those units; other laws and the MvT are recorded
as such. Every resolution carries its structural Target, so staff can see why a point landed
where it did.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wetgen import address
from wetgen.consult.analyse.aanhef import AANHEF, aanhef_of
from wetgen.consult.analyse.amendedbill import third_law_article
from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.billunits import (
    bill_unit,
    division_articles,
    own_onderdeel,
)
from wetgen.consult.analyse.captionedarticles import captioned_own
from wetgen.consult.analyse.codes import book_of, code_citeertitel, is_code, with_book
from wetgen.consult.analyse.commencement import commenced_act, commenced_law
from wetgen.consult.analyse.context import BILL, EMPTY, LAW, OTHER_LAW, UNKNOWN, Context, Target
from wetgen.consult.analyse.context import MVT as MVT_SCOPE
from wetgen.consult.analyse.contextresolve import ContextResolving
from wetgen.consult.analyse.datedlaws import same_date
from wetgen.consult.analyse.divisionresolve import DivisionResolving
from wetgen.consult.analyse.enablinglaw import (
    aanhef_wet,
    defined_law_of,
    names_enabling_law,
    names_own_instrument,
    of_the_instrument,
    title_enabling,
    unnamed_instrument,
)
from wetgen.consult.analyse.enclosedlaw import enclosed_law
from wetgen.consult.analyse.freetext import with_free_texts_read
from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.insertedarticles import (
    extended_article,
    heads_inserted_article,
    own_chapter_article,
)
from wetgen.consult.analyse.lawchoice import agreed, title_laws
from wetgen.consult.analyse.lawinforce import law_in_force, numbered_by_chapter
from wetgen.consult.analyse.lawnames import LawLexicon, own_bill_names, same_law
from wetgen.consult.analyse.lawslips import misspelled
from wetgen.consult.analyse.mvtrefs import unreported
from wetgen.consult.analyse.newlaw import changed_together, open_onderdeel, unnamed_onderdeel
from wetgen.consult.analyse.notapoints import onderdeel_point
from wetgen.consult.analyse.numbering import (
    fits,
    in_chapter,
    is_named,
    is_roman,
    law_in_style,
    law_names,
    law_styles,
    leden_named,
    other_style_law,
    target_words,
)
from wetgen.consult.analyse.ownchapters import ChapterScopes
from wetgen.consult.analyse.owninstrument import own_title
from wetgen.consult.analyse.proposalarticle import proposal_article
from wetgen.consult.analyse.refs import ANAPHOR, DASH, DIVISION, LOOSE, SENTENCE, Ref
from wetgen.consult.analyse.refs import MVT as MVT_REF
from wetgen.consult.analyse.replacedlaw import replaced_article
from wetgen.consult.analyse.resolution import Resolution, distinct
from wetgen.consult.analyse.romanarticles import roman_scope
from wetgen.consult.analyse.sentences import sentence_provision
from wetgen.model import Article, Bill
from wetgen.outline import Node, outline, touched_articles

MVT = "mvt"  # the pseudo-node of the memorie van toelichting
GENERAL = "algemeen"  # the pseudo-node of points with no assignment
MVT_LABEL = "Memorie van toelichting"
GENERAL_LABEL = "Algemeen (niet aan een artikel toe te wijzen)"


@dataclass
class _Amended:
    law: str
    names: tuple[str, ...]
    article: str  # the number of the bill's article that amends it
    by_article: dict[str, list[tuple[str, set[str]]]] = field(
        default_factory=dict
    )  # art → [(eid, leden)]


class BillIndex(ContextResolving, DivisionResolving):
    """The addressable nodes of one bill version, and what each amending onderdeel touches."""

    def __init__(self, bill: Bill) -> None:
        self.bill = bill
        self.nodes: list[Node] = outline(bill)
        self.by_eid = {n.eid: n for n in self.nodes}
        self.scopes = ChapterScopes(bill)  # ownchapters.py: "Hoofdstuk II, artikel 1"
        self._all = {a.number.upper(): a for a in bill.articles()}
        self.chapter = ""
        self.articles = {**self._all, **self.scopes.articles()}
        self.amending = [a for a in bill.articles() if a.is_amending]
        self.divisions = division_articles(bill)
        self.amended = [self._amended(a) for a in self.amending]
        self.bill_names = (*law_names(bill.citeertitel), *own_bill_names(bill.kamerstuk.dossier if bill.kamerstuk else ""))
        self.laws = list(dict.fromkeys(a.law for a in self.amended))
        self.instruments = (bill.citeertitel, *self.laws)  # the draft and what it amends: whose "de wet" (enablinglaw.py)
        self._styles = {law: law_styles(self.amended, law) for law in self.laws}  # numbering.py
        own = [(bill.citeertitel, self.bill_names)]
        own += [(a.law, a.names) for a in self.amended]
        known = [*self.articles, *(n for a in self.amended for n in a.by_article)]  # spacedletter.py
        self.lexicon = LawLexicon(own, {a.amends.bwb: amended_name(a.amends) for a in self.amending if a.amends}, known)
        self.title_laws = title_laws(f"{bill.opschrift} {bill.citeertitel}", self.lexicon)  # lawchoice.py
        self.title_enabling = title_enabling(self.instruments, lambda name: getattr(self.lexicon.match(name, 0), "law", ""))  # enablinglaw.py
        self.own_title = own_title(bill.citeertitel, bill.opschrift)  # what "deze regeling" of the draft itself says (owninstrument.py)
        self.commenced = commenced_act(bill, self.lexicon)  # commencement.py

    def enter(self, chapter: str) -> None:
        """Read article numbers as the bill's hoofdstuk `chapter` numbers them ("" where none is
        under discussion): only a bill whose hoofdstukken number their own articles has several."""
        if self.scopes.chapters and chapter != self.chapter:
            self.articles, self.chapter = {**self._all, **self.scopes.articles(chapter)}, chapter

    def chapter_context(self, context: Context, resolutions: list[Resolution], chapter: str = "") -> Context:
        """Return the context after references that named a hoofdstuk of the bill that numbers its own
        articles (or with that `chapter`), and read numbers there: "artikel 1" below it is its own."""
        if not self.scopes.chapters:
            return context
        chapter = chapter or self.scopes.named(context, resolutions)
        self.enter(chapter)
        return self.scopes.entered(context, chapter)

    def label(self, eid: str) -> str:
        """Return the display label of a node or pseudo-node."""
        if eid == MVT:
            return MVT_LABEL
        if eid == GENERAL:
            return GENERAL_LABEL
        node = self.by_eid.get(eid)
        return node.label if node else eid

    def _amended(self, article: Article) -> _Amended:
        assert article.amends is not None
        law = amended_name(article.amends)
        amended = _Amended(law, law_names(law), article.number)
        own = self.scopes.place_of(article)
        for onderdeel in map(with_free_texts_read, article.onderdelen):  # freetext.py
            eid = address.onderdeel(own, onderdeel).eid
            leden = leden_named(onderdeel.instructions)
            for number in touched_articles(onderdeel):
                amended.by_article.setdefault(number.lower(), []).append((eid, leden.get(number, set())))
        return amended

    def only_article(self, article: str, onderdeel: str) -> Target | None:
        """Return the one article of the amended law an onderdeel (with none, the whole article)
        changes or inserts (None: none or several): "het derde lid" below "Artikel I, onderdeel B"."""
        own = self.articles.get(article.upper())
        if own is None or own.amends is None:
            return None
        place = self.scopes.place_of(own)
        eid = address.step(place, address.ONDERDEEL, onderdeel).eid if onderdeel else place.eid
        node = self.by_eid.get(eid)
        return Target(LAW, amended_name(own.amends), node.touches[0]) if node is not None and len(node.touches) == 1 else None

    # --- resolving ------------------------------------------------------------------------

    def resolve(self, ref: Ref, context: Context = EMPTY, inserted: bool = False) -> list[Resolution]:
        """Resolve one reference in its context; a reference to several provisions gives one
        resolution each. `inserted`: the reference stands in new text of the amended law."""
        if ref.kind == MVT_REF and (ref.own_text and not context.mvt_text
                                    or unreported(ref.raw, ref.detail, inserted, context.mvt_text, self.bill.citeertitel)):
            return []  # "zie hierna onder paragraaf 2" in an advice; mvtrefs.unreported
        if ref.kind == MVT_REF:
            return [Resolution(ref, "mvt", (MVT,), "", f"{MVT_LABEL} {ref.detail}".strip(),
                               Target(MVT_SCOPE, detail=ref.detail))]  # fmt: skip
        if ref.kind == DIVISION:  # "titel 6", or a list "de titels 6, 7 en 8"
            kind, _, numbers = ref.detail.partition(" ")
            numbers = in_chapter(numbers, context) if ref.in_chapter else numbers
            return [self._division(ref, context, f"{kind} {n}", inserted) for n in numbers.split(", ")]
        if ref.kind == ANAPHOR:
            return self._anaphor(ref, context, inserted)
        if ref.kind == LOOSE and ref.detail == AANHEF:  # "In de aanhef wordt …": the provision discussed
            return [self.place(ref, target, context)] if (target := aanhef_of(context)) else []
        if ref.kind == LOOSE and ref.detail in (SENTENCE, DASH):
            here = self.articles.get(context.bill_article.upper()) if context.bill_article else None
            lid = ref.parts[0].lid if ref.parts else ""
            return [self.place(ref, sentence_provision(here, context, inserted, lid, ref.detail == DASH), context)]
        if ref.kind == LOOSE and onderdeel_point(ref.raw, context):  # "Onder 2 vervalt" (notapoints.py)
            return [self.place(ref, Target(BILL, "", context.bill_article, onderdeel=context.onderdeel))] if context.onderdeel else []
        if ref.kind == LOOSE:
            return distinct([self._loose(ref, part, context) for part in ref.parts])
        return changed_together(distinct([self._part(ref, part, context, inserted) for part in ref.parts]), context)

    def _part(self, ref: Ref, part: Part, context: Context, inserted: bool) -> Resolution:
        if ref.anaphor == "genoemd" and not ref.law:  # "genoemd artikel 10.1": the one named before
            before = next((t for t in (*context.last, *context.last_many)
                           if t.artikel == part.artikel and t.scope != BILL), None)  # fmt: skip
            if before is not None:
                target = before._replace(lid=part.lid, item=part.item, sub=part.sub, onderdeel="")
                return self.place(ref, target, context)
        own = own_onderdeel(self.articles, part.artikel, part.lid, part.item, bool(ref.law or ref.that_law or ref.this_bill))  # billunits.py
        scope, law, number = (BILL, "", part.artikel) if own else self._scope(ref, part.artikel, context, inserted)
        return self.place(
            ref, Target(scope, law, number, "", part.lid, part.item, part.sub), context
        )

    def _scope(
        self, ref: Ref, number: str, context: Context, inserted: bool
    ) -> tuple[str, str, str]:
        """Return (scope, law, number) of an article number as the reference and context say."""
        roman = is_roman(number)
        enabling = aanhef_wet(ref.articles, context.aanhef_laws) or context.enabling or self.title_enabling  # "de wet": as the aanhef or definitions say, else the title
        if ref.foreign or names_enabling_law(ref.said, context.law) and not enabling:  # enablinglaw.py
            return UNKNOWN, "", number
        own = (kind := of_the_instrument(ref.said)) and names_own_instrument(ref.said, self.bill.citeertitel, self.bill.opschrift)
        named = defined_law_of(ref.said, "", context.enabling_decree, context.defined) if kind else ""
        if kind and (not named or own and not self.amended or roman and number.upper() in self.articles):
            # "van het besluit", "van de regeling": the one the aanhef names, else the draft's own or the one it amends
            return (*unnamed_instrument(kind, number, inserted, bool(own), [a.law for a in self.amended], self.articles), number)
        if ref.this_bill:
            if commenced := commenced_law(ref.raw, inserted, context, self.commenced):  # commencement.py
                return OTHER_LAW, commenced, number
            if inserted and context.law:
                return (LAW, *with_book(context.law, number))
            if number.upper() in self.articles:
                return BILL, "", number
            law = self._law_for(number, context)
            if roman_own := proposal_article(ref.raw, number, self.articles, inserted, bool(law and self._touching(law, number))):
                return BILL, "", roman_own  # proposalarticle.py
            return (LAW, *with_book(law, number)) if law else (UNKNOWN, "", number)
        law = ref.law or (enclosed_law(ref.raw, context.named_law, self.lexicon) if ref.that_law else "") or defined_law_of(ref.said, enabling, context.enabling_decree, context.defined)
        if law:
            law, number = with_book(law, number)
            if is_named(law, self.bill_names):  # the law in force of the same name (replacedlaw.py)
                return (OTHER_LAW, law, number) if replaced_article(number, self.articles) else (BILL, "", number)
            if captioned_own(ref, number, law, self.articles):
                return BILL, "", number  # "ARTIKEL II WONINGWET", "Artikel 1.1 (Omgevingswet)" (captionedarticles.py)
            amended = self.amended_law(law)
            return (LAW, amended, number) if amended else (OTHER_LAW, law, number)
        if ref.that_law:
            return UNKNOWN, "", number
        if inserted and heads_inserted_article(number, context.last):
            return BILL, "", number  # insertedarticles.py
        if inserted and (third := third_law_article(context)) is not None:  # amendedbill.py
            return (third.scope, *with_book(third.law, number))
        if inserted and (other := other_style_law(number, context, self._styles.get(context.law, set()))):
            return (OTHER_LAW, *with_book(other, number))  # "(artikel 6:4; 8:42)", "artikel 6" in a besluit numbered 2.8 (numbering.py)
        if inserted and context.law:
            return (LAW, *with_book(context.law, number))
        if roman:  # romanarticles.py
            return roman_scope(ref.raw, number, context, self.articles, bool(self._styles.get(context.law)), inserted, self.commenced)
        if context.law:
            return (LAW, *with_book(context.law, number))
        if number.upper() in self.articles and not (ref.of_law and self.amended):
            return BILL, "", number
        if extended_article(number, self.articles, bool(self.amended)) or own_chapter_article(number, self.articles, bool(self.amended)):
            return BILL, "", number  # "Artikel 1.1a" that an amendment inserts into a new law, "artikel 3.6a" of it
        law = self._law_for(number, context)
        if law:
            return (LAW, *with_book(law, number))
        if not self.amended and (law := law_in_force(context)) and (":" not in number or numbered_by_chapter(law)):
            return (OTHER_LAW, *with_book(law, number))  # a text on a law in force: "Artikel 175" after "Artikel 174 Gemeentewet"
        if ":" in number:  # "artikel 3:39" in a text on a bill amending a book of the BW: a book of the BW, where no
            # other law was named last ("… de Awb. Artikel 3:4 vereist …", "artikel 1:1 Wft … Artikel 1:2")
            code = next((code_citeertitel(law) for law in self.laws if is_code(law)), "") if number.split(":")[0].isdigit() else ""
            if code and not (context.named_law and not is_code(context.named_law)):
                return (OTHER_LAW, *with_book(code, number))
            return OTHER_LAW, "", number
        return UNKNOWN, "", number

    def _law_for(self, number: str, context: Context) -> str:
        """Return the amended law a bare article number most likely belongs to: one whose
        onderdelen touch it, else the only one whose numbering it fits."""
        for law in self.laws:
            mapped = with_book(law, number)[1] if is_code(law) else number
            if self._touching(law, mapped) and fits(law, number):
                return law
        here = self.articles.get(context.bill_article.upper()) if context.bill_article else None
        current = (context.named_law, amended_name(here.amends) if here and here.amends else "")
        return agreed(law_in_style(number, self._styles, current), number, self._styles, self.title_laws)

    def own_article(self, number: str) -> Article | None:
        """Return the bill's article of a number, or the one an inserted article extends (IIA: II)."""
        key = number.upper()
        return self.articles.get(key) or self.articles.get(extended_article(key, self.articles, bool(self.amended)))

    def amended_law(self, law: str) -> str:
        """Return the citeertitel of the amended law a name names (any book of a code), or ""."""
        for amended in self.amended:
            if is_named(law, amended.names) or same_law(law, amended.law):
                return amended.law
        slips = {a.law for a in self.amended if misspelled(law, a.law) or same_date(law, a.law)}  # datedlaws.py
        if len(slips) == 1:
            return slips.pop()  # "de Wet Bijzondere opneming psychiatrische ziekenhuizen" of a bill amending that law
        if is_code(law) and not book_of(law):
            books = [a for a in self.laws if is_code(a) and ("BES" in a) == ("BES" in law)]
            if len(books) == 1:
                return books[0]
        return ""

    def _touching(self, law: str, number: str) -> list[tuple[str, set[str]]]:
        found = []
        for amended in self.amended:
            if amended.law == law:
                found += amended.by_article.get(number.lower(), [])
        return found

    def place(self, ref: Ref, target: Target, context: Context = EMPTY) -> Resolution:
        """Return the resolution of a structural target: the bill's nodes it is on."""
        if target.scope == BILL:
            article = self.articles.get(target.artikel.upper())
            base = extended_article(target.artikel, self.articles, bool(self.amended))
            if article is None and base:
                # the article it will stand after, not that article's onderdeel or lid of the same letter or number
                whole = Target(BILL, "", base)
                return Resolution(ref, "bill", (bill_unit(self.articles[base], whole, self.scopes.place_of(self.articles[base]))[0],),
                                  f"artikel {target.artikel} staat nog niet in het wetsvoorstel; "
                                  f"toegewezen aan artikel {base}", target_words(target), target)  # fmt: skip
            if article is None:
                return Resolution(ref, "unknown", (), f"het wetsvoorstel heeft geen artikel "
                                  f"{target.artikel}", target_words(target), target)  # fmt: skip
            eid, place, missing = bill_unit(article, target, self.scopes.place_of(article))
            reason = (
                f"{missing} bestaat niet; toegewezen aan {target_words(place)}" if missing else ""
            )
            return Resolution(ref, "bill", (eid,), reason, target_words(place), place)
        if target.scope == LAW and target.law in context.bill_laws and not self.amended_law(target.law):
            target = target._replace(scope=OTHER_LAW)  # a law the bill amends only through the bill it amends (amendedbill.py)
        if target.scope == LAW:
            nodes = self._onderdelen(target, context)
            if nodes:
                return Resolution(ref, "amended", nodes, "", target_words(target), target)
            return Resolution(ref, "untouched", (), f"{target_words(target)} wordt door het "
                              "wetsvoorstel niet gewijzigd", target_words(target), target)  # fmt: skip
        if target.scope == OTHER_LAW:
            law = target.law or "een andere wet"
            return Resolution(ref, "other_law", (), f"verwijst naar {target_words(target, law)}, niet naar "
                              "dit wetsvoorstel", target_words(target, law), target)  # fmt: skip
        if ref.foreign:
            return Resolution(ref, "unknown", (), f"'{ref.raw}' is van een ander document dan het "
                              "wetsvoorstel", ref.raw, target)  # fmt: skip
        return Resolution(ref, "unknown", (), f"de tekst zegt niet waar '{ref.raw}' staat",
                          ref.raw, target)  # fmt: skip

    def _onderdelen(self, target: Target, context: Context) -> tuple[str, ...]:
        """Return the onderdelen that change or insert a provision of an amended law: the one
        under discussion if it does, else those naming its lid, else all; for a titel or
        paragraaf, the onderdeel under discussion."""
        if target.division:  # "Het opschrift van titel XII … komt te luiden" below onderdeel A
            return open_onderdeel(self.articles, self.by_eid, target, context, self.scopes.place_of)
        touching = self._touching(target.law, target.artikel)
        if not touching:
            return unnamed_onderdeel(self.articles, target, context, self.scopes.place_of)
        if context.bill_article and context.onderdeel:
            here = self.articles.get(context.bill_article.upper())
            if here is not None:
                own = self.scopes.place_of(here)
                eid = address.step(own, address.ONDERDEEL, context.onderdeel).eid
                if any(e == eid for e, _ in touching):
                    return (eid,)
        specific = [e for e, leden in touching if target.lid and target.lid in leden]
        return tuple(dict.fromkeys(specific or [e for e, _ in touching]))
