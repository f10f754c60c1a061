"""Page numbers for the MvT's table of contents, read from the PDF that LibreOffice made.

LibreOffice does not update a Word TOC field when it converts to PDF, and a page number
depends on the layout, which only the converter knows. So the numbers are measured: the
headings are found, in order, in the text of each page of the PDF, and the document is written
again with those numbers (and converted again, until the numbers hold).
"""

from __future__ import annotations

import re
from pathlib import Path

from wetgen.errors import WetgenError

_SPACE = re.compile(r"\s+")
# A heading that wraps is matched on its first line; a line this short could be any text.
MIN_WRAPPED_LINE = 16


class TocPagesError(WetgenError):
    """The PDF could not be read to find the headings' pages."""


def page_lines(pdf: Path) -> list[tuple[int, str]]:
    """Return every line of text in the PDF as (page number, text with single spaces)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines: list[tuple[int, str]] = []
    try:
        for number, page in enumerate(extract_pages(str(pdf)), start=1):
            for box in page:
                if isinstance(box, LTTextContainer):
                    for line in box:
                        if isinstance(line, LTTextLine):
                            text = _SPACE.sub(" ", line.get_text()).strip()
                            if text:
                                lines.append((number, text))
    except Exception as exc:  # pdfminer raises many types on a damaged file
        raise TocPagesError(f"cannot read {pdf.name} to number the table of contents: {exc}") from None
    return lines


def heading_pages(lines: list[tuple[int, str]], headings: list[str]) -> list[str]:
    """Return the page of each heading (in order) as text, "" where it was not found.

    The contents list every heading before the text does, so the first pass through the
    lines passes the contents and the second finds the headings themselves.
    """
    position = 0
    for heading in headings:  # past the table of contents
        found = _find(lines, heading, position)
        if found is not None:
            position = found + 1
    pages = []
    for heading in headings:
        found = _find(lines, heading, position)
        if found is None:
            pages.append("")
            continue
        pages.append(str(lines[found][0]))
        position = found + 1
    return pages


def _find(lines: list[tuple[int, str]], heading: str, start: int) -> int | None:
    wanted = _SPACE.sub(" ", heading).strip().casefold()  # a heading style may print in capitals
    for index in range(start, len(lines)):
        text = lines[index][1].casefold()
        if text == wanted or text.startswith(wanted + " ") and text[len(wanted) + 1 :].isdigit():
            return index  # the heading, or its contents line with a page number after it
        if len(text) >= MIN_WRAPPED_LINE and wanted.startswith(text + " "):
            return index
    return None
