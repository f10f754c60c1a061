"""Samenloop: two bills that amend the same law, applied in both orders.

Each article that both bills change (on their own, against the current law) is an `Overlap`;
the law is then amended by the first bill and the second, and by the second and the first, and
for each overlapping article the two results are compared. The result in the order given is the
one written; the other order shows what would differ if the bills were enacted the other way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wetgen.consolidate.engine import Consolidation, Mark, consolidate
from wetgen.consolidate.ops import Op
from wetgen.law.locate import Step, describe
from wetgen.law.model import Article, Law, iter_article_places

Address = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Overlap:
    """An article both bills change: what each changed, and the article after both orders."""

    article: Address
    first: tuple[Mark, ...]
    second: tuple[Mark, ...]
    one_then_two: Article | None
    two_then_one: Article | None

    @property
    def same(self) -> bool:
        """Tell whether both orders give the same article."""
        return _text(self.one_then_two) == _text(self.two_then_one)

    def label(self) -> str:
        """Return the article as drafters name it ("artikel 12")."""
        return describe(tuple(Step(kind, number) for kind, number in self.article if kind == "artikel"))


@dataclass(frozen=True)
class Samenloop:
    """Both orders' results and the articles both bills change."""

    result: Consolidation  # the first bill, then the second
    reverse: Consolidation  # the second bill, then the first
    overlaps: tuple[Overlap, ...]


def samenloop(law: Law, first: Sequence[Op], second: Sequence[Op]) -> Samenloop:
    """Apply two bills' Ops to the law in both orders; return the results and their overlaps."""
    alone_first = _by_article(consolidate(law, first).provenance)
    alone_second = _by_article(consolidate(law, second).provenance)
    result = consolidate(law, [*first, *second])
    reverse = consolidate(law, [*second, *first])
    overlaps = []
    for article in [a for a in alone_first if a in alone_second]:
        overlaps.append(Overlap(article, alone_first[article], alone_second[article],
                                _article(result.law, article), _article(reverse.law, article)))  # fmt: skip
    return Samenloop(result, reverse, tuple(overlaps))


def _by_article(provenance: dict[Address, tuple[Mark, ...]]) -> dict[Address, tuple[Mark, ...]]:
    """Roll the marks of every changed unit up to its article."""
    found: dict[Address, list[Mark]] = {}
    for address, marks in provenance.items():
        at = next((n for n, (kind, _) in enumerate(address) if kind == "artikel"), None)
        if at is None:
            continue
        bucket = found.setdefault(address[: at + 1], [])
        bucket += [m for m in marks if m not in bucket]
    return {article: tuple(marks) for article, marks in found.items()}


def _article(law: Law, address: Address) -> Article | None:
    number = address[-1][1]
    chain = address[:-1]
    for place in iter_article_places(law.body, ()):
        if place.article.number == number and tuple((d.kind, d.number) for d in place.divisions) == chain:
            return place.article
    return None


def _text(article: Article | None) -> object:
    if article is None:
        return None
    return (article.title, article.blocks, tuple((lid.number, lid.blocks) for lid in article.leden), article.status)
