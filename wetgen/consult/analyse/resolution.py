"""What one reference resolved to (split from resolve.py, so that its parts can name it)."""

from __future__ import annotations

from typing import NamedTuple

from wetgen.consult.analyse.context import UNKNOWN, Target
from wetgen.consult.analyse.refkinds import Ref


class Resolution(NamedTuple):
    """What one reference resolved to: nodes of the bill, or why it has none."""

    ref: Ref
    status: str  # "bill", "amended", "mvt", "other_law", "untouched", "unknown"
    nodes: tuple[str, ...] = ()
    reason: str = ""
    target: str = ""  # the target in words, e.g. "Huisvestingswet 2014, artikel 28a"
    place: Target = Target(UNKNOWN)  # the target, structurally


def distinct(resolutions: list[Resolution]) -> list[Resolution]:
    """Keep one resolution per target: "onderdeel J, onder 2 en 3" is onderdeel J once."""
    seen: set[Target] = set()
    kept = []
    for resolution in resolutions:
        if resolution.place.scope == UNKNOWN or resolution.place not in seen:
            kept.append(resolution)
            seen.add(resolution.place)
    return kept
