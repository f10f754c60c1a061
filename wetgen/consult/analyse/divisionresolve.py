"""The resolution of a division: "hoofdstuk III van de Tracéwet", "titel 7.10 NBW", "afdeling 2.3 van
die wet", and the bill's own hoofdstukken (split from resolve.py; mixed into its BillIndex)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wetgen.consult.analyse.billunits import titled_division
from wetgen.consult.analyse.codes import BW, book_of, is_code, with_book
from wetgen.consult.analyse.context import BILL, LAW, OTHER_LAW, UNKNOWN, Context, Target
from wetgen.consult.analyse.divisionchain import in_titel_named
from wetgen.consult.analyse.enablinglaw import defined_law_of, names_own_instrument
from wetgen.consult.analyse.lawinforce import text_law
from wetgen.consult.analyse.newlaw import own_division
from wetgen.consult.analyse.numbering import bw_division, is_named, is_roman
from wetgen.consult.analyse.opschrift import names_opschrift
from wetgen.consult.analyse.refkinds import Ref
from wetgen.consult.analyse.replacedlaw import in_force
from wetgen.consult.analyse.resolution import Resolution

if TYPE_CHECKING:
    from wetgen.consult.analyse.ownchapters import ChapterScopes
    from wetgen.model import Article, Bill


# the division is what an instruction changes, its verb right after it: "Na paragraaf 3.2 wordt een paragraaf
# ingevoegd", "In paragraaf 2.2 wordt na artikel 2.3 …", "Hoofdstuk 6 vervalt" (not "In paragraaf 2.2 wordt
# toegelicht welke regels vervallen", "Hoofdstuk 3 wordt hieronder besproken")
_CHANGED = re.compile(
    r"\s*,?\s*(?:vervalt|vervallen|(?:komt|komen)\s+te\s+(?:luiden|vervallen)"
    r"|(?:wordt|worden)\s+(?:(?!\.\s)[^;:]){0,50}?\b(?:ingevoegd|toegevoegd|vervangen|vernummerd|geplaatst)\b)", re.I
)


class DivisionResolving:
    """The division half of BillIndex: it needs the index's bill, articles, divisions and laws."""

    bill: Bill
    articles: dict[str, Article]
    divisions: dict[tuple[str, str], tuple[str, ...]]
    laws: list[str]
    amended: list
    bill_names: tuple[str, ...]
    title_enabling: str
    scopes: ChapterScopes

    def _division(self, ref: Ref, context: Context, detail: str, inserted: bool = False) -> Resolution:
        """Resolve "hoofdstuk III van de Tracéwet", "titel 7.10 NBW", "afdeling 2.3 van die wet"."""
        # the law named with it or before it, else the law a heading or instruction set; a bare
        # "paragraaf 5.1" in prose is as often the MvT's or the document's own, so it is taken
        # for the one law the bill amends only where its number names that law ("titel 7.13"
        # of a bill amending Boek 7 BW)
        own = self._own_division(ref, context, detail, inserted)
        if own is not None:
            return own
        if not (ref.law or ref.that_law or ref.foreign) and (within := in_titel_named(*detail.split(" ", 1), context.divisions)):
            return self.place(ref, within._replace(scope=LAW if self.amended_law(within.law) else OTHER_LAW), context)
        # "hoofdstuk III van de wet" in a besluit: the wet its aanhef rests on, as for an article (enablinglaw.py)
        law = ref.law or defined_law_of(ref.said, context.enabling or self.title_enabling) or context.named_law or context.law or ("" if self.amended or "paragraaf" in detail else text_law(context))
        only = self.laws[0] if len(self.laws) == 1 else ""
        number = detail.partition(" ")[2]
        if not law and is_code(only) and number.split(".")[0] == book_of(only) and "." in number:
            law = only
        if not ref.law and bw_division(law, number, self.laws, self.bill.citeertitel):
            law = BW  # "titel 7.4" in a text on a BW bill: titel 4 of Boek 7, not of the law named last
        if ref.this_bill or ref.foreign or not law or is_named(law, self.bill_names):
            return self.place(ref, Target(UNKNOWN), context)
        kind, _, number = detail.partition(" ")
        if is_code(law) and "." in number:  # "titel 7.10" of the BW is titel 10 of Boek 7
            book, rest = number.split(".", 1)
            if book_of(law).lower() in ("", book.lower()):
                law, number = with_book(law, f"{book}:1")[0], rest
        amended = self.amended_law(law)
        target = Target(LAW if amended else OTHER_LAW, amended or law, division=f"{kind} {number}", within=ref.within)
        return self.place(ref, target, context)

    def _own_division(self, ref: Ref, context: Context, detail: str, inserted: bool = False) -> Resolution | None:
        """Return the resolution of a division of the bill itself ("de hoofdstukken IV en V van
        het wetsvoorstel", "Hoofdstuk IV" of an Invoeringswet in hoofdstukken): named with the
        bill, or bare with a Roman number the bill has where no heading set an amended law (a
        bare "hoofdstuk 3" in prose is as often the MvT's own); its nodes are the division's
        articles. A bill that enacts a new law changes its own divisions: in a nota's or amendement's instruction
        ("Na paragraaf 3.2 wordt een paragraaf ingevoegd") and in the words it quotes («bedoeld in hoofdstuk 6»),
        a division the bill has is its own. None when it is not the bill's."""
        kind, _, number = detail.partition(" ")
        nodes = self.divisions.get((kind, number.upper()))
        this_bill = ref.this_bill or bool(ref.law) and is_named(ref.law, self.bill_names) and not in_force(ref.raw)  # "hoofdstuk 1 van de Waterwet" it enacts
        this_bill = this_bill or not self.laws and names_own_instrument(ref.raw, self.bill.citeertitel, self.bill.opschrift)  # "… van het besluit"
        named = bool(ref.law or ref.that_law or ref.foreign or context.law or context.named_law) and not this_bill
        here = self.articles.get(context.bill_article.upper()) if context.bill_article else None
        own_text = (context.structural and here is not None or names_opschrift(ref.raw)) and not (here and here.is_amending or context.mvt_text)
        if nodes is None and not self.laws and (own_division(kind, number, list(self.articles), named, own_text or inserted) or this_bill):
            # "afdeling 4.1" of a new law: the draft lists articles, not afdelingen
            return Resolution(ref, "bill", (), "", f"wetsvoorstel, {detail}", Target(BILL, division=detail))
        # Roman, or "Het opschrift van paragraaf 1.2" where no law is named before it: the bill's own
        # (an afdeling or titel the new law has: a document's own sections are paragrafen and hoofdstukken)
        bare = (is_roman(number) or (names_opschrift(ref.raw) or kind in ("afdeling", "titel") and not self.laws) and not context.named_law
                ) and not (ref.law or ref.that_law or ref.foreign or context.law)  # fmt: skip
        bare = bare or not (ref.law or ref.that_law or ref.foreign) and self.scopes.own(kind, number, context, ref.title)  # ownchapters.py
        bare = bare or not (ref.law or ref.that_law or ref.foreign) and _next_own(kind, number, context.divisions)
        elsewhere = ref.law or ref.that_law or ref.foreign or context.named_law and not is_named(context.named_law, self.bill_names)
        bare = bare or not (self.laws or elsewhere or context.mvt_text) and (inserted or bool(_CHANGED.match(ref.title)))
        # an instrument that amends nothing, its own division standing alone as a heading ("Hoofdstuk 2" above its title
        # on the next line, as a law's consolidated text prints it): nothing follows its number
        bare = bare or not (self.laws or ref.law or ref.that_law or ref.foreign or context.mvt_text or ref.title.strip())
        if nodes is None or not (this_bill or bare or titled_division(self.bill, kind, number, ref.title)):
            return None
        if self.scopes.qualifier(kind, number, ref.title):
            nodes = ()  # "Hoofdstuk II, artikel 1, tweede lid": the point is about the article, not all of II
        return Resolution(ref, "bill", nodes, "", f"wetsvoorstel, {detail}", Target(BILL, division=detail))


def _next_own(kind: str, number: str, divisions: tuple[Target, ...]) -> bool:
    """Tell whether a bare division is the next of a series whose last one named was the bill's own ("In hoofdstuk 1
    van dit voorstel … Hoofdstuk 2 bevat wijzigingen van de Jeugdwet"), whatever law was named between."""
    last = next((t for t in reversed(divisions) if t.division.split(" ")[0] == kind), None)
    if last is None or last.scope != BILL or not number.isdigit():
        return False
    previous = last.division.partition(" ")[2]
    return previous.isdigit() and int(previous) + 1 == int(number)

