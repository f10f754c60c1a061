"""An onderdeel named before the lid it stands in, in the formula that adds one after it: "Onder vervanging van de punt
aan het einde van onderdeel e door een puntkomma wordt aan het eerste lid een onderdeel toegevoegd". The onderdeel is
that lid's: the lid the sentence names after it, not the article alone."""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.consult.analyse.grammar import Part

_FORMULA = re.compile(
    r"\b[Oo]nder\s+vervanging\s+van\s+(?:de|het)\s+\S+\s+aan\s+het\s+(?:einde|slot)\s+van\s+(?P<unit>onderdeel\s+[a-z]{1,3})"
    r"\s+door\s+[^,.;:]{1,40}?,?\s+(?:wordt|worden)\s+(?:aan|in)\s+(?:het|dat)\s+(?P<nth>[a-z]+)\s+lid\b"
)


def forward_leden(text: str, refs: list) -> list:
    """Return the references of a text with a bare onderdeel in that formula given the lid named after it."""
    if "vervanging" not in text:
        return refs  # the quick answer for nearly every text
    owners = {}
    for found in _FORMULA.finditer(text):
        if (lid := ids.ordinal_value(found.group("nth").lower())) is not None:
            owners[found.span("unit")] = str(lid)
    if not owners:
        return refs
    out = []
    for ref in refs:
        lid = owners.get((ref.start, ref.end))
        if lid and len(ref.parts) == 1 and ref.parts[0].item and not (ref.parts[0].artikel or ref.parts[0].lid):
            ref = ref._replace(parts=(Part(lid=lid, item=ref.parts[0].item, sub=ref.parts[0].sub),))
        out.append(ref)
    return out
