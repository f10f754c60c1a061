"""Round 37: forms that the blind parts fresh97-fresh100 (zzzu-zzzx: Staatsblad texts, amendementen and
notas, parliamentary-history pages and advices, AMvB's and regelingen) showed after their first contact,
each stated as a rule of such texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

import pytest

from .resolving import default_bill, invented_bill, resolved

_BESLUIT = """    - nummer: I
      wijzigt: {citeertitel: Besluit veerdiensten, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.4, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.5, tekst: "(niet overgenomen)"}]}
    - nummer: II
      tekst: Dit besluit treedt in werking met ingang van 1 januari 2027.
"""

_CHAPTERS = """    - hoofdstuk: "7"
      opschrift: Wijzigingen enige wetten
      artikelen:
        - nummer: "7.1"
          wijzigt: {citeertitel: Wet op de veerdiensten, lidwoord: de}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3.5, tekst: "(niet overgenomen)"}]}
            - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 3.6, tekst: "(niet overgenomen)"}]}
        - {nummer: "7.2", tekst: "(niet overgenomen)"}
"""

_DATED = """    - nummer: I
      wijzigt: {citeertitel: "Koninklijk besluit van 3 maart 1951 tot instelling van de veermedaille", lidwoord: het}
      onderdelen:
        - wijzigingen: [{actie: vrije_tekst, doel: artikel 4, tekst: "(niet overgenomen)"}]
    - nummer: II
      tekst: Dit besluit treedt in werking met ingang van de dag na de datum van uitgifte van het Staatsblad.
"""


@pytest.fixture(scope="module")
def besluit(tmp_path_factory):  # noqa: ANN001, ANN201 - TempPathFactory, Bill
    return invented_bill(tmp_path_factory.mktemp("b") / "b.yaml", "Wijziging van het Besluit veerdiensten",
                         "Wijzigingsbesluit veerdiensten", _BESLUIT)  # fmt: skip


def test_a_first_letter_a_copy_put_before_the_opening_sentence_is_onderdeel_a(besluit) -> None:  # noqa: ANN001
    text = ("Hebben goedgevonden en verstaan: ARTIKEL I A Het Besluit veerdiensten wordt als volgt gewijzigd: "
            "In artikel 2.4 vervalt het tweede lid. B Artikel 2.5 vervalt.")  # fmt: skip
    found = resolved(text, besluit, "artikel", "onderdeel")
    assert ("A", "I", "A") in found and ("B", "I", "B") in found
    # a capital A in a sentence after the article is no onderdeel
    assert ("A", "I", "A") not in resolved("ARTIKEL I A Het is goed.", besluit, "artikel", "onderdeel")


def test_a_capital_in_after_the_article_opens_a_sentence_not_a_law_name(besluit) -> None:  # noqa: ANN001
    text = "ARTIKEL I In het Besluit veerdiensten worden de volgende wijzigingen aangebracht: A Artikel 2.4 vervalt."
    assert resolved(text, besluit, "scope", "artikel")[0] == ("ARTIKEL I", "bill", "I")
    assert resolved("zie artikel 12 in de Woningwet", default_bill(), "law")[0] == ("artikel 12 in de Woningwet", "Woningwet")


def test_a_heading_in_capitals_run_into_the_sentence_below_is_no_law_before_its_article(besluit) -> None:  # noqa: ANN001
    text = "ARTIKEL I WIJZIGING VAN HET BESLUIT VEERDIENSTEN Artikel 2.4 wordt vervangen door een nieuw artikel 2.4."
    assert resolved(text, besluit, "artikel")[1] == ("Artikel 2.4", "2.4")
    # a law named before its article in running text still is, also with an abbreviation in capitals
    assert resolved("Zie Besluit veerdiensten artikel 2.4 hierover.", besluit, "law")[0][0] == "Besluit veerdiensten artikel 2.4"
    assert resolved("Zie Wet SUWI Artikel 30 hierover.", default_bill(), "scope", "artikel")[0] == ("Wet SUWI Artikel 30", "other_law", "30")


def test_names_by_their_shape() -> None:
    bill = default_bill()
    assert resolved("artikel 6 van de Havenregeling 1995", bill, "scope", "law")[0][1:] == ("other_law", "Havenregeling 1995")
    # a regeling in one word is a name only with its year: "de Overgangsregeling" in prose is none
    assert resolved("artikel 6 van de Overgangsregeling", bill, "law")[0][1] != "Overgangsregeling"
    found = resolved("artikel 5 van het Algemeen uitvoeringsbesluit Veerdienstenwet jo. artikel 37 van die wet", bill, "law")
    assert found == [("artikel 5 van het Algemeen uitvoeringsbesluit Veerdienstenwet", "Algemeen uitvoeringsbesluit Veerdienstenwet"),
                     ("artikel 37 van die wet", "Veerdienstenwet")]  # fmt: skip
    # the year at the end is the regeling's where no known wet has it
    found = resolved("artikel 2 van de Regeling Veerdienstenwet 2015 en artikel 61 van dezelfde wet", bill, "law")
    assert found[-1] == ("artikel 61 van dezelfde wet", "Veerdienstenwet")
    # after a besluit whose name holds no wet, "die wet" stays the instrument named last
    assert resolved("Het Besluit havens regelt dat. Zie artikel 3 van die wet.", bill, "law")[-1][1] == "Besluit havens"


def test_a_law_before_a_relative_clause_that_cites_its_article() -> None:
    found = resolved("Men denke aan de Veerdienstenwet, die in artikel 22, tweede lid, bepaalt dat het mag.", default_bill(), "law", "artikel")
    assert found[-1] == ("artikel 22, tweede lid", "Veerdienstenwet", "22")
    # the pronoun must agree with the law ("het advies …, dat"), and a passive names the law in the article
    text = "Wij verwijzen naar het advies over de Woningwet, dat in artikel 28a uitdrukkelijk wordt aangehaald."
    assert resolved(text, default_bill(), "scope")[-1] == ("artikel 28a", "law")
    text = "Dat staat in de wijziging van de Woningwet, die in artikel I, onderdeel A, van het voorstel is opgenomen."
    assert resolved(text, default_bill(), "scope")[-1][1] == "bill"
    text = "Het gaat om de Veerdienstenwet, die in artikel 4 wordt genoemd."
    assert resolved(text, default_bill(), "law")[-1][1] != "Veerdienstenwet"


def test_a_single_onderdeel_relettered_takes_its_new_letter() -> None:
    found = resolved("In artikel 7, eerste lid, van de Woningwet vervalt onderdeel e, waarna onderdeel f wordt verletterd tot e.",
                     default_bill(), "artikel", "item")  # fmt: skip
    assert [f for f in found if f[0] == "e"] == [("e", "7", "e")]


def test_the_opening_sentence_opens_an_article_named_in_running_text(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "h.yaml", "Wet veerdiensten 2030", "Wet veerdiensten 2030", _CHAPTERS)
    text = ("HOOFDSTUK 7 WIJZIGINGEN ENIGE WETTEN\n\nArtikel 7.1 Wijzigingen Wet op de veerdiensten met ingang van 1\n"
            "januari 2030\n\nDe Wet op de veerdiensten wordt als volgt gewijzigd:\n\nA\n\nArtikel 3.5 vervalt.\n\nB\n\nArtikel 3.6 vervalt.")  # fmt: skip
    found = resolved(text, bill, "artikel", "onderdeel")
    assert ("A", "7.1", "A") in found and ("B", "7.1", "B") in found


def test_a_law_named_by_its_date_is_the_amended_one_of_that_date(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "kb.yaml", "Wijziging van de veermedaille", "Besluit veermedaille", _DATED)
    text = "ARTIKEL I\n\nArtikel 4 van het Koninklijk besluit van 3 maart 1951, Stb. 88, tot instelling van de veermedaille, vervalt."
    assert resolved(text, bill, "scope", "artikel")[1] == ("Artikel 4 van het Koninklijk besluit van 3 maart 1951", "law", "4")
    other = "Artikel 4 van het Koninklijk besluit van 4 maart 1951 blijft."
    assert resolved(other, bill, "scope")[0][1] == "other_law"
    # the same date with another title written is another besluit
    other = "Artikel 4 van het Koninklijk besluit van 3 maart 1951, houdende regels over de veerpenning (Stb. 89), blijft."
    assert resolved(other, bill, "scope")[0][1] == "other_law"


def test_the_publication_formula_ends_the_new_text(besluit) -> None:  # noqa: ANN001
    text = ("B\n\nNa artikel 2.5 wordt een artikel ingevoegd, luidende:\n\nArtikel 2.5a\n\nDe veerman draagt een pet.\n\n"
            "Onze Minister is belast met de uitvoering van dit besluit, dat in het Staatsblad zal worden geplaatst.")  # fmt: skip
    assert resolved(text, besluit, "scope", "law")[-1] == ("dit besluit", "bill", "")
    # a new article's own words that publish something else do not end it
    text = ("B\n\nNa artikel 2.5 wordt een artikel ingevoegd, luidende:\n\nArtikel 2.5a\n\n1. Onze Minister stelt een veerregeling "
            "vast, die in de Staatscourant zal worden geplaatst.\n\n2. Dit besluit geldt niet voor pontjes.")  # fmt: skip
    assert ("Dit besluit", "bill") not in resolved(text, besluit, "scope")


def test_an_abbreviated_article_heading_with_a_full_stop(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "r.yaml", "Regeling veergelden", "Regeling veergelden",
                         '    - {nummer: "1", tekst: De veergelden zijn laag.}\n    - {nummer: "2", tekst: Deze regeling treedt in werking.}\n')  # fmt: skip
    assert resolved("Besluit:\n\nArt. 1.\nDe bedragen zijn laag.\n\nArt. 2.\nDeze regeling treedt in werking.", bill, "artikel") == [
        ("Art. 1", "1"), ("Art. 2", "2"), ("Deze regeling", "")]
    # a numbered instruction run in after a full stop still is one ("… vervalt. 2. In artikel …")
    assert resolved("1. Artikel 2.4 vervalt. 2. In artikel 2.5 vervalt het tweede lid.", default_bill(), "artikel")[-2][1] == "2.5"


def test_an_item_letter_on_the_next_line_of_a_list_is_no_article_letter() -> None:
    text = ("In de Algemene wet bestuursrecht staat geen beroep open tegen:\nb. een besluit als bedoeld in artikel 8:54a, "
            "tweede lid,\nc. een besluit op grond van de Woningwet.")  # fmt: skip
    assert [f[1] for f in resolved(text, default_bill(), "artikel")] == ["8:54a"]
    assert [f[1] for f in resolved("de artikelen 13a en b van de Woningwet", default_bill(), "artikel")] == ["13a", "13b"]
    assert [f[1] for f in resolved("Deze bepalingen (de artikelen 28a en b) zijn nieuw.", default_bill(), "artikel")][-2:] == ["28a", "28b"]


def test_the_leden_below_a_law_article_heading_are_its_own() -> None:
    text = ("Artikel 8:104\n\n1. Hoger beroep staat open tegen een uitspraak als bedoeld in artikel 8:66, eerste lid.\n"
            "a. een uitspraak als bedoeld in artikel 8:86,\nb. een uitspraak als bedoeld in artikel 8:87.\n\n"
            "2. Tegelijk met het hoger beroep tegen de in het eerste lid bedoelde uitspraak kan beroep worden ingesteld.")  # fmt: skip
    found = resolved(text, default_bill(), "artikel", "lid")
    assert found[-1] == ("het eerste lid", "8:104", "1")
    # without the heading the lid is the last article cited
    assert resolved(text.split("\n\n", 1)[1], default_bill(), "artikel", "lid")[-1] == ("het eerste lid", "8:87", "1")
