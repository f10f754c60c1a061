"""The HTML and Markdown writers of prose blocks, and the trees they share: escaping, nesting,
tables, footnotes kept apart per text, and Markdown that reads back as the same blocks."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from wetgen.prose.blocks import (
    Block,
    Figure,
    Heading,
    Inlines,
    ListItem,
    Note,
    Paragraph,
    Quote,
    Span,
    Table,
)
from wetgen.prose.html_out import blocks_html
from wetgen.prose.markdown_in import parse_markdown
from wetgen.prose.markdown_out import blocks_markdown, md_escape
from wetgen.prose.tree import BOLD, ITALIC, LINK, Run, nest_inlines, nest_items

NESTED = """\
- een
    1. twee
        - drie[^1]
    2. vier
- vijf

[^1]: Een noot.
"""


def items(*spec: tuple[int, bool]) -> list[ListItem]:
    return [ListItem(level, f"{n}." if ordered else "–", (Span(f"p{n}"),), ordered)
            for n, (level, ordered) in enumerate(spec, start=1)]  # fmt: skip


# --- trees ------------------------------------------------------------------------------------


def test_formatted_spans_nest_link_outside_bold_outside_italic() -> None:
    pieces = nest_inlines(
        (
            Span("vet ", bold=True),
            Span("schuin", bold=True, italic=True),
            Span(" en "),
            Span("wet", italic=True, href="https://wetten.nl"),
        )
    )
    assert pieces == (
        Run(BOLD, ("vet ", Run(ITALIC, ("schuin",)))),
        " en ",
        Run(LINK, (Run(ITALIC, ("wet",)),), "https://wetten.nl"),
    )


def test_a_footnote_stays_in_a_run_only_when_the_run_goes_on() -> None:
    note = Note(((Span("n"),),))
    inside = nest_inlines((Span("vet", bold=True), note, Span(" meer", bold=True)))
    after = nest_inlines((Span("vet", bold=True), note, Span(" niet")))
    assert inside == (Run(BOLD, ("vet", note, " meer")),)
    assert after == (Run(BOLD, ("vet",)), note, " niet")


def flatten(lists) -> list[ListItem]:
    return [i for lst in lists for e in lst.entries for i in [e.item, *flatten(e.sublists)]]


@given(st.lists(st.tuples(st.integers(1, 4), st.booleans()), min_size=1, max_size=30))
def test_nesting_keeps_every_item_once_in_order(spec: list[tuple[int, bool]]) -> None:
    flat = items(*spec)
    assert flatten(nest_items(flat)) == flat


def test_a_change_of_kind_starts_a_new_list_and_deeper_items_nest() -> None:
    lists = nest_items(items((1, False), (2, True), (2, True), (1, False), (1, True)))
    assert [(lst.ordered, len(lst.entries)) for lst in lists] == [(False, 2), (True, 1)]
    (sub,) = lists[0].entries[0].sublists
    assert sub.ordered and [e.item.label for e in sub.entries] == ["2.", "3."]


# --- HTML -------------------------------------------------------------------------------------


def test_html_nests_lists_and_lists_footnotes_at_the_end_with_prefixed_ids() -> None:
    page = blocks_html(parse_markdown(NESTED), notes="t3")
    tree = lxml_html.fragment_fromstring(page, create_parent="div")
    assert [len(li.xpath("ancestor::li")) for li in tree.iter("li") if not li.get("id")] == [0, 1, 2, 1, 0]  # fmt: skip
    assert tree.xpath("//ul/li/ol/li/ul/li")[0].text == "drie"
    assert tree.xpath("//sup/@id") == ["fnref-t3:1"] and tree.xpath("//sup/a/@href") == ["#fn-t3:1"]
    (note,) = tree.xpath("//div[@class='footnote']//li")
    assert note.get("id") == "fn-t3:1" and note.text_content().strip().startswith("Een noot.")


def test_html_escapes_text_and_shifts_headings_up_to_h6() -> None:
    blocks = [Heading(1, (Span("<b>kop</b>"),)), Heading(5, (Span("diep"),)), Paragraph((Span("a & b"),), "subtitle")]  # fmt: skip
    assert blocks_html(blocks, shift=3) == (
        '<h4>&lt;b&gt;kop&lt;/b&gt;</h4>\n<h6>diep</h6>\n<p class="subtitle">a &amp; b</p>'
    )


def test_html_tables_align_columns_and_quotes_group() -> None:
    table = Table(((Span("a"),), (Span("b"),)), (((Span("1"),), ()),), ("", "right"))
    html = blocks_html([table, Quote((Span("x"),)), Quote((Span("y"),))])
    assert '<th style="text-align: right;">b</th>' in html and "<th>a</th>" in html
    assert '<td style="text-align: right;"></td>' in html
    assert html.endswith("<blockquote>\n<p>x</p>\n<p>y</p>\n</blockquote>")


def test_unsafe_image_sources_do_not_reach_the_blocks() -> None:
    (figure,) = parse_markdown("![kaart](javascript:alert(1))")
    assert figure == Figure("", (Span("kaart"),))
    assert blocks_html([figure]) == "<p>kaart</p>"
    assert parse_markdown("![k](img/kaart.png)") == [Figure("img/kaart.png", (Span("k"),))]


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_indents_nested_items_four_spaces_and_prefixes_notes() -> None:
    assert blocks_markdown(parse_markdown(NESTED), notes="t1") == (
        "- een\n    1. twee\n        - drie[^t1-1]\n    2. vier\n- vijf\n\n[^t1-1]: Een noot."
    )


def test_markdown_separates_lists_of_another_kind_and_writes_tables_in_pipe_form() -> None:
    blocks = [*items((1, False), (1, True)), Table(((Span("a|b"),), (Span("c"),)), (), ("center", ""))]  # fmt: skip
    assert blocks_markdown(blocks) == "- p1\n\n2. p2\n\n| a\\|b | c |\n|:---:|---|"


def test_markdown_escapes_what_would_be_syntax() -> None:
    text = blocks_markdown([Paragraph((Span("1. *niet* [x] # of_dit"),)), ListItem(1, "–", (Span("- geen"),))])  # fmt: skip
    assert text == "1\\. \\*niet\\* \\[x\\] # of\\_dit\n\n- \\- geen"
    assert md_escape("# geen kop") == r"\# geen kop"


def test_markdown_footnotes_of_several_paragraphs_are_indented() -> None:
    note = Note(((Span("een"),), (Span("twee"),)))
    text = blocks_markdown([Paragraph((Span("a"), note, Span("b"), Note(((Span("c"),),))))])
    assert text == "a[^1]b[^2]\n\n[^1]: een\n\n    twee\n\n[^2]: c"


# Text as whole words: formatting changes between words, as drafters write it. `<` is left out:
# it is escaped as `\<` (CommonMark and pandoc), which Python-Markdown prints with its backslash.
WORD = st.text("abcxyzé019.,;:!?*_[]()#+-=>|`\\'\"&;", min_size=1, max_size=6)


@st.composite
def inlines(draw, notes: bool = True) -> Inlines:
    out = []
    for _ in range(draw(st.integers(1, 4))):
        words = " ".join(draw(st.lists(WORD, min_size=1, max_size=3)))
        href = draw(st.sampled_from(["", "", "https://wetten.overheid.nl/x", "#fn"]))
        out.append(Span(words, draw(st.booleans()), draw(st.booleans()), href))
        out.append(Span(" "))
        if notes and draw(st.integers(0, 5)) == 0:
            paragraphs = draw(st.lists(inlines(notes=False), min_size=1, max_size=2))
            out.append(Note(tuple(tuple(s for s in p if isinstance(s, Span)) for p in paragraphs)))
    return tuple(out[:-1] if isinstance(out[-1], Span) else out)


@st.composite
def documents(draw) -> list[Block]:
    blocks: list[Block] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list", "quote", "table", "figure"]))
        if kind == "heading":
            blocks.append(Heading(draw(st.integers(1, 6)), draw(inlines())))
        elif kind == "paragraph":
            blocks.append(Paragraph(draw(inlines())))
        elif kind == "quote":
            blocks.extend(Quote(draw(inlines())) for _ in range(draw(st.integers(1, 2))))
        elif kind == "table":
            width = draw(st.integers(1, 3))
            row = st.tuples(*[inlines() | st.just(()) for _ in range(width)])
            align = draw(st.tuples(*[st.sampled_from(["", "left", "center", "right"])] * width))
            blocks.append(
                Table(draw(row), tuple(draw(st.lists(row, min_size=1, max_size=2))), align)
            )
        elif kind == "figure":
            blocks.append(Figure("kaart.png", (Span(" ".join(draw(st.lists(WORD, min_size=1)))),)))
        else:
            blocks.extend(list_items(draw(st.lists(st.tuples(st.integers(0, 1), st.booleans()), min_size=1, max_size=6)), draw))  # fmt: skip
        blocks.append(Paragraph((Span("tussen"),)))
    return blocks


def list_items(steps: list[tuple[int, bool]], draw) -> list[ListItem]:
    """Items whose levels go down at most one at a time, numbered as the parser numbers them."""
    out: list[ListItem] = []
    counters: dict[int, tuple[bool, int]] = {}
    level = 1
    for deeper, ordered in steps:
        level = min(level + deeper, 3) if out else 1
        if out and not deeper:
            level = draw(st.integers(1, level))
        counters = {lv: c for lv, c in counters.items() if lv <= level}
        kind, count = counters.get(level, (ordered, 0))
        count = count + 1 if kind == ordered else 1
        counters[level] = (ordered, count)
        label = f"{count}." if ordered else "–"
        out.append(ListItem(level, label, draw(inlines()), ordered))
    return out


def shape(blocks: list[Block]) -> list:
    """Blocks compared by what a reader sees: each character with its formatting, notes by text."""
    return [_shape(b) for b in blocks]


def _shape(value):
    if isinstance(value, Span):
        return [(c, value.bold, value.italic, value.href) if c != " " else " " for c in value.text]
    if isinstance(value, Note):
        return [("note", _shape(value.paragraphs))]
    if isinstance(value, tuple) and value and isinstance(value[0], Span | Note):
        flat = [x for inline in value for x in _shape(inline)]
        return [x for n, x in enumerate(flat) if x != " " or (n and flat[n - 1] != " ")]
    if isinstance(value, tuple):
        return tuple(_shape(v) for v in value)
    if hasattr(value, "__dataclass_fields__"):
        return (type(value).__name__, *(_shape(getattr(value, f)) for f in value.__dataclass_fields__))  # fmt: skip
    return value


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_markdown_reads_back_as_the_same_blocks(blocks: list[Block]) -> None:
    text = blocks_markdown(blocks)
    assert shape(parse_markdown(text)) == shape(blocks), text
