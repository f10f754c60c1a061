""""deze wet" in a formula only a law's own text writes ("In deze wet wordt verstaan onder:",
"bij of krachtens deze wet"): where a text quotes a provision of a law under that provision's
heading, the words name that law, not the bill. And "Deze wet" opening the sentence after one that
names a law ("Op 1 mei is de Wet X in werking getreden. Deze wet …"): the law named there. In
the words of one of the bill's own articles (a pasted bill's, or words a nota van wijziging on a
new law puts in or takes out: "«Deze wet verstaat onder» wordt vervangen door"), the bill."""

from __future__ import annotations

import re
from collections.abc import Container

from wetgen.consult.analyse.context import LAW, OTHER_LAW, Context, Target
from wetgen.consult.analyse.numbering import is_named

STATUTE = "wettekst"  # the detail of "deze wet" standing in such a formula
_SENTENCE_END = re.compile(r"[.!?][»\"')\]]*\d{0,2}\s+")

_BEFORE = re.compile(r"(?:\bIn|\bbij\s+of\s+krachtens|\bingevolge)\s+$", re.I)
_AFTER = re.compile(
    r"\s+(?:en\s+de\s+daarop\s+berustende\s+bepalingen\s+)?wordt\s+(?:mede\s+)?verstaan\s+onder\b", re.I
)

# the closing words only an act writes of itself: "het Staatsblad waarin deze wet wordt geplaatst", "Deze wet treedt in
# werking", "Deze wet wordt aangehaald als", "vervangen door de bij deze wet behorende kaart"
OWN_ACT = "slotformule"  # the detail of "deze wet" in such closing words
OWN_ACT_AFTER_LAW = "slotformule na wet"  # … where the text named a law before them ("De Afdeling wijst op de Omgevingswet.")
_OWN_ACT_BEFORE = re.compile(r"(?:\bStaatsblad|\bStb\.?)\s+waarin\s+$|\b(?:door|in)\s+de\s+bij\s+$", re.I)
_OWN_ACT_AFTER = re.compile(r"\s+(?:wordt|is|zal\s+worden)\s+geplaatst\b|\s+behorende\b")
_OWN_ACT_OPENS = re.compile(r"\s+(?:treedt\s+in\s+werking|wordt\s+aangehaald\s+als)\b")
# a subordinate clause on its entry into force: "op de dag waarop deze wet in werking treedt", "nadat deze wet in werking
# is getreden" (a scan's "inwerking treedt" too)
_IN_FORCE_BEFORE = re.compile(r"\b(?:waarop|waarin|nadat|voordat|totdat|zodra)\s+$", re.I)
_IN_FORCE = re.compile(r"\s+in\s*werking\s+(?:treedt|is\s+getreden|zal\s+treden)\b")
_ITS_REGULATIONS = re.compile(r"\s+en\s+de\s+daarop\s+berustende\s+bepalingen\b", re.I)


# the colon that ends the enacting words of a wet ("… gelijk Wij goedvinden en verstaan bij deze:") or a besluit
# ("Hebben goedgevonden en verstaan:"), after which its own articles follow
_ENDS_ENACTING = re.compile(r"\b(?:bij\s+deze|goedgevonden\s+en\s+verstaan)\s*:\s*$", re.I)
# the enacting words of a wet ("met gemeen overleg der Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij
# goedvinden en verstaan bij deze:"), to their colon, open its own articles; "Lasten en bevelen" closes them (a text that
# only names the formula, "met gemeen overleg der Staten-Generaal", in prose or quotes opens nothing)
_ENACTING = re.compile(r"\bmet\s+gemeen\s+overleg\s+der\s+Staten-Generaal\b[^:\n\"”»)]{0,120}?\b(?:bij\s+deze|verstaan)\s*:", re.I)
_CLOSING = re.compile(r"\bLasten\s+en\s+bevelen\b")


def after_enacting_words(before: str) -> bool:
    """Tell whether the text `before` a place ends with the enacting words of a wet or besluit ("… bij deze:",
    "Hebben goedgevonden en verstaan:"): the first of its own articles or divisions follows."""
    return bool(_ENDS_ENACTING.search(before[-60:]))


def enacted_after(context: Context, text: str) -> Context:
    """Return the context after a point: in the articles of a wet the text prints once the point holds its enacting
    words, out of them once it holds "Lasten en bevelen" after them, or once the text is a memorie, nota or answer
    (one that quotes the aanhef is about the wet, not the wet)."""
    if context.mvt_text or context.nota_text or context.answer_text:
        return context._replace(enacted=False) if context.enacted else context
    if "Staten-Generaal" not in text and (not context.enacted or "bevelen" not in text):
        return context  # the quick answer for nearly every point
    opening, closing = _last(_ENACTING, text, len(text)), _last(_CLOSING, text, len(text))
    if opening is not None and (closing is None or closing.start() < opening.start()) and not _quoted(text, opening.start()):
        return context if context.enacted else context._replace(enacted=True)
    return context._replace(enacted=False) if closing is not None and context.enacted else context


def _last(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    """Return the last match of `pattern` in text[:end], or None."""
    return next(reversed(list(pattern.finditer(text, 0, end))), None)


def in_enacted_wet(text: str, start: int) -> bool:
    """Tell whether `start` lies in the articles of a wet the text prints, between its enacting words and "Lasten en
    bevelen", outside quotation marks: there "deze wet" is that wet itself, whatever law its sentence names ("de Wet X
    zoals die luidde voor de inwerkingtreding van deze wet"); new text it puts into a law is told apart by resolve.py."""
    opening = _last(_ENACTING, text, start) if "Staten-Generaal" in text else None
    return (opening is not None and not _quoted(text, opening.start()) and not _CLOSING.search(text, opening.end(), start)
            and not _quoted(text, start))


def statute_formula(text: str, start: int, end: int) -> bool:
    """Tell whether "deze wet" at start:end stands in a definition or delegation formula of a
    law's own text ("In deze wet wordt verstaan onder", "bij of krachtens deze wet")."""
    if _ITS_REGULATIONS.match(text, end):
        return True  # "voor zover in deze wet en de daarop berustende bepalingen geregeld"
    before = _BEFORE.search(text, max(0, start - 22), start)
    if before is None:
        return False
    return "krachtens" in before.group(0).lower() or bool(_AFTER.match(text, end))


def own_act_formula(text: str, start: int, end: int, lexicon) -> bool:
    """Tell whether "deze wet" at start:end stands in the closing words an act writes of itself ("het Staatsblad waarin
    deze wet wordt geplaatst", "Deze wet treedt in werking", "Deze wet wordt aangehaald als", "vervangen door de bij
    deze wet behorende kaart"), not in quoted words nor after a law named in its sentence: in the bill's own text that
    is the bill (in new text of an amended law, or below another law's article, that law: resolve.py)."""
    if _quoted(text, start) or sentence_law(text, start, lexicon):
        return False
    if _IN_FORCE_BEFORE.search(text, max(0, start - 10), start) and _IN_FORCE.match(text, end):
        return True
    before = _OWN_ACT_BEFORE.search(text, max(0, start - 24), start)
    if before is not None:
        return bool(_OWN_ACT_AFTER.match(text, end)) if before.group(0).lower().endswith(("bij ", "bij")) else True
    return text[start].isupper() and bool(_OWN_ACT_OPENS.match(text, end))


def own_act_here(context: Context, bill_names, after_law: bool) -> bool:
    """Tell whether an act's closing words ("Deze wet treedt in werking") stand where they are the bill's: below one of
    its ARTIKELEN, or in a text that names no other law before them (`after_law`: the text named one, "De Afdeling wijst
    op de Omgevingswet. … Deze wet treedt …"); not below another law's article that a text prints ("Artikel 11:1
    Awb … Deze wet treedt …")."""
    if context.bill_article:
        return True
    if after_law:
        return False
    other = context.article is not None and context.article.scope in (LAW, OTHER_LAW)
    return not other and (not context.named_law or is_named(context.named_law, bill_names))


def _quoted(text: str, start: int) -> bool:
    """Tell whether `start` lies inside quotation marks opened in its paragraph ("luidt: ‘Deze wet treedt …’")."""
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    return any(paragraph.count(opening) > paragraph.count(closing) for opening, closing in (("‘", "’"), ("“", "”"), ("«", "»"))) or (
        paragraph.count('"') % 2 == 1)


def law_before(text: str, start: int, lexicon) -> str:
    """Return the law that "Deze wet" at `start` takes up: the last law named in the sentence
    before it, where "Deze wet" opens its sentence; "" otherwise."""
    ends = list(_SENTENCE_END.finditer(text, 0, start + 1))
    if not ends or ends[-1].end() != start or not text[start].isupper():
        return ""
    before = ends[-2].end() if len(ends) > 1 else 0
    found = lexicon.last_before(text, ends[-1].start())
    return found.law if found and found.start >= before else ""


def quoted_law(context: Context) -> Target | None:
    """Return the law whose provision the text quotes: that of the article under discussion
    when it is a law's, else None."""
    article = context.article
    if article is None or article.scope not in (LAW, OTHER_LAW) or not article.law:
        return None
    return Target(article.scope, article.law)


def in_own_words(structural: bool, inserted: bool, law: str, here, article: str = "", held: Container[str] = ()) -> bool:
    """Tell whether "deze wet" stands in the words of one of the bill's own articles (`here`):
    a pasted bill's own article, or new or quoted words of such an article where no amended law
    is under discussion; so too in an own article the text inserts into the bill (`article`, which the draft does
    not hold, `held`: "Na artikel I wordt een nieuw artikel ingevoegd, luidende: ARTIKEL IA …")."""
    new = bool(article) and bool(held) and article.upper() not in held
    if not new and (here is None or here.is_amending):
        return False
    return structural and not inserted or inserted and not law


def new_law_formula(formula: bool, here, amending: bool, context: Context) -> bool:
    """Tell whether "deze wet" in a law's formula ("In deze wet … wordt verstaan onder") stands in an
    article of a bill that is a new law (`here`, the bill's article under discussion), not in a law's
    article that the text quotes nor in a sentence that names another law (`formula` is false then,
    formula_and_law): then it is the bill."""
    return formula and here is not None and not amending and quoted_law(context) is None


def formula_and_law(text: str, start: int, end: int, lexicon) -> tuple[str, str]:
    """Return the detail of "deze wet" at start:end (STATUTE in a law's formula) and the law it takes
    up: the law named in the sentence before "Deze wet" opens (law_before), or, in a formula, a law
    named earlier in its own sentence ("De Advocatenwet bepaalt dat bij of krachtens deze wet …")."""
    formula, law = STATUTE if statute_formula(text, start, end) else "", law_before(text, start, lexicon)
    return formula, law or (sentence_law(text, start, lexicon) if formula else "")


def sentence_law(text: str, start: int, lexicon) -> str:
    """Return the last law named before `start` in its own sentence (or clause), or ""."""
    found = lexicon.last_before(text, start)
    return found.law if found is not None and not _BREAK.search(text, found.end, start) else ""


_BREAK = re.compile(r"[.;:!?](?:\s|$)")
