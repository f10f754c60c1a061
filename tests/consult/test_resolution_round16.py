"""Forms that the real set's fresh22 and fresh23 parts (v01-v12: notas van wijziging, notas naar
aanleiding van het verslag and Kamerbrieven; w01-w09: instruments made under a law's articles,
a regeling's toelichting, an advice and Eerste Kamer stukken) showed, each stated as a rule of
such texts in general and tested on invented sentences and invented drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.definedinstrument import defines
from wetgen.consult.analyse.nextinstruction import new_words_end
from wetgen.consult.analyse.owninstrument import draft_named, names_itself
from wetgen.consult.analyse.renumbering import renumbered
from wetgen.loader import load_bill

from .resolving import targets

FIXTURES = Path(__file__).parent / "fixtures"



# --- new words end where the nota's next instruction on the bill's own onderdeel begins ---------

NEW_CONSIDERANS = (
    "Het voorstel van wet wordt als volgt gewijzigd:\nDe considerans komt te luiden:\n"
    "Alzo Wij in overweging genomen hebben, dat het wenselijk is de Huisvestingswet 2014 te wijzigen;\n"
    "Zo is het, dat Wij, de Raad van State gehoord, hebben goedgevonden en verstaan bij deze:\n"
    "Artikel I, onderdeel A, wordt als volgt gewijzigd:\n"
)


def test_a_new_considerans_ends_before_the_next_instruction_run_into_it(one_law):
    found = targets(NEW_CONSIDERANS + "1. In het vijfde lid wordt «tijdstip» vervangen door: moment.\n", one_law)
    assert found == [("Artikel I, onderdeel A", "bill", "", "I", "A", ""),
                     ("het vijfde lid", "law", "Huisvestingswet 2014", "12", "", "5")]  # fmt: skip


def test_an_onderdeel_quoted_inside_new_words_stays_new_text():
    # new words that name the bill's onderdeel without an instruction's verb run on
    segment = "komt te luiden: zoals bedoeld in Artikel I, onderdeel A, van die wet."
    assert new_words_end(segment, 16, len(segment)) == len(segment)
    segment = "bij deze: Artikel I, onderdelen F en X, vervallen."
    assert new_words_end(segment, 9, len(segment)) == 10


# --- an amending article that changes one article: its leden are that article's ----------------

STEP = ("Het voorstel van wet wordt als volgt gewijzigd:\n\nArtikel I, tweede lid, komt te luiden:\n\n"
        "2. In het derde lid wordt «maand» vervangen door: week, bedoeld in het eerste lid.\n")  # fmt: skip


@pytest.fixture(scope="module")
def two_laws():
    """An invented bill whose ARTIKEL I changes one article (artikel 5) of the Woningwet."""
    return load_bill(FIXTURES / "wijziging-woningwet-en-huisvestingswet.yaml")


def test_the_leden_a_step_of_an_article_changing_one_article_names_are_that_articles(two_laws):
    assert targets(STEP, two_laws) == [
        ("Artikel I, tweede lid", "bill", "", "I", "", "2"),
        ("het derde lid", "law", "Woningwet", "5", "", "3"),
        ("het eerste lid", "law", "Woningwet", "5", "", "1"),
    ]


def test_an_amending_article_changing_several_articles_leaves_its_leden_open(one_law):
    found = targets(STEP, one_law)
    assert found[0] == ("Artikel I, tweede lid", "bill", "", "I", "", "2")
    assert [t[1] for t in found[1:]] == ["unknown", "unknown"]


# --- "onder vernummering van artikel 28a tot 28d": one article renumbered, no range ------------


def test_renumbering_one_article_names_that_article_alone(one_law):
    found = targets("Onder vernummering van artikel 28a tot 28d, wordt na artikel 28 een artikel ingevoegd.", one_law)
    assert found[0] == ("artikel 28a", "law", "Huisvestingswet 2014", "28a", "", "")
    assert [t[0] for t in found] == ["artikel 28a", "artikel 28"]


def test_the_plural_is_no_renumbering_of_one_article():
    # not article 28a renumbered alone: the plural renumbers the range, to the new range after "tot" (round 40)
    found = renumbered("Onder vernummering van de artikelen 28a tot en met 28c tot 28b tot en met 28d")
    assert [p.artikel for _, _, parts, _ in found for p in parts] == ["28b", "28c", "28d"]
    assert [p.artikel for _, _, parts, _ in renumbered("onder vernummering van artikel 5 tot artikel 6") for p in parts] == ["5"]


# --- a bare article in a text on no amended law: the law named before it in its paragraph -------


def test_a_bare_article_after_a_law_named_in_a_text_on_no_bill_is_that_laws(regeling):
    found = targets("De evaluatie van de Woningwet is afgerond. Daarin komt de artikel 16-problematiek aan de orde.",
                    regeling)  # fmt: skip
    assert found == [("artikel 16", "other_law", "Woningwet", "16", "", "")]


def test_the_instruments_own_article_stays_its_own(regeling):
    found = targets("Naast de Woningwet geldt artikel 2 voor elke aanvraag.", regeling)
    assert [t[1:4] for t in found] == [("bill", "", "2")]


def test_a_law_after_the_numbers_or_an_eu_act_before_them_lends_nothing(regeling):
    after = targets("Gelet op de Woningwet en de artikelen 5, 7 tweede lid van het Proefbesluit huurcommissies;", regeling)
    assert "Woningwet" not in [t[2] for t in after if t[0].startswith("de artikelen")]
    eu = targets("Volgens de AVG is de verwerking rechtmatig als artikel 6, eerste lid, onder c dat toelaat.", regeling)
    assert [t[2] for t in eu if t[0].startswith("artikel 6")] != ["Algemene verordening gegevensbescherming"]


# --- "deze regeling", "deze keur": the draft that is such an instrument, wherever they stand ----


@pytest.fixture(scope="module")
def verordening():
    """A gemeentelijke verordening with three articles of its own (it amends no law)."""
    return load_bill(FIXTURES / "verordening-eigen-artikelen.yaml")


def test_a_response_on_a_regeling_names_it_as_deze_regeling(regeling):
    found = targets("Wij vinden deze regeling te streng voor kleine aanvragers.", regeling)
    assert found == [("deze regeling", "bill", "", "", "", "")]


def test_deze_regeling_is_the_general_word_for_a_verordening(verordening):
    found = targets("Ziet u een fout in deze regeling? Meld het ons.\n\nArtikel 1\n\n"
                    "In deze regeling wordt verstaan onder aanvrager: een inwoner.", verordening)  # fmt: skip
    assert [t[:2] for t in found if "regeling" in t[0]] == [("deze regeling", "bill"), ("deze regeling", "bill")]


def test_deze_regeling_in_a_response_on_a_wet_names_nothing(one_law):
    assert [t for t in targets("Wij vinden deze regeling te streng.", one_law) if "regeling" in t[0]] == []


def test_the_head_of_the_drafts_title_tells_its_kind():
    assert draft_named("deze keur", "Keur lozen en onttrekken", False, False)
    assert draft_named("deze regeling", "Keur lozen en onttrekken", False, False)
    assert not draft_named("deze verordening", "Uitvoeringswet verordening proefvervolging", False, False)
    assert not draft_named("deze regeling", "Regeling proefaanvragen", False, True)  # its toelichting
    assert not draft_named("deze wet", "Regeling proefaanvragen", False, False)
    assert names_itself("deze regeling", "Reglement van orde") and not names_itself("dit reglement", "Regeling x")


# --- "een uitvoeriger toelichting op …": an explanation, not the memorie -----------------------


def test_a_toelichting_after_een_and_a_comparative_is_an_explanation(one_law):
    assert targets("Voor een uitvoeriger toelichting op de werkwijze verwijzen wij naar het verslag.", one_law) == []
    assert targets("Geen duidelijker toelichting dan deze is denkbaar.", one_law) == []
    assert [t[1] for t in targets("Volgens de toelichting is dat anders.", one_law)] == ["mvt"]


# --- "De regeling X (hierna: de regeling) … Deze regeling …": the instrument so defined --------


def test_deze_regeling_after_a_definition_is_the_instrument_defined(one_law):
    text = ("De Regeling huisvesting proefgemeenten (hierna: de regeling) werkt artikel 12 van de Huisvestingswet 2014 uit."
            "\n\nDeze regeling treedt in werking op 1 januari 2027.")  # fmt: skip
    found = [t for t in targets(text, one_law) if "regeling" in t[0]]
    assert found == [("Deze regeling", "other_law", "Regeling huisvesting proefgemeenten", "", "", "")]


def test_a_definition_by_another_kind_or_none_names_nothing(one_law):
    assert defines("De Regeling huisvesting proefgemeenten (hierna: de regeling) is bedoeld") == "Regeling huisvesting proefgemeenten"
    assert defines("de omzettingsregeling luchthaven (hierna: de regeling)") == "Omzettingsregeling luchthaven"
    assert defines("het convenant met gemeenten (hierna: de regeling)") == ""
    text = "Het convenant met de gemeenten (hierna: het convenant) is gesloten.\n\nDeze regeling is te streng."
    assert [t for t in targets(text, one_law) if "regeling" in t[0]] == []
