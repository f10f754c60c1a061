"""The divisions of an instrument's own text that number anew within the division above them: "Hoofdstuk 2",
then "Afdeling 1" and "§ 1" (the Mediabesluit 2008, the Besluit justitiële gegevens). Such a heading names
afdeling 2.1 and paragraaf 2.1.1, not the first afdeling or paragraaf of the instrument; below a Roman hoofdstuk
the afdeling is numbered within it ("hoofdstuk II, afdeling 1"). A § right below a hoofdstuk keeps its own number, as
the instruments that number their paragrafen on through the hoofdstukken write it.

Numbering starts anew where the first division below a heading is numbered 1 and the heading is not the first
of its kind (or is itself numbered within another); its later siblings follow it. Below "Hoofdstuk 1" an
"Afdeling 1" may be either, and is read as the instrument's own afdeling 1.
"""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import BILL, Context, Target, own_heading_context
from wetgen.consult.analyse.resolution import Resolution
from wetgen.model import UNIT_RANK

_ARTICLE_RANK = UNIT_RANK["artikel"]  # the divisions rank above it: boek, deel, hoofdstuk, titel, afdeling, paragraaf
_ROMAN = re.compile(r"[IVXLC]+[A-Z]?")


def _rank(division: str) -> int:
    """Return the rank of a division ("afdeling 2.1") among the units of a law, or that of an article for no division."""
    return min(UNIT_RANK.get(division.split(" ")[0], _ARTICLE_RANK), _ARTICLE_RANK)


def _open(context: Context) -> list[Target]:
    """Return the instrument's own divisions whose headings stand above the text now read, highest first."""
    own = [t for t in context.divisions if t.scope == BILL and _rank(t.division) < _ARTICLE_RANK]
    return sorted(own, key=lambda t: _rank(t.division))


def opened(context: Context) -> bool:
    """Tell whether a heading of the instrument's own divisions stands above the text now read."""
    return bool(_open(context))


def nested(kind: str, number: str, context: Context) -> tuple[str, str]:
    """Return the number of an own division heading of `kind` and `number` ("afdeling", "1") as the instrument
    numbers it ("2.1" below "Hoofdstuk 2"), and the Roman division it is numbered within ("hoofdstuk II"), if any."""
    rank = _rank(kind)
    if rank == _ARTICLE_RANK or not number.isdigit():
        return number, ""
    divisions = _open(context)
    above = [t for t in divisions if _rank(t.division) < rank]
    if not above:
        return number, ""
    container_kind, _, container = above[-1].division.partition(" ")
    if above[-1].within or kind == "paragraaf" and container_kind == "hoofdstuk":
        return number, ""  # (one `within` only; a § right below a hoofdstuk is labelled alone where its number is unique)
    sibling = next((t for t in divisions if t.division.split(" ")[0] == kind), None)
    if sibling is not None:
        anew = bool(sibling.within) or "." in sibling.division
    else:
        anew = number == "1" and (container != "1" or "." in container or bool(above[-1].within))
    if not anew:
        return number, ""
    if _ROMAN.fullmatch(container):
        return number, f"{container_kind} {container}"
    if re.fullmatch(r"\d+[a-z]?(?:\.\d+[a-z]?)*", container):
        return f"{container}.{number}", ""
    return number, ""


def divisions_below(context: Context, resolutions: list[Resolution]) -> tuple[Target, ...]:
    """Return the own divisions that stand above the text after a heading resolved to `resolutions`: those of a
    higher rank than its division, and its division."""
    named = [r.place for r in resolutions if r.place.scope == BILL and _rank(r.place.division) < _ARTICLE_RANK]
    if not named:
        return tuple(_open(context))
    rank = _rank(named[-1].division)
    return (*(t for t in _open(context) if _rank(t.division) < rank), named[-1])


def below_own_heading(context: Context, resolutions: list[Resolution]) -> Context:
    """Return the context below a heading of the instrument's own divisions: a new subject (context.own_heading_context)
    with the divisions above it kept (`divisions_below`)."""
    return own_heading_context(context)._replace(divisions=divisions_below(context, resolutions))
