"""Where the new text an instruction inserts ends without a heading or a next instruction: a
paragraph that names the amended law by its name ("Hoewel deze toevoeging aan artikel 8:29 van de
Awb …" below the lid added to it). A law's own words cite it by its name only to keep an old
wording in force ("… blijft artikel 12 van de Huisvestingswet 2014, zoals dat luidde, van
toepassing"), and such a provision opens with its lid or article number or says "zoals … luidde";
any other paragraph that names the law is about the new text, not part of it. The formula that closes the
amending act itself ends it too: "Onze Minister … is belast met de uitvoering van dit besluit, dat in het
Staatsblad zal worden geplaatst"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetgen.consult.analyse.lawnames import same_law

# a provision of the new text itself: a lid or article opening the paragraph, or an old wording kept
_OWN_PROVISION = re.compile(r"\s*(?:[•·]\s*)?(?:\d{1,3}[a-z]?\.?\s|Artikel\s+\S+\s*$)|.*\bzoals\s+(?:dat|die|het|deze)\s+(?:\w+\s+){0,6}?(?:luidde|luidden|gold|golden)\b", re.I | re.S)


# the publication formula of the act itself: an amended law's words never order their own publication
# ("… dit besluit, dat in het Staatsblad zal worden geplaatst", "Lasten en bevelen dat dit besluit met de nota van
# toelichting in het Staatsblad zal worden geplaatst", "Deze regeling zal met de toelichting in de Staatscourant
# worden geplaatst"; not "… een regeling vast, die in de Staatscourant zal worden geplaatst" of a new article)
_PUBLISHED = re.compile(
    r"\b(?:dit\s+besluit|deze\s+(?:rijks)?wet|deze\s+regeling)\b[^.;]{0,120}?\b(?:Staatsblad|Staatscourant)\b[^.;]{0,40}?\bgeplaatst\b", re.I
)


def closes_act(paragraph: str) -> bool:
    """Tell whether a paragraph holds the act's own publication formula ("…, dat in het Staatsblad zal
    worden geplaatst"): the new text above has ended."""
    return bool(_PUBLISHED.search(paragraph))


def names_amended_law(refs: Iterable, law: str, paragraph: str = "") -> bool:
    """Tell whether one of `refs` names `law` (the law whose new words are read) by its name, in
    a `paragraph` that is not itself a provision of the new text."""
    if not law or not any(r.law and same_law(r.law, law) for r in refs):
        return False
    return not _OWN_PROVISION.match(paragraph)
