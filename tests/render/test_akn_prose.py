"""Prose blocks as Akoma Ntoso: strictly valid for every kind of block, headings as nested
tblocks (also one with nothing under it), nested lists with every item once, figures, and
footnote markers numbered through the document while eIds stay per text."""

from __future__ import annotations

from lxml import etree

from wetgen.prose.blocks import Figure, Heading, ListItem, Note, Paragraph, Span
from wetgen.prose.markdown_in import parse_markdown
from wetgen.render.akn import AKN_NS, AknBuilder, schema
from wetgen.render.akn.builder import sub
from wetgen.render.akn.prose import ProseWriter

A = f"{{{AKN_NS}}}"
NS = {"a": AKN_NS}


def in_document(*texts: list) -> etree._Element:
    """Write texts into the mainBody of a minimal AKN doc and return its root (validated)."""
    builder = AknBuilder("doc", "test")
    meta = sub(builder.doc, "meta")
    ident = sub(meta, "identification", source="#wetgen")
    for level, uri in (("FRBRWork", "/akn/nl/doc/x"), ("FRBRExpression", "/akn/nl/doc/x/nld"),
                       ("FRBRManifestation", "/akn/nl/doc/x/nld.xml")):  # fmt: skip
        frbr = sub(ident, level)
        sub(frbr, "FRBRthis", value=uri)
        sub(frbr, "FRBRuri", value=uri)
        sub(frbr, "FRBRdate", date="2026-01-01", name="x")
        sub(frbr, "FRBRauthor", href="#wetgen")
        if level == "FRBRWork":
            sub(frbr, "FRBRcountry", value="nl")
        if level == "FRBRExpression":
            sub(frbr, "FRBRlanguage", language="nld")
    main = sub(builder.doc, "mainBody")
    writer = ProseWriter()
    for n, blocks in enumerate(texts, start=1):
        content = sub(sub(main, "hcontainer", name="t", eId=f"t{n}"), "content")
        content.extend(writer.elements(blocks, f"t{n}"))
    assert schema().validate(builder.root), schema().error_log
    return builder.root


def test_a_heading_with_nothing_under_it_still_validates() -> None:
    root = in_document(parse_markdown("## Een\n\n### Leeg\n\n## Twee\n\nTekst.\n"))
    blocks = root.findall(".//a:content/a:tblock", NS)
    assert [b.get("eId") for b in blocks] == ["t1__tblock_1", "t1__tblock_3"]
    empty = blocks[0].find("a:tblock", NS)
    assert [etree.QName(c).localname for c in empty] == ["heading", "p"]


def test_nested_lists_hold_each_item_once_inside_its_parent_item() -> None:
    root = in_document(parse_markdown("- a\n    1. b\n        - c\n    2. d\n- e\n"))
    items = root.findall(".//a:li", NS)
    assert [li.text for li in items] == ["a", "b", "c", "d", "e"]
    assert root.find(".//a:ul/a:li/a:ol/a:li/a:ul/a:li", NS).text == "c"
    assert len(root.findall(".//a:content/a:ul/a:li", NS)) == 2


def test_footnote_markers_run_through_the_document_and_eids_stay_per_text() -> None:
    note = Note(((Span("noot"),),))
    text = [Paragraph((Span("a"), note)), ListItem(1, "–", (Span("b"), note))]
    root = in_document(text, text)
    notes = root.findall(".//a:authorialNote", NS)
    assert [n.get("marker") for n in notes] == ["1", "2", "3", "4"]
    assert [n.get("eId") for n in notes] == [
        "t1__authorialNote_1",
        "t1__authorialNote_2",
        "t2__authorialNote_1",
        "t2__authorialNote_2",
    ]


def test_figures_are_images_with_their_caption_or_the_caption_alone() -> None:
    root = in_document([Figure("kaart.png", (Span("De regio"),)), Figure("", (Span("Zonder"),))])
    image, caption_only = root.findall(".//a:p[@class='figuur']", NS)
    img = image.find("a:img", NS)
    assert (img.get("src"), img.get("alt")) == ("kaart.png", "De regio")
    assert caption_only.text == "Zonder" and len(caption_only) == 0


def test_formatting_links_and_roles_map_to_akn_inlines() -> None:
    blocks = [
        Heading(1, (Span("Kop"),)),
        Paragraph(
            (
                Span("vet ", bold=True),
                Span("en schuin", bold=True, italic=True),
                Span(" wet", href="https://wetten.overheid.nl"),
            ),
            "subtitle",
        ),  # fmt: skip
    ]
    p = in_document(blocks).find(".//a:tblock/a:p", NS)
    assert p.get("class") == "subtitle"
    assert etree.tostring(p, encoding="unicode").split(">", 1)[1] == (
        '<b>vet <i>en schuin</i></b><a href="https://wetten.overheid.nl"> wet</a></p>'
    )


def test_the_builder_example_in_the_docs_runs(monkeypatch) -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    docs = (root / "docs" / "rendering.md").read_text(encoding="utf-8")
    section = docs.split("### The AKN builder", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(root)
    scope: dict[str, object] = {}
    exec(compile(code, "docs/rendering.md", "exec"), scope)
    tree = etree.fromstring(scope["xml"])
    assert [li.text for li in tree.iter(f"{A}li")] == ["artikel 12", "vijfde lid"]
    assert tree.find(".//a:hcontainer", NS).get("eId") == "brief"
