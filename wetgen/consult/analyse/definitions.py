"""The onderdelen of a definition: "c. wordt in de begripsomschrijving van «compensatie»: 1°. in
onderdeel a «…» vervangen door …". A definition of a definitions article or lid may have onderdelen
of its own; a bare onderdeel named in the steps that change it is the definition's, not an
onderdeel of the lid, so it lands on the provision that holds the definition (the schema has no
key for a definition)."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import Context

_OPENS = re.compile(r"\bbegripsomschrijving\s+van\s+«[^»]+»\s*:\s*$", re.I)
_SUB_STEP = re.compile(r"\s*\d+°\.?\s")  # "1°.", "2°": the steps below a lettered step
_BARE_ONDERDEEL = re.compile(r"onderdeel\s+[a-z]", re.I)


def opens_definition(segment: str) -> bool:
    """Tell whether a segment ends on a definition whose steps follow ("… van «compensatie»:")."""
    return bool(_OPENS.search(segment.rstrip()))


def within_definition(context: Context, segment: str) -> Context:
    """Return the context a segment is read in: in a definition's steps where it ends on "… in de
    begripsomschrijving van «X»:", and still in them for each "1°." step below that; any other
    segment ends them (new text never ends so, so this holds also where the words above were read
    as new text)."""
    opens = opens_definition(segment)
    still = context.definition and bool(_SUB_STEP.match(segment))
    return context._replace(definition=opens or still) if context.definition != (opens or still) else context


def of_definition(resolutions: list, raw: str, context: Context) -> list:
    """Return the resolutions of a bare onderdeel ("onderdeel a") in a definition's steps: the
    provision that holds the definition, its onderdeel left out; any other as they are."""
    if not (context.definition and _BARE_ONDERDEEL.fullmatch(raw)):
        return resolutions
    return [r._replace(place=r.place._replace(item="")) if r.place.item else r for r in resolutions]
