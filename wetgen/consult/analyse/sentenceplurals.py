"""What a plural anaphor in a sentence names: "die artikelen" after articles cited in that sentence, "deze
leden" after the leden the reference before it named."""

from __future__ import annotations

from wetgen.consult.analyse.context import Context, Target
from wetgen.consult.analyse.refs import Ref


def plural_context(context: Context, ref: Ref, sentence: tuple[Target, ...], in_sentence: tuple[Target, ...],
                   prior: tuple[Target, ...]) -> Context:  # fmt: skip
    """Return the context a plural anaphor is read in: the articles its sentence named one by one after its
    subject ("… bedoeld in artikel 10, … en artikel 12; die artikelen"), else every article its sentence named,
    the subject too ("artikel 40 van de X in samenhang met artikel 21 van de Y …, omdat deze artikelen …"),
    rather than a list named sentences before; "deze leden" the leden of the reference before it."""
    if ref.anaphor != "die":
        return context
    if ref.detail == "leden":
        return context._replace(last_many=prior) if len({p.lid for p in prior}) > 1 else context
    if not ref.detail.startswith("artikel"):
        return context
    for named in (sentence, in_sentence if ref.detail == "artikelen" else ()):
        if len({p.artikel for p in named}) > 1:
            return context._replace(last_many=named)
    return context
