"""What a segment of a point says whatever its context: the Analyser reads each segment once
(and remembers it), then resolves it in the context of the paragraphs and headings before it."""

from __future__ import annotations

from typing import NamedTuple

from wetgen.consult.analyse.refs import Ref


class Reading(NamedTuple):
    """What a segment of a point says whatever its context (see Analyser._reading)."""

    refs: tuple[Ref, ...]
    quoted: tuple[tuple[int, int], ...]
    instruction: bool
    opens: bool
    amends: str  # the amended law "De … wordt als volgt gewijzigd" names
    amends_named: str
    announces: bool  # "… een onderdeel ingevoegd, luidende:"
    named: tuple[str, ...]  # per reference: the law named last before it ("die wet")
    breaks: tuple[bool, ...]  # per reference: a sentence ended since the reference before
    governed: tuple[bool, ...]  # per reference: it stands in the sentence that names the law
