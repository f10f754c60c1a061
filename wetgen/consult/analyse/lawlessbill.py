"""Bare article numbers in a text about no amended law (a letter on a law's evaluation, a page
on a law): "de evaluatie van de Mededingingswet … de artikel 16-problematiek" names artikel 16
of the law named last before it in its paragraph."""

from __future__ import annotations

import re

from wetgen.consult.analyse.borrowing import names_its_kind
from wetgen.consult.analyse.lawnames import LawLexicon, is_eu_act
from wetgen.consult.analyse.numbering import is_named
from wetgen.consult.analyse.refs import ARTICLE, Ref

# "de artikelen 4, 7a vierde lid, 13 tweede lid … van het Rechtspositiebesluit": a law after the
# numbers in their sentence, which the grammar did not join to them
_OF_THE = re.compile(r"\bvan\s+(?:de|het)\s+")
_INSTRUMENT = re.compile(r"[A-Z][\w-]*(?:wet|wetboek|besluit|regeling|verordening|reglement)\b")
_STOP = re.compile(r"[.;:](?:\s|$)")
# a document or instrument other than a law the number is of: "artikel 7 van de arbeidsovereenkomst",
# "artikel 4 van ons huishoudelijk reglement" (not "van de wet", "van het voorstel", "van de Woningwet")
_OF_OTHER = re.compile(r"\s*,?\s+van\s+(?:de|het|ons|onze|dit|deze|die|dat)\s+(?!(?:wet|besluit|regeling|verordening|"
                       r"(?:wets)?voorstel|ontwerp\w*|concept\w*|huidige|nieuwe|voorgestelde|bestaande|gewijzigde|oude|"
                       r"originele|oorspronkelijke)\b)(?-i:[a-z])", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _bare(ref: Ref) -> bool:
    return ref.kind == ARTICLE and not (ref.law or ref.this_bill or ref.that_law or ref.of_law
                                        or ref.foreign or ref.anaphor or names_its_kind(ref))  # fmt: skip


def _law_after(segment: str, end: int, lexicon: LawLexicon) -> bool:
    stop = _STOP.search(segment, end)
    after = segment[end : min(stop.start() if stop else len(segment), end + 160)]
    return any(lexicon.match(segment, end + m.end()) or _INSTRUMENT.match(after, m.end()) for m in _OF_THE.finditer(after))


def of_law_before(refs: list[Ref], segment: str, lexicon: LawLexicon, own: dict, bill_names: tuple[str, ...]) -> list[Ref]:
    """Return `refs` with a law for each bare article number, where the bill amends no law and has
    no article of that number: what the number was named as last before in the segment ("artikel
    6.12 Wro … Artikel 6.12 is …"; "artikel 3 van dit advies … Artikel 3 is kort": not a law's), or
    the number an instrument other than a law listed just before it in its sentence ("Artikel 7 van
    het reglement …; artikel 8 …"); else the known law named last before it (not an act of the EU,
    nor a name of two capitals, "het team RO", nor where a law is named after the number in its
    sentence)."""
    out: list[Ref] = []
    for ref in refs:
        if _bare(ref) and _OF_OTHER.match(segment, ref.end):
            ref = ref._replace(foreign=True)  # "Artikel 7 van de arbeidsovereenkomst": that document's
        elif _bare(ref) and not any(a.upper() in own for a in ref.articles):
            same = [r for r in out if r.kind == ARTICLE and (r.law or r.foreign) and set(ref.articles) <= set(r.articles)]
            listed = out[-1] if out and out[-1].kind == ARTICLE and out[-1].foreign and not _SENTENCE_END.search(segment, out[-1].end, ref.start) else None
            found = lexicon.last_before(segment, ref.start)
            before = same[-1] if same else listed
            if before and found and found.start > before.end and not _SENTENCE_END.search(segment, found.end, ref.start):
                before = None  # "… artikel 6.12 Wro … In de Omgevingswet is artikel 6.12 …": the law of its own sentence
            if before:
                ref = ref._replace(law=before.law) if before.law else ref._replace(foreign=True)
            elif (found and found.law in lexicon.laws and not is_named(found.law, bill_names) and not is_eu_act(found.law)
                    and not re.fullmatch(r"[A-Z]{1,2}", segment[found.start : found.end])
                    and not _law_after(segment, ref.end, lexicon)):  # fmt: skip
                ref = ref._replace(law=found.law)
        out.append(ref)
    return out
