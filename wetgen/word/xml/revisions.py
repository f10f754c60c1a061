"""Tracked changes: w:ins, w:del, w:moveFrom / w:moveTo with their ranges, paragraph-mark
revisions and w:pPrChange, each with a document-unique w:id."""

from __future__ import annotations

from dataclasses import dataclass

from wetgen.word.xml.text import deleted_text_run, esc, text_run

REVISION_KINDS = ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange")


@dataclass
class Revisions:
    """Writes tracked changes by one author at one date, each with a document-unique w:id."""

    author: str
    date: str  # W3CDTF, e.g. "2027-03-15T00:00:00Z"
    next_id: int = 1
    moves: int = 0

    def new_id(self) -> int:
        """Return a fresh annotation id (for a revision, a move range or a comment)."""
        rev_id, self.next_id = self.next_id, self.next_id + 1
        return rev_id

    def attributes(self) -> str:
        """Return the id, author and date attributes of a new revision."""
        return f'w:id="{self.new_id()}" w:author="{esc(self.author)}" w:date="{self.date}"'

    def ins(self, runs: str) -> str:
        """Return `runs` (run XML) wrapped as an insertion."""
        return f"<w:ins {self.attributes()}>{runs}</w:ins>" if runs else ""

    def deleted(self, text: str) -> str:
        """Return `text` as a deletion (w:del around a run of w:delText)."""
        run = deleted_text_run(text)
        return f"<w:del {self.attributes()}>{run}</w:del>" if run else ""

    def inserted(self, text: str) -> str:
        """Return `text` as an insertion (w:ins around a run of w:t)."""
        return self.ins(text_run(text)) if text else ""

    def moved(self, kind: str, runs: str) -> str:
        """Return `runs` wrapped as moved text; `kind` is "moveFrom" or "moveTo"."""
        return f"<w:{kind} {self.attributes()}>{runs}</w:{kind}>" if runs else ""

    def mark(self, kind: str) -> str:
        """Return a paragraph-mark w:rPr recording that the mark was inserted, deleted or moved.

        `kind` is "ins", "del", "moveFrom" or "moveTo"; accepting or rejecting the revision
        then removes the paragraph itself, not only its text.
        """
        return f"<w:rPr><w:{kind} {self.attributes()}/></w:rPr>"

    def style_change(self, old_style_id: str) -> str:
        """Return a w:pPrChange recording that the paragraph had style `old_style_id` before."""
        old = f'<w:pPr><w:pStyle w:val="{esc(old_style_id)}"/></w:pPr>'
        return f"<w:pPrChange {self.attributes()}>{old}</w:pPrChange>"

    def new_move_name(self) -> str:
        """Return a fresh name that links a moveFrom range to its moveTo range."""
        self.moves += 1
        return f"move{self.moves}"

    def move_range(self, kind: str, name: str) -> tuple[str, str]:
        """Return the (start, end) markers of a move range; `kind` is "moveFrom" or "moveTo"."""
        rev_id = self.next_id
        start = f'<w:{kind}RangeStart {self.attributes()} w:name="{esc(name)}"/>'
        return start, f'<w:{kind}RangeEnd w:id="{rev_id}"/>'


def count_revisions(document_xml: bytes) -> dict[str, int]:
    """Count the revision elements of a word/document.xml by kind (ins, del, moveFrom...)."""
    text = document_xml.decode("utf-8")
    return {k: text.count(f"<w:{k} ") + text.count(f"<w:{k}>") for k in REVISION_KINDS}
