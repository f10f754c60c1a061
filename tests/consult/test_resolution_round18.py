"""Forms that the real set's fresh25 and fresh26 parts (y01-y06 and z01-z14: letters, memories van
antwoord and advices on housing law, an amendement, and Staatsblad texts of a new law and of an act
amending a bill) showed, each stated as a rule of such texts in general and tested on invented
sentences and invented drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.divisionheadings import opens_own_articles
from wetgen.loader import load_bill

from .resolving import resolved, targets

FIXTURES = Path(__file__).parent / "fixtures"

ENACTING = "Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, hebben goedgevonden en verstaan:\n\n"


# --- "HOOFDSTUK 1 ALGEMENE BEPALINGEN" above "Artikel 1" of a new law ---------------------------


def test_a_chapter_heading_above_a_new_laws_article_is_the_bills_chapter(new_law):
    text = ENACTING + "HOOFDSTUK 1 ALGEMENE BEPALINGEN\n\nArtikel 1\n\nIn deze wet wordt verstaan onder:\n"
    found = resolved(text, new_law, "scope", "artikel", "division")
    assert found[0] == ("HOOFDSTUK 1", "bill", "", "hoofdstuk 1")
    assert ("Artikel 1", "bill", "1", "") in found


def test_a_chapter_heading_in_mixed_case_above_an_article_is_the_bills_chapter(new_law):
    text = "Hoofdstuk 2. Het register\n\nArtikel 3\n\nOnze Minister houdt een register bij.\n"
    assert resolved(text, new_law, "scope", "division")[0] == ("Hoofdstuk 2", "bill", "hoofdstuk 2")


def test_a_documents_own_chapter_heading_is_no_reference(new_law):
    assert resolved("HOOFDSTUK 1. ALGEMEEN\n\nDe regering stelt een nieuwe wet voor.\n", new_law, "scope") == []
    assert not opens_own_articles("Inleiding", True)
    assert not opens_own_articles("Artikel 1", False)  # a bill that amends a law: its heading names that law's chapter
    assert opens_own_articles("Artikel 2.3", True)


# --- an act that amends a bill: its onderdelen change that bill's Roman articles -------------


@pytest.fixture(scope="module")
def amends_bill():
    """An invented act whose ARTIKEL I amends a bill (the Verzamelwet proefwoningen, in Roman
    articles, which amends the Woningwet) and whose ARTIKEL II is its own."""
    return load_bill(FIXTURES / "wijziging-wetsvoorstel.yaml")


ACT = ("ARTIKEL I\n\nIndien het bij koninklijke boodschap ingediende voorstel van wet (Verzamelwet "
       "proefwoningen) tot wet wordt verheven, wordt die wet als volgt gewijzigd:\n\nA\n\nIn het opschrift "
       "vervalt: en de huurprijzen.\n\nB\n\nIn artikel I, onderdeel B, wordt artikel 12 van de Woningwet als "
       "volgt gewijzigd:\n\n1. In het tweede lid wordt «de huurder» vervangen door: de huurder, bedoeld in "
       "artikel 15, eerste lid,.\n\n2. Het derde lid komt te luiden:\n\n3. Een proefwoning als bedoeld in "
       "artikel 16 wordt gemeld.\n\nARTIKEL II\n\nDeze wet treedt in werking op een bij koninklijk besluit "
       "te bepalen tijdstip.\n")  # fmt: skip


def test_a_roman_article_named_in_an_onderdeel_is_the_amended_bills(amends_bill):
    found = resolved(ACT, amends_bill, "scope", "law", "artikel", "item")
    assert ("artikel I, onderdeel B", "law", "Verzamelwet proefwoningen", "I", "B") in found
    assert ("ARTIKEL II", "bill", "", "II", "") in found  # the act's own ARTIKEL stays its own


def test_the_article_that_onderdeel_names_is_the_instructions_subject(amends_bill):
    found = targets(ACT, amends_bill)
    assert ("artikel 12 van de Woningwet", "other_law", "Woningwet", "12", "", "") in found
    assert ("het tweede lid", "other_law", "Woningwet", "12", "", "2") in found
    assert ("Het derde lid", "other_law", "Woningwet", "12", "", "3") in found


def test_articles_in_the_new_words_are_the_third_laws(amends_bill):
    found = targets(ACT, amends_bill)
    assert ("artikel 15, eerste lid", "other_law", "Woningwet", "15", "", "1") in found
    assert ("artikel 16", "other_law", "Woningwet", "16", "", "") in found


def test_a_nota_naming_the_bills_own_onderdeel_stays_the_bills(one_law):
    text = "Het voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nIn artikel I, onderdeel B, wordt artikel 28a als volgt gewijzigd:\n"
    found = targets(text, one_law)
    assert ("artikel I, onderdeel B", "bill", "", "I", "B", "") in found
    assert ("artikel 28a", "law", "Huisvestingswet 2014", "28a", "", "") in found


def test_an_instruction_in_an_ordinary_amending_article_keeps_its_law(one_law):
    text = ("ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA\n\nIn artikel 28a wordt "
            "«artikel 12» vervangen door: artikel 12 van de Woningwet.\n\n1. In het tweede lid wordt verwezen naar artikel 29.\n")  # fmt: skip
    found = targets(text, one_law)
    assert ("artikel 29", "law", "Huisvestingswet 2014", "29", "", "") in found


# --- "titel 7.4 van Boek 7": a code's division written with its book's number and the book ----


@pytest.mark.parametrize(("words", "division"), [
    ("de nieuwe titel 7.4 van Boek 7 van het Burgerlijk Wetboek", "titel 4"),
    ("titel 4 van Boek 7 van het Burgerlijk Wetboek", "titel 4"),
    ("afdeling 7.4.6 van Boek 7 BW", "afdeling 4.6"),
    ("afdeling 4.6 van Boek 7 BW", "afdeling 4.6"),
])  # fmt: skip
def test_a_divisions_number_with_its_book_is_not_given_the_book_twice(one_law, words, division):
    found = resolved(f"Wij verwijzen naar {words}.", one_law, "law", "division")
    assert [f[1:] for f in found] == [("Burgerlijk Wetboek Boek 7", division)]


# --- the onderdelen of a definition: "wordt in de begripsomschrijving van «X»: 1°. in onderdeel a" --


DEFINITION = ("Artikel I, onderdeel A, wordt als volgt gewijzigd:\n\n1. Artikel 1 wordt als volgt gewijzigd:\n\n"
              "a. wordt in de begripsomschrijving van «woonruimte»:\n\n1°. in onderdeel a «besloten ruimte» "
              "vervangen door «ruimte»;\n\n2°. in onderdeel b vervalt «zelfstandig».\n\nb. In onderdeel c wordt "
              "«woning» vervangen door «woonruimte».\n")  # fmt: skip


def test_a_bare_onderdeel_in_a_definitions_steps_is_the_definitions_own(one_law):
    found = resolved(DEFINITION, one_law, "law", "artikel", "item")
    assert ("onderdeel a", "Huisvestingswet 2014", "1", "") in found
    assert ("onderdeel b", "Huisvestingswet 2014", "1", "") in found


def test_an_onderdeel_after_the_definitions_steps_is_the_articles_again(one_law):
    found = resolved(DEFINITION, one_law, "law", "artikel", "item")
    assert ("onderdeel c", "Huisvestingswet 2014", "1", "c") in found


# --- "dit ingevoegde wetsartikel": the lay word for an article, and a participle before the noun ---


def test_wetsartikel_is_an_article_word_of_an_anaphor(one_law):
    assert targets("Dit wetsartikel is in strijd met de Grondwet.", one_law) == [("Dit wetsartikel", "unknown", "", "", "", "")]
    text = "In artikel 28a staat de voorrang. Dit wetsartikel gaat te ver."
    assert targets(text, one_law)[-1] == ("Dit wetsartikel", "law", "Huisvestingswet 2014", "28a", "", "")


def test_a_participle_between_the_determiner_and_the_noun_keeps_the_anaphor(one_law):
    text = "Het amendement voegt artikel 28a in. Dit ingevoegde artikel kan zo niet overeind blijven."
    assert targets(text, one_law)[-1] == ("Dit ingevoegde artikel", "law", "Huisvestingswet 2014", "28a", "", "")
    assert targets("Dit ingevoegde wetsartikel kan zo niet blijven.", one_law) == [
        ("Dit ingevoegde wetsartikel", "unknown", "", "", "", "")]  # fmt: skip


def test_a_word_ending_in_wetsartikel_without_a_determiner_is_no_reference(one_law):
    assert targets("Het wetsartikel werd besproken in een algemeen overleg.", one_law) == []
