"""Forms that memories van toelichting and the parlementaire geschiedenis write and that the
real set's fresh7 part (g01-g15) showed: each a general rule, tested on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.bareletters import bare_onderdelen
from wetgen.consult.analyse.context import is_instruction, leading_onderdeel
from wetgen.consult.analyse.explain import explain_references
from wetgen.consult.analyse.grammar import Part
from wetgen.consult.analyse.refs import MVT, find_references
from wetgen.consult.analyse.stages import stage_heading, stage_numbers
from wetgen.loader import load_bill

from .resolving import resolved

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="module")
def two_laws():
    """ARTIKEL I amends the Huisvestingswet 2014 (onderdelen A, B), II the Woningwet (A-D)."""
    return load_bill(FIXTURES / "verzamelwet-wonen.yaml")


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, item) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid", "item")


# --- onderdeel letters written bare after an article of the bill -----------------------------


def test_bare_letters_after_a_roman_article_are_its_onderdelen(two_laws):
    found = targets("Op pagina 3 is de toelichting op artikel II, A en B, aangevuld.", two_laws)
    assert [t[1:5] for t in found if t[3]] == [("bill", "", "II", "A"), ("bill", "", "II", "B")]
    found = targets("Artikel I, B en Artikel II, C\nDe wijzigingen in deze artikelen zijn "
                    "technisch.", two_laws)  # fmt: skip
    assert [t[1:5] for t in found] == [
        ("bill", "", "I", "B"), ("bill", "", "II", "C"),
        ("bill", "", "I", "B"), ("bill", "", "II", "C"),
    ]


def test_a_letter_equal_to_the_article_is_an_onderdeel_a_higher_numeral_another_article():
    assert bare_onderdelen("Artikel I, I en Artikel II, F", 9, "I") == (("I",), 12)
    assert bare_onderdelen("artikel I, II en III", 9, "I") == ((), 9)
    # a word is no letter, nor is a letter that opens a sentence going on
    assert bare_onderdelen("artikel II, De wet", 10, "II") == ((), 10)
    assert bare_onderdelen("artikel II, A wordt gewijzigd", 10, "II") == ((), 10)
    # only after a Roman article: "artikel 12, A" is no onderdeel of the bill
    assert bare_onderdelen("artikel 12, A.", 10, "12") == ((), 10)


# --- instructions written in the past tense, as an item of a list --------------------------


def test_an_instruction_may_be_told_in_the_past_tense_and_as_an_item_of_a_list():
    assert is_instruction("• Na artikel II, onderdeel E, is een nieuw onderdeel F ingevoegd, luidende:")
    assert is_instruction("In artikel I, onderdeel I, is 'artikel 42' vervangen door: artikel 41.")
    assert is_instruction("- Artikel 12 wordt als volgt gewijzigd:")
    assert not is_instruction("• In artikel 12 is geregeld dat de gemeente beslist.")


def test_a_past_instruction_ends_the_new_text_an_earlier_one_inserted(two_laws):
    text = ("2. Na artikel I, onderdeel A, is een nieuw onderdeel Aa ingevoegd, luidende:\n"
            "Aa In artikel 12, vijfde lid, wordt «artikel 13» vervangen door: artikel 14.\n"
            "• Na artikel II, onderdeel C, is een nieuw onderdeel Ca ingevoegd.")
    found = targets(text, two_laws)
    assert ("artikel 12, vijfde lid", "law", "Huisvestingswet 2014", "12", "", "5", "") in found
    assert ("artikel II, onderdeel C", "bill", "", "II", "C", "", "") in found


# --- which memorie van toelichting is the bill's own -----------------------------------------


def mvt_texts(text: str) -> list[str]:
    """Return the words of every mention of the bill's memorie van toelichting in `text`."""
    return [r.raw for r in find_references(text) if r.kind == MVT]


def test_the_general_part_of_the_memorie_is_a_place_in_it():
    assert mvt_texts("Men zie het algemeen deel van deze toelichting voor de keuze.") == [
        "het algemeen deel van deze toelichting"
    ]
    assert mvt_texts("Zoals in het algemene deel is opgemerkt, volstaat dit.") == ["het algemene deel"]
    assert mvt_texts("Zoals in het algemeen deel van dit advies is opgemerkt.") == []


def test_the_memorie_of_another_bill_and_what_names_it_after_are_not_the_bills_own():
    text = ("De achtergronden zijn belicht in de memorie van toelichting bij het aan de genoemde wet "
            "ten grondslag liggende wetsvoorstel (Kamerstukken II 1999/2000, 27 023, nr. 3). Hier "
            "wordt teruggegrepen op die toelichting; die toelichting wordt kortweg aangeduid als "
            "«MvT Wet X». Zie verder paragraaf 3 van de memorie van toelichting.")  # fmt: skip
    assert mvt_texts(text) == ["paragraaf 3 van de memorie van toelichting"]
    text = "(vgl. de memorie van toelichting bij de eerste tranche van de Awb, Kamerstukken II 1988/89, 21 221, nr. 3, blz. 4)"
    assert mvt_texts(text) == []
    # the memorie of the bill itself, and the short name given to it, are
    assert mvt_texts("de memorie van toelichting bij het wetsvoorstel") == ["memorie van toelichting"]
    assert len(mvt_texts("volgens de memorie van toelichting (hierna: memorie van toelichting)")) == 2


def test_a_part_heading_of_the_document_itself_is_no_reference():
    assert mvt_texts("II ARTIKELSGEWIJZE TOELICHTING\n\nArtikel I") == []
    assert mvt_texts("DEEL II ARTIKELSGEWIJZE TOELICHTING") == []


# --- the stages of an article's parliamentary history ---------------------------------------


def test_a_stage_heading_names_no_new_subject():
    for heading in ("[Eindtekst]", "Voorontwerp", "VvW = Eindtekst [5.0.2]", "Tekst RvS = VvW",
                    "Memorie van toelichting", "[29 702, p. 82-85]", "Nader rapport"):  # fmt: skip
        assert stage_heading(heading), heading
    for heading in ("Artikel 5:2", "Eerste lid", "Wijziging van de Awb", "Toelichting op artikel 3"):
        assert not stage_heading(heading), heading


def test_a_bracketed_number_after_a_stage_is_an_alias_alone_on_a_line_a_subject():
    assert stage_numbers("VO [2.3.1] = VvW\n(8:55b)\n1. Indien het beroep") == [
        (4, 9, "2.3.1", True), (18, 23, "8:55b", False),
    ]
    # a section number in brackets in prose is no article ("(zie 3.2)", "[3.2.1] van het advies")
    assert stage_numbers("Zie het advies (3.2) en de nota [3.2.1] van de commissie.") == []


def test_leden_below_the_stages_are_the_articles_the_page_is_about():
    awb = load_bill(FIXTURES / "awb-en-gemeentewet.yaml")
    text = ("Artikel 4:18\n\n1. De dwangsom wordt vastgesteld.\n\n[Eindtekst]\n1. De dwangsom wordt "
            "vastgesteld.\n\nVvW = Eindtekst [4.1.3.5]\n\nMemorie van toelichting\n\nDe dwangsom "
            "wordt eigener beweging vastgesteld (eerste lid).")  # fmt: skip
    found = targets(text, awb)
    assert ("4.1.3.5", "law", "Algemene wet bestuursrecht", "4.1.3.5", "", "", "") in found
    assert found[-1] == ("eerste lid", "law", "Algemene wet bestuursrecht", "4:18", "", "1", "")
    text = "Artikel 4:20d\n\n(4:20b)\n1. Indien het bestuursorgaan talmt.\n\nMemorie van toelichting\n\nEerste lid\nDit lid."
    assert targets(text, awb)[3][1:6] == ("law", "Algemene wet bestuursrecht", "4:20b", "", "1")


def test_onder_after_a_section_number_is_a_part_of_the_section():
    assert [r.raw for r in find_references("Zie het advies algemeen bij § 4.1.3.3 onder c.")] == [
        "§ 4.1.3.3"
    ]
    assert [r.raw for r in find_references("Zie artikel 3, onder c.")] == ["artikel 3, onder c"]


# --- "deze wet" in a law's own formulas; a law named before a relative clause --------------


def test_deze_wet_in_a_definition_quoted_under_a_laws_article_is_that_law():
    awb = load_bill(FIXTURES / "awb-en-gemeentewet.yaml")
    text = "Artikel 5:2\n\n1. In deze wet wordt verstaan onder:\na. sanctie: een last."
    assert targets(text, awb)[1][:3] == ("deze wet", "law", "Algemene wet bestuursrecht")
    # in prose the words are no formula: what "deze wet" is there, the text does not tell
    text = "Artikel 5:2\n\nDeze wet beoogt de handhaving te verbeteren."
    assert targets(text, awb)[1][:2] == ("Deze wet", "unknown")


def test_a_law_named_before_waarvan_is_the_law_of_the_article_after_it(two_laws):
    found = targets("Dat is vastgelegd in de Grondwet, waarvan artikel 18, eerste lid, luidt: …", two_laws)
    assert found[0][1:6] == ("other_law", "Grondwet", "18", "", "1")
    found = targets("Het gaat om de Woningwet, waarvan artikel 19 wordt gewijzigd.", two_laws)
    assert found[0][1:4] == ("law", "Woningwet", "19")
    # without a law's name before it the clause names none
    assert [r.law for r in find_references("het besluit, waarvan artikel 3 luidt")] == [""]



def test_a_stage_number_without_a_law_is_of_the_law_of_the_article_it_numbers(two_laws):
    # neither amended law numbers with dots: the number's style alone names no law
    text = "Artikel 12 van de Huisvestingswet 2014\n\n1. Gemeenten verlenen.\n\nVO [3.1.2] = VvW"
    assert targets(text, two_laws)[1][1:4] == ("law", "Huisvestingswet 2014", "3.1.2")


def test_a_lid_with_a_state_word_after_an_onderdeel_belongs_to_the_article_after_it():
    found = find_references("Het in artikel I, onderdeel A voorgestelde vierde lid van artikel 16 "
                            "van de Woningwet luidde aanvankelijk:")  # fmt: skip
    assert [(r.parts, r.law) for r in found] == [
        ((Part(artikel="I", item="A"),), ""),
        ((Part(artikel="16", lid="4"),), "Woningwet"),
    ]
    # after a comma the lid is the article's own
    assert find_references("artikel 12, het voorgestelde derde lid")[0].parts == (Part("12", lid="3"),)


def test_the_general_part_cut_off_by_a_stored_copy_is_still_a_place_in_the_memorie():
    assert mvt_texts("Zoals in het algemeen deel van deze toeli […]") == ["het algemeen deel van deze toeli"]


def test_a_lead_in_sentence_names_the_law_of_the_divisions_in_the_list_below():
    one_awb = load_bill(FIXTURES / "awb-en-gemeentewet.yaml")
    text = ("Het voorstel regelt drie onderwerpen in de Woningwet:\n\n• geldschulden (titel 4.4);\n\n"
            "• attributie (afdeling 10.1.3).")  # fmt: skip
    found = [(r.text, r.target.scope, r.target.law, r.target.division)
             for p in explain_references(text, one_awb) for r in p.references]  # fmt: skip
    assert found == [
        ("titel 4.4", "other_law", "Woningwet", "titel 4.4"),
        ("afdeling 10.1.3", "other_law", "Woningwet", "afdeling 10.1.3"),
    ]
    # a colon after a clause that names no law leaves the list's divisions unresolved
    text = "Het voorstel regelt drie onderwerpen:\n\n• geldschulden (titel 4.4)."
    assert [r.target.scope for p in explain_references(text, one_awb) for r in p.references] == ["unknown"]


def test_the_letter_of_an_announced_onderdeel_run_into_its_instruction_opens_it(two_laws):
    text = ("2. Na artikel I, onderdeel A, is een nieuw onderdeel B ingevoegd, luidende:\n\n"
            "B In artikel 28a wordt «plan» vervangen door: programma.")  # fmt: skip
    found = targets(text, two_laws)
    assert ("B", "bill", "", "I", "B", "", "") in found
    assert found[-1][:4] == ("artikel 28a", "law", "Huisvestingswet 2014", "28a")
    # without an announcement a capital and a word are prose
    assert leading_onderdeel("B In artikel 28a wordt …") == (0, "", 0)
