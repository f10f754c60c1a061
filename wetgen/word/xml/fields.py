"""Complex fields: PAGE numbers and a table of contents with a readable cached result."""

from __future__ import annotations

from wetgen.word.xml.blocks import paragraph
from wetgen.word.xml.text import esc, text_run


def field_begin(instruction: str, *, dirty: bool = False) -> str:
    """Return the runs that open a complex field and hold its instruction, up to 'separate'."""
    flag = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_end() -> str:
    """Return the run that closes a complex field."""
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def simple_field(instruction: str, cached: str) -> str:
    """Return a complete complex field in one paragraph, with `cached` as its shown result."""
    return field_begin(instruction) + text_run(cached) + field_end()


def page_number_field() -> str:
    """Return a PAGE field (the current page number)."""
    return simple_field("PAGE", "1")


def toc_paragraphs(
    entries: list[tuple[int, str]],
    entry_style_ids: dict[int, str],
    *,
    levels: str = "1-3",
    placeholder: str = "",
) -> list[str]:
    """Return paragraphs holding a TOC field whose cached result lists `entries` (level, text).

    The field is marked dirty so Word recomputes it (page numbers) when the document opens;
    the cached entries make the table readable before that, e.g. in a PDF made by LibreOffice.
    """
    begin = field_begin(f'TOC \\o "{levels}" \\h \\z \\u', dirty=True)
    rows = [(lvl, txt) for lvl, txt in entries if lvl in entry_style_ids]
    if not rows:
        style = entry_style_ids[min(entry_style_ids)]
        return [paragraph(style, begin + text_run(placeholder) + field_end())]
    out = []
    for i, (level, text) in enumerate(rows):
        runs = (begin if i == 0 else "") + text_run(text)
        runs += field_end() if i == len(rows) - 1 else ""
        out.append(paragraph(entry_style_ids[level], runs))
    return out


def bookmarked(bookmark_id: int, name: str, runs: str) -> str:
    """Return runs inside a bookmark, the target of a PAGEREF field or an internal link."""
    return (
        f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{esc(name)}"/>{runs}'
        f'<w:bookmarkEnd w:id="{bookmark_id}"/>'
    )


def page_reference_runs(runs: str, bookmark: str) -> str:
    """Return a contents line: `runs` linked to a bookmark, a tab and the bookmark's page number.

    The number is a PAGEREF field, marked dirty: Word computes it when the document opens and
    LibreOffice when it lays the document out (also on conversion to PDF), which a TOC field's
    cached result would not get.
    """
    number = field_begin(f"PAGEREF {bookmark} \\h", dirty=True) + text_run("1") + field_end()
    return f'<w:hyperlink w:anchor="{esc(bookmark)}">{runs}<w:r><w:tab/></w:r>{number}</w:hyperlink>'
