"""Block-level content: paragraphs, page and section breaks, tables."""

from __future__ import annotations

from wetgen.word.xml.text import esc


def paragraph(
    style_id: str,
    runs: str = "",
    *,
    keep_next: bool = False,
    indent: tuple[int, int] | None = None,
    mark: str = "",
    change: str = "",
    align: str = "",
) -> str:
    """Return a w:p with paragraph style `style_id` and the given run XML.

    `indent` overrides the style's indentation as (left, hanging) in twentieths of a point;
    a negative hanging is a first-line indent. `align` ("left", "center", "right") overrides
    the style's alignment. `mark` is the paragraph mark's w:rPr and `change` a w:pPrChange,
    both for tracked changes (see `Revisions`).
    """
    keep = "<w:keepNext/>" if keep_next else ""
    ind = _ind(indent) if indent else ""
    jc = f'<w:jc w:val="{esc(align)}"/>' if align else ""
    ppr = f'<w:pStyle w:val="{esc(style_id)}"/>{keep}{ind}{jc}{mark}{change}'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def with_leading(paragraph_xml: str, fragment: str) -> str:
    """Return a paragraph with `fragment` (bookmarks, say) before its first run."""
    return paragraph_xml.replace("</w:pPr>", "</w:pPr>" + fragment, 1)


def _ind(indent: tuple[int, int]) -> str:
    left, hanging = indent
    if hanging < 0:
        return f'<w:ind w:left="{left}" w:firstLine="{-hanging}"/>'
    return f'<w:ind w:left="{left}" w:hanging="{hanging}"/>'


def page_break() -> str:
    """Return a paragraph holding a page break."""
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def section_break(sect_pr: str) -> str:
    """Return the paragraph that ends a section whose properties are `sect_pr` (a w:sectPr)."""
    return f"<w:p><w:pPr>{sect_pr}</w:pPr></w:p>"


_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def table(rows: list[str], widths: tuple[int, ...], *, style_id: str = "") -> str:
    """Return a full-width w:tbl of fixed column `widths` (twips) holding `rows`.

    With `style_id` the borders and cell margins come from that table style (its header-row
    formatting switched on); without, the table has thin grey borders of its own.
    """
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    if style_id:  # CT_TblPr order: tblStyle, tblW, …, tblLayout, tblCellMar, tblLook
        props = (
            f'<w:tblPr><w:tblStyle w:val="{esc(style_id)}"/><w:tblW w:w="5000" w:type="pct"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0620" w:firstRow="1" '
            'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            "</w:tblPr>"
        )
    else:
        props = (
            '<w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
            f'<w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
            '</w:tblCellMar><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        )
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def table_row(cells: list[str], *, header: bool = False, cant_split: bool = False) -> str:
    """Return a w:tr of `cells`; a header row repeats at the top of every page.

    With `cant_split` the row is kept on one page where it fits.
    """
    flags = ("<w:cantSplit/>" if cant_split else "") + ("<w:tblHeader/>" if header else "")
    props = f"<w:trPr>{flags}</w:trPr>" if flags else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def table_cell(paragraphs: list[str], width: int, *, shade: str = "") -> str:
    """Return a w:tc of `width` twips holding `paragraphs` (an empty paragraph if none)."""
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{esc(shade)}"/>' if shade else ""
    body = "".join(paragraphs) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{body}</w:tc>'
