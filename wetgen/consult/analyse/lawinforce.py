"""The law a bare article number names in a text on laws in force, read against a bill that amends no
law (the resolver then has no law of its own for bare numbers): the one law the text's title names (a
guidance page "Toelichting Wegenverkeerswet" that then goes through "Artikel 4b: Taken van de RDW",
a commentary headed "Commentaar op Participatiewet Artikel 9", whatever other laws it cites in
passing), else that of the provision under discussion ("Artikel 175" after "Artikel 174
Gemeentewet"), else that of the provision named last where no other law was named since."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import OTHER_LAW, Context
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.numbering import is_named

_TITLE_LINES = 3  # a title may sit below a site's navigation ("Naar de inhoud")
_TITLE_LENGTH = 150
_WORD_START = re.compile(r"(?<![\w-])[A-Za-z]")


def title_law(text: str, lexicon: LawLexicon, bill_names: tuple[str, ...]) -> str:
    """Return the one law the list knows that the first short lines of `text` name, up to the first
    that names any; "" where they name none or several, or the bill itself (a text on a new law
    names it in its title: its articles are the bill's)."""
    known = {*lexicon.by_name.values(), *lexicon.by_abbreviation.values()}
    lines = [line.strip() for line in text.lstrip().splitlines() if line.strip()][:_TITLE_LINES]
    for line in lines:
        if len(line) > _TITLE_LENGTH or line.endswith((".", ";", ":")):
            return ""  # a sentence, not a title
        laws = set()
        for start in (m.start() for m in _WORD_START.finditer(line)):
            found = lexicon.match(line, start)
            if found is not None and found.law in known and not re.fullmatch(r"[A-Z]{1,2}", line[start : found.end]):
                laws.add(found.law)
        if laws:
            law = laws.pop() if len(laws) == 1 else ""
            return "" if is_named(law, bill_names) else law
    return ""


def law_in_force(context: Context) -> str:
    """Return the law a bare number names in a text on laws in force, as the module says; ""."""
    if context.title_law:  # a page on one law: its bare numbers are that law's, whatever it cites in passing
        return context.title_law
    if context.article is not None and context.article.scope == OTHER_LAW and context.article.law:
        return context.article.law
    last = next(iter(context.last), None)
    if last is not None and last.scope == OTHER_LAW and last.law and context.named_law in ("", last.law):
        return last.law
    return ""
