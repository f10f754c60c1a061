"""HTML preview and Markdown text: content in print order, escaping, strict templates, house-style
overrides and determinism."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import markdown
import pytest
from lxml import html as lxml_html
from test_akn import AMENDING, MVT, PLAIN  # tests/render is on sys.path (rootdir mode)

from wetgen.errors import RenderError
from wetgen.formulas import dutch_date
from wetgen.loader import load_bill, load_text
from wetgen.model import Bill
from wetgen.render.html import render_html
from wetgen.render.templating import demote_headings, md_escape
from wetgen.render.text import render_markdown, tidy

ROOT = Path(__file__).resolve().parents[2]


def load(text: str, mvt: str = MVT) -> Bill:
    result = load_text(text)
    assert result.ok, [d.headline() for d in result.diagnostics]
    return dataclasses.replace(
        result.bill, toelichting=dataclasses.replace(result.bill.toelichting, algemeen=mvt)
    )


@pytest.fixture(scope="module")
def amending() -> Bill:
    return load(AMENDING)


@pytest.fixture(scope="module")
def page(amending: Bill) -> str:
    return render_html(amending).decode("utf-8")


# --- HTML -----------------------------------------------------------------------------------


def test_html_is_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page and "@media print" in page
    assert "<link" not in page and "<script" not in page and " src=" not in page


def test_html_has_the_parts_of_a_wet_in_order(page: str) -> None:
    text = lxml_html.fromstring(page).xpath("//main")[0].text_content()
    order = [
        "Wijziging van de Huisvestingswet 2014 in verband met een voorbeeld",
        "Voorstel van wet",
        "Wij Willem-Alexander",
        "Alzo Wij in overweging genomen hebben, dat het wenselijk is",
        "Zo is het, dat Wij",
        "ARTIKEL I",
        "De Huisvestingswet 2014 wordt als volgt gewijzigd:",
        "Artikel 12 wordt als volgt gewijzigd:",
        "Na artikel 28 wordt een artikel ingevoegd, luidende:",
        "Artikel 28a",
        "ARTIKEL II",
        "Lasten en bevelen",
        "Gegeven",
        "De Minister van Volkshuisvesting en Ruimtelijke Ordening,",
        "Memorie van toelichting",
        "I. Algemeen deel",
        "1. Inleiding",
        "II. Artikelsgewijs",
        "Artikel I, onderdeel A (artikel 12)",
    ]
    positions = [text.find(piece) for piece in order]
    assert -1 not in positions, [p for p, i in zip(order, positions, strict=True) if i < 0]
    assert positions == sorted(positions)


def test_html_quotes_words_and_prints_new_text_as_a_block(page: str) -> None:
    tree = lxml_html.fromstring(page)
    text = tree.text_content()
    assert 'In artikel 12, eerste lid, wordt «urgent» vervangen door «dringend».' in text
    quote = tree.xpath("//blockquote[@class='nieuwe-tekst']//section[@class='artikel']/h3")
    assert quote and quote[0].text_content().startswith("Artikel 28a")


def test_html_ids_are_unique_and_footnotes_render(page: str) -> None:
    tree = lxml_html.fromstring(page)
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    assert len(ids) == len(set(ids))
    assert tree.xpath("//sup[@id='fnref:1']") and "Kamerstukken II 2025/26" in tree.text_content()


def test_html_escapes_everything_from_the_draft() -> None:
    hostile = AMENDING.replace(
        "Deze wet wordt aangehaald als", "<img src=x onerror=alert(1)> Deze wet"
    )
    bill = load(hostile, mvt="Uitleg <script>alert(1)</script> en [x](javascript:alert(2)).")
    page = render_html(bill).decode("utf-8")
    assert "<img" not in page and "<script" not in page and "javascript:" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;" in page


def test_plain_bill_prints_divisions_items_and_subitems() -> None:
    text = lxml_html.fromstring(render_html(load(PLAIN))).text_content()
    for piece in (
        "Hoofdstuk 1",
        "Algemene bepalingen",
        "Artikel 1. Begripsbepalingen",
        "b.",
        "2°.",
        "een standplaats.",
    ):
        assert piece in text


def test_custom_templates_folder_overrides_one_file(tmp_path: Path, amending: Bill) -> None:
    (tmp_path / "bill.css").write_text("body { color: rebeccapurple; }\n", encoding="utf-8")
    page = render_html(amending, tmp_path).decode("utf-8")
    assert "rebeccapurple" in page and "ARTIKEL I" in page  # template from the defaults


def test_undefined_names_in_templates_are_errors(tmp_path: Path, amending: Bill) -> None:
    (tmp_path / "bill.html.j2").write_text("{{ bill.no_such_thing }}", encoding="utf-8")
    with pytest.raises(RenderError, match="no_such_thing"):
        render_html(amending, tmp_path)


def test_template_syntax_errors_name_the_file(tmp_path: Path, amending: Bill) -> None:
    (tmp_path / "bill.md.j2").write_text("{% for x in %}", encoding="utf-8")
    with pytest.raises(RenderError, match="bill.md.j2:1"):
        render_markdown(amending, tmp_path)


# --- Markdown -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def text(amending: Bill) -> str:
    return render_markdown(amending).decode("utf-8")


def test_markdown_reads_as_the_bill(text: str) -> None:
    assert text.startswith(
        "# Wijziging van de Huisvestingswet 2014 in verband met een voorbeeld (Voorbeeldwet huisvesting)\n"
    )
    assert (
        "\n### ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\n**A**\n" in text
    )
    assert '\nIn artikel 12, eerste lid, wordt «urgent» vervangen door «dringend».\n' in text
    assert (
        "\n> #### Artikel 28a. Alternatieve huisvesting\n>\n> **1.** Burgemeester en wethouders dragen zorg.\n"
        in text
    )
    assert "\n# Memorie van toelichting\n" in text and "\n### 1. Inleiding\n" in text
    assert (
        "\n### Artikel I, onderdeel A (artikel 12)\n\nDit onderdeel vervangt een woord.\n" in text
    )


def test_markdown_blocks_are_separated_once(text: str) -> None:
    assert "\n\n\n" not in text and text.endswith("\n") and not text.endswith("\n\n")
    assert all(line == line.rstrip() for line in text.splitlines())


def test_markdown_renders_leden_as_written_not_as_lists(amending: Bill) -> None:
    rendered = markdown.markdown(render_markdown(load(PLAIN)).decode("utf-8"))
    assert "<strong>1.</strong> Het eerste lid." in rendered
    assert "<ol" not in rendered.split("Memorie van toelichting")[0]


def test_md_escape_neutralises_markdown_syntax() -> None:
    assert md_escape("1. *kop* [x] <y> _z_") == r"1\. \*kop\* \[x\] \<y\> \_z\_"
    assert md_escape("# geen kop") == r"\# geen kop"
    assert md_escape("- geen lijst") == r"\- geen lijst"


def test_tidy_keeps_quotes_together_and_splits_where_depth_changes() -> None:
    raw = "a\n\n\n> b\n>\n\n> c\n\n>\nd\n\n\n"
    assert tidy(raw) == "a\n\n> b\n>\n> c\n\nd\n"


def test_helpers() -> None:
    assert dutch_date("2026-12-01") == "1 december 2026"
    assert dutch_date("binnenkort") == "binnenkort"
    assert demote_headings("# A\n## B\ntekst #1\n###### F") == "## A\n### B\ntekst #1\n###### F"


# --- both -------------------------------------------------------------------------------------


@pytest.mark.parametrize("render", [render_html, render_markdown], ids=["html", "md"])
def test_same_bill_gives_identical_bytes(render, amending: Bill) -> None:
    assert render(amending) == render(load(AMENDING))


def test_default_draft_renders(tmp_path: Path) -> None:
    versions = sorted((ROOT / "drafts" / "huisvesting-vergunninghouders").glob("*.yaml"))
    bill = load_bill(versions[-1])
    page = render_html(bill).decode("utf-8")
    assert bill.citeertitel in page
    md = render_markdown(bill).decode("utf-8")
    assert re.search(r"^### ARTIKEL I$", md, re.M)


def test_list_item_payload_prints_in_both_formats() -> None:
    text = AMENDING.replace(
        '            - {actie: schrap_woorden, doel: "artikel 14", oud: "dringend"}',
        '            - {actie: schrap_woorden, doel: "artikel 14", oud: "dringend"}\n'
        "        - wijzigingen:\n"
        "            - actie: toevoegen\n"
        "              aan: artikel 15, eerste lid\n"
        "              slotpunt_wordt_puntkomma: ja\n"
        "              onderdelen:\n"
        '                - {nummer: e, tekst: "een nieuw onderdeel."}',
    )
    bill = load(text)
    page = lxml_html.fromstring(render_html(bill)).text_content()
    md = render_markdown(bill).decode("utf-8")
    assert "een puntkomma" in page and "e.een nieuw onderdeel." in page.replace("\n", "")
    assert "\n> e. een nieuw onderdeel.\n" in md


def test_footnotes_of_several_toelichtingen_keep_distinct_ids() -> None:
    text = AMENDING.replace(
        "toelichting: Dit onderdeel vervangt een woord.",
        'toelichting: "Dit onderdeel vervangt een woord.[^1]\\n\\n[^1]: Een noot bij A."',
    )
    tree = lxml_html.fromstring(render_html(load(text)))
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) and "fn-t1:1" in ids and "fn:1" in ids
    hrefs = {a.get("href") for a in tree.iter("a")}
    assert {"#fn-t1:1", "#fnref-t1:1", "#fn:1"} <= hrefs


def test_markdown_footnote_labels_of_toelichtingen_are_renamed() -> None:
    text = AMENDING.replace(
        "toelichting: Dit onderdeel vervangt een woord.",
        'toelichting: "Dit onderdeel vervangt een woord.[^1]\\n\\n[^1]: Een noot bij A."',
    )
    md = render_markdown(load(text)).decode("utf-8")
    assert "woord.[^t1-1]" in md and "\n[^t1-1]: Een noot bij A." in md
    assert "voorstel regelt iets.[^1]" in md  # the algemeen deel keeps its own labels


def test_autoescape_is_on_for_xml_and_html_templates_only(tmp_path: Path) -> None:
    from wetgen.render.templating import render_template

    for name in ("x.xml.j2", "x.html.j2", "x.md.j2"):
        (tmp_path / name).write_text("{{ v }}", encoding="utf-8")
    dirs = (tmp_path,)
    assert render_template("x.xml.j2", dirs, v="<a & b>") == "&lt;a &amp; b&gt;"
    assert render_template("x.html.j2", dirs, v="<a & b>") == "&lt;a &amp; b&gt;"
    assert render_template("x.md.j2", dirs, v="<a & b>") == "<a & b>"
