"""Markdown → prose blocks: one parse for every output format."""

from __future__ import annotations

from wetgen.prose.blocks import (
    Figure,
    Heading,
    ListItem,
    Note,
    Paragraph,
    Quote,
    Span,
    Table,
    notes_of,
    plain_text,
)
from wetgen.prose.markdown_in import parse_markdown

TABLE = """\
Voor de tabel.

| Partij | Wat *verandert* | Wanneer |
|:---|:---:|---:|
| Gemeenten | Zorgplicht[^1] | Na de inwerkingtreding |
| Provincies |

Na de tabel.

[^1]: Artikel 28a.
"""

NESTED = """\
- eerste punt
    - genest punt
        1. dieper genummerd
- tweede punt

1. een
2. twee
"""


def test_a_table_is_one_block_with_header_rows_and_alignment() -> None:
    before, table, after = parse_markdown(TABLE)
    assert before == Paragraph((Span("Voor de tabel."),))
    assert after == Paragraph((Span("Na de tabel."),))
    assert isinstance(table, Table) and table.kind == "table"
    assert [plain_text(c) for c in table.header] == ["Partij", "Wat verandert", "Wanneer"]
    assert table.header[1] == (Span("Wat "), Span("verandert", italic=True))
    assert [[plain_text(c) for c in row] for row in table.rows] == [
        ["Gemeenten", "Zorgplicht", "Na de inwerkingtreding"],
        ["Provincies", "", ""],
    ]
    assert table.align == ("left", "center", "right")


def test_a_footnote_in_a_cell_stays_a_note() -> None:
    blocks = parse_markdown(TABLE)
    cell = blocks[1].rows[0][1]
    assert cell == (Span("Zorgplicht"), Note(((Span("Artikel 28a."),),)))
    assert notes_of(blocks) == [cell[1]]


def test_a_table_without_alignment_has_empty_alignments() -> None:
    (table,) = parse_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert table.align == ("", "")
    assert table.rows == (((Span("1"),), (Span("2"),)),)


def test_other_blocks_keep_their_kinds() -> None:
    blocks = parse_markdown("# Kop\n\n- punt\n\n> citaat\n")
    assert blocks == [
        Heading(1, (Span("Kop"),)),
        ListItem(1, "–", (Span("punt"),)),
        Quote((Span("citaat"),)),
    ]


def test_nested_list_items_come_once_each_at_their_level() -> None:
    items = [(b.level, b.label, plain_text(b.inlines)) for b in parse_markdown(NESTED)]
    assert items == [
        (1, "–", "eerste punt"),
        (2, "–", "genest punt"),
        (3, "1.", "dieper genummerd"),
        (1, "–", "tweede punt"),
        (1, "1.", "een"),
        (1, "2.", "twee"),
    ]


def test_raw_html_is_text_not_markup() -> None:
    (para,) = parse_markdown("Zie <b>vet</b> en <script>x</script>.")
    assert plain_text(para.inlines) == "Zie <b>vet</b> en <script>x</script>."
    assert not any(s.bold for s in para.inlines)


def test_links_keep_only_safe_targets() -> None:
    (para,) = parse_markdown("[wet](https://wetten.overheid.nl/x) en [x](javascript:alert(1))")
    assert para.inlines[0] == Span("wet", href="https://wetten.overheid.nl/x")
    assert all(not s.href.startswith("javascript") for s in para.inlines)


def test_an_image_alone_is_a_figure() -> None:
    assert parse_markdown("![Kaart van de regio](kaart.png)") == [
        Figure("kaart.png", (Span("Kaart van de regio"),))
    ]
