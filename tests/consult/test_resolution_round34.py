"""Round 34: forms that texts on laws in force and commentaries use (the misses the parts read before
it left, fresh56 and fresh57 above all), each stated as a rule of such texts in general and tested
on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved, targets

_PLACEHOLDER = """    - nummer: "1"
      tekst: "(geen tekst: plaatshouder)"
"""


def _no_law(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    """A draft that amends no law: the harness's stand-in for a text about laws in force."""
    return invented_bill(tmp_path / "geen.yaml", "Geen wetsvoorstel", "Praktijkteksten", _PLACEHOLDER)


def test_a_lid_in_brackets_in_words_after_the_article_number():
    found = resolved("Dit volgt uit artikel 6 en artikel 9 (lid 2) van de Grondwet.", default_bill(), "law", "artikel", "lid")
    assert found == [("artikel 6", "Grondwet", "6", ""), ("artikel 9 (lid 2) van de Grondwet", "Grondwet", "9", "2")]
    assert resolved("Zie artikel 9 (tweede lid) Grondwet.", default_bill(), "law", "lid") == [
        ("artikel 9 (tweede lid) Grondwet", "Grondwet", "2")]
    # a year or a word in brackets is no lid
    assert [t[5] for t in targets("Zie artikel 9 (nieuw) van de Grondwet en artikel 12 (2019).", default_bill())] == ["", ""]


def test_an_abbreviation_a_text_defines_for_an_unlisted_law_holds_in_its_later_paragraphs(tmp_path):
    text = ("De Wet openbare zeemanifestaties (Wozm) is van toepassing op vlootschouwen.\n\n"
            "De burgemeester kan op grond van de artikelen 6 en 7 Wozm voorschriften geven.\n\n"
            "De Wozm bepaalt in artikel 5 lid 2 sub c dat de burgemeester een vlootschouw kan verbieden.")  # fmt: skip
    found = resolved(text, _no_law(tmp_path), "scope", "law", "artikel", "lid", "item")
    law = "Wet openbare zeemanifestaties"
    assert found == [("artikelen 6 en 7 Wozm", "other_law", law, "6", "", ""), ("artikelen 6 en 7 Wozm", "other_law", law, "7", "", ""),
                     ("artikel 5 lid 2 sub c", "other_law", law, "5", "2", "c")]  # fmt: skip
    # only where the letters begin the title's words: "(Wom)" after other words defines nothing
    other = "Het besluit over de lijst (Wozm) geldt.\n\nZie artikel 10 Wozm."
    assert [t[1] for t in targets(other, _no_law(tmp_path))] == ["unknown"]


def test_dit_laatste_artikel_is_the_article_named_last():
    text = "Artikel 12 Awb is een bijzondere regel naast artikel 8 Awb. Dit laatste artikel is ruimer."
    assert targets(text, default_bill())[-1][2:4] == ("Algemene wet bestuursrecht", "8")
    assert targets("Zie artikel 5 Awb en artikel 8 Awb. Het laatstgenoemde artikel regelt dit.", default_bill())[-1][3] == "8"
    # "het laatste artikel" and "het laatste lid" are a law's last, not the one named last
    assert [t[0] for t in targets("Zie artikel 5 Awb en artikel 8 Awb. Het laatste artikel van de wet regelt dit.",
                                  default_bill())] == ["artikel 5 Awb", "artikel 8 Awb"]  # fmt: skip


def test_a_bare_number_in_a_text_on_a_law_in_force_is_that_laws(tmp_path):
    text = ("Artikel 174 Gemeentewet\n\nDe burgemeester is belast met het toezicht.\n\n"
            "Artikel 175, eerste lid, is ruim.\n\nDe bevoegdheid van artikel 176 is een noodverordening.")  # fmt: skip
    found = resolved(text, _no_law(tmp_path), "scope", "law", "artikel", "lid")
    assert found == [("Artikel 174 Gemeentewet", "other_law", "Gemeentewet", "174", ""),
                     ("Artikel 175, eerste lid", "other_law", "Gemeentewet", "175", "1"),
                     ("artikel 176", "other_law", "Gemeentewet", "176", "")]  # fmt: skip
    # in a bill that amends a law, a bare number is that law's, not the other law's named before
    bill_text = "Artikel 174 Gemeentewet\n\nDe burgemeester is belast met het toezicht.\n\nArtikel 12, eerste lid, is ruim."
    assert targets(bill_text, default_bill())[-1][1:4] == ("law", "Huisvestingswet 2014", "12")


def test_a_bare_number_named_with_its_law_earlier_in_the_paragraph_keeps_that_law(tmp_path):
    text = ("In 2008 is in artikel 6.12 Wro het exploitatieplan ingevoerd, als het in het Besluit ruimtelijke ordening "
            "aangewezen bouwplannen mogelijk maakt. Artikel 6.12 is tevens een schakelmoment.")  # fmt: skip
    assert [t[2] for t in targets(text, _no_law(tmp_path))] == ["Wet ruimtelijke ordening"] * 2


def test_the_old_wet_op_de_ruimtelijke_ordening_and_ro_by_their_abbreviations():
    found = resolved("Zie artikel 49 WRO, art. 3.1 Wro en art. 81 RO.", default_bill(), "law", "artikel")
    assert found == [("artikel 49 WRO", "Wet op de Ruimtelijke Ordening", "49"), ("art. 3.1 Wro", "Wet ruimtelijke ordening", "3.1"),
                     ("art. 81 RO", "Wet op de rechterlijke organisatie", "81")]  # fmt: skip


def test_dit_lid_in_a_quoted_lid_is_that_lid(tmp_path):
    text = ("Aan artikel 7:758 BW is een nieuw lid 4 toegevoegd, dat als volgt luidt:\n\n“4. In afwijking van het derde lid is "
            "de aannemer aansprakelijk. Van dit lid kan niet worden afgeweken.”")  # fmt: skip
    assert [t[5] for t in targets(text, _no_law(tmp_path))] == ["", "4", "3", "4"]


def test_a_list_of_divisions_of_different_kinds_shares_the_law_named_after_the_last(tmp_path):
    found = resolved("Zie titel 4.1 en afdeling 3.4 van de Awb.", _no_law(tmp_path), "law", "division")
    assert found == [("titel 4.1", "Algemene wet bestuursrecht", "titel 4.1"),
                     ("afdeling 3.4 van de Awb", "Algemene wet bestuursrecht", "afdeling 3.4")]  # fmt: skip


def test_a_footnote_number_run_into_a_laws_abbreviation(tmp_path):
    found = resolved("Dit volgt uit de artikelen 6.12 en 6.24 Wro1. En uit artikel 3:4 Awb2.", _no_law(tmp_path), "law", "artikel")
    assert [f[1:] for f in found] == [("Wet ruimtelijke ordening", "6.12"), ("Wet ruimtelijke ordening", "6.24"),
                                      ("Algemene wet bestuursrecht", "3:4")]  # fmt: skip
    # a year written against it is no footnote
    assert resolved("Zie artikel 12 Hw 2014.", default_bill(), "law")[0][1] == "Huisvestingswet 2014"


def test_beide_artikelen_are_the_two_named_before():
    text = "Artikel 12 Hw 2014 en artikel 28 Hw 2014 hangen samen. Beide artikelen moeten samen worden gelezen."
    assert [t[3] for t in targets(text, default_bill())] == ["12", "28", "12", "28"]
    # "beide leden" of a committee are no leden of an article
    assert [t[0] for t in targets("Beide leden van de commissie vinden artikel 12 te ruim.", default_bill())] == ["artikel 12"]


def test_a_new_lid_added_to_an_article_named_after_it(tmp_path):
    text = "Als gevolg van de wet wordt een nieuw vierde lid toegevoegd aan art. 7:758 Burgerlijk Wetboek."
    assert resolved(text, _no_law(tmp_path), "law", "artikel", "lid")[0][1:] == ("Burgerlijk Wetboek Boek 7", "758", "4")
    assert [t[1] for t in targets("Het tweede lid wordt toegevoegd aan de lijst.", _no_law(tmp_path))] == ["unknown"]


def test_dit_lid_in_a_lid_quoted_after_a_lead_in(tmp_path):
    text = ("Met de wet wordt een lid toegevoegd aan art. 7:758 BW, dat luidt:\n‘4. In afwijking van het derde lid is de "
            "aannemer aansprakelijk. Van dit lid kan niet worden afgeweken.’")  # fmt: skip
    assert [t[5] for t in targets(text, _no_law(tmp_path))][-2:] == ["3", "4"]
    # a respondent's numbered point quoted after other words is no lid
    comment = "Over artikel 28a schrijft de woningcorporatie: “2. Wij begrijpen niet waarom dit lid nodig is.”"
    assert "2" not in [t[5] for t in targets(comment, default_bill())]


def test_a_place_in_the_memorie_with_a_quoted_caption_a_page_after_is_op_and_named_again():
    text = ("Wij verwijzen naar paragraaf 5 “Raad van Advies” van de memorie van toelichting. Wij missen in voornoemde "
            "paragraaf in de memorie van toelichting een motivering. In de memorie van toelichting is op blz. 19 opgemerkt dat het kan.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "detail")
    assert [f[1:] for f in found] == [("mvt", "paragraaf 5"), ("mvt", "paragraaf 5"), ("mvt", "blz. 19")]
    # "genoemde paragraaf" with no place of the memorie named before is not the memorie's
    assert [t[1] for t in targets("In genoemde paragraaf van ons advies staat dit.", default_bill())] == ["unknown"]


def test_a_title_ends_before_a_capitalised_word_that_opens_a_sentence():
    text = "In de zin van het tweede lid van artikel 96 van de Staatsregeling van Curaçao\nIn het advies van mei staat meer."
    assert resolved(text, default_bill(), "law")[0][1] == "Staatsregeling van Curaçao"


def test_a_chapter_named_by_its_ordinal_where_a_law_goes_with_it(tmp_path):
    found = resolved("De Grondwet bevat dit in artikel 68 en in het tiende hoofdstuk.", _no_law(tmp_path), "law", "division")
    assert found[-1][1:] == ("Grondwet", "hoofdstuk 10")
    assert targets("In het derde hoofdstuk van ons advies gaan wij in op de uitvoering.", _no_law(tmp_path)) == []


def test_defined_abbreviations_that_are_words_or_name_no_law_define_nothing(tmp_path):
    assert targets("De Wet Dba (Wet Dba) is omstreden.", default_bill()) == []  # no endless redefinition
    text = "De Wet aanpak taalachterstanden (Wat) is geëvalueerd.\n\nDe Gemeentewet kent veel. Wat artikel 172 betreft, is het divers."
    assert targets(text, _no_law(tmp_path))[-1][2] == "Gemeentewet"
    acm = ("De AVH is ingesteld bij de Instellingswet Autoriteit Veer en Haven (AVH).\n\n"
           "De AVH acht artikel 12 te ruim geformuleerd.")  # fmt: skip
    assert targets(acm, _no_law(tmp_path))[-1][1] == "unknown"  # the authority, not the law
    assert resolved("De Wet Ahr (Ahr) geldt. Zie artikel 5 Ahr.", _no_law(tmp_path), "law")[0][1] == "Wet Ahr"


def test_a_bare_number_after_a_number_of_another_instrument_is_not_the_laws(tmp_path):
    text = ("Artikel 174 Gemeentewet\n\nIn artikel 3 van dit advies staat de conclusie. Artikel 3 is kort.\n\n"
            "Artikel 7 van het reglement regelt de samenstelling; artikel 8 de werkwijze.")  # fmt: skip
    assert [t[2] for t in targets(text, _no_law(tmp_path))] == ["Gemeentewet"]
    # "RO" of a team names no law for the numbers after it
    assert [t[1] for t in targets("Het team RO van de gemeente wijst op artikel 4.", _no_law(tmp_path))] == ["unknown"]
    # the law its own sentence names wins over the law the number was named with earlier
    law = "Artikel 6.12 Wro regelt het exploitatieplan. In de Omgevingswet is artikel 6.12 vervangen."
    assert [t[2] for t in targets(law, _no_law(tmp_path))] == ["Wet ruimtelijke ordening", "Omgevingswet"]


def test_a_page_on_one_law_names_it_in_its_title_for_the_bare_numbers_below(tmp_path):
    text = ("Toelichting Wegenverkeerswet\n\nArtikel 4b: Taken van de RDW\n\nIn dit artikel staan de taken.\n\n"
            "Artikel 8: Besturen onder invloed\n\nIn dit artikel staan de regels, naast artikel 30b van de Wet SUWI.\n\n"
            "Artikel 9 regelt het onbevoegd besturen.")  # fmt: skip
    found = [(t[0], t[2], t[3]) for t in targets(text, _no_law(tmp_path))]
    law = "Wegenverkeerswet 1994"
    assert found == [("Artikel 4b", law, "4b"), ("dit artikel", law, "4b"), ("Artikel 8", law, "8"), ("dit artikel", law, "8"),
                     ("artikel 30b van de Wet SUWI", "Wet structuur uitvoeringsorganisatie werk en inkomen", "30b"),
                     ("Artikel 9", law, "9")]  # fmt: skip
    # a title that names the bill itself leaves its articles the bill's
    own = invented_bill(tmp_path / "own.yaml", "Regels over mijnbouw", "Mijnbouwwet", '    - nummer: "7"\n      tekst: "x"\n')
    assert targets("Mijnbouwwet\n\nArtikel 7 regelt de vergunning.", own)[0][1] == "bill"


def test_a_texts_own_definition_beats_the_lists_reading_of_an_abbreviation(tmp_path):
    text = ("De Wpg kent grondslagen in de artikelen 8 en 9.\n\nDe Wet politiegegevens (Wpg) kent dus vijf grondslagen.")
    assert {t[2] for t in targets(text, _no_law(tmp_path))} == {"Wet politiegegevens"}
    # without such a definition the list's reading holds
    assert targets("Zie artikel 8 Wpg.", _no_law(tmp_path))[0][2] == "Wet publieke gezondheid"


def test_a_title_law_is_not_read_from_headers_lower_instruments_words_prose_or_a_bill_under_discussion(tmp_path):
    bill = _no_law(tmp_path)
    cases = [
        "Aan: Mw. A. de Boer\nVan: J. Jansen\nOnderwerp: consultatie\n\nArtikel 5 is te streng en artikel 6 te ruim.",
        "Statuut van de cliëntenraad\n\nArtikel 3\n\nDe raad bestaat uit vijf leden.",
        "Geachte voorzitter,\nMet deze brief reageren wij. Anders dan de Gemeentewet\nkent het voorstel meer.\n\nArtikel 9 gaat over de sancties.",
        "Kabinet wil Opiumwet aanscherpen\n\nArtikel 5 van het wetsvoorstel regelt de straf.\n\nArtikel 6 regelt de inwerkingtreding.",
    ]
    for text in cases:
        assert {t[1] for t in targets(text, bill)} == {"unknown"}, text
    # a lower instrument's title is no title of the law in it: its own articles are the instrument's
    besluit = targets("Uitvoeringsbesluit Participatiewet\n\nArtikel 2 bepaalt de normbedragen.", bill)
    assert besluit[0][2] == "Uitvoeringsbesluit Participatiewet"
    # an article of another law as a heading holds for the bare numbers below it
    heading = ("Toelichting Wegenverkeerswet\n\nArtikel 5 Wet rijonderricht motorrijtuigen 1993\n\nHet is verboden.\n\n"
               "Artikel 6 bevat een uitzondering.")  # fmt: skip
    assert targets(heading, bill)[-1][2:4] == ("Wet rijonderricht motorrijtuigen 1993", "6")
    # a number of a document other than a law is no law's
    assert targets("Vragen over de Gemeentewet\n\nArtikel 7 van de arbeidsovereenkomst is onduidelijk.", bill) == []


def test_a_heading_that_names_a_law_alone_holds_for_the_bare_numbers_below(tmp_path):
    text = ("Artikel 174 Gemeentewet\n\nDe burgemeester is belast met het toezicht.\n\nDe Politiewet 2012\n\n"
            "Artikel 12 regelt het gezag over de politie.")  # fmt: skip
    assert targets(text, _no_law(tmp_path))[-1][2:4] == ("Politiewet 2012", "12")


def test_articles_named_by_a_compound_noun_before_their_numbers(tmp_path):
    found = targets("De grondslag ligt in de verbodsartikelen 2.1 en 2.2 van de Wabo.", _no_law(tmp_path))
    assert [t[2:4] for t in found] == [("Wet algemene bepalingen omgevingsrecht", "2.1"), ("Wet algemene bepalingen omgevingsrecht", "2.2")]
    assert targets("De artikelenreeks is lang en de wetsartikelen zijn kort.", _no_law(tmp_path)) == []


def test_a_law_a_text_named_in_an_earlier_paragraph_for_its_bare_numbers(tmp_path):
    text = ("Organisatie van het onderwijs\n\nDe WHW is van toepassing op hogescholen en universiteiten.\n\n"
            "De reikwijdte van hoofdstuk 7 staat in artikel 7.1.")  # fmt: skip
    whw = "Wet op het hoger onderwijs en wetenschappelijk onderzoek"
    found = [t[2:4] for t in targets(text, _no_law(tmp_path)) if t[1] != "unknown"]
    assert found == [(whw, "7.1")]  # a bare hoofdstuk only under a title's law
    titled = "Toelichting Wet milieubeheer\n\nTitel 10.2 gaat over afvalbeheer; zie ook paragraaf 3 hierna."
    assert [(t[0], t[2]) for t in targets(titled, _no_law(tmp_path))] == [("Titel 10.2", "Wet milieubeheer")]


def test_divisions_named_from_small_to_large_are_the_smallest(tmp_path):
    found = resolved("De curator (Par. 2, Afd. 3, Titel 1 Fw.) heeft taken.", _no_law(tmp_path), "law", "division")
    assert found == [("Par. 2, Afd. 3, Titel 1 Fw", "Faillissementswet", "paragraaf 2")]
    assert targets("Zie onze reactie in par. 2-8.", _no_law(tmp_path)) == []  # a response's own paragraphs


def test_a_memorie_place_whose_number_stands_in_its_quoted_caption():
    text = "In paragraaf “2. Financiële gevolgen” van de memorie van toelichting staat weinig. Voornoemde paragraaf is kort."
    assert [f[1] for f in resolved(text, default_bill(), "detail")] == ["paragraaf 2", "paragraaf 2"]


def test_a_law_in_force_named_by_title_alias_or_dotted_abbreviation(tmp_path):
    text = "Zie art. 1:377a lid 1 B.W., art. 16b van de Auteurswet 1912, art. 10 Tabakswet en art. 2:138/248 BW."
    found = [(t[2], t[3]) for t in targets(text, _no_law(tmp_path))]
    assert found == [("Burgerlijk Wetboek Boek 1", "377a"), ("Auteurswet", "16b"), ("Tabaks- en rookwarenwet", "10"),
                     ("Burgerlijk Wetboek Boek 2", "138"), ("Burgerlijk Wetboek Boek 2", "248")]  # fmt: skip
    # a colon number in a text on the Burgerlijk Wetboek is its book's article
    assert targets("Toelichting Burgerlijk Wetboek\n\nArt. 6:162 regelt de onrechtmatige daad.", _no_law(tmp_path))[0][2:4] == (
        "Burgerlijk Wetboek Boek 6", "162")


def test_articles_a_bill_inserts_within_a_new_hoofdstuk_are_the_amended_laws(tmp_path):
    articles = """    - nummer: I
      wijzigt: {citeertitel: Grondwet, bwb: BWBR0001840}
      onderdelen:
        - wijzigingen:
            - actie: vrije_tekst
              tekst: "(een nieuw vierde hoofdstuk)"
              artikelen:
                - hoofdstuk: "4"
                  opschrift: "Raad van State"
                  artikelen:
                    - {nummer: "4.1", tekst: "x"}
                    - {nummer: "4.2", tekst: "y"}
"""
    bill = invented_bill(tmp_path / "gw.yaml", "Verandering in de Grondwet", "Grondwet Raad van State", articles)
    assert targets("De benoemingsprocedure (artikel 4.2, tweede lid) is nieuw.", bill)[0][1:6] == ("law", "Grondwet", "4.2", "", "2")


def test_a_range_of_a_book_named_at_both_ends_and_a_titel_before_its_book(tmp_path):
    text = "De Titel omvat 8 bepalingen (art. 1:377a B.W. tot en met art. 1:377h B.W). Zie Titel 15, Boek 1 B.W."
    found = resolved(text, _no_law(tmp_path), "law", "artikel", "division")
    assert [f[2] for f in found[:8]] == [f"377{c}" for c in "abcdefgh"]
    assert found[-1][1:] == ("Burgerlijk Wetboek Boek 1", "", "titel 15")
