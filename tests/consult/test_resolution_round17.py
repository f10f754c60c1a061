"""Forms that the real set's fresh24 part (x01-x10: notas naar aanleiding van het verslag,
memories van antwoord, advices, verslagen and a tweede nota van wijziging on a new law) showed,
and forms lay respondents write, each stated as a rule of such texts in general and tested on
invented sentences and invented drafts."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.bracketlid import bracketed_lid
from wetgen.consult.analyse.houserules import EERSTE, TWEEDE, house_rules
from wetgen.consult.analyse.opschrift import names_opschrift, opschrift_before
from wetgen.consult.analyse.renumbering import renumbered
from wetgen.consult.analyse.spacedletter import joined_letter

from .resolving import resolved, targets

NOTA = "In het wetsvoorstel worden de volgende wijzigingen aangebracht:\n\nA\n\nArtikel 1 wordt gewijzigd als volgt:\n\n"


# --- «Deze wet» in the words of an article of a bill that enacts a new law ---------------------


def test_deze_wet_in_quoted_and_new_words_of_a_new_laws_article_is_the_bill(new_law):
    text = NOTA + ("1. «In deze wet wordt verstaan onder» wordt vervangen door: Deze wet en de daarop "
                   "berustende bepalingen verstaan onder.\n")  # fmt: skip
    assert targets(text, new_law) == [("Artikel 1", "bill", "", "1", "", ""),
                                      ("deze wet", "bill", "", "", "", ""),
                                      ("Deze wet", "bill", "", "", "", "")]  # fmt: skip


def test_deze_wet_in_new_words_of_an_amended_law_stays_that_law(one_law):
    text = ("Artikel I, onderdeel B, wordt als volgt gewijzigd:\n\n1. In artikel 28a wordt «bij of "
            "krachtens deze wet» vervangen door: bij of krachtens deze wet of de Woningwet.\n")  # fmt: skip
    found = targets(text, one_law)
    assert [t[:3] for t in found if t[0] == "deze wet"] == [("deze wet", "law", "Huisvestingswet 2014")] * 2


# --- "Het opschrift van Titel II": the opschrift of a division of the regulation discussed ------


def test_the_opschrift_of_a_titel_of_a_new_law_is_the_bills_titel(new_law):
    text = NOTA + "1. Het opschrift van Titel II komt te luiden: Het register.\n"
    found = resolved(text, new_law, "scope", "division")
    assert found[-1] == ("Het opschrift van Titel II", "bill", "titel II")


def test_the_opschrift_of_an_amended_laws_titel_stays_that_laws(one_law):
    text = "Artikel I, onderdeel B, wordt als volgt gewijzigd:\n\n1. Het opschrift van titel II komt te luiden: Huisvesting.\n"
    found = resolved(text, one_law, "scope", "law", "division")
    assert found[-1] == ("Het opschrift van titel II", "law", "Huisvestingswet 2014", "titel II")


def test_a_titel_named_with_a_law_after_its_opschrift_is_that_laws(new_law):
    text = "Het opschrift van titel II van de Huisvestingswet 2014 is verouderd."
    assert resolved(text, new_law, "scope", "division") == [("titel II van de Huisvestingswet 2014", "other_law", "titel II")]


def test_the_opschrift_words_are_read_only_right_before_the_division():
    text = "Het opschrift van de wet en titel II"
    assert opschrift_before(text, text.index("titel")) == text.index("titel")
    text = "Zie het opschrift van titel II"
    assert opschrift_before(text, text.index("titel")) == text.index("het")
    assert names_opschrift("Het opschrift van titel II") and not names_opschrift("titel II")


# --- "de onderdelen a tot en met d worden geletterd b tot en met e": the new letters, bare -------


def test_the_letters_after_geletterd_are_the_onderdelen_relettered(new_law):
    text = NOTA + "3. De onderdelen a tot en met d worden geletterd b tot en met e.\n"
    found = resolved(text, new_law, "artikel", "item")
    assert found[-4:] == [("b tot en met e", "1", x) for x in "bcde"]


def test_verletterd_tot_of_an_amended_laws_article(one_law):
    text = "Artikel I, onderdeel B: in artikel 28a worden de onderdelen a tot en met c verletterd tot b tot en met d."
    found = resolved(text, one_law, "law", "artikel", "item")
    assert found[-3:] == [("b tot en met d", "Huisvestingswet 2014", "28a", x) for x in "bcd"]


def test_relettering_reads_only_letters_after_the_verb():
    text = "de onderdelen c en d worden respectievelijk geletterd d en e"
    assert [(text[s:e], [p.item for p in parts]) for s, e, parts, _ in renumbered(text)] == [("d en e", ["d", "e"])]
    assert renumbered("de onderdelen a tot en met d worden geletterd als volgt") == []
    assert renumbered("de letters worden opnieuw geletterd b tot en met e") == []


def test_a_range_after_verlettering_is_no_list_of_new_letters(one_law):
    # "onder verlettering van onderdeel b tot en met g": "en" is no letter (s02 had read it so)
    assert renumbered("onder verlettering van onderdeel b tot en met g tot c tot en met h") != []
    assert all(p.item != "en" for _, _, parts, _ in renumbered("onder verlettering van onderdelen b tot en met g") for p in parts)


# --- "het Reglement van Orde" without its Kamer -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("De commissie brengt een nader verslag uit, zoals bedoeld in artikel 94, derde lid, van het "
         "Reglement van Orde.", TWEEDE),
        ("Het voorstel is niet conform artikel 105 van het Reglement van orde van de Kamer.", TWEEDE),
        ("De Eerste Kamer stelde op grond van artikel 15 van het Reglement van Orde een commissie in.", EERSTE),
    ],
)
def test_the_reglement_van_orde_is_that_of_the_kamer_named_last_else_the_tweede_kamers(one_law, text, law):
    assert resolved(text, one_law, "scope", "law")[-1][1:] == ("other_law", law)


def test_another_bodys_reglement_van_orde_is_not_a_kamers():
    assert house_rules("Reglement van orde voor de vergaderingen van de raad", 0) is None
    assert house_rules("Reglement van Orde van de Tweede Kamer der Staten-Generaal", 0) is None
    assert house_rules("Reglement van Orde.", 0) == (18, TWEEDE)


# --- "Artikel 28 a": an article number written apart from its letter ----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wij hebben bezwaar tegen Artikel 28 a van de Huisvestingswet.", [("law", "Huisvestingswet 2014", "28a", "")]),
        ("Wij hebben bezwaar tegen art. 28 a, tweede lid.", [("law", "Huisvestingswet 2014", "28a", "2")]),
        # not an article the bill changes, and not named joined: the number alone, as before
        ("Artikel 3 a van de Woningwet is hier niet relevant.", [("law", "Huisvestingswet 2014", "3", "")]),
        # named joined elsewhere in the text
        ("Artikel 3 b en artikel 3b van de Woningwet.", [("other_law", "Woningwet", "3b", "")] * 2),
    ],
)
def test_a_letter_written_apart_joins_its_number_only_for_a_known_article(one_law, text, want):
    assert [t[1:3] + (t[3], t[5]) for t in targets(text, one_law)] == want


def test_a_range_of_letters_written_apart_is_still_a_range(one_law):
    found = resolved("Zie artikel 28 a tot en met c.", one_law, "artikel")
    assert [t[1] for t in found] == ["28a", "28b", "28c"]


def test_joined_letter_reads_one_small_letter_and_no_word():
    known = frozenset({"28a"})
    assert joined_letter("artikel 28 a, tweede lid", 10, "28", known) == 12
    assert joined_letter("artikel 28 aanpassen", 10, "28", known) == 10
    assert joined_letter("artikel 28 b", 10, "28", known) == 10
    assert joined_letter("artikel 28 a. Daarna", 10, "28", known) == 12
    assert joined_letter("artikel 28 a.s.", 10, "28", known) == 10


# --- "artikel 28a (2)": a lid in brackets right after the article number -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In artikel 28a (2) staat dat de gemeente moet regelen.", [("28a", "2", "")]),
        ("Zie art. 28a(2) en art. 28a (3).", [("28a", "2", ""), ("28a", "3", "")]),
        ("In artikel 28a (2), onder b, staat dat.", [("28a", "2", "b")]),
        # a year, a word or more than a number in the brackets: no lid
        ("Zie artikel 28a (2019) en artikel 28a (nieuw).", [("28a", "", ""), ("28a", "", "")]),
        ("Zie artikel 28a (2a).", [("28a", "", "")]),
    ],
)
def test_a_lid_in_brackets_after_the_article_number(one_law, text, want):
    assert [t[1:] for t in resolved(text, one_law, "artikel", "lid", "item")] == want


def test_a_bracketed_number_after_a_bare_number_is_no_lid():
    assert bracketed_lid("(2) en", 0) == ("2", 3)
    assert bracketed_lid(" (12)", 0) == ("12", 5)
    assert bracketed_lid(" (123)", 0) == ("", 0)
    assert bracketed_lid(" (0)", 0) == ("", 0)



def test_a_bare_number_takes_no_lid_in_brackets(one_law):
    assert all(t[1] != "3" for t in resolved("Zie 6:162 (3) en paragraaf 4.2 (3) van de memorie.", one_law, "lid"))
