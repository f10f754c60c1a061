"""Forms that the real set's fresh37 part (zk01-zk09: a memorie van toelichting, Staatsblad texts,
a nota naar aanleiding van het eindverslag, the KCBR's pages on the Aanwijzingen voor de
regelgeving, an advice and a law's own text as a legal database shows it) showed, each stated as a
rule of such texts in general and tested on invented sentences."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.explain import explain_references

from .resolving import default_bill, invented_bill, resolved

AR = "Aanwijzingen voor de regelgeving"
_RIJKSWET_ARTIKELEN = """    - nummer: I
      wijzigt: {citeertitel: Rijkswet op het Nederlanderschap}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 6, tekst: "(niet overgenomen)"}]}
"""


@pytest.fixture(scope="module")
def rijkswet(tmp_path_factory):
    """An invented bill amending the Rijkswet op het Nederlanderschap in its ARTIKEL I."""
    path = tmp_path_factory.mktemp("rijkswet") / "rijkswet.yaml"
    return invented_bill(path, "Wijziging van de Rijkswet op het Nederlanderschap", "Wet optie nederlanderschap",
                         _RIJKSWET_ARTIKELEN)  # fmt: skip


def test_an_aanwijzing_by_its_number_is_a_provision_of_the_aanwijzingen():
    text = ("Het advies volgt aanwijzing 4.42 van de Aanwijzingen voor de regelgeving (zie ook Ar 5.59). De "
            "aanwijzingen 6.9 tot en met 6.11 en 6.16 gelden hier, en zie Ar 5.62 en Ar 5.63.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "law", "artikel")
    assert {f[1:] for f in found} == {("other_law", AR, n) for n in ("4.42", "5.59", "6.9", "6.10", "6.11", "6.16", "5.62", "5.63")}
    assert ("Ar 5.62 en Ar 5.63", "other_law", AR, "5.62") in found  # one list, the word repeated


def test_a_bare_numbered_aanwijzing_is_read_only_with_the_regeling_named():
    text = "De minister gaf aanwijzing 3 aan de gemeente. Zie aanwijzing 212 van de Aanwijzingen voor de regelgeving."
    found = resolved(text, default_bill(), "law", "artikel")
    assert found == [("aanwijzing 212 van de Aanwijzingen voor de regelgeving", AR, "212")]


def test_the_toelichting_of_an_aanwijzing_is_not_the_memorie():
    found = resolved("Zie de toelichting bij Ar 5.61 en de memorie van toelichting.", default_bill(), "scope")
    assert [f[1] for f in found] == ["other_law", "mvt"]


def test_a_lid_of_an_own_articles_text_is_that_article_again(new_law):
    # a law's own text: each lid a paragraph below the article's heading, citing another article
    text = ("Artikel 3\n\n1. Onze Minister houdt een register bij.\n\n2. De beheerder verstrekt de gegevens, bedoeld "
            "in artikel 2, tweede lid.\n\n3. De in het eerste lid bedoelde inschrijving is openbaar.\n")  # fmt: skip
    found = resolved(text, new_law, "scope", "artikel", "lid")
    assert ("het eerste lid", "bill", "3", "1") in found


def test_a_response_below_an_article_heading_keeps_the_article_it_names(new_law):
    # not a lid of the law's text: a paragraph of prose that goes on about the article it names
    text = "Artikel 3\n\nWij lezen artikel 2 anders dan de regering. Het eerste lid is te ruim.\n"
    found = resolved(text, new_law, "scope", "artikel", "lid")
    assert ("Het eerste lid", "bill", "2", "1") in found


def test_a_numbered_lid_below_an_amending_article_is_not_reset(one_law):
    text = "ARTIKEL I\n\nA\n\nArtikel 12 wordt als volgt gewijzigd:\n\n1. In het eerste lid vervalt «de».\n"
    found = resolved(text, one_law, "scope", "artikel", "lid")
    assert ("het eerste lid", "law", "12", "1") in found


def test_the_head_word_alone_is_the_one_amended_law_it_begins(rijkswet):
    found = resolved("De optie, neergelegd in artikel 6 van de Rijkswet, blijft.", rijkswet, "scope", "law")
    assert found == [("artikel 6 van de Rijkswet", "law", "Rijkswet op het Nederlanderschap")]


def test_a_page_title_repeated_on_its_line_names_no_memorie():
    text = "Memorie van toelichting : Memorie van toelichting\nDit wetsvoorstel wijzigt artikel 12 van de Huisvestingswet 2014."
    assert [p for p in explain_references(text, default_bill()) for r in p.references if r.target.scope == "mvt"] == []


# --- the review's cases ---------------------------------------------------------------------


def test_an_article_named_after_an_aanwijzing_is_not_one_of_them():
    found = resolved("Zie Ar 4.42 en artikel 12.", default_bill(), "law", "artikel")
    assert found == [("Ar 4.42", AR, "4.42"), ("artikel 12", "Huisvestingswet 2014", "12")]
    # a lid that belongs to the article named after it: the aanwijzingen are not guessed
    found = resolved("Zie aanwijzing 5.59, 5.60 en het eerste lid van artikel 12.", default_bill(), "law", "artikel", "lid")
    assert ("het eerste lid van artikel 12", "Huisvestingswet 2014", "12", "1") in found
    assert all(f[1] != AR for f in found)


def test_a_list_repeating_ar_and_other_documents_aanwijzingen():
    found = resolved("Zie Ar 5.59, Ar 5.60 en Ar 5.61.", default_bill(), "artikel")
    assert [f[1] for f in found] == ["5.59", "5.60", "5.61"]
    for text in ("Zie aanwijzing 2.3 van de minister aan de provincie.",
                 "Zie aanwijzing 2.3 van de Aanwijzingen inzake de rijksbegroting.", "Zie artikel 3 AR."):  # fmt: skip
        assert all(f[1] != AR for f in resolved(text, default_bill(), "law")), text


def test_a_title_after_a_bare_head_word_is_another_law(rijkswet):
    found = resolved("Artikel 14 van de Rijkswet Onderzoeksraad voor veiligheid geldt.", rijkswet, "scope", "law")
    assert found == [("Artikel 14 van de Rijkswet Onderzoeksraad voor veiligheid", "other_law",
                      "Rijkswet Onderzoeksraad voor veiligheid")]  # fmt: skip


def test_another_heading_or_a_number_past_the_leden_ends_the_own_article(new_law):
    text = ("Artikel 3\n\nParagraaf 4.2 van de memorie van toelichting\n\n1. Artikel 2 is te ruim.\n\n"
            "2. Het eerste lid is onduidelijk.\n")  # fmt: skip
    assert ("Het eerste lid", "bill", "2", "1") in resolved(text, new_law, "scope", "artikel", "lid")
    text = "Artikel 2\n\nWij hebben drie opmerkingen.\n\n7. Artikel 3 is te ruim.\n\n8. Het tweede lid is onduidelijk.\n"
    assert ("Het tweede lid", "bill", "3", "2") in resolved(text, new_law, "scope", "artikel", "lid")


def test_a_one_line_response_that_opens_with_the_memorie_names_it():
    text = "Memorie van toelichting - De memorie van toelichting is onduidelijk. Wij vragen de toelichting aan te vullen."
    assert [f[1] for f in resolved(text, default_bill(), "scope")] == ["mvt", "mvt"]
