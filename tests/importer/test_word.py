"""Word bills: automatic numbering as a reader sees it, styles, footnotes, tables, tracked
changes, and a file LibreOffice wrote."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from lxml import etree

from tests.importer import word_fixtures
from tests.importer.compare import canon
from wetgen.importer import ImportRefused, import_bill, import_data
from wetgen.importer.readers.docx_numbering import Numbering, format_number
from wetgen.model import Action, Division, Instruction, Target

FIXTURES = word_fixtures.FIXTURES
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering(abstracts: str, nums: str, styles: str = "") -> Numbering:
    numbering = etree.fromstring(f"<w:numbering {W_NS}>{abstracts}{nums}</w:numbering>")
    style_root = etree.fromstring(f"<w:styles {W_NS}>{styles}</w:styles>") if styles else None
    return Numbering(numbering, style_root)


LEGAL = word_fixtures.abstract_xml(1, [
    word_fixtures.level_xml(0, "upperRoman", "%1."),
    word_fixtures.level_xml(1, "lowerLetter", "%1.%2", legal=True),
    word_fixtures.level_xml(2, "decimal", "%3)", restart=0),
    word_fixtures.level_xml(3, "ordinal", "%4"),
])  # fmt: skip


def test_levels_restart_when_a_higher_level_advances_and_never_when_told():
    n = _numbering(LEGAL, word_fixtures.num_xml(1, 1))
    seen = [n.label("1", lvl) for lvl in (0, 1, 1, 2, 2, 0, 1, 2, 3, 3)]
    # isLgl shows the Roman and letter levels as numbers; %3) has lvlRestart 0 and runs on
    assert seen == ["I.", "1.1", "1.2", "1)", "2)", "II.", "2.1", "3)", "1e", "2e"]


def test_lists_sharing_an_abstract_definition_share_their_counters_until_an_override():
    abstract = word_fixtures.abstract_xml(5, [word_fixtures.level_xml(0, "decimal", "Artikel %1")])
    nums = word_fixtures.num_xml(1, 5) + word_fixtures.num_xml(2, 5) + word_fixtures.num_xml(3, 5, {0: 10})
    n = _numbering(abstract, nums)
    assert [n.label("1", 0), n.label("2", 0), n.label("1", 0)] == ["Artikel 1", "Artikel 2", "Artikel 3"]
    assert [n.label("3", 0), n.label("3", 0), n.label("2", 0)] == ["Artikel 10", "Artikel 11", "Artikel 12"]


def test_a_level_override_replaces_the_level_and_start_values_are_honoured():
    abstract = word_fixtures.abstract_xml(7, [word_fixtures.level_xml(0, "decimal", "%1.", start=4)])
    override = ('<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1"/></w:lvl>'
                "</w:lvlOverride></w:num>")  # fmt: skip
    n = _numbering(abstract, word_fixtures.num_xml(1, 7) + override)
    assert [n.label("1", 0), n.label("1", 0)] == ["4.", "5."]
    assert n.label("2", 0) == "F"  # the shared counter went on (6), shown in the override's format


def test_paragraphs_take_their_list_from_their_style_through_based_on_and_pstyle():
    abstract = word_fixtures.abstract_xml(3, [word_fixtures.level_xml(0, "decimal", "Hoofdstuk %1", style="H"),
                                            word_fixtures.level_xml(1, "decimal", "%2.", style="L")])  # fmt: skip
    styles = ('<w:style w:styleId="H"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:styleId="L"><w:basedOn w:val="H"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:styleId="X"><w:basedOn w:val="L"/></w:style>')  # fmt: skip
    n = _numbering(abstract, word_fixtures.num_xml(1, 3), styles)
    assert n.list_of("H", None, None) == ("1", 0)
    assert n.list_of("X", None, None) == ("1", 1)
    assert n.list_of("X", "0", None) is None  # numId 0 takes the numbering away
    assert n.list_of("Normal", None, None) is None


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (28, "lowerLetter", "bb"), (4, "upperRoman", "IV"), (9, "lowerRoman", "ix"), (3, "decimalZero", "03"),
    (2, "ordinalText", "tweede"), (3, "cardinalText", "drie"), (1, "none", ""), (7, "chicago", "7"),
])  # fmt: skip
def test_number_formats(value, fmt, shown):
    assert format_number(value, fmt) == shown


# --- fixtures -------------------------------------------------------------------------------


def _outline(result) -> list[str]:
    out = []
    for node in result.bill.body:
        nodes = node.children if isinstance(node, Division) else (node,)
        if isinstance(node, Division):
            out.append(f"{node.kind} {node.number} {node.opschrift}")
        for article in nodes:
            out.append(f"artikel {article.number} {article.opschrift}".rstrip())
            out.extend(f"  lid {lid.number}" + "".join(f" {i.number}{''.join(s.number for s in i.items)}"
                                                      for i in lid.items) for lid in article.leden)  # fmt: skip
            out.extend(f"  onderdeel {i.number}" + "".join(f" {s.number}" for s in i.items) for i in article.items)
    return out


MULTILEVEL = [
    "hoofdstuk 1 Algemene bepalingen", "artikel 1 Begripsbepalingen", "  onderdeel a", "  onderdeel b 1 2",
    "artikel 2 Reikwijdte", "  lid 1", "  lid 2 a b",
    "hoofdstuk 2 Registratie", "artikel 3 Het register", "  lid 1", "  lid 2", "  lid 3",
    "artikel 4 Inwerkingtreding", "artikel 5 Citeertitel",
]  # fmt: skip


def test_multilevel_numbering_gives_the_numbers_a_reader_sees():
    result = import_bill(FIXTURES / "multilevel.docx")
    assert _outline(result) == MULTILEVEL
    assert result.bill.citeertitel == "Wet voorbeeldregistratie"
    assert result.bill.opschrift == "Regels over de registratie van voorbeeldvoorzieningen"


def test_the_file_libreoffice_wrote_reads_the_same():
    word = import_bill(FIXTURES / "multilevel.docx")
    office = import_bill(FIXTURES / "libreoffice-multilevel.docx")
    assert office.bill.version.label.endswith("libreoffice-multilevel.docx")  # named after the file
    same_label = replace(office.bill, version=word.bill.version)
    assert canon(same_label, toelichting=True) == canon(word.bill, toelichting=True)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_fresh_libreoffice_copy_reads_the_same(tmp_path):
    source = tmp_path / "multilevel.docx"
    source.write_bytes(word_fixtures.multilevel())
    assert word_fixtures.libreoffice_copy(source, tmp_path / "copy.docx")
    assert _outline(import_bill(tmp_path / "copy.docx")) == MULTILEVEL


def test_footnotes_of_the_mvt_become_markdown_footnotes_and_those_of_the_bill_are_kept():
    result = import_bill(FIXTURES / "multilevel.docx")
    assert "Dit voorstel regelt een **register** van *voorzieningen*.[^2]" in result.mvt  # the 2nd in the file
    assert "[^2]: Kamerstukken II 2025/26, 36 000, nr. 1." in result.mvt
    assert "| Onze Minister | houdt het register |" in result.mvt
    assert any("Zie ook de Archiefwet 1995." in text for _, text in result.unplaced)
    article_3 = next(a for a in result.bill.articles() if a.number == "3")
    assert article_3.toelichting == "Het register wordt openbaar gemaakt."


def test_an_amending_bill_numbered_by_word():
    result = import_bill(FIXTURES / "amending.docx")
    articles = list(result.bill.articles())
    assert [a.number for a in articles] == ["I", "II", "III"]
    assert [a.amends.citeertitel for a in articles[:2]] == ["Voorbeeldwet", "Andere wet"]
    assert [[o.number for o in a.onderdelen] for a in articles[:2]] == [["A", "B"], ["A", "B"]]
    first = articles[0].onderdelen[0].instructions
    assert first == (  # "Artikel 1 wordt als volgt gewijzigd:" over two numbered changes
        Instruction(Action.REPLACE_WORDS, Target(artikel="1", lid="1"), old="registratie", new="inschrijving"),
        Instruction(Action.DELETE, Target(artikel="1", lid="2")),
    )
    payload = articles[0].onderdelen[1].instructions[0].payload
    assert payload[0].number == "2a" and [lid.number for lid in payload[0].leden] == ["1", "2"]
    assert articles[2].opschrift == "Inwerkingtreding" and not articles[2].is_amending


TRACKED = {
    "accept": (["De proef duurt drie jaar.", "Onze Minister evalueert de proef.",
                "De proef kan eenmaal worden verlengd.",
                "De resultaten worden openbaar gemaakt. Hij zendt het verslag aan de Kamers."],
               "Deze wet vervalt vijf jaar na haar inwerkingtreding."),
    "reject": (["De proef duurt twee jaar.", "Onze Minister evalueert de proef. Hij zendt het verslag aan de Kamers.",
                "De proef is kosteloos.", "De resultaten worden openbaar gemaakt."], ""),
}  # fmt: skip


@pytest.mark.parametrize("mode", sorted(TRACKED))
def test_tracked_changes_are_accepted_or_rejected(mode):
    articles = list(import_bill(FIXTURES / "tracked.docx", revisions=mode).bill.articles())
    leden, second_text = TRACKED[mode]
    assert [lid.text for lid in articles[0].leden] == leden
    assert [lid.number for lid in articles[0].leden] == ["1", "2", "3", "4"]
    assert articles[1].text == second_text
    if mode == "reject":  # the style change rejected: the paragraph is a numbered lid again, and
        assert [(lid.number, lid.text) for lid in articles[1].leden] == [  # the list runs on
            ("5", "Deze wet vervalt vijf jaar na haar inwerkingtreding.")]


def test_a_file_with_tracked_changes_is_refused_without_the_option():
    with pytest.raises(ImportRefused, match="--revisions accept or --revisions reject"):
        import_bill(FIXTURES / "tracked.docx")


def test_typed_numbers_are_read_when_word_numbers_nothing():
    text = import_data((FIXTURES / "amending.docx").read_bytes(), "amending.docx")
    assert text.stats.leden == 2  # "1. Onze Minister …" and "2. Hij doet …" were typed by hand
