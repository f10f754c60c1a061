"""Where the new text an instruction inserts ends without a heading or a next instruction: a
paragraph that names the amended law by its name ("Hoewel deze toevoeging aan artikel 8:29 van de
Awb …" below the lid added to it). A law's own words cite it by its name only to keep an old
wording in force ("… blijft artikel 12 van de Huisvestingswet 2014, zoals dat luidde, van
toepassing"), and such a provision opens with its lid or article number or says "zoals … luidde";
any other paragraph that names the law is about the new text, not part of it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wetgen.consult.analyse.lawnames import same_law

# a provision of the new text itself: a lid or article opening the paragraph, or an old wording kept
_OWN_PROVISION = re.compile(r"\s*(?:[•·]\s*)?(?:\d{1,3}[a-z]?\.?\s|Artikel\s+\S+\s*$)|.*\bzoals\s+(?:dat|die|het|deze)\s+(?:\w+\s+){0,6}?(?:luidde|luidden|gold|golden)\b", re.I | re.S)


def names_amended_law(refs: Iterable, law: str, paragraph: str = "") -> bool:
    """Tell whether one of `refs` names `law` (the law whose new words are read) by its name, in
    a `paragraph` that is not itself a provision of the new text."""
    if not law or not any(r.law and same_law(r.law, law) for r in refs):
        return False
    return not _OWN_PROVISION.match(paragraph)
