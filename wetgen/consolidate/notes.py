"""The provenance of a changed unit in words, for the notes of every output format."""

from __future__ import annotations

from collections.abc import Iterable

from wetgen.consolidate.engine import Consolidation, Mark
from wetgen.law.markdown import render_markdown

# how a unit changed → the AKN textualMod type
MOD_TYPES = {"gewijzigd": "substitution", "ingevoegd": "insertion", "toegevoegd": "insertion",
             "vervallen": "repeal", "vernummerd": "renumbering"}  # fmt: skip


def note_text(marks: Iterable[Mark]) -> str:
    """Return "Gewijzigd bij artikel I, onderdeel A, van de Wet …; vernummerd bij …"."""
    parts = [f"{mark.how} bij {mark.source.citation()}" for mark in marks]
    text = "; ".join(parts)
    return (text[:1].upper() + text[1:] + ".") if text else ""


def markdown(result: Consolidation, article: str | None = None, provenance: bool = False) -> str:
    """Return the amended law as Markdown; with `provenance`, a footnote on each changed unit."""
    if not provenance:
        return render_markdown(result.law, article)
    footnotes: list[str] = []

    def reference(address: tuple[tuple[str, str], ...]) -> str:
        """Return the footnote reference of a changed unit, or ""."""
        marks = result.provenance.get(address)
        if not marks:
            return ""
        text = note_text(marks)
        if text not in footnotes:  # the same note once, referred to from every unit it is about
            footnotes.append(text)
        return f"[^{footnotes.index(text) + 1}]"

    text = render_markdown(result.law, article, reference)
    if not footnotes:
        return text
    lines = [f"[^{n}]: {note}" for n, note in enumerate(footnotes, start=1)]
    return text + "\n" + "\n".join(lines) + "\n"
