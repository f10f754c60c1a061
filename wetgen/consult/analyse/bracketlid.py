"""A lid in brackets right after the article number ("artikel 28a (2)", "art. 28a(2)"): the way
lay respondents, and texts written after foreign models ("art. 6 (1) EVRM"), name a lid. Only a
number of one or two digits with nothing else in the brackets is read so: "(2019)", "(nieuw)" or
"(2a)" are something else. The lid may be named in words ("artikel 9 (lid 2) van de Grondwet",
"artikel 9 (tweede lid)")."""

from __future__ import annotations

import re

from wetgen import ids
from wetgen.consult.analyse.grammar import ORDINALS, Group

_LID = re.compile(rf" ?\((?:lid\s+)?(?:(?P<lid>[1-9]\d?)|(?P<ordinal>{ORDINALS})\s+lid)\)(?![\w(])", re.I)


def bracketed_lid(text: str, end: int) -> tuple[str, int]:
    """Return the lid in brackets right after an article number ending at `end`, and where it
    ends; ("", end) where none stands there."""
    found = _LID.match(text, end)
    if not found:
        return "", end
    return found.group("lid") or str(ids.ordinal_value(found.group("ordinal").lower())), found.end()


def with_lid(lid: str, groups: list[Group]) -> list[Group]:
    """Return the qualifiers after a bracketed lid with that lid put first: "artikel 28a (2),
    onder b" is onderdeel b of the second lid."""
    if not lid:
        return groups
    if groups and not groups[0].leden:
        return [groups[0]._replace(leden=(lid,)), *groups[1:]]
    return [Group(leden=(lid,)), *groups]
