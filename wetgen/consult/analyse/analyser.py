"""From a response's text to points, references and assignments (with evidence and method).

Points are read in order, and each hands a small Context to the next (the article and law a
heading or an earlier paragraph named): "In het derde lid …" below the heading "Artikel I,
onderdeel B" is resolved there. The analysis of a point is a pure function of the point and
the context it starts with, so results are remembered for repeated (point, context) pairs.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from wetgen.consult.analyse import context as ctx_rules
from wetgen.consult.analyse import tables
from wetgen.consult.analyse.aanwijzingen import AR
from wetgen.consult.analyse.addedarticles import (
    added_heading,
    amended_by_added,
    as_amended,
    in_added,
    leave_added,
    open_added,
)
from wetgen.consult.analyse.amendedbill import holds_units, third_law_article, unit_home
from wetgen.consult.analyse.amendmentitems import amendment_item, counted, item_not_onderdeel
from wetgen.consult.analyse.articletitles import titles_article
from wetgen.consult.analyse.assign import PointResult, assign
from wetgen.consult.analyse.borrowing import EARLIER
from wetgen.consult.analyse.context import BILL, EMPTY, OTHER_LAW, UNKNOWN, Context
from wetgen.consult.analyse.cutcopy import opening_letter
from wetgen.consult.analyse.definedinstrument import defines, with_definitions
from wetgen.consult.analyse.definedlaws import text_abbreviations
from wetgen.consult.analyse.definitions import of_definition, opens_definition, within_definition
from wetgen.consult.analyse.described import aside, aside_of_heading, cross_reference, in_passing
from wetgen.consult.analyse.divisionheadings import bill_division, opens_division
from wetgen.consult.analyse.editorial import editorial
from wetgen.consult.analyse.enablinglaw import with_aanhef_law
from wetgen.consult.analyse.headings import named_twice
from wetgen.consult.analyse.lawinforce import after_point, law_heading, title_law
from wetgen.consult.analyse.leadin import heading_article, lead_in_law, listed_law
from wetgen.consult.analyse.lidparagraph import lid_number_alone
from wetgen.consult.analyse.match import TextMatcher
from wetgen.consult.analyse.namedafter import named_after
from wetgen.consult.analyse.newtextend import closes_act, names_amended_law
from wetgen.consult.analyse.notaitems import announce, explained, items_below, next_item, own_item
from wetgen.consult.analyse.numbering import number_style
from wetgen.consult.analyse.onderdeelreading import OnderdeelReading
from wetgen.consult.analyse.owncitations import lid_of_own_article
from wetgen.consult.analyse.owndivisions import below_own_heading
from wetgen.consult.analyse.ownheadings import leave_amended_law
from wetgen.consult.analyse.points import Point, points_of, split_points
from wetgen.consult.analyse.reading import NO_LAW, Reading, read_segment
from wetgen.consult.analyse.refs import ANAPHOR, ARTICLE, DIVISION
from wetgen.consult.analyse.refs import MVT as MVT_KIND
from wetgen.consult.analyse.resolve import BillIndex
from wetgen.consult.analyse.rewrittenarticle import rewritten_article
from wetgen.consult.analyse.runinletters import heading_run_on, run_in_letters
from wetgen.consult.analyse.sentenceplurals import plural_context
from wetgen.consult.analyse.soleamending import heads_onderdelen, under_sole_article
from wetgen.consult.analyse.stages import ALIAS, alias_law, stage_heading
from wetgen.consult.analyse.statute import enacted_after
from wetgen.consult.analyse.subjectafter import context_after
from wetgen.consult.analyse.tocpages import contents_blanks, without_pages
from wetgen.consult.analyse.votes import voted_article
from wetgen.consult.analyse.zinsnede import listed_or_zinsnede_law
from wetgen.model import Bill

_LISTED = re.compile(r"\s*,?\s*(?:en|of|alsmede|en\s+in|en\s+van)?\s*,?\s*", re.I)  # between two listed articles
CACHE_SIZE = 200_000
_run_in = lru_cache(maxsize=CACHE_SIZE)(run_in_letters)  # the onderdeel letters run into a paragraph


class Analyser(OnderdeelReading):
    """Analyses the points of texts against one bill, remembering results for repeated points."""

    def __init__(self, bill: Bill) -> None:
        self.index = BillIndex(bill)
        self.lexicon = self.index.lexicon
        self.matcher = TextMatcher(self.index.nodes)
        self._cache: dict[tuple[Point, Context], tuple[PointResult, Context]] = {}
        # what does not depend on the context is remembered by text alone: a point repeated
        # after other words (a form letter with a personal opening) is read in another context
        self._readings: dict[str, Reading] = {}
        self._free: dict[str, PointResult] = {}
        self._contained: dict[str, bool] = {}
        self._single_law = len(self.index.laws) <= 1
        self._variants: dict[tuple[tuple[str, str], ...], Analyser] | None = {}

    def points(self, text: str) -> list[str]:
        """Split a text into points."""
        return split_points(text)

    def analyse_text(self, text: str) -> list[tuple[Point, PointResult]]:
        """Return every point of a text with its result, each read in the context before it."""
        defined = text_abbreviations(text, self.lexicon) if self._variants is not None else ()
        if defined:
            return self._knowing(defined).analyse_text(text)
        context, out = EMPTY if self.index.amended else EMPTY._replace(title_law=title_law(text, self.lexicon, self.index.bill_names)), []
        pages = contents_blanks(text)  # a table of contents: its pages, its own sections (tocpages.py)
        for point in points_of(text):
            read = point._replace(text=without_pages(point.text, pages)) if pages else point
            result, context = self.analyse_point(read, context)
            context = context if self.index.amended else after_point(context, read.text, self.lexicon, self.index.bill_names)
            context = enacted_after(context, read.text)  # statute.py
            out.append((point, result))
        return out

    def _knowing(self, laws: tuple[tuple[str, str], ...]) -> Analyser:
        """Return an analyser like this one whose lexicon also knows the laws a text names by
        abbreviations it defines ("De Wet openbare manifestaties (Wom)", definedlaws.py), with
        memories of its own (the same point reads otherwise there)."""
        reader = self._variants.pop(laws, None)
        if reader is None:
            reader = copy.copy(self)
            reader.lexicon, reader._variants = self.lexicon.with_laws(laws), None  # (a copy defines nothing again)
            reader._cache, reader._readings, reader._free, reader._contained = {}, {}, {}, {}
        self._variants[laws] = reader  # the most recent last: the oldest goes first
        while len(self._variants) > 64:
            del self._variants[next(iter(self._variants))]
        return reader

    def analyse(self, point: str, context: Context = EMPTY) -> PointResult:
        """Return the references, assignments or general-group reason of one point's text."""
        return self.analyse_point(Point(point), context)[0]

    def analyse_point(self, point: Point, context: Context = EMPTY) -> tuple[PointResult, Context]:
        """Return the result of one point read in `context`, and the context after it."""
        free = self._free.get(point.text) if not point.headings else None
        if free is not None:
            if context.topic and not context.inserted and ctx_rules.section_title(point.text):
                context = context._replace(topic=())  # as _paragraph does
            return free, context
        own = self._self_contained(point) and not (context.inserted and third_law_article(context))  # amendedbill.py
        key = (point, ctx_rules.without_memory(context, self._single_law) if own else context)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._analyse(point, key[1])
            if len(self._cache) < CACHE_SIZE:
                self._cache[key] = cached
            if not point.headings and self._context_free(point.text, cached[0]):
                self._free[point.text] = cached[0]
        return (cached[0], ctx_rules.with_memory(cached[1], context)) if own else cached

    def _self_contained(self, point: Point) -> bool:
        """Tell whether a point names everything it refers to ("artikel 12 van de Woningwet",
        not "het tweede lid" or "die bepaling"): it does not read what earlier points named, so
        it is remembered apart from that (see context.without_memory)."""
        if point.headings or point.body:
            return False
        known = self._contained.get(point.text)
        if known is None:
            refs = self._reading(point.text).refs
            known = not _run_in(point.text) and not ctx_rules.bill_division_heading(point.text) and all(
                ref.kind in (ARTICLE, MVT_KIND) and not ref.that_law and not ref.anaphor
                and (ref.law or ref.this_bill or ref.kind == MVT_KIND or self.index.amended) for ref in refs
            )  # fmt: skip: a bare number in a text on a law in force is the law under discussion's
            if len(self._contained) < CACHE_SIZE:
                self._contained[point.text] = known
        return known

    def _context_free(self, text: str, result: PointResult) -> bool:
        """Tell whether a point reads the same in any context and changes none: it names no
        provision and gives no instruction (most points of a consultation)."""
        if result.resolutions or len(self._free) >= CACHE_SIZE or _run_in(text):
            return False
        reading = self._reading(text)
        # "het artikel" and "zie hierna onder par. 2" resolve to nothing in one context only
        contextual = any(r.kind == ANAPHOR or r.own_text for r in reading.refs)
        return not (contextual or reading.instruction or reading.opens or reading.amends or ctx_rules.mvt_itself(text) or defines(text) or opens_definition(text))

    def _analyse(self, point: Point, context: Context) -> tuple[PointResult, Context]:
        result = PointResult()
        self.index.enter(context.chapter)
        for index, (start, end) in enumerate(point.headings):
            after = point.headings[index + 1] if index + 1 < len(point.headings) else None
            following = point.text[after[0] : after[1]] if after else point.text[point.body :]
            if ctx_rules.table_heading(point.text[start:end], following.strip()):
                continue  # "I", "II", "III", "IV" above a tarieftabel: columns, not onderdelen
            if index and titles_article(point.text[slice(*point.headings[index - 1])], point.text[start:end], bool(self._reading(point.text[start:end]).refs), self._here(context)):
                continue  # "Artikel 6" / "Vertrouwensinspecteurs": the article's own title (articletitles.py)
            context = self._heading(point.text, start, min(end, len(point.text)), context, result, following)
        if point.headings:
            result.resolutions.extend(named_twice(point, result.resolutions))
        if point.body < len(point.text):
            context = self._paragraph(point.text, point.body, len(point.text), context, result)
        taken = [(r.ref.start, r.ref.end) for r in result.resolutions]
        for ref in tables.point_rows(point, self.lexicon, taken) if point.headings else ():
            result.resolutions.extend(self.index.resolve(ref, context))
        if self.index.scopes.chapters:  # "Hoofdstuk II, artikel 1" (ownchapters.py)
            result.resolutions[:] = self.index.scopes.with_chapters(point.text, result.resolutions)
        self._assign(point.text, result)
        return result, context

    # --- reading headings and paragraphs ---------------------------------------------------

    def _heading(
        self, text: str, start: int, end: int, context: Context, result: PointResult, following: str = ""
    ) -> Context:
        heading = text[start:end]
        context, named = listed_law(context, heading, self.lexicon)
        if named:
            return context  # "1. Wet ruimtelijke ordening" in a list of laws an instruction puts in (leadin.py)
        context = leave_added(context, heading)  # addedarticles.py
        item = own_item(context, heading)  # a nota's "Onderdeel A", "B (artikel VIa)" in its toelichting (notaitems.py)
        if editorial(heading):  # "[bron: PG Awb I, p. 208]", "[Red: Wijzigt deze wet.]": an editor's
            self._segment(text, start, end, context, result)  # note, read but no new subject
            return context
        if item and not heading[item:].strip() or lid_number_alone(heading, context.article):
            return context  # a nota's own item alone; a lid's number alone on its line (lidparagraph.py)
        if item:
            return self._segment(text, start + item, end, context, result, heading=True)
        own_articles = opens_division(heading, following, not self.index.laws, self.index.articles, text[max(0, start - 80) : start].rstrip(), context.enacted)
        if (own := bill_division(text, start, end, self.index.divisions, context, True, own_articles)) is not None:
            result.resolutions.extend(own)
            return self.index.chapter_context(below_own_heading(context, own), own)  # the bill's own HOOFDSTUK (owndivisions.py)
        context = ctx_rules.titled(context, heading) if self.index.amended else law_heading(ctx_rules.titled(context, heading), heading, self.lexicon)
        context = leave_amended_law(heading, context, self.index.articles)  # ownheadings.py
        if ctx_rules.bill_article_heading(heading, self.index.articles):
            context = context._replace(inserted=False)
        letter = ctx_rules.onderdeel_heading(heading)
        context = opening_letter(next_item(rewritten_article(context, letter, self.index.articles), letter), letter, following, self.index.articles)  # rewrittenarticle.py, notaitems.py, cutcopy.py
        if amendment_item(letter, context) or heading.strip() == letter and item_not_onderdeel(letter, context, self._onderdelen(context)):
            return counted(context, letter)  # "II" of an amendment, between changes to one article or after one onderdeel
        if letter and (self._amending_here(context) or self._announced(context, letter)):
            context = self._onderdeel(text, start, letter, context, result)
            return self._segment(text, start + len(letter), end, context, result, heading=True)
        before = len(result.resolutions)
        return heading_article(self._segment(text, start, end, context, result, heading=True), heading, result.resolutions[before:])

    def _paragraph(
        self, text: str, start: int, end: int, context: Context, result: PointResult
    ) -> Context:
        """Read a paragraph; an onderdeel letter run into it opens that onderdeel there."""
        if end - start < 150 and (own := bill_division(text, start, end, self.index.divisions, context, False)) is not None:
            result.resolutions.extend(own)
            return self.index.chapter_context(below_own_heading(context, own), own)
        if not context.mvt_text and ctx_rules.mvt_itself(text[start:end], context.answer_text):
            context = context._replace(mvt_text=True)
        context = listed_law(lid_of_own_article(context, text[start:end], self.index.articles), text[start:end], self.lexicon)[0]
        if context.topic and not context.inserted and ctx_rules.section_title(text[start:end]):
            context = context._replace(topic=())  # "2. Zorgplicht Het voorgestelde …": a new section
        base = start
        if self._amending_here(context) or context.announced or context.opened:  # ("Fb. In artikel …" after "Fa. …")
            at, leading, after = ctx_rules.leading_onderdeel(text[start:end], context.announced or bool(context.opened) or self._amending_here(context))
            bare = not text[start + after : end].strip()  # "A." alone: only a letter the article has ("Ja." is no "Ja")
            if leading and (self._amending_here(context) and not bare or self._announced(context, leading, bare)):
                context = self._onderdeel(text, start + at, leading, context, result)
                start = base = start + after
        for at, letter, length in _run_in(text[base:end]):
            if letter and not (self._amending_here(context) or letter in context.listed or heads_onderdelen(text[start : base + at])
                               or ctx_rules.announces_onderdeel(text[start : base + at])):  # fmt: skip
                continue  # a capital letter in prose, not an onderdeel of the bill
            context = self._segment(text, start, base + at, context, result)
            start = base + at
            if letter and (self._amending_here(context) or self._announced(context, letter)):
                context = self._onderdeel(text, base + at, letter, context, result)
                start = base + at + length
        return self._segment(text, start, end, context, result)

    def _reading(self, segment: str) -> Reading:
        """Return what a segment says whatever its context (reading.py), read once."""
        reading = self._readings.get(segment)
        if reading is None:
            reading = read_segment(segment, self.lexicon, self.index)
            if len(self._readings) < CACHE_SIZE:
                self._readings[segment] = reading
        return reading

    def _segment(
        self, text: str, start: int, end: int, context: Context, result: PointResult,
        heading: bool = False,
    ) -> Context:  # fmt: skip
        reading, context = self._reading(text[start:end]), within_definition(context, text[start:end])  # definitions.py
        before = len(result.resolutions)
        if context.inserted and not heading and (reading.instruction or names_amended_law(reading.refs, context.law, text[start:end]) or closes_act(text[start:end])):  # newtextend.py
            context = context._replace(inserted=False)
        inserted = context.inserted
        quoted = () if inserted else reading.quoted
        instruction = not inserted and reading.instruction
        if not inserted and in_added(context):  # "De Algemene Kinderbijslagwet wordt als volgt gewijzigd:" (addedarticles.py)
            context = amended_by_added(context, reading.amends_named, text[start:end])
        elif not inserted and reading.amends:  # (soleamending.py: no ARTIKEL above it)
            context = under_sole_article(context._replace(law=reading.amends, named_law=reading.amends_named), self.index.amending, reading.amends, text[start:end])
        if heading and not reading.refs and not inserted and text[start:end].strip() and not stage_heading(text[start:end]):
            return explained(context, text[start:end], self.index.articles)  # a heading of its own: a new subject (notaitems.py)
        subject_named, named_before, other = False, (), None
        home, away = context.article, False
        prior = previous = in_sentence = ()  # what the reference before named, in new text too ("… onder e, … dat onderdeel", "dat artikel")
        sentence: tuple = ()  # the articles named one by one in the sentence so far, in new text too
        for number, ref in enumerate(reading.refs):
            if reading.breaks[number]:
                subject_named, other, sentence, in_sentence = False, None, (), ()  # each sentence its own subject
                if away:  # another law's article was the subject of its sentence only
                    context, away = context._replace(article=home), False
            if reading.amends and reading.governed[number] and ref.kind in (ARTICLE, DIVISION):
                # "In het Belastingplan 2020 vervallen de artikelen II tot en met IX": that law's
                ref = ref._replace(law=reading.amends)
            inside = inserted or any(s <= ref.start < e for s, e in quoted)
            if ref.kind == ARTICLE and (about := listed_or_zinsnede_law(ref.law, reading.amends, text, start + ref.start, self.lexicon, context)):
                ref = ref._replace(law=about)  # "de zinsnede met betrekking tot de Winkeltijdenwet «de artikelen 2, 3»" (zinsnede.py)
            named = reading.named[number]
            if named.startswith(EARLIER):  # a bare division with no law in its sentence
                if context.mvt_text and ref.detail.startswith("paragraaf ") and "," not in ref.detail:
                    ref, named = ref._replace(kind=MVT_KIND), ""  # the MvT's own paragraph
                else:  # a law named before, where the bill amends it
                    lead_in = context.lead_in_law and context.named_law == context.lead_in_law  # leadin.py
                    named = named[1:] or (context.named_law if lead_in or self.index.amended_law(context.named_law) else NO_LAW)
            if ref.kind == ARTICLE and (chapter := self.index.scopes.after(text, start + ref.end)):
                context = self.index.chapter_context(context, [], chapter)  # "artikel 1 van hoofdstuk II"
            own = context._replace(named_law="" if named == NO_LAW else named) if named else context
            if inside and ref.anaphor == "dat" and prior and (ref.detail == "onderdeel" or ref.detail in ("artikel", "lid") and getattr(prior[-1], ref.detail)):
                own = own._replace(last=prior)
            own = plural_context(own, ref, sentence, in_sentence, prior)  # "… die artikelen", "In deze leden" (sentenceplurals.py)
            shifted = voted_article(text, ref._replace(start=ref.start + start, end=ref.end + start, law=alias_law(ref, context)), self.index.articles)
            resolutions = named_after(self.index, text, start, reading, number, own, inside)
            resolutions = of_definition(resolutions or self.index.resolve(shifted, own, inside), ref.raw, own)
            if other and ref.kind == ARTICLE and not (ref.law or ref.this_bill or ref.that_law or inside) and all(
                    r.status == "untouched" and number_style(r.place.artikel) == number_style(other.artikel)
                    for r in resolutions):  # fmt: skip
                # "artikel 3 van het IVRK …, en artikel 27": an article the bill leaves alone, bare
                # after another law's in its sentence and numbered like it, is that law's
                resolutions = self.index.resolve(shifted._replace(law=other.law, foreign=other.scope == UNKNOWN), own, inside)
            other = next((r.place for r in resolutions if r.place.artikel and (r.place.scope == OTHER_LAW and r.ref.law or r.ref.foreign)), other)
            # "artikel 16 van de richtlijn": a provision of a document that is no law, which
            # names nothing a point can be about (still read, so that its words are taken)
            resolutions, context = as_amended(resolutions, context, instruction, self.index.place)  # in the text of an article an amendment adds
            result.resolutions.extend(r for r in resolutions if not r.ref.foreign)
            context = self.index.chapter_context(context, resolutions)
            previous, prior = prior, tuple(r.place for r in resolutions) or prior
            if ref.kind == ARTICLE:  # every article the sentence named one at a time; a list names "die artikelen" itself
                in_sentence = (*in_sentence, resolutions[0].place) if len({r.place.artikel for r in resolutions}) == 1 else ()
            if ref.kind == ARTICLE and ref.law != AR:  # articles named one by one after the sentence's subject
                if len({r.place.artikel for r in resolutions}) != 1:
                    sentence = ()  # a list is "die artikelen" itself (last_many)
                elif subject_named or inside or in_passing(text, shifted.start):
                    sentence = (*sentence, resolutions[0].place)
            if inside and heading and number == 0 and ref.start == 0 and ref.kind == ARTICLE:
                # the heading of an article the instruction inserts: its leden below are its own; one of the bill
                # that amends a law (a nota's "Artikel 1.4a") opens its onderdelen as the bill's heading does, and
                # one of the bill's own is no text of the law the article before amended ("Deze wet" is the bill)
                own = [p for p in (r.place for r in resolutions) if p.scope == BILL]
                article = self.index.articles.get(own[0].artikel.upper()) if own else None
                if article is not None and article.is_amending:
                    context = context_after(self.index, context._replace(inserted=False), ref, resolutions, True, True)
                elif added := added_heading([r.place for r in resolutions], self.index.articles, text[end:]):
                    context = open_added(context, added, text[start:end], self.lexicon)
                else:
                    context = ctx_rules.remember(context._replace(inserted=False, law="") if own and context.law else context,
                                                 tuple(r.place for r in resolutions))  # fmt: skip
            # "Artikel 6:22 [6.2.14]", "Artikel I, onderdeel E (artikel II, onderdeel E)": no new subject (described.py)
            alias = ref.detail == ALIAS or (number and aside(text[start + reading.refs[number - 1].end : shifted.start], previous, resolutions, heading))
            if not inside and not alias:
                # "ARTIKEL I" in capitals heads an article of the bill even where a transcription
                # ran it into the text
                capitals = ref.raw.startswith("ARTIKEL ") or ref.raw.startswith("Artikel ") and heading_run_on(text, shifted.end)  # runinletters.py
                at_start = (heading and number == 0 and not text[start : start + ref.start].strip("•· ")) or capitals
                # in a wijzigingsopdracht the first provision named is its subject; "onder
                # toepassing van artikel 10.5" further on does not change what "het vijfde lid" is in
                # an aanwijzing is the subject only where it opens its sentence, not cited after an article
                subject = not (instruction and subject_named) and not (subject_named and ref.law == AR)
                # "een trap die een hoogteverschil als bedoeld in artikel 2.27 overbrugt": cited in passing below the
                # heading of the article under discussion, it does not become the article "het tweede lid" is in
                subject = subject and not (not instruction and not heading and aside_of_heading(text, shifted.start, shifted.end, context))
                if heading and at_start and ref.kind == ARTICLE and (added := added_heading([r.place for r in resolutions], self.index.articles, text[end:])):
                    context = open_added(context, added, text[start:end], self.lexicon)  # "ARTIKEL IA" (addedarticles.py)
                else:
                    context = context if cross_reference(text, shifted.start) else items_below(context_after(  # described.py, notaitems.py
                        self.index, context, ref, resolutions, at_start, subject, heading or instruction or capitals), text[start:end], ref.start)  # fmt: skip
                if ref.kind != ANAPHOR and not in_passing(text, shifted.start):
                    context = context._replace(topic=ctx_rules.topic_after(context, resolutions, self.index.articles))
                if holds_units(resolutions):  # amendedbill.py
                    home, away = unit_home(resolutions, context.article), False  # the bill's unit: a new subject
                elif ctx_rules.elsewhere(home, context.article):
                    away = True
                elif not away:
                    home = context.article
                listed = number and _LISTED.fullmatch(text, start + reading.refs[number - 1].end,
                                                      shifted.start)  # fmt: skip
                current = tuple(r.place for r in resolutions if r.place.artikel)
                if listed and ref.kind == ARTICLE and reading.refs[number - 1].kind == ARTICLE:
                    # "artikel 12, vijfde lid, en artikel 28a": "deze artikelen" below are both
                    current = (*named_before, *current)[-40:]
                    context = context._replace(last_many=current)
                named_before = current
                if holds_units(resolutions):
                    subject_named = False  # "In artikel I, onderdeel K, wordt aan artikel 29 …"
                elif any(r.place.artikel for r in resolutions):
                    subject_named = True
        if away:
            context = context._replace(article=home)
        if reading.opens:
            context = context._replace(inserted=True)
        if not heading:
            context = announce(context, reading.opens, reading.announces, text[start:end])  # notaitems.py
        context = with_definitions(context, text[start:end])  # definedinstrument.py
        context = with_aanhef_law(context, text, start, end, result.resolutions[before:], self.index.instruments)  # enablinglaw.py
        return lead_in_law(context, text[start:end], self.lexicon, result.resolutions[before:], start)  # "… in de Awb geregeld:"

    def _assign(self, point: str, result: PointResult) -> None:
        assign(point, result, self.matcher.remembered, self.index.label)
