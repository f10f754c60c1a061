"""Which articles of a bill amend the base law: by BWB id or citeertitel, or as the user names."""

from __future__ import annotations

from wetgen.consolidate.engine import Consolidation, consolidate
from wetgen.consolidate.ops import Op, bill_ops
from wetgen.errors import UsageError
from wetgen.law.model import Law
from wetgen.law.numbers import same_number
from wetgen.model import Article, Bill


def amending_articles(bill: Bill, law: Law, article: str | None = None) -> tuple[Article, ...]:
    """Return the bill's articles that amend `law` (or only artikel `article`); raise UsageError
    when there are none, naming the laws the bill does amend."""
    amending = [a for a in bill.articles() if a.amends is not None]
    if article is not None:
        chosen = [a for a in amending if same_number(a.number, article)]
        if not chosen:
            numbers = ", ".join(a.number for a in amending) or "none"
            raise UsageError(f"the draft has no amending artikel {article} (its amending articles: {numbers})")
        return tuple(chosen)
    chosen = [a for a in amending if _amends(a, law)]
    if not chosen:
        named = "; ".join(f"artikel {a.number}: {_law_name(a)}" for a in amending) or "it amends no law"
        raise UsageError(f"no article of the draft amends {law.citeertitel or 'the base law'}"
                         f"{f' ({law.bwb_id})' if law.bwb_id else ''} ({named}); name one with --article")  # fmt: skip
    return tuple(chosen)


def ops_for(bill: Bill, law: Law, article: str | None = None) -> tuple[Op, ...]:
    """Return the instructions of the bill that amend `law`, in order, as Ops."""
    return tuple(op for a in amending_articles(bill, law, article) for op in bill_ops(bill, a))


def consolidate_bill(bill: Bill, law: Law, article: str | None = None) -> Consolidation:
    """Apply the bill's instructions for `law` to it (see `wetgen.consolidate.engine`)."""
    return consolidate(law, ops_for(bill, law, article))


def _amends(article: Article, law: Law) -> bool:
    ref = article.amends
    if ref is None:
        return False
    if ref.bwb and law.bwb_id:
        return ref.bwb.casefold() == law.bwb_id.casefold()
    return bool(law.citeertitel) and ref.citeertitel.casefold() == law.citeertitel.casefold()


def _law_name(article: Article) -> str:
    ref = article.amends
    assert ref is not None
    return f"{ref.citeertitel} ({ref.bwb})" if ref.bwb else ref.citeertitel
