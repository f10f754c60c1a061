"""Round 28: forms found by using `wetgen consult refs` as a respondent would, and forms the real
set's fresh40 and fresh41 parts (zn01-zn15: commentary, memories, advices; zo01-zo12: notas van
wijziging, amendementen, Staatsblad texts) showed on first contact, each stated as a rule of such
texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import article_targets, default_bill, invented_bill, resolved, targets

AR = "Aanwijzingen voor de regelgeving"
HW = "Huisvestingswet 2014"


def test_dat_artikel_passes_over_an_aanwijzing_cited_in_between():
    # an aanwijzing is no "artikel": "dat artikel" is the article the writer discussed before it
    text = ("Het voorgestelde artikel 28a is in strijd met aanwijzing 4.42 van de Aanwijzingen voor de "
            "regelgeving. Het tweede lid van dat artikel moet worden geschrapt.")  # fmt: skip
    found = article_targets(text, default_bill())
    assert found[1] == ("aanwijzing 4.42 van de Aanwijzingen voor de regelgeving", "other_law", AR, "4.42", "")
    assert found[2] == ("Het tweede lid van dat artikel", "law", HW, "28a", "2")


def test_an_aanwijzing_in_prose_does_not_become_the_subject_of_the_leden_after_it():
    text = "In artikel 28a, zie aanwijzing 5.59, is het derde lid te ruim."
    found = article_targets(text, default_bill())
    assert ("aanwijzing 5.59", "other_law", AR, "5.59", "") in found
    assert ("het derde lid", "law", HW, "28a", "3") in found


def test_an_aanwijzing_as_a_heading_is_what_its_leden_below_belong_to():
    # the KCBR's pages and commentaries head their text with the aanwijzing itself
    text = "Aanwijzing 6.15 Ar\n\nHet tweede lid van deze aanwijzing geldt ook hier; het derde lid niet.\n"
    found = article_targets(text, default_bill())
    assert ("het derde lid", "other_law", AR, "6.15", "3") in found


def test_an_article_number_with_a_bare_book_after_it_is_the_burgerlijk_wetboeks():
    found = article_targets("Het recht van overpad (art. 55 Boek 5) blijft.", default_bill())
    assert found == [("art. 55 Boek 5", "other_law", "Burgerlijk Wetboek Boek 5", "55", "")]


_NINE_ONDERDELEN = """    - nummer: I
      wijzigt: {citeertitel: Kieswet}
      onderdelen:
""" + "".join(f"""        - {{nummer: {letter}, wijzigingen: [{{actie: vrije_tekst, doel: artikel {letter}1, tekst: "(niet overgenomen)"}}]}}
""" for letter in "ABCDEFGHI")


def test_an_amendments_roman_item_after_new_text_is_no_onderdeel_added_after_i(tmp_path):
    # the bill has onderdeel I (and not the AD the amendment changes): "IV" below the lid it adds is
    # the amendment's fourth item, not an onderdeel "IV" added after I
    bill = invented_bill(tmp_path / "kieswet.yaml", "Wijziging van de Kieswet", "Wet kiezen", _NINE_ONDERDELEN)
    text = ("III\n\nIn artikel I wordt aan onderdeel AD een lid toegevoegd, luidende:\n\n"
            "  • 4. In het zesde lid vervalt «, tweede volzin,»\n\nIV\n\n"
            "In artikel I wordt na onderdeel G een onderdeel ingevoegd, luidende:\n\nGa\n\nArtikel G2 vervalt.\n")
    found = targets(text, bill)
    assert not [f for f in found if f[0] in ("III", "IV")]
    assert ("Ga", "bill", "", "I", "Ga", "") in found


def test_an_arabic_article_of_the_bill_is_its_roman_article_where_the_law_has_it_untouched():
    # the default bill numbers its articles I to V and leaves artikel 2 of the Huisvestingswet 2014
    # alone; "van het wetsvoorstel" says the writer means the bill: its ARTIKEL II
    found = article_targets("Artikel 2 van het wetsvoorstel regelt het overgangsrecht.", default_bill())
    assert found == [("Artikel 2 van het wetsvoorstel", "bill", "", "II", "")]
    # an article the bill changes is that article as the bill makes it
    found = article_targets("Artikel 28a van het wetsvoorstel is te ruim.", default_bill())
    assert found == [("Artikel 28a van het wetsvoorstel", "law", HW, "28a", "")]


def test_a_numbered_onderdeel_before_the_act_it_is_of_belongs_to_that_act():
    text = ("Een onderneming als bedoeld in artikel 3, onderdeel 11, van richtlijn 2012/34/EU, en een "
            "woning als bedoeld in artikel 1, onderdeel 3, van de Wet op de huurtoeslag.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "law", "artikel", "item")
    assert found == [("artikel 1, onderdeel 3, van de Wet op de huurtoeslag", "other_law", "Wet op de huurtoeslag", "1", "3")]


def test_dit_artikellid_is_the_lid_under_discussion():
    found = article_targets("Artikel 28a, derde lid, legt een plicht op. Dit artikellid is te vaag.", default_bill())
    assert ("Dit artikellid", "law", HW, "28a", "3") in found


def test_dit_lid_quoted_by_a_numbered_step_is_the_lid_the_step_changes():
    # the step number "2." is no lid: the words quoted are those of the vierde lid
    text = ("B\n\nArtikel 28a wordt als volgt gewijzigd:\n\n1. In het derde lid wordt «dit lid» vervangen door "
            "«dit artikel».\n\n2. In het vierde lid wordt «dit lid» vervangen door «dit artikel».\n")  # fmt: skip
    found = [f for f in article_targets(text, default_bill()) if f[0] == "dit lid"]
    assert [f[4] for f in found] == ["3", "4"]
    # a lid's own numbered text still names itself
    text = "Artikel 28a komt te luiden:\n\nArtikel 28a\n\n1. Iets.\n\n2. Van dit lid kan niet worden afgeweken.\n"
    assert ("dit lid", "law", HW, "28a", "2") in article_targets(text, default_bill())


def test_an_additioneel_artikel_is_the_grondwets_never_the_bills():
    text = ("Additioneel artikel I van de Grondwet is uitgewerkt. De additionele artikelen VI en VII bieden een "
            "termijn; zie ook additioneel artikel IX.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel")
    assert [f[1:] for f in found] == [("Grondwet", "I"), ("Grondwet", "VI"), ("Grondwet", "VII"), ("Grondwet", "IX")]


def test_laws_of_the_shipped_list_added_in_round_28():
    text = "Zie art. 3.28 BVIE, art. 2.2 Benelux Verdrag inzake de Intellectuele Eigendom en artikel 8 Zfw."
    laws = [f[1] for f in resolved(text, default_bill(), "law")]
    bvie = "Benelux-verdrag inzake de intellectuele eigendom (merken en tekeningen of modellen)"
    assert laws == [bvie, bvie, "Ziekenfondswet"]


def test_a_title_read_by_its_shape_ends_where_an_article_follows_a_noun():
    text = ("krachtens art. 241 van het Wetboek Burgerlijke Rechtsvordering de regels betreffende de proceskosten, "
            "en artikel 26 van de Wet goederenvervoer over de weg.")  # fmt: skip
    laws = [f[1] for f in resolved(text, default_bill(), "law")]
    assert laws == ["Wetboek van Burgerlijke Rechtsvordering", "Wet goederenvervoer over de weg"]


def test_latin_ordinals_of_the_wetboek_van_strafrecht():
    found = resolved("Zie artikel 80sexies van het Wetboek van Strafrecht en artikel 80quater Sr.", default_bill(), "artikel")
    assert [f[1] for f in found] == ["80sexies", "80quater"]


def test_a_law_named_by_its_date_in_lower_case():
    text = "Artikel X, tweede lid, van de wet van 7 september 2006, houdende regeling van de vervanging van leden (Stb. 418)."
    found = resolved(text, default_bill(), "scope", "law", "artikel")
    assert found[0][1:] == ("other_law", "Wet van 7 september 2006, houdende regeling van de vervanging van leden", "X")


def test_a_draft_besluit_and_a_caption_between_commas_name_the_besluit():
    text = ("Zie hoofdstuk 7, Financiële bepalingen, van het Besluit inburgering, en artikel 5 van het "
            "ontwerp-Besluit inburgering.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "law", "artikel", "division")
    assert [f[1:] for f in found] == [("other_law", "Besluit inburgering", "", "hoofdstuk 7"),
                                      ("other_law", "Besluit inburgering", "5", "")]  # fmt: skip


def test_a_journal_article_speaking_of_itself_is_no_provision():
    text = ("Art. 7:942 BW is gewijzigd. In dat artikel is aan de orde gekomen voor welke geschillen de regeling geldt. "
            "Reden om in dit artikel uiteen te zetten wat de wijziging inhoudt. In dit artikel wordt de inhoud van dit "
            "wetsvoorstel weergegeven en besproken. Eerst volgt het huidige stelsel (paragraaf 2).")  # fmt: skip
    assert [f[0] for f in resolved(text, default_bill(), "artikel")] == ["Art. 7:942 BW"]


def test_het_huidige_artikel_is_the_one_article_under_discussion():
    text = "Artikel 12 van de Huisvestingswet 2014 wordt gewijzigd. Hieronder wordt eerst het huidige artikel aangestipt."
    found = article_targets(text, default_bill())
    assert found[-1] == ("het huidige artikel", "law", HW, "12", "")


def test_new_text_of_an_onderdeel_run_into_its_step_ends_at_the_next_step():
    # a transcription without blank lines: the new onderdeel b, then the step "b." changing onderdeel c
    text = ("B\n\nArtikel 28a wordt als volgt gewijzigd:\n\n1. Het tweede lid wordt als volgt gewijzigd:\na. Onder "
            "verlettering van onderdeel b tot onderdeel c wordt een onderdeel ingevoegd, dat luidt:\nb. per "
            "gemeente, zoals bedoeld in artikel 12 te regelen; en.\nb. In onderdeel c (nieuw) wordt «jaar» "
            "vervangen door «kwartaal».\n")  # fmt: skip
    found = resolved(text, default_bill(), "artikel", "lid", "item")
    assert found[-1] == ("onderdeel c", "28a", "2", "c")


def test_die_artikelen_after_articles_named_one_by_one_in_its_sentence_are_those():
    text = ("De verhuurder, bedoeld in artikel 12, en de gemeente, bedoeld in artikel 28a, hebben de plichten als "
            "bedoeld in die artikelen.")  # fmt: skip
    found = resolved(text, default_bill(), "artikel")
    assert [f for f in found if f[0] == "die artikelen"] == [("die artikelen", "12"), ("die artikelen", "28a")]
    # a list named as one is still what "die artikelen" names
    text = "Na toepassing van de artikelen 12 en 28a wordt artikel 28b gewijzigd in wat uit die artikelen voortvloeit."
    found = resolved(text, default_bill(), "artikel")
    assert [f[1] for f in found if f[0] == "die artikelen"] == ["12", "28a"]


def test_the_opschrift_of_a_paragraaf_is_the_bills_own_where_no_law_is_named(tmp_path):
    # a record of votes on a new law: "Het opschrift van paragraaf 1.2 wordt zonder stemming aangenomen."
    artikelen = """    - hoofdstuk: "1"
      opschrift: Algemeen
      artikelen:
        - paragraaf: "1.2"
          opschrift: Begrippen
          artikelen:
            - {nummer: "1.2.1", tekst: "(niet overgenomen)"}
"""
    bill = invented_bill(tmp_path / "wet.yaml", "Regels over werk en inkomen", "Wet werk en inkomen", artikelen)
    found = resolved("Het opschrift van paragraaf 1.2 wordt zonder stemming aangenomen.", bill, "scope", "division")
    assert found == [("Het opschrift van paragraaf 1.2", "bill", "paragraaf 1.2")]
    # a law named before it in its sentence: that law's paragraaf (a review of round 28)
    found = resolved("In de Participatiewet luidt het opschrift van paragraaf 1.2 anders.", bill, "scope", "law")
    assert found == [("het opschrift van paragraaf 1.2", "other_law", "Participatiewet")]


def test_a_lid_after_the_laws_name_is_the_articles():
    found = article_targets("Artikel 304 Sr, tweede lid, is zwaar; zie artikel 304 Sr en het tweede lid van artikel 5.", default_bill())
    assert found[0] == ("Artikel 304 Sr, tweede lid", "other_law", "Wetboek van Strafrecht", "304", "2")
    assert ("artikel 304 Sr", "other_law", "Wetboek van Strafrecht", "304", "") in found


def test_a_chain_of_divisions_from_hoofdstuk_down_is_the_smallest():
    text = "Zie hoofdstuk 7, titel 3, paragraaf 1, van de Wet op het hoger onderwijs en wetenschappelijk onderzoek."
    found = resolved(text, default_bill(), "law", "division")
    assert [f[1:] for f in found] == [("Wet op het hoger onderwijs en wetenschappelijk onderzoek", "paragraaf 7.3.1")]


# --- what a review of round 28 with invented inputs found, each mended -----------------------------


def test_artikel_n_van_deze_wet_in_a_laws_words_is_that_laws():
    text = ("B\n\nNa artikel 28 wordt een artikel ingevoegd, luidende:\n\nArtikel 28d\n\n1. Burgemeester en wethouders "
            "stellen het overzicht vast met inachtneming van artikel 2 van deze wet.")  # fmt: skip
    assert ("artikel 2 van deze wet", "law", HW, "2", "") in article_targets(text, default_bill())
    found = article_targets("Artikel 3 van het ontwerp-wetsvoorstel regelt de evaluatie.", default_bill())
    assert found == [("Artikel 3 van het ontwerp-wetsvoorstel", "bill", "", "III", "")]


def test_a_bracketed_paragraaf_after_a_laws_name_is_that_laws():
    found = resolved("Dit is geregeld in het Besluit inburgering 2021 (paragraaf 2).", default_bill(), "law", "division")
    assert [f[1:] for f in found] == [("Besluit inburgering 2021", "paragraaf 2")]


def test_an_aanwijzing_that_opens_its_sentence_is_what_its_leden_after_it_belong_to():
    text = "Aanwijzing 4.42 Ar is hier van belang. Het tweede lid ervan bepaalt veel. Het derde lid niet."
    found = article_targets(text, default_bill())
    assert ("Het derde lid", "other_law", AR, "4.42", "3") in found


def test_artikelleden_with_numbers_are_no_articles():
    found = article_targets("De artikelleden 2 en 3 van artikel 28a zijn onduidelijk.", default_bill())
    assert [f[3] for f in found] == ["28a"]


def test_dit_lid_in_the_replacing_words_of_a_step_is_the_lid_the_step_changes():
    text = ("B\n\nArtikel 28a wordt als volgt gewijzigd:\n\n1. In het derde lid wordt «het vijfde lid» vervangen door "
            "«dit lid».\n\n2. In het vierde lid wordt «het vijfde lid» vervangen door «dit lid».\n")  # fmt: skip
    assert [f[4] for f in article_targets(text, default_bill()) if f[0] == "dit lid"] == ["3", "4"]


def test_die_artikelen_leave_out_the_sentences_own_subject():
    text = "Artikel 12 wordt zo gewijzigd dat het verwijst naar artikel 28a en artikel 28b, en die artikelen regelen veel."
    found = resolved(text, default_bill(), "artikel")
    assert [f[1] for f in found if f[0] == "die artikelen"] == ["28a", "28b"]


def test_an_explanation_of_an_article_below_its_heading_is_about_that_article():
    text = "Artikel II\n\nIn dit artikel wordt het overgangsrecht voor lopende urgentieverklaringen weergegeven.\n"
    assert ("dit artikel", "bill", "", "II", "") in article_targets(text, default_bill())


def test_an_additional_article_with_an_arabic_number_is_an_extra_one():
    found = article_targets("Wij stellen voor een additioneel artikel 28d in te voegen.", default_bill())
    assert found == [("artikel 28d", "law", HW, "28d", "")]


def test_titles_with_other_prepositions_before_de_are_read_whole():
    text = "Zie artikel 3 van de Wet bevordering samenwerking via de regio en artikel 4 van de Wet herstel na de ramp."
    laws = [f[1] for f in resolved(text, default_bill(), "law")]
    assert laws == ["Wet bevordering samenwerking via de regio", "Wet herstel na de ramp"]


def test_a_book_of_another_code_is_not_the_burgerlijk_wetboeks():
    found = resolved("Zie artikel 2 Boek 1 nieuw Sv.", default_bill(), "law")
    assert all(not f[1].startswith("Burgerlijk Wetboek") for f in found)
