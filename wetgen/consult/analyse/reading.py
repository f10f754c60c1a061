"""What a segment of a point says whatever its context: the Analyser reads each segment once
(and remembers it), then resolves it in the context of the paragraphs and headings before it."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from wetgen.consult.analyse import context as ctx_rules
from wetgen.consult.analyse import tables
from wetgen.consult.analyse.borrowing import borrow_laws, division_law
from wetgen.consult.analyse.lawasawhole import law_taken_up
from wetgen.consult.analyse.lawlessbill import of_law_before
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.refs import DIVISION, Ref, find_references
from wetgen.consult.analyse.sentencebounds import SENTENCE_BREAK
from wetgen.consult.analyse.soleamending import amends_at

if TYPE_CHECKING:
    from wetgen.consult.analyse.resolve import BillIndex

NO_LAW = "\x00"  # no law named in the sentence of a bare division


class Reading(NamedTuple):
    """What a segment of a point says whatever its context (see read_segment)."""

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


def read_segment(segment: str, lexicon: LawLexicon, index: BillIndex) -> Reading:
    """Return what a segment says whatever its context: its references, quoted words,
    whether it is an instruction or opens new text, and the law it says is amended."""
    refs = borrow_laws(find_references(segment, lexicon), segment, lexicon)
    if not index.laws:  # a text on no amended law (lawlessbill.py)
        refs = of_law_before(refs, segment, lexicon, index.articles, index.bill_names)
    if "volgende" in segment:
        refs = sorted(refs + tables.announced_divisions(segment, refs), key=lambda r: r.start)
    named, breaks, previous = [], [], 0
    for ref in refs:
        if ref.that_law or ref.anaphor == "deze wet":  # "die wet": the law named last; "deze wet" (lawasawhole.py)
            named.append(law_taken_up(segment, ref, lexicon, index.amended_law, NO_LAW))
        elif ref.kind == DIVISION and not ref.law:  # "paragraaf 3.1": that of its sentence
            named.append(division_law(segment, ref.start, lexicon, index.amended_law))
        else:
            named.append("")
        breaks.append(bool(SENTENCE_BREAK.search(segment, previous, ref.start)))
        previous = ref.start
    at = amends_at(segment)  # soleamending.py
    law = lexicon.match(segment, at) if at >= 0 else None
    stop = SENTENCE_BREAK.search(segment, law.end) if law else None
    stop_at = stop.start() if stop else len(segment)
    governed = tuple(bool(law and law.end <= r.start < stop_at) for r in refs)
    return Reading(tuple(refs), tuple(ctx_rules.new_text_spans(segment)),
                   ctx_rules.is_instruction(segment), ctx_rules.opens_new_text(segment),
                   index.amended_law(law.law) if law else "", law.law if law else "",
                   ctx_rules.announces_onderdeel(segment), tuple(named), tuple(breaks),
                   governed)  # fmt: skip
