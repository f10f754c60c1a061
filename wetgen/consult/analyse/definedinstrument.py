"""An instrument a text names and then calls by its kind: "De regeling actieve openbaarmaking Woo
(hierna: de regeling) …. Deze regeling is een nadere uitwerking daarvan." The toelichting of a
regeling, an advice on a besluit and a verslag define it so; "deze regeling" further on is that
instrument, another than the draft (a law it works out)."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import OTHER_LAW, Context, Target
from wetgen.consult.analyse.enablinglaw import defines_law
from wetgen.consult.analyse.owninstrument import names_itself

_KINDS = r"regeling|verordening|reglement|besluit|keur|beleidsregel"
# its name, starting with the word of its kind ("Regeling …", "Omzettingsregeling …"), then the
# definition by that kind
_DEFINED = re.compile(
    rf"\b(?:[Dd]e|[Hh]et)\s+(?P<name>[A-Za-z]*(?:{_KINDS})\b[^().;:]{{0,100}}?)\s*"
    rf"\(\s*hierna\s*:\s*(?:de|het)\s+(?P<kind>{_KINDS})\s*\)",
    re.I,
)


def defines(segment: str) -> str:
    """Return the instrument a segment names and defines by its kind ("Regeling actieve
    openbaarmaking Woo"), or ""."""
    if "hierna" not in segment:
        return ""
    found = next(reversed(list(_DEFINED.finditer(segment))), None)  # the last one defined
    if found is None or found.group("kind").lower() not in found.group("name").lower():
        return ""
    name = " ".join(found.group("name").split())
    return name[0].upper() + name[1:]


def defined_instrument(raw: str, context: Context, inserted: bool) -> list[Target]:
    """Return the instrument "deze regeling" (`raw`) names where the text defined one of that
    kind before it, outside new words of an amended law; [] where none was."""
    if inserted or not context.defined or not names_itself(raw, context.defined):
        return []
    return [Target(OTHER_LAW, context.defined)]


def with_definitions(context: Context, segment: str) -> Context:
    """Return the context with the instrument a segment defines by its kind and the law its
    definitions call "de wet" (enablinglaw.py), where it defines them."""
    defined, enabling = defines(segment), defines_law(segment)
    if defined:
        context = context._replace(defined=defined)
    return context._replace(enabling=enabling, aanhef_laws=()) if enabling else context  # (a definition, not the aanhef's articles)
