""""Dit besluit" in the text of a besluit: the instrument itself, as "deze wet" is the bill in the
bill's own articles. Every algemene maatregel van bestuur and koninklijk besluit closes with "Onze
Minister … is belast met de uitvoering van dit besluit" and names its own articles so ("artikel I
van dit besluit"). In new words of an amended besluit it is that besluit; in the nota van
toelichting, or where the draft is no besluit (a wet that speaks of some besluit), it is not read
as the instrument."""

from __future__ import annotations

import re

from wetgen.consult.analyse.context import BILL, LAW, Context, Target

THIS_BESLUIT = "dit besluit"
_AT = re.compile(r"(?:[Dd]it|[Hh]et\s+onderhavige)\s+besluit(?![\w-])")
# a draft that is itself a besluit, by its citeertitel or opschrift: "Besluit …", "Wijzigingsbesluit
# …", "Inwerkingtredingsbesluit …", "Ontwerpbesluit …"
_BESLUIT_NAME = re.compile(r"^\s*(?:(?:Tijdelijk|Algemeen)\s+)?\w*besluit\b", re.I)  # ("Tijdelijk besluit begeleid rijden")
# a minister's besluit that amends another, named as the Staatscourant heads it: "Wijziging Besluit uitvoering …"
_AMENDING_BESLUIT = re.compile(r"^\s*Wijziging\s+(?:van\s+(?:het\s+)?)?\w*[Bb]esluit\b")


def besluit_at(text: str, start: int) -> int:
    """Return where "dit besluit" (or "het onderhavige besluit") that starts at `start` ends, or -1."""
    match = _AT.match(text, start)
    return match.end() if match else -1


def is_besluit(citeertitel: str, opschrift: str) -> bool:
    """Tell whether a draft is itself a besluit, by its citeertitel or else its opschrift."""
    name = citeertitel or opschrift or ""
    return bool(_BESLUIT_NAME.match(name) or _AMENDING_BESLUIT.match(name))


def amended_besluit(law: str) -> bool:
    """Tell whether the law whose new words are read is a besluit ("Besluit kwaliteit …"), a reglement made by one
    included ("Algemeen militair ambtenarenreglement": "Voor de toepassing van dit besluit …" in its artikel 1)."""
    return bool(_BESLUIT_NAME.match(law)) or law.lower().endswith("besluit") or bool(re.search(r"reglement\b", law, re.I))


def own_besluit(inserted: bool, context: Context, citeertitel: str, opschrift: str, only_law: str = "") -> list[Target]:
    """Return what "dit besluit" names in its context: the amended besluit in its new words (the one law the draft
    amends, `only_law`, where no heading or instruction set it: a transcription that ran them together), the
    draft as a whole in the text of a draft that is a besluit, else nothing."""
    if inserted:
        law = context.law or only_law
        return [Target(LAW, law)] if law and amended_besluit(law) else []
    if context.mvt_text or not is_besluit(citeertitel, opschrift):
        return []
    return [Target(BILL)]
