"""A sentence that introduces a list names the law its items are about: "… wordt een drietal
onderwerpen in de Awb geregeld:" and then "• bestuursrechtelijke geldschulden (titel 4.4);"."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context
from wetgen.consult.analyse.lawnames import LawLexicon

# the last clause of a sentence that ends in a colon: "in de Awb geregeld:", "van de Woningwet:"
_LAST_CLAUSE = re.compile(r"[^.;,()]{3,120}:\s*$")


def lead_in_law(context: Context, segment: str, lexicon: LawLexicon) -> Context:
    """Return the context after a segment: where its last clause names a law and ends in a
    colon, that law is the one the items below name ("titel 4.4" is of the Awb)."""
    if not segment.rstrip().endswith(":") or context.inserted:
        return context
    clause = _LAST_CLAUSE.search(segment)
    if clause is None:
        return context
    found = lexicon.last_before(segment[clause.start() :], len(segment) - clause.start())
    if found is None:
        return context
    return context._replace(named_law=found.law, lead_in_law=found.law)
