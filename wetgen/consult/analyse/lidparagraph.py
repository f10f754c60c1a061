""""dit lid" in a lid quoted or inserted as a numbered paragraph ("4. In afwijking van het
derde lid … Van dit lid kan niet worden afgeweken."): in a law's words it is the lid it stands
in, whatever lid the paragraph names before it."""

from __future__ import annotations

import re

from wetgen.consult.analyse.grammar import Part

_LID_NUMBER = re.compile(r"\s*(?P<lid>\d{1,2}[a-z]?)\.\s+(?-i:[A-Z])")


def in_numbered_lid(text: str, ref):
    """Return "dit lid" as the lid its paragraph is numbered with, where the paragraph opens
    with a lid number ("4. …"); any other anaphor as it is."""
    if ref.anaphor != "dit" or ref.detail != "lid" or ref.parts:
        return ref
    numbered = _LID_NUMBER.match(text)
    return ref._replace(parts=(Part(lid=numbered.group("lid")),)) if numbered else ref
