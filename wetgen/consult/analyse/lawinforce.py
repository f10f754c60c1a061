"""The law a bare article number names in a text on laws in force, read against a bill that amends no
law (the resolver then has no law of its own for bare numbers): none while an article of the bill is
under discussion; the law whose article a heading named last; the one law the text's title names (a
guidance page "Toelichting Wegenverkeerswet" that then goes through "Artikel 4b: Taken van de RDW",
a commentary headed "Commentaar op Participatiewet Artikel 9", whatever other laws it cites in
passing), else that of the provision under discussion ("Artikel 175" after "Artikel 174
Gemeentewet"), else the listed law the points before named last ("De WHW is …", then "De reikwijdte
van hoofdstuk 7 staat in artikel 7.1"), else that of the provision named last where no other law was
named since."""

from __future__ import annotations

import re

from wetgen.consult.analyse.codes import is_code
from wetgen.consult.analyse.context import BILL, OTHER_LAW, Context
from wetgen.consult.analyse.lawnames import LawLexicon, is_eu_act
from wetgen.consult.analyse.numbering import is_named

_TITLE_LINES = 3  # a title may sit below a site's navigation ("Naar de inhoud")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# a lower instrument or a larger title that a law's name stands in
_INSTRUMENT = re.compile(r"(?i)besluit|regeling|reglement|verordening|invoeringswet|aanpassingswet|verzamelwet|reparatiewet|veegwet")
_TITLE_LENGTH = 150
_ON_A_BILL = re.compile(r"\b(?:wets)?voorstel\b|\bontwerp\b", re.I)
_WORD_START = re.compile(r"(?<![\w-])[A-Za-z]")


def title_law(text: str, lexicon: LawLexicon, bill_names: tuple[str, ...]) -> str:
    """Return the one law the list knows that the text's title names: its first paragraphs of one
    short line each (a site's navigation may stand above), up to the first that names a law; "" where
    it names none or several, the bill itself (a text on a new law names it: its articles are the
    bill's), a lower instrument or a larger title the law's name stands in ("Uitvoeringsbesluit
    Participatiewet", "Invoeringswet Omgevingswet"), or where a paragraph is prose (wrapped lines, a
    sentence's end)."""
    for paragraph in [p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()][:_TITLE_LINES]:
        if "\n" in paragraph or len(paragraph) > _TITLE_LENGTH or paragraph.endswith((".", ",", ";", ":")):
            return ""
        laws = set()
        for start in (m.start() for m in _WORD_START.finditer(paragraph)):
            found = lexicon.match(paragraph, start)
            if found is not None and found.law in lexicon.laws and _named_in_full(paragraph, found, lexicon):
                laws.add(found.law)
        if laws:
            law = laws.pop() if len(laws) == 1 else ""
            if not law or is_named(law, bill_names) or is_eu_act(law) or _INSTRUMENT.search(paragraph):
                return ""
            return law
    return ""


def _named_in_full(line: str, found, lexicon: LawLexicon) -> bool:  # noqa: ANN001 - lawnames.Found
    """Tell whether a law is named by its title ("Wegenverkeerswet", "Wet politiegegevens") or by an
    abbreviation of three letters or more that no full stop follows ("Wabo"; not "Mw." or "Sr."), not
    by a word such as "Statuut" or "Handvest"."""
    surface = " ".join(line[found.start : found.end].split())
    if re.search(r"wet", surface, re.I):
        return True
    short = len(surface) <= 6 or any(c.isupper() for c in surface[1:])  # "Wabo", "WVW 1994"; not "Statuut"
    return surface in lexicon.by_abbreviation and short and len(surface) >= 3 and line[found.end : found.end + 1] != "."


def law_in_force(context: Context) -> str:
    """Return the law a bare number names in a text on laws in force, as the module says; ""."""
    if context.article is not None and context.article.scope == BILL:
        return ""  # "Artikel 5 van het wetsvoorstel … Artikel 6 …": the bill is under discussion
    if law := text_law(context):
        return law
    if context.article is not None and context.article.scope == OTHER_LAW and context.article.law:
        return context.article.law
    if context.prose_law:
        return context.prose_law
    last = next(iter(context.last), None)
    if last is not None and last.scope == OTHER_LAW and last.law and context.named_law in ("", last.law):
        return last.law
    return ""


def text_law(context: Context) -> str:
    """Return the law the text itself sets for what follows: that of an article a heading named
    ("Artikel 5 Wet rijonderricht motorrijtuigen 1993", then "Artikel 6"), else its title's (a page on
    one law: its bare numbers and divisions are that law's, whatever it cites in passing); else ""."""
    return context.heading_law or context.title_law


def after_point(context: Context, text: str, lexicon: LawLexicon, bill_names: tuple[str, ...]) -> Context:
    """Return the context after a point of a text on laws in force: the listed law it named last, as a
    whole or with an article ("De WHW is in principe van toepassing …"), is what the bare numbers of
    the points below name where nothing nearer does."""
    if _ON_A_BILL.search(text):
        return context._replace(prose_law="")  # "Anders dan de Gemeentewet kent het voorstel …": the bill's numbers
    found = lexicon.last_before(text, len(text)) if any(c.isupper() for c in text) else None
    if found is None or not _named_in_full(text, found, lexicon) or is_named(found.law, bill_names) or is_eu_act(found.law):
        return context
    return context._replace(prose_law=found.law) if found.law in lexicon.laws else context


def after_reference(context: Context, of_bill: bool, place, heading: bool) -> Context:  # noqa: ANN001 - context.Target
    """Return the context after a reference: a heading naming another law's article makes that law the
    one bare numbers below name; a reference to the bill's own article ("Artikel 5 van het
    wetsvoorstel") ends the title's law (the text is on a bill after all)."""
    if of_bill:
        return context._replace(title_law="", heading_law="")
    if heading and place.scope == OTHER_LAW and place.law:
        return context._replace(heading_law=place.law)
    return context


_LAW_HEADING_EDGES = re.compile(r"^(?:de|het)\s+|[\s:.]+$", re.I)


def law_heading(context: Context, heading: str, lexicon: LawLexicon) -> Context:
    """Return the context after a heading that is a law's name alone ("De Politiewet 2012"): that law
    is what bare numbers below it name, as an article of it named in a heading would be."""
    name = _LAW_HEADING_EDGES.sub("", heading.strip())
    found = lexicon.match(name, 0) if name else None
    if found is None or found.end != len(name) or not _named_in_full(name, found, lexicon):
        return context
    return context._replace(heading_law=found.law)


def numbered_by_chapter(law: str) -> bool:
    """Tell whether a law numbers its articles with its book or chapter before a colon ("6:162" of the
    Burgerlijk Wetboek, "5:37" of the Awb): a bare colon number in a text on it is its own."""
    return is_code(law) or law == "Algemene wet bestuursrecht"
