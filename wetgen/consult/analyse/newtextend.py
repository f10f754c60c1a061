"""Where the new text an instruction inserts ends without a heading or a next instruction: a
paragraph that names the amended law by its name ("Hoewel deze toevoeging aan artikel 8:29 van de
Awb …" below the lid added to it). A law's own words never cite it by its name (they say "deze
wet"), so such a paragraph is about the new text, not part of it."""

from __future__ import annotations

from collections.abc import Iterable

from wetgen.consult.analyse.lawnames import same_law


def names_amended_law(refs: Iterable, law: str) -> bool:
    """Tell whether one of `refs` names `law` (the law whose new words are read) by its name."""
    return bool(law) and any(r.law and same_law(r.law, law) for r in refs)
