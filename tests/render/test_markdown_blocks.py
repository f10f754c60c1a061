"""Markdown → blocks for the Word renderer: tables become one `Table` block."""

from __future__ import annotations

from wetgen.render.markdown_blocks import Block, Note, Span, Table, markdown_blocks, plain_text

TABLE = """\
Voor de tabel.

| Partij | Wat *verandert* | Wanneer |
|:---|:---:|---:|
| Gemeenten | Zorgplicht[^1] | Na de inwerkingtreding |
| Provincies |

Na de tabel.

[^1]: Artikel 28a.
"""


def test_a_table_is_one_block_with_header_rows_and_alignment() -> None:
    before, table, after = markdown_blocks(TABLE)
    assert before == Block("paragraph", (Span("Voor de tabel."),))
    assert after == Block("paragraph", (Span("Na de tabel."),))
    assert isinstance(table, Table) and table.kind == "table"
    assert [plain_text(c) for c in table.header] == ["Partij", "Wat verandert", "Wanneer"]
    assert table.header[1] == (Span("Wat "), Span("verandert", italic=True))
    assert [[plain_text(c) for c in row] for row in table.rows] == [
        ["Gemeenten", "Zorgplicht", "Na de inwerkingtreding"],
        ["Provincies", "", ""],
    ]
    assert table.align == ("left", "center", "right")


def test_a_footnote_in_a_cell_stays_a_note() -> None:
    table = markdown_blocks(TABLE)[1]
    cell = table.rows[0][1]
    assert cell == (Span("Zorgplicht"), Note(((Span("Artikel 28a."),),)))


def test_a_table_without_alignment_has_empty_alignments() -> None:
    (table,) = markdown_blocks("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert table.align == ("", "")
    assert table.rows == (((Span("1"),), (Span("2"),)),)


def test_other_blocks_keep_their_kinds() -> None:
    blocks = markdown_blocks("# Kop\n\n- punt\n\n> citaat\n")
    assert [(b.kind, b.level, b.label) for b in blocks] == [
        ("heading", 1, ""),
        ("item", 1, "–"),
        ("quote", 0, ""),
    ]
