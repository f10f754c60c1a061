"""The wetsvergelijking as data: for each article a bill changes, the current text beside the
amended text, paragraph by paragraph, with the words that change marked.

Only the articles that change are shown, each whole (its unchanged leden are the context),
under the divisions it stands in. Paragraphs are aligned by their text (difflib), so a lid that
was inserted, repealed or renumbered sits beside what it was, or beside nothing. Used by the
HTML table and the Word outputs.
"""

from __future__ import annotations

import difflib
from typing import NamedTuple

from wetgen.consolidate.compare import compare_laws
from wetgen.consolidate.engine import Consolidation
from wetgen.consolidate.notes import note_text
from wetgen.consolidate.view import Para, article_paras
from wetgen.diff.tokens import TextOp, word_ops
from wetgen.law.model import Law, heading_label, iter_divisions


class Row(NamedTuple):
    """One line of the comparison: the old paragraph, the new one (either may be None), the
    word steps between them, and the provenance note of the new one's unit."""

    old: Para | None
    new: Para | None
    ops: tuple[TextOp, ...]
    note: str

    @property
    def changed(self) -> bool:
        """Tell whether the two sides differ."""
        return self.old is None or self.new is None or any(op.op != "equal" for op in self.ops) \
            or self.old.label != self.new.label

    def pieces(self, side: str) -> list[tuple[str, str]]:
        """Return one side as (mark, text) pieces: mark "" for kept words, "del" or "ins" for changed."""
        para = self.old if side == "old" else self.new
        if para is None:
            return []
        if self.old is None or self.new is None:
            return [("ins" if side == "new" else "del", para.text)]
        out = []
        for op in self.ops:
            text = op.old if side == "old" else op.new
            if text:
                out.append(("" if op.op == "equal" else "del" if side == "old" else "ins", text))
        return out


class Block(NamedTuple):
    """One changed article: where it stands, its heading on both sides, and its rows."""

    context: str
    rows: tuple[Row, ...]


def comparison(old: Law, result: Consolidation) -> list[Block]:
    """Return a block for every article that differs between the current and the amended law."""
    titles = {(d.kind, d.number): f"{heading_label(d)} {d.number}".strip() for d in iter_divisions(result.law.body)}
    titles.update({(d.kind, d.number): f"{heading_label(d)} {d.number}".strip() for d in iter_divisions(old.body)})
    blocks: list[Block] = []
    shown = ""
    for pair in compare_laws(old, result.law):
        olds = list(article_paras(pair.old, pair.divisions)) if pair.old else []
        news = list(article_paras(pair.new, pair.divisions)) if pair.new else []
        context = " › ".join(titles.get(step, " ".join(step)) for step in pair.divisions)
        blocks.append(Block(context if context != shown else "", tuple(_rows(olds, news, result))))
        shown = context  # the divisions are named once for the articles in them
    return blocks


def _rows(olds: list[Para], news: list[Para], result: Consolidation) -> list[Row]:
    rows: list[Row] = []
    keys_old = [(p.heading, p.text) for p in olds]
    keys_new = [(p.heading, p.text) for p in news]
    matcher = difflib.SequenceMatcher(a=keys_old, b=keys_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = olds[i1:i2], news[j1:j2]
        if tag == "replace":
            pairs = list(zip(left, right, strict=False))
            pairs += [(p, None) for p in left[len(right) :]] + [(None, p) for p in right[len(left) :]]
        else:
            pairs = list(zip(left, right, strict=True)) if tag == "equal" else [(p, None) for p in left] + [(None, p) for p in right]
        rows += [_row(o, n, result) for o, n in pairs]
    return rows


def _row(old: Para | None, new: Para | None, result: Consolidation) -> Row:
    ops = word_ops(old.text, new.text) if old is not None and new is not None else ()
    marks = result.provenance.get(new.address) if new is not None and new.first else None
    return Row(old, new, ops, note_text(marks) if marks else "")
