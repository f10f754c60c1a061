"""Footnotes and comments: the references in the body and the notes in their own parts."""

from __future__ import annotations

from wetgen.word.xml.blocks import paragraph
from wetgen.word.xml.text import esc


def footnote_reference(note_id: int, ref_style_id: str) -> str:
    """Return the run in the body that refers to footnote `note_id`."""
    return (
        f'<w:r><w:rPr><w:rStyle w:val="{esc(ref_style_id)}"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
    )


def footnote(
    note_id: int, paragraphs_runs: list[str], text_style_id: str, ref_style_id: str
) -> str:
    """Return one w:footnote; the first paragraph starts with the footnote mark and a space."""
    mark = (
        f'<w:r><w:rPr><w:rStyle w:val="{esc(ref_style_id)}"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> </w:t></w:r>'
    )
    paras = [
        paragraph(text_style_id, (mark if i == 0 else "") + runs)
        for i, runs in enumerate(paragraphs_runs or [""])
    ]
    return f'<w:footnote w:id="{note_id}">{"".join(paras)}</w:footnote>'


def footnote_separators() -> str:
    """Return the two separator footnotes (ids -1 and 0) that Word requires first."""
    return (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
    )


def comment_start(comment_id: int) -> str:
    """Return the marker where the text a comment is about begins."""
    return f'<w:commentRangeStart w:id="{comment_id}"/>'


def comment_end(comment_id: int) -> str:
    """Return the marker where the commented text ends, and the run that shows the comment."""
    return (
        f'<w:commentRangeEnd w:id="{comment_id}"/>'
        f'<w:r><w:commentReference w:id="{comment_id}"/></w:r>'
    )


def comment(comment_id: int, author: str, date: str, paragraphs_runs: list[str]) -> str:
    """Return one w:comment by `author` at `date` (W3CDTF) holding paragraphs of run XML."""
    initials = "".join(word[:1] for word in author.split())[:8] or "-"
    paras = "".join(f"<w:p>{runs}</w:p>" for runs in paragraphs_runs or [""])
    return (
        f'<w:comment w:id="{comment_id}" w:author="{esc(author)}" w:date="{date}" '
        f'w:initials="{esc(initials)}">{paras}</w:comment>'
    )
