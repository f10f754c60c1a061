"""The onderdelen of the bill article under discussion, as the analyser reads them: whether a bare letter
heading or opening a paragraph is one, and opening it (split from analyser.py; mixed into its Analyser)."""

from __future__ import annotations

from string import ascii_lowercase
from typing import TYPE_CHECKING

from wetgen.consult.analyse import context as ctx_rules
from wetgen.consult.analyse.addedarticles import in_added
from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.billunits import bill_unit, inserted_onderdeel
from wetgen.consult.analyse.context import BILL, Context, Target
from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.refs import LOOSE, Ref

if TYPE_CHECKING:
    from wetgen.consult.analyse.assign import PointResult
    from wetgen.consult.analyse.resolve import BillIndex


class OnderdeelReading:
    """The onderdeel half of Analyser: it needs the analyser's `index`."""

    index: BillIndex

    def _here(self, context: Context):  # noqa: ANN202 - wetgen.model.Article | None
        """Return the bill article under discussion, if the bill has it."""
        return self.index.articles.get(context.bill_article.upper()) if context.bill_article else None

    def _onderdelen(self, context: Context) -> tuple[str, ...]:
        """Return the numbers of the onderdelen of the bill article under discussion."""
        here = self._here(context)
        return tuple(o.number.upper() for o in here.onderdelen) if here is not None and here.is_amending else ()

    def _amending_here(self, context: Context) -> bool:
        """Tell whether a heading opened an amending article: a bare letter is its onderdeel."""
        here = self._here(context)
        return bool(context.structural and (here is not None and here.is_amending or in_added(context)))

    def _announced(self, context: Context, letter: str, alone: bool = False) -> bool:
        """Tell whether the paragraph above inserted an onderdeel of an amending article of the
        bill (in a nota van wijziging) that this version of the bill has, or the letter stands `alone`
        on its line below an amending article that has it: the letter below is it."""
        announced = context.announced or letter in context.listed or alone
        # the next of several inserted onderdelen below one announced ("… worden drie nieuwe onderdelen ingevoegd:
        # A … Aa … Ab"): a letter added to one the article has, after an onderdeel the announcement opened
        opened = context.opened
        following = not announced and len(letter) > 1 and letter > opened != "" and letter.rstrip(ascii_lowercase) == opened.rstrip(ascii_lowercase)
        here = self.index.articles.get(context.bill_article.upper()) if announced or following else None
        if here is None or not here.is_amending:
            return False
        if following:
            return inserted_onderdeel(here, letter, True, opened)
        unit = bill_unit(here, Target(BILL, "", here.number, onderdeel=letter))
        return not unit[2] or inserted_onderdeel(here, letter, announced, context.opened)

    def _onderdeel(
        self, text: str, at: int, letter: str, context: Context, result: PointResult
    ) -> Context:
        """Record an onderdeel letter standing as a heading, and open it."""
        here = self._here(context)
        ref = Ref(letter, at, at + len(letter), LOOSE, (Part(item=letter),))
        result.resolutions.append(
            self.index.place(ref, Target(BILL, "", here.number if here else context.bill_article, onderdeel=letter))
        )
        if here is None:  # an onderdeel of an article an amendment adds (addedarticles.py)
            return context._replace(onderdeel=letter, article=None, inserted=False, announced=False, opened=letter)
        law = amended_name(here.amends) if here.amends else ""
        article = self.index.only_article(here.number, letter)
        topic = ctx_rules.mention(context.topic, article) if article else context.topic
        return context._replace(onderdeel=letter, article=article, inserted=False, law=law, announced=False, topic=topic, opened=letter,
                                listed=context.listed[1:] if context.listed[:1] == (letter,) else context.listed)  # fmt: skip
