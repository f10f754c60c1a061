"""Comparing what surrounds a bill's body: its metadata, its considerans and its memorie van
toelichting, into the same `Change` records as the body's units.

- Metadata: the opschrift, citeertitel, version, ministry and each signatory, word by word.
- Considerans: the overwegingen, lined up in order (`align`), each named by its AKN recital.
- Memorie van toelichting: the algemeen deel per section (cut at its highest headings, paired
  by heading and similarity as sibling units are) and the toelichting on every article and
  onderdeel, paired through the body's own pairs, so a renumbered unit's toelichting is
  compared with its old one. Markdown is read only where the two versions' texts differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wetgen import address, ids
from wetgen.address import Address
from wetgen.diff.align import Pair, align, ordered
from wetgen.diff.changes import Change
from wetgen.diff.match import moved, pair_siblings
from wetgen.diff.mvt_sections import (
    Section,
    Source,
    article_section,
    article_sources,
    general_sections,
)
from wetgen.diff.tokens import same_text, word_ops
from wetgen.diff.tree import UnitNode
from wetgen.formulas import dutch_date
from wetgen.model import Bill
from wetgen.render.bill_writer import clean

SIGNATORY = "ondertekenaar"
# the metadata compared, in order: (unit, label, how to read it from a bill)
METADATA: tuple[tuple[str, str, Callable[[Bill], str]], ...] = (
    ("opschrift", "Opschrift", lambda b: clean(b.opschrift)),
    ("citeertitel", "Citeertitel", lambda b: clean(b.citeertitel)),
    ("versie", "Versie", lambda b: f"{b.version.label} ({dutch_date(b.version.date)}; {b.version.stage.value})"),
    ("ministerie", "Ministerie", lambda b: clean(b.ministry)),
)


def diff_metadata(old: Bill, new: Bill, *, ignore_whitespace: bool = False) -> tuple[Change, ...]:
    """Return the changes to the opschrift, citeertitel, version, ministry and signatories."""
    out: list[Change] = []
    for unit, label, read in METADATA:
        a, b = read(old), read(new)
        if not same_text(a, b, ignore_whitespace=ignore_whitespace):
            ops = word_ops(a, b, ignore_whitespace=ignore_whitespace)
            out.append(Change("changed", unit, old_label=label, new_label=label, text=ops))
    olds = [(_signatory(n), clean(s)) for n, s in enumerate(old.signatories, start=1)]
    news = [(_signatory(n), clean(s)) for n, s in enumerate(new.signatories, start=1)]
    out.extend(_listed(SIGNATORY, olds, news, ignore_whitespace))
    return tuple(out)


def diff_considerans(old: Bill, new: Bill, *, ignore_whitespace: bool = False) -> tuple[Change, ...]:
    """Return the changes to the overwegingen of the considerans, in order."""
    olds = [(address.recital(n), clean(c)) for n, c in enumerate(old.considerans, start=1)]
    news = [(address.recital(n), clean(c)) for n, c in enumerate(new.considerans, start=1)]
    return tuple(_listed(address.RECITAL, olds, news, ignore_whitespace))


def diff_toelichting(
    old: Bill, new: Bill, pairs: Sequence[tuple[str, str]], *, ignore_whitespace: bool = False
) -> tuple[Change, ...]:
    """Return the changes to the memorie van toelichting: the algemeen deel's sections, then
    the toelichting on each article and onderdeel; `pairs` are the body's (old, new) eIds."""
    out: list[Change] = []
    if old.toelichting.algemeen != new.toelichting.algemeen:
        out.extend(_general(general_sections(old), general_sections(new), ignore_whitespace))
    olds, news = article_sources(old), article_sources(new)
    if olds or news:
        out.extend(_explanations(olds, news, dict(pairs), ignore_whitespace))
    return tuple(out)


# --- lists of texts --------------------------------------------------------------------------


def _signatory(n: int) -> Address:
    label = f"{ids.ordinal(n).capitalize()} ondertekenaar"
    return Address(SIGNATORY, str(n), "", label)


def _listed(unit: str, olds: list[tuple[Address, str]], news: list[tuple[Address, str]],
            ignore_whitespace: bool) -> list[Change]:  # fmt: skip
    """Compare two lists of texts lined up in order."""
    pairs = align([t for _, t in olds], [t for _, t in news])
    return _Compare(unit, ignore_whitespace).rows(
        pairs, len(olds), len(news),
        lambda i: (olds[i][0], olds[i][1]), lambda j: (news[j][0], news[j][1]),
    )  # fmt: skip


def pair_general(olds: Sequence[Section], news: Sequence[Section]) -> list[Pair]:
    """Pair the algemeen deel's sections as sibling units pair (the heading as their number)."""
    return list(pair_siblings([_node(s) for s in olds], [_node(s) for s in news]))


def pair_explanations(olds: Sequence[Source | Section], news: Sequence[Source | Section],
                      partner: dict[str, str]) -> list[Pair]:  # fmt: skip
    """Pair the toelichtingen on units through the body's pairs (old eId → new eId)."""
    where = {s.unit: j for j, s in enumerate(news)}
    return [(i, where[partner[s.unit]]) for i, s in enumerate(olds) if partner.get(s.unit) in where]


def _general(olds: tuple[Section, ...], news: tuple[Section, ...], ignore_whitespace: bool) -> list[Change]:
    """Compare the algemeen deel's sections."""
    pairs = pair_general(olds, news)
    return _Compare(address.EXPLANATION, ignore_whitespace).rows(
        pairs, len(olds), len(news),
        lambda i: (olds[i].address, olds[i].text()), lambda j: (news[j].address, news[j].text()),
    )  # fmt: skip


def _node(section: Section) -> UnitNode:
    text = section.text()
    heading = section.address.label if section.address.number else ""
    return UnitNode(address.EXPLANATION, heading, "", section.address.eid, section.address.label, text, full=text)


def _explanations(olds: list[Source], news: list[Source], partner: dict[str, str],
                  ignore_whitespace: bool) -> list[Change]:  # fmt: skip
    """Compare the toelichting on each unit with that on its counterpart; read Markdown only
    where the two differ."""
    pairs = pair_explanations(olds, news, partner)
    read: dict[tuple[int, int], str] = {}

    def text(side: int, n: int) -> str:
        if (side, n) not in read:
            read[side, n] = article_section((olds, news)[side][n]).text()
        return read[side, n]

    compare = _Compare(address.EXPLANATION, ignore_whitespace)
    compare.same = lambda i, j: olds[i].markdown == news[j].markdown
    return compare.rows(pairs, len(olds), len(news),
                        lambda i: (olds[i].address, text(0, i)), lambda j: (news[j].address, text(1, j)))  # fmt: skip


class _Compare:
    """Turns lined-up rows of two lists into changes: inserted, deleted, moved, changed."""

    def __init__(self, unit: str, ignore_whitespace: bool) -> None:
        self.unit = unit
        self.ignore_whitespace = ignore_whitespace
        self.same: Callable[[int, int], bool] = lambda i, j: False  # known equal without reading

    def rows(self, pairs: Sequence[Pair], old_count: int, new_count: int,
             old: Callable[[int], tuple[Address, str]], new: Callable[[int], tuple[Address, str]]) -> list[Change]:  # fmt: skip
        """Return the changes of every row, in order."""
        out: list[Change] = []
        out_of_order = moved(pairs)
        for i, j in ordered(pairs, old_count, new_count, split_moves=False):
            if i is None:
                place, text = new(j)
                out.append(Change("inserted", self.unit, new_eid=place.eid, new_label=place.label,
                                  key=place.key, content=text))  # fmt: skip
            elif j is None:
                place, text = old(i)
                out.append(Change("deleted", self.unit, old_eid=place.eid, old_label=place.label,
                                  key=place.key, content=text))  # fmt: skip
            else:
                out.extend(self.pair(i, j, (i, j) in out_of_order, old, new))
        return out

    def pair(self, i: int, j: int, moves: bool, old, new) -> list[Change]:
        """Return the changes of one pair: a move, a changed text, both or none."""
        if self.same(i, j) and not moves:
            return []
        (a, x), (b, y) = old(i), new(j)
        key = b.key or a.key
        out = [Change("moved", self.unit, a.eid, b.eid, a.label, b.label, key)] if moves else []
        if not same_text(x, y, ignore_whitespace=self.ignore_whitespace):
            ops = word_ops(x, y, ignore_whitespace=self.ignore_whitespace)
            out.append(Change("changed", self.unit, a.eid, b.eid, a.label, b.label, key, text=ops))
        return out
