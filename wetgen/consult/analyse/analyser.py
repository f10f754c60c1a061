"""From a response's text to points, references and assignments (with evidence and method).

Points are read in order, and each hands a small Context to the next (the article and law a
heading or an earlier paragraph named): "In het derde lid …" below the heading "Artikel I,
onderdeel B" is resolved there. The analysis of a point is a pure function of the point and
the context it starts with, so results are remembered for repeated (point, context) pairs.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from wetgen.consult.analyse import context as ctx_rules
from wetgen.consult.analyse.context import BILL, EMPTY, Context, Target
from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.match import TextMatcher
from wetgen.consult.analyse.points import Point, points_of, split_points
from wetgen.consult.analyse.refs import ANAPHOR, ARTICLE, DIVISION, LOOSE, Ref, find_references
from wetgen.consult.analyse.resolve import GENERAL, BillIndex, Resolution
from wetgen.model import Bill

_SEE_ATTACHMENT = re.compile(
    r"^\W*(zie|see)\s+(de\s+)?(bijlage|bijgevoegde|attachment|bijgaande)", re.I
)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")
CACHE_SIZE = 200_000


@dataclass(frozen=True)
class Assignment:
    """A point placed on a node, with the passage and the reference (or wording) that placed it."""

    node: str
    method: str  # "reference", "amended-law", "mvt", "quote", "paraphrase"
    evidence: str
    matched: str
    score: float = 1.0


@dataclass
class PointResult:
    """Everything derived from one point's text (reference spans are within that text)."""

    resolutions: list[Resolution] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    reason: str = ""  # why the point is in the general group, when it has no assignment


class Analyser:
    """Analyses the points of texts against one bill, remembering results for repeated points."""

    def __init__(self, bill: Bill) -> None:
        self.index = BillIndex(bill)
        self.lexicon = self.index.lexicon
        self.matcher = TextMatcher(self.index.nodes)
        self._cache: dict[tuple[Point, Context], tuple[PointResult, Context]] = {}

    def points(self, text: str) -> list[str]:
        """Split a text into points."""
        return split_points(text)

    def analyse_text(self, text: str) -> list[tuple[Point, PointResult]]:
        """Return every point of a text with its result, each read in the context before it."""
        context, out = EMPTY, []
        for point in points_of(text):
            result, context = self.analyse_point(point, context)
            out.append((point, result))
        return out

    def analyse(self, point: str, context: Context = EMPTY) -> PointResult:
        """Return the references, assignments or general-group reason of one point's text."""
        return self.analyse_point(Point(point), context)[0]

    def analyse_point(self, point: Point, context: Context = EMPTY) -> tuple[PointResult, Context]:
        """Return the result of one point read in `context`, and the context after it."""
        key = (point, context)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._analyse(point, context)
            if len(self._cache) < CACHE_SIZE:
                self._cache[key] = cached
        return cached

    def _analyse(self, point: Point, context: Context) -> tuple[PointResult, Context]:
        result = PointResult()
        for start, end in point.headings:
            context = self._heading(point.text, start, min(end, len(point.text)), context, result)
        if point.body < len(point.text):
            context = self._paragraph(point.text, point.body, len(point.text), context, result)
        self._assign(point.text, result)
        return result, context

    # --- reading headings and paragraphs ---------------------------------------------------

    def _heading(self, text: str, start: int, end: int, context: Context, result: PointResult) -> Context:
        heading = text[start:end]
        if ctx_rules.bill_division_heading(heading):
            return Context(named_law=context.named_law)  # the bill's own HOOFDSTUK: no reference
        if ctx_rules.bill_article_heading(heading):
            context = context._replace(inserted=False)
        letter = ctx_rules.onderdeel_heading(heading)
        if letter and self._amending_here(context):
            context = self._onderdeel(text, start, letter, context, result)
            return self._segment(text, start + len(letter), end, context, result, heading=True)
        return self._segment(text, start, end, context, result, heading=True)

    def _amending_here(self, context: Context) -> bool:
        """Tell whether a heading opened an amending article: a bare letter is its onderdeel."""
        here = self.index.articles.get(context.bill_article.upper()) if context.bill_article else None
        return bool(context.structural and here is not None and here.is_amending)

    def _onderdeel(self, text: str, at: int, letter: str, context: Context, result: PointResult) -> Context:
        """Record an onderdeel letter standing as a heading, and open it."""
        here = self.index.articles[context.bill_article.upper()]
        ref = Ref(letter, at, at + len(letter), LOOSE, (Part(item=letter),))
        result.resolutions.append(self.index.place(ref, Target(BILL, "", here.number, onderdeel=letter)))
        law = here.amends.citeertitel if here.amends else ""
        return context._replace(onderdeel=letter, article=None, inserted=False, law=law)

    def _paragraph(self, text: str, start: int, end: int, context: Context, result: PointResult) -> Context:
        """Read a paragraph; an onderdeel letter run into it opens that onderdeel there."""
        if ctx_rules.bill_division_heading(text[start:end]) and end - start < 150:
            return Context(named_law=context.named_law)
        base, amending = start, self._amending_here(context)
        for at, letter in ctx_rules.run_in_letters(text[base:end], amending):
            context = self._segment(text, start, base + at, context, result)
            if letter:
                context = self._onderdeel(text, base + at, letter, context, result)
            start = base + at + len(letter)
        return self._segment(text, start, end, context, result)

    def _segment(
        self, text: str, start: int, end: int, context: Context, result: PointResult,
        heading: bool = False,
    ) -> Context:  # fmt: skip
        segment = text[start:end]
        if context.inserted and not heading and ctx_rules.is_instruction(segment):
            context = context._replace(inserted=False)
        inserted = context.inserted
        quoted = [] if inserted else ctx_rules.new_text_spans(segment)
        instruction = not inserted and ctx_rules.is_instruction(segment)
        if not inserted:
            context = self._amended_here(segment, context)
        refs = _borrow_laws(find_references(segment, self.lexicon), segment)
        if heading and not refs and not inserted:
            return context._replace(article=None)  # a heading of its own: a new subject
        subject_named, sentence_start = False, 0
        for number, ref in enumerate(refs):
            if _SENTENCE_BREAK.search(segment, sentence_start, ref.start):
                subject_named, sentence_start = False, ref.start  # each sentence its own subject
            inside = inserted or any(s <= ref.start < e for s, e in quoted)
            own = context
            if ref.that_law or (ref.kind == DIVISION and not ref.law):
                named = self.lexicon.last_before(segment, ref.start)
                own = context._replace(named_law=named.law) if named else context
            shifted = dataclasses.replace(ref, start=ref.start + start, end=ref.end + start)
            resolutions = self.index.resolve(shifted, own, inside)
            result.resolutions.extend(resolutions)
            if not inside:
                at_start = heading and number == 0 and ref.start == 0
                # in a wijzigingsopdracht the first provision named is its subject; "onder
                # toepassing van artikel 10.5" further on does not change what "het vijfde lid" is in
                subject = not (instruction and subject_named)
                context = self._after(context, ref, resolutions, at_start, subject)
                if any(r.status == "bill" for r in resolutions):
                    subject_named = False  # "In artikel I, onderdeel K, wordt aan artikel 29 …"
                elif any(r.place.artikel for r in resolutions):
                    subject_named = True
        if ctx_rules.opens_new_text(segment):
            context = context._replace(inserted=True)
        return context

    def _amended_here(self, segment: str, context: Context) -> Context:
        """Read "De Woningwet wordt als volgt gewijzigd:": bare numbers below are its articles."""
        at = ctx_rules.amends_sentence(segment)
        if at < 0:
            return context
        found = self.lexicon.match(segment, at)
        law = self.index.amended_law(found.law) if found else ""
        return context._replace(law=law, named_law=found.law) if law else context

    def _after(
        self, context: Context, ref: Ref, resolutions: list[Resolution], heading: bool, subject: bool
    ) -> Context:
        """Return the context after a reference outside new text."""
        if ref.kind == ANAPHOR or not resolutions:
            return context
        first = resolutions[0]
        articles = {r.place.artikel for r in resolutions}
        if first.status == "bill" and ref.kind == ARTICLE and len(articles) == 1 and first.place.artikel:
            article = self.index.articles.get(first.place.artikel.upper())
            if article is not None and article.is_amending:
                law = article.amends.citeertitel if article.amends else ""
                onderdeel = first.place.onderdeel if len(resolutions) == 1 else ""
                context = context._replace(bill_article=article.number, law=law, onderdeel=onderdeel,
                                           article=None, structural=heading or context.structural,
                                           inserted=False)  # fmt: skip
                return ctx_rules.remember(context, tuple(r.place for r in resolutions), False)
            if article is not None:
                context = context._replace(bill_article=article.number, law="", onderdeel="",
                                           structural=heading or context.structural)  # fmt: skip
        return ctx_rules.remember(context, tuple(r.place for r in resolutions), subject)

    def _assign(self, point: str, result: PointResult) -> None:
        seen: set[str] = set()
        for res in result.resolutions:
            method = {"bill": "reference", "amended": "amended-law", "mvt": "mvt"}.get(res.status)
            for node in res.nodes if method else ():
                if node not in seen:
                    seen.add(node)
                    result.assignments.append(
                        Assignment(node, method, _passage(point, res.ref.start, res.ref.end), res.ref.raw)
                    )
        if not any(a.method != "mvt" for a in result.assignments):
            for hit in self.matcher.match(point):
                if hit.eid not in seen:
                    seen.add(hit.eid)
                    result.assignments.append(
                        Assignment(hit.eid, hit.method, hit.passage, self.index.label(hit.eid), hit.score)
                    )
        if not result.assignments:
            result.reason = self._reason(point, result.resolutions)

    def _reason(self, point: str, resolutions: list[Resolution]) -> str:
        if resolutions:
            return "; ".join(dict.fromkeys(r.reason for r in resolutions if r.reason))
        if _SEE_ATTACHMENT.match(point):
            return "verwijst naar de bijlage"
        if len(point.split()) < 4:
            return "te kort om toe te wijzen"
        return "geen verwijzing naar een artikel en geen overeenkomst met de tekst van het wetsvoorstel"


def _borrow_laws(refs: list[Ref], segment: str) -> list[Ref]:
    """Give an article without a law the law of the same article named later in its sentence:
    "als bedoeld in artikel 53a …, genoemd in artikel 53a, tweede lid, van de Woningwet"."""
    out = list(refs)
    for i, ref in enumerate(out):
        if ref.kind != ARTICLE or ref.law or ref.this_bill or ref.that_law or not ref.articles:
            continue
        for later in out[i + 1 :]:
            if _SENTENCE_BREAK.search(segment, ref.end, later.start):
                break
            if later.kind == ARTICLE and later.law and later.articles[:1] == ref.articles[:1]:
                out[i] = dataclasses.replace(ref, law=later.law)
                break
    return out


def _passage(text: str, start: int, end: int, width: int = 160) -> str:
    """Return the sentence around a reference, at most about `width` characters each side."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, start - width)
    right_stop = text.find(". ", end)
    right = min(right_stop + 1 if right_stop >= 0 else len(text), end + width)
    return text[left:right].strip()


GENERAL_NODE = GENERAL
