"""Forms that the real set's fresh16 and fresh17 parts (p01-p15: amendementen and advices; q01-q15:
memories, AMvB's with their aanhef, notas van wijziging) showed, each a general rule of
legislative texts, tested on invented sentences against the default draft."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.grammar import NUMBER_RE, qualifiers
from wetgen.consult.analyse.insertedletters import counted_letters
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.refs import find_references

from .resolving import resolved


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, item) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid", "item")


# --- leden joined by a bare "en", and a lid whose word a list left out --------------------------


@pytest.mark.parametrize("phrase", ["derde lid en vijfde lid", "het derde lid en het vijfde lid"])
def test_leden_joined_by_en_are_both_read(phrase):
    groups, end = qualifiers(f"artikel 12, {phrase}, van de Woningwet", len("artikel 12, "))
    assert [g.leden for g in groups] == [("3",), ("5",)]
    assert end == len(f"artikel 12, {phrase}")


def test_a_lid_after_en_that_names_its_own_article_is_not_joined():
    text = "artikel 12, derde lid en het vijfde lid van artikel 14"
    groups, end = qualifiers(text, len("artikel 12, "))
    assert [g.leden for g in groups] == [("3",)]
    assert text[end:].startswith(" en het vijfde lid")


def test_leden_joined_by_en_before_their_article_are_both_its(one_law):
    text = "Het derde lid en het vijfde lid van artikel 12 zijn te streng."
    found = [(t[1], t[2], t[3], t[5]) for t in targets(text, one_law)]
    assert found == [("law", "Huisvestingswet 2014", "12", "3"), ("law", "Huisvestingswet 2014", "12", "5")]


def test_a_long_aanhef_list_reaches_its_law(one_law):
    text = ("Gelet op de artikelen 3.2, tweede lid en zesde lid, 4.7, eerste en derde lid, 4.7a, "
            "vierde lid, en 6.1, tweede lid, van de Wet op de kinderbijslagpunten;")
    found = {(t[1], t[2], t[3], t[5]) for t in targets(text, one_law)}
    law = "Wet op de kinderbijslagpunten"
    assert {("other_law", law, "3.2", "2"), ("other_law", law, "3.2", "6"), ("other_law", law, "4.7", "1"),
            ("other_law", law, "4.7", "3"), ("other_law", law, "4.7a", "4"),
            ("other_law", law, "6.1", "2")} <= found  # fmt: skip


def test_ordinals_without_lid_in_a_list_of_leden_are_leden(one_law):
    text = ("Gelet op de artikelen 2.5, derde lid, 2.8, tweede en vierde, 2.9, eerste lid, van de "
            "Wet op de kinderbijslagpunten;")
    found = {(t[3], t[5]) for t in targets(text, one_law)}
    assert {("2.5", "3"), ("2.8", "2"), ("2.8", "4"), ("2.9", "1")} <= found


def test_ordinals_without_lid_are_no_leden_where_no_lid_follows():
    groups, _ = qualifiers("artikel 12, tweede en derde, zoals gezegd", len("artikel 12, "))
    assert groups == []


# --- onderdelen inserted by count, and their leading noughts ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "letters"),
    [
        ("In artikel I worden na onderdeel B twee onderdelen ingevoegd, luidende:", ("Ba", "Bb")),
        ("Na onderdeel Ca worden drie onderdelen ingevoegd, luidende:", ("Cb", "Cc", "Cd")),
        ("Vóór onderdeel 0A worden drie onderdelen ingevoegd, luidende:", ("0000A", "000A", "00A")),
        ("Voor onderdeel A worden twee onderdelen ingevoegd, luidende:", ("00A", "0A")),
        ("Na onderdeel B wordt een onderdeel ingevoegd, luidende:", ()),
        ("Na onderdeel b worden twee onderdelen ingevoegd, luidende:", ()),
    ],
)
def test_counted_onderdelen_name_their_letters(sentence, letters):
    assert counted_letters(sentence) == letters


def test_each_counted_onderdeel_heads_its_text(one_law):
    text = ("In artikel I worden na onderdeel A twee onderdelen ingevoegd, luidende:\n\nAa\n\n"
            "In artikel 12 vervalt het zesde lid.\n\nAb\n\nIn artikel 28a wordt «x» vervangen door: y.")
    found = [(t[0], t[1], t[3], t[4]) for t in targets(text, one_law)]
    assert ("Aa", "bill", "I", "Aa") in found and ("Ab", "bill", "I", "Ab") in found


def test_an_onderdeel_with_leading_noughts_is_one_letter(one_law):
    refs = find_references("In artikel I, onderdeel 000A, vervalt «x».", LawLexicon())
    assert [(p.artikel, p.item) for r in refs for p in r.parts] == [("I", "000A")]


# --- an inserted article of the bill numbered in Roman with a small letter ----------------------


@pytest.mark.parametrize("number", ["IIa", "IVc", "XIIb"])
def test_a_roman_article_with_a_small_letter_is_one_number(number):
    hit = NUMBER_RE.match(f"{number} ingevoegd")
    assert hit and hit.group(0) == number


def test_a_roman_number_before_a_word_keeps_its_letter_off():
    assert NUMBER_RE.match("II aan").group(0) == "II"
    assert NUMBER_RE.match("IIaan") is None


def test_an_inserted_roman_article_is_the_bills(one_law):
    found = [(t[0], t[1], t[3]) for t in targets("Na artikel II wordt een artikel IIa ingevoegd, luidende:", one_law)]
    assert ("artikel IIa", "bill", "IIa") in found


# --- a law's name ends before the verb of its sentence ------------------------------------------


def test_a_law_named_by_shape_ends_before_treedt():
    lexicon = LawLexicon()
    text = "Wet tijdelijke voorzieningen Bonaire treedt in werking met ingang van 1 juli."
    found = lexicon.match(text, 0)
    assert found is not None and found.law == "Wet tijdelijke voorzieningen Bonaire"


def test_a_former_citeertitel_is_kept_as_written():
    text = "artikel 1.1 van de Wet kinderopvang en kwaliteitseisen peuterspeelzalen;"
    found = LawLexicon().match(text, text.index("Wet"))
    assert found is not None and found.law == "Wet kinderopvang en kwaliteitseisen peuterspeelzalen"


# --- a lid after a bare number in quoted words, and a dot number closed by a dot ----------------


def test_a_lid_after_a_bare_number_is_not_the_lid_under_discussion(one_law):
    text = ("In artikel I, onderdeel A, wordt in artikel 12 de zinsnede «14, 15 en 17, derde lid,» "
            "vervangen door: 14 en 15.")
    found = [t[0] for t in targets(text, one_law)]
    assert "derde lid" not in found


@pytest.mark.parametrize("before", ["artikel 17, ", "op 1 juli 2020, ", "lid 2, "])
def test_a_lid_after_a_named_number_or_a_date_is_still_read(before):
    from wetgen.consult.analyse.barenumbers import after_bare_number

    assert not after_bare_number(before + "derde lid", len(before))


def test_a_dot_number_closed_by_a_dot_keeps_its_lid(one_law):
    found = [(t[0], t[3], t[5]) for t in targets("Artikel 3.4., tweede lid, van de Grondwet vervalt.", one_law)]
    assert ("Artikel 3.4., tweede lid, van de Grondwet", "3.4", "2") in found


# --- the toelichting of a plan, and a memorie citing other documents ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Die eisen gelden voor de toelichting bij een bestemmingsplan dat woningen mogelijk maakt.",
        "Het schuift de toets door naar de toelichting op het uitwerkings- of wijzigingsplan.",
        "Dat staat in de toelichting op de verordening van de gemeente.",
    ],
)
def test_the_toelichting_of_a_plan_is_not_the_memorie(one_law, sentence):
    assert [t for t in targets(sentence, one_law) if t[1] == "mvt"] == []


def test_the_toelichting_of_the_bill_is_still_the_memorie(one_law):
    found = targets("Dat staat in de toelichting bij het wetsvoorstel.", one_law)
    assert any(t[1] == "mvt" for t in found)


def test_a_memorie_citing_a_kamerstuk_cites_another_document(one_law):
    text = ("MEMORIE VAN TOELICHTING\n\nAlgemeen\n\nVolgens de memorie van toelichting bij de vorige "
            "wijziging (Kamerstukken II 2001/02, 28 123, nr. 3, blz. 9) was dat niet nodig.")
    assert [t for t in targets(text, one_law) if t[1] == "mvt"] == []


def test_an_advice_citing_the_memorie_by_kamerstuk_still_names_it(one_law):
    text = "De Afdeling wijst op de toelichting (Kamerstukken II 2001/02, 28 123, nr. 3, blz. 9)."
    assert any(t[1] == "mvt" for t in targets(text, one_law))


def test_eg_verdrag_written_with_a_space_is_the_treaty():
    from wetgen.consult.analyse.lawnames import eu_treaty_end

    assert eu_treaty_end("EG Verdrag bepaalt", 0) == len("EG Verdrag")


# --- an amending besluit without a numbered ARTIKEL -----------------------------------------------


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_letters_under_the_aanhef_are_the_sole_amending_articles_onderdelen(one_law, sep):
    text = sep.join(["Gelet op artikel 5 van de Woningwet;", "Hebben goedgevonden en verstaan:",
                     "De Huisvestingswet 2014 wordt als volgt gewijzigd:", "A",
                     "In artikel 12 vervalt het zesde lid."])  # fmt: skip
    found = [(t[0], t[1], t[3], t[4]) for t in targets(text, one_law)]
    assert ("A", "bill", "I", "A") in found
    assert ("artikel 12", "law", "12", "") in [(t[0], t[1], t[3], t[4]) for t in targets(text, one_law)]


def test_letters_under_a_law_the_bill_does_not_amend_stay_unread(one_law):
    text = "Het Bouwbesluit 2012 wordt als volgt gewijzigd:\n\nA\n\nIn artikel 4 vervalt het derde lid."
    assert not [t for t in targets(text, one_law) if t[0] == "A"]


def test_the_sentence_naming_the_amended_law_may_close_a_paragraph():
    from wetgen.consult.analyse.soleamending import amends_at

    text = "Hebben goedgevonden en verstaan: Het Besluit huurprijzen woonruimte wordt als volgt gewijzigd:"
    assert text[amends_at(text):].startswith("Besluit huurprijzen woonruimte")
    assert amends_at("De Afdeling adviseert: het besluit is gewijzigd.") == -1


# --- "dit besluit" in the text of a besluit -------------------------------------------------------


@pytest.fixture(scope="module")
def besluit():
    """An invented aanpassingsbesluit: ARTIKEL I amends the Woningwet, ARTIKEL II the Hw 2014."""
    from pathlib import Path

    from wetgen.loader import load_bill

    return load_bill(Path(__file__).with_name("fixtures") / "besluit-paragrafen.yaml")


def test_dit_besluit_in_a_besluit_is_the_draft_itself(besluit):
    text = ("Onze Minister van Binnenlandse Zaken is belast met de uitvoering van dit besluit, dat in "
            "het Staatsblad zal worden geplaatst. Artikel II van dit besluit werkt terug.")
    found = [(t[0], t[1], t[3]) for t in targets(text, besluit)]
    assert ("dit besluit", "bill", "") in found
    assert ("Artikel II van dit besluit", "bill", "II") in found


def test_dit_besluit_in_the_nota_van_toelichting_is_not_read(besluit):
    text = "NOTA VAN TOELICHTING\n\nAlgemeen\n\nDit besluit regelt een proef met kortere termijnen."
    assert [t for t in targets(text, besluit) if t[0].lower() == "dit besluit"] == []


def test_dit_besluit_in_a_bill_that_is_a_wet_names_no_instrument(one_law):
    text = "De regering wil dat de gemeente na dit besluit opnieuw beslist over de urgentie."
    assert [t for t in targets(text, one_law) if t[0] == "dit besluit"] == []


def test_dit_besluit_in_new_words_of_an_amended_besluit_is_that_besluit():
    from wetgen.consult.analyse.context import EMPTY
    from wetgen.consult.analyse.thisbesluit import own_besluit

    context = EMPTY._replace(law="Besluit kinderopvang")
    assert [t.law for t in own_besluit(True, context, "Wet X", "")] == ["Besluit kinderopvang"]
    assert own_besluit(True, EMPTY._replace(law="Woningwet"), "Besluit Y", "") == []


# --- a small-lettered onderdeel of the bill's onderdeel --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In artikel I, onderdeel A, komt onderdeel b te luiden:\n\nb. Er wordt een lid toegevoegd.",
        "In artikel I wordt onderdeel A als volgt gewijzigd:\n\n1. Onderdeel b vervalt.",
    ],
)
def test_a_small_onderdeel_below_a_bill_onderdeel_is_a_point_of_it(besluit, text):
    # onderdeel A of the besluit's ARTIKEL I names no article of the Woningwet that it changes
    found = [(t[0], t[1], t[3], t[4]) for t in targets(text, besluit)]
    assert any(t[0].lower() == "onderdeel b" and t[1:] == ("bill", "I", "A") for t in found)


def test_a_small_onderdeel_below_an_onderdeel_that_changes_one_article_is_that_articles(one_law):
    # onderdeel C of the default draft changes artikel 28b of the Huisvestingswet 2014 alone
    text = "In artikel I, onderdeel C, komt onderdeel b te luiden:\n\nb. Er wordt een lid toegevoegd."
    found = [(t[0], t[1], t[3], t[6]) for t in targets(text, one_law)]
    assert ("onderdeel b", "law", "28b", "b") in found


def test_a_small_onderdeel_below_a_law_article_stays_the_laws(besluit):
    text = "In artikel I, onderdeel A, wordt in artikel 12, vijfde lid, onderdeel b vervangen door: c."
    found = [(t[0], t[1], t[3]) for t in targets(text, besluit)]
    assert ("onderdeel b", "bill", "I") not in found


# --- the heading of the bill's own article that an amendment inserts ------------------------------


def test_the_heading_of_an_inserted_bill_article_is_the_bills():
    from pathlib import Path

    from wetgen.loader import load_bill

    # the item before leaves the law of ARTIKEL I (the Huisvestingswet 2014) under discussion
    two_laws = load_bill(Path(__file__).with_name("fixtures") / "verzamelwet-wonen.yaml")
    text = ("I In artikel I vervalt artikel 12.\n\nII Na artikel I wordt een nieuw artikel II ingevoegd, "
            "luidende:\n\nArtikel II\n\nAan de Woningwet wordt het volgende artikel toegevoegd:")
    found = [(t[0], t[1], t[2], t[3]) for t in targets(text, two_laws)]
    assert ("Artikel II", "bill", "", "II") in found


def test_a_roman_article_in_new_text_named_by_no_instruction_keeps_the_law():
    from wetgen.consult.analyse.context import Target
    from wetgen.consult.analyse.insertedarticles import heads_inserted_article

    last = (Target("bill", "", "II"),)
    assert heads_inserted_article("II", last) and not heads_inserted_article("XXI", last)
    assert not heads_inserted_article("12", (Target("bill", "", "12"),))


def test_a_response_saying_the_law_is_changed_opens_no_article(one_law):
    text = "De Huisvestingswet 2014 wordt op twee punten gewijzigd.\n\nA\n\nWij vinden dat een goed plan."
    assert not [t for t in targets(text, one_law) if t[0] == "A"]


# --- a bare article that goes on with a directive's articles in its sentence -----------------------


def test_a_bare_article_after_a_directives_in_its_sentence_is_the_directives(one_law):
    text = ("Voorwaarden zijn een verblijf van vijf jaar (artikel 4, eerste lid, van de richtlijn) en "
            "voldoende inkomsten (artikel 5, eerste lid, onder a).")
    assert [t for t in targets(text, one_law) if t[3] == "5"] == []


def test_an_article_the_bill_changes_after_a_directives_stays_the_laws(one_law):
    text = "Dat volgt uit artikel 4 van de richtlijn en wordt geregeld in artikel 12, vijfde lid."
    found = [(t[1], t[2], t[3], t[5]) for t in targets(text, one_law)]
    assert ("law", "Huisvestingswet 2014", "12", "5") in found


def test_a_bare_article_in_the_next_sentence_is_not_the_directives(one_law):
    text = "Dat volgt uit artikel 4 van de richtlijn. Artikel 5, eerste lid, regelt de rest."
    found = [(t[1], t[3]) for t in targets(text, one_law)]
    assert ("law", "5") in found
