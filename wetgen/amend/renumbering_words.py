"""The clause of units renumbered alongside an instruction: "vernummering van het vierde lid tot
derde lid", in runs where a number is skipped ("…, en van het tiende tot en met dertiende lid tot
…"), as the renumbering's flags choose (Ar 6.18)."""

from __future__ import annotations

from wetgen import places
from wetgen.amend import formulas as f
from wetgen.model import Part, Renumbering


def renumbering_clause(r: Renumbering) -> str:
    """Return "vernummering van het vierde lid tot derde lid" or "verlettering van de onderdelen
    c tot en met f tot d tot en met g", as the renumbering's flags choose."""
    kind = "letters" if r.unit in f.LETTERED_UNITS else "numbers"
    pairs = []
    for old_run, new_run in _runs(r.old, r.new):  # "van het vierde tot en met achtste lid tot …, en van …"
        old = places.part_text(_span(r.unit, old_run), leading=r.article)
        if r.repeat or places.WORDS[r.unit].ordinal:
            new = places.part_text(_span(r.unit, new_run), leading=r.article and r.repeat)
        else:
            new = places.numbers_text(_span(r.unit, new_run))
        pairs.append((old, new))
    first = f.RENUMBER_CLAUSE.format(noun=f.RENUMBER_NOUNS[kind], old=pairs[0][0], new=pairs[0][1])
    return "".join([first, *(f.RENUMBER_MORE.format(old=old, new=new) for old, new in pairs[1:])])


def _runs(old: tuple[str, ...], new: tuple[str, ...]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Return the renumbered units as runs of consecutive old and new numbers: a range is
    written only where no number is skipped."""
    runs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    start = 0
    for n in range(1, len(old) + 1):
        if n == len(old) or not (_follows(old[n - 1], old[n]) and _follows(new[n - 1], new[n])):
            runs.append((old[start:n], new[start:n]))
            start = n
    return runs


def _follows(before: str, after: str) -> bool:
    if before.isdigit() and after.isdigit():
        return int(after) == int(before) + 1
    return len(before) == len(after) == 1 and before.isalpha() and ord(after) == ord(before) + 1


def _span(unit: str, numbers: tuple[str, ...]) -> Part:
    if len(numbers) >= 3:
        return Part(unit, (numbers[0], numbers[-1]), through=True)
    return Part(unit, numbers)
