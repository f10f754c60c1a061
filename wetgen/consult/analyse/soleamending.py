"""An amending besluit or regeling without a numbered ARTIKEL: "Het Arbeidstijdenbesluit vervoer
wordt als volgt gewijzigd:\n\nA\n\nArtikel 2.3:1 …". Many besluiten and ministeriële regelingen
that amend one instrument put its onderdelen right under the aanhef; the draft format still holds
them in one amending article. Where the text names the law amended and the draft has exactly one
article amending it, the letters below are that article's onderdelen, as under its heading."""

from __future__ import annotations

import re

from wetgen.consult.analyse.billnames import amended_name
from wetgen.consult.analyse.context import Context, amends_sentence
from wetgen.consult.analyse.lawnames import same_law


def under_sole_article(context: Context, amending: list, law: str, segment: str) -> Context:
    """Return the context after a sentence that says which law is amended: where it opens the
    list of changes ("… wordt als volgt gewijzigd:"), no bill article is open and one article of
    the bill amends that law, that article is opened as by its heading. A response's "De Woningwet
    wordt op twee punten gewijzigd." opens nothing. Below that article named in running text ("Artikel 7.1
    Wijzigingen Wet inkomstenbelasting 2001 met ingang van 1 januari 2019"), the sentence opens it as well."""
    if not law or not segment.rstrip().endswith(":"):
        return context
    sole = [a for a in amending if a.amends and same_law(amended_name(a.amends), law)]
    if len(sole) != 1:
        return context
    if context.bill_article and (context.bill_article.upper() != sole[0].number.upper() or context.onderdeel):
        # below one of its onderdelen the sentence is that onderdeel's new text; a copy that lost the ARTIKEL headings
        # names the next law amended in the open: "… vervangen door '€ 559'. Het Besluit proceskosten bestuursrecht wordt
        # als volgt gewijzigd: A …" opens the article that amends that besluit
        current = next((a for a in amending if a.number.upper() == context.bill_article.upper()), None)
        if context.inserted or current is None or not current.amends or same_law(amended_name(current.amends), law):
            return context
        return context._replace(bill_article=sole[0].number, structural=True, onderdeel="", article=None, opened="")
    return context._replace(bill_article=sole[0].number, structural=True)


_AMENDS_AS_FOLLOWS = re.compile(r"\bwordt\s+(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\s*[:.]\s*$")


def heads_onderdelen(before: str) -> bool:
    """Tell whether a capital letter run in after `before` may head an onderdeel of the bill: after
    the capitals "ARTIKEL I" (or "Artikel I" right before it), or right after "Het … wordt als volgt gewijzigd:" (whether it does
    depends on the article that sentence opens)."""
    return "ARTIKEL " in before or bool(_AMENDS_AS_FOLLOWS.search(before) or _ROMAN_ARTICLE_END.search(before))


_ROMAN_ARTICLE_END = re.compile(r"\bArtikel\s+[IVXLC]+\.?\s*$")  # "… verstaan: Artikel I A Het Besluit …" run on


# where a transcription lost the line breaks, the sentence naming the law closes the aanhef's
# paragraph: "… Hebben goedgevonden en verstaan: Het Besluit X wordt als volgt gewijzigd:"
_CLOSING = re.compile(
    r"(?:^|[.;:]\s+|\n)(?:De|Het)\s+(?P<rest>[^.;:\n]{3,120}?)\s+wordt\s+"
    r"(?:als\s+volgt\s+gewijzigd|gewijzigd\s+als\s+volgt)\s*:\s*$"
)


def amends_at(paragraph: str) -> int:
    """Return where the law name stands in the sentence that says which law is amended: at the
    start of the paragraph (`context.amends_sentence`) or closing it; -1 where none does."""
    at = amends_sentence(paragraph)
    if at >= 0 or "gewijzigd" not in paragraph[-40:]:
        return at
    closing = _CLOSING.search(paragraph, max(0, len(paragraph) - 200))
    return closing.start("rest") if closing else -1
