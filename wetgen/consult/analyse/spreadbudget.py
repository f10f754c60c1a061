"""A bound on what the ranges of one text spread into: a range is read completely (up to
`grammar.RANGE_LIMIT` numbers), and a hostile text made of ranges ("1:1-1:400 2:1-2:400 …")
must not multiply the rows an ingest stores per point."""

from __future__ import annotations

SPREAD_BUDGET = 2000  # provisions per text; a real point names a few hundred at most (a titel's range)


def within_budget(refs: list) -> list:
    """Return the references of one text with at most SPREAD_BUDGET provisions in all: past
    it, a reference keeps only the two ends of what it names."""
    total, out = 0, []
    for ref in refs:
        if total + len(ref.parts) > SPREAD_BUDGET and len(ref.parts) > 2:
            ref = ref._replace(parts=(ref.parts[0], ref.parts[-1]))
        total += len(ref.parts)
        out.append(ref)
    return out
