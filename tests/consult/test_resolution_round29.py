"""Round 29: forms the real set's fresh44 and fresh45 parts (zr01-zr14: Staatsblad, Staatscourant and
bill texts; zs01-zs13: commentaries, advices, memories and notas) showed on first contact, each stated
as a rule of such texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import article_targets, default_bill, invented_bill, resolved, targets

HW = "Huisvestingswet 2014"
_INVOERINGSWET = """    - nummer: "1.1"
      wijzigt: {citeertitel: Algemene douanewet}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 1:3, tekst: "(niet overgenomen)"}]}
    - nummer: "1.2"
      wijzigt: {citeertitel: Algemene wet bestuursrecht}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 1:8, tekst: "(niet overgenomen)"}]}
"""


def test_a_dotted_article_heading_below_an_amending_article_opens_the_bills_next_article(tmp_path):
    # an invoeringswet numbers its amending articles 1.1, 1.2, …, each amending another law
    bill = invented_bill(tmp_path / "invoering.yaml", "Invoering van de Waterwet", "Invoeringswet Waterwet", _INVOERINGSWET)
    text = ("Artikel 1.1\n\nDe Algemene douanewet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 1:3 vervalt «x».\n\n"
            "Artikel 1.2\n\nDe Algemene wet bestuursrecht wordt gewijzigd als volgt:\n\nA\n\n"
            "In artikel 1:8, tweede lid, onder b, wordt «y» geschrapt.\n")  # fmt: skip
    found = targets(text, bill)
    assert ("Artikel 1.2", "bill", "", "1.2", "", "") in found
    assert ("artikel 1:8, tweede lid, onder b", "law", "Algemene wet bestuursrecht", "1:8", "", "2") in found


def test_an_onderdeel_letter_with_a_period_on_its_own_line_heads_the_onderdeel():
    text = ("ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA.\n\nArtikel 12 wordt als volgt "
            "gewijzigd:\n\n1. Het vierde lid vervalt.\n\nB.\n\nArtikel 28a vervalt.\n")  # fmt: skip
    found = targets(text, default_bill())
    assert ("A", "bill", "", "I", "A", "") in found and ("B", "bill", "", "I", "B", "") in found


def test_small_letters_past_z_and_inserted_after_a_pair_are_onderdelen():
    text = ("Artikel 12 wordt als volgt gewijzigd:\n\n1. na onderdeel d wordt, onder verlettering van onderdeel da "
            "tot db, een onderdeel ingevoegd, luidende:\n\nda. iets;\n\n2. na onderdeel aca wordt een onderdeel "
            "ingevoegd.\n\n3. onderdeel aq vervalt. Onder de regels van de wet valt het niet.\n")  # fmt: skip
    items = [f[1] for f in resolved(text, default_bill(), "item") if f[1]]
    assert items == ["d", "da", "db", "aca", "aq"]


def test_a_range_of_lettered_articles_past_z():
    found = resolved("Zie art. 38z tot en met 38ag Sr.", default_bill(), "artikel")
    assert [f[1] for f in found] == ["38z", "38aa", "38ab", "38ac", "38ad", "38ae", "38af", "38ag"]


def test_a_kamerstuk_of_a_vergaderjaar_written_with_a_hyphen():
    found = resolved("Zie de toelichting (Kamerstukken II 2005-06, 30 453, nr. 3, blz. 20).", default_bill(), "scope", "detail")
    assert ("Kamerstukken II 2005-06, 30 453, nr. 3, blz. 20", "mvt", "p. 20") in found


def test_the_general_part_of_a_book_is_no_part_of_the_memorie():
    found = resolved("De regels komen in het algemene gedeelte van Boek 2 van het Burgerlijk Wetboek.", default_bill(), "scope")
    assert all(f[1] != "mvt" for f in found)


def test_the_old_article_in_quotes_is_the_one_under_discussion():
    found = article_targets("Het nieuwe artikel 28a is anders dan het ‘oude’ artikel.", default_bill())
    assert found[-1] == ("het ‘oude’ artikel", "law", HW, "28a", "")


def test_onderdelen_then_their_lid_after_a_comma():
    text = "Artikel 28a regelt veel. Zoals beschreven in onderdelen a en b, van het eerste lid, begint het."
    found = resolved(text, default_bill(), "artikel", "lid", "item")
    assert [f[1:] for f in found if f[0].startswith("onderdelen")] == [("28a", "1", "a"), ("28a", "1", "b")]


def test_deze_regeling_after_de_toepassing_van_names_the_regeling_itself(tmp_path):
    artikelen = """    - nummer: "1"
      opschrift: begripsbepalingen
      tekst: "(niet overgenomen)"
"""
    bill = invented_bill(tmp_path / "regeling.yaml", "Regeling houdende regels over heffing", "Regeling heffing", artikelen)
    found = resolved("Voor de toepassing van deze regeling wordt verstaan onder wet: de Wet heffing.", bill, "scope")
    assert ("deze regeling", "bill") in found
    found = resolved("Artikel 1 van deze regeling regelt de heffing.", bill, "scope", "artikel")
    assert found == [("Artikel 1", "bill", "1")]  # one reference: the article of the regeling


def test_an_article_of_a_bill_that_an_amending_bill_changes_is_that_bills(tmp_path):
    artikelen = """    - nummer: I
      wijzigt:
        voorstel: tot samenvoeging van de gemeenten Boxmeer en Cuijk
        koninklijke_boodschap: "2020-11-03"
        kamerstukken: 35 620
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 5, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "novelle.yaml", "Wijziging van het voorstel van wet tot samenvoeging", "Wet Grave", artikelen)
    text = ("ARTIKEL I\n\nIndien het bij koninklijke boodschap van 3 november 2020 ingediende voorstel van wet tot "
            "samenvoeging van de gemeenten Boxmeer en Cuijk (Kamerstukken 35 620) tot wet wordt verheven, wordt die "
            "wet als volgt gewijzigd:\n\nA\n\nIn artikel 5 wordt «Mill» vervangen door «Grave».\n")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel")
    assert ("artikel 5", "law", "Wetsvoorstel 35 620", "5") in found



# --- what a review of round 29 with invented inputs found, each mended -----------------------------


def test_words_and_abbreviations_after_a_list_of_letters_are_no_onderdelen():
    for text, items in (("Artikel 28a, tweede lid, onder b tot en met d, gaf aanleiding tot vragen.", ["b", "c", "d"]),
                        ("Artikel 28a, tweede lid, onder d, nl. de aanwijzing.", ["d"]),
                        ("Wij brengen artikel 28a onder uw aandacht.", [""])):  # fmt: skip
        assert [f[1] for f in resolved(text, default_bill(), "item")] == items


def test_a_comma_then_in_het_lid_opens_a_new_clause():
    text = "Dat volgt uit artikel 28b, in het tweede lid van artikel 28a staat iets anders."
    found = article_targets(text, default_bill())
    assert ("het tweede lid van artikel 28a", "law", HW, "28a", "2") in found


def test_ja_or_nb_on_its_own_line_keeps_the_context():
    text = "Vraag 1: is artikel 12 in artikel I, onderdeel A, duidelijk?\n\nJa.\n\nHet vijfde lid is duidelijk."
    assert ("Het vijfde lid", "law", HW, "12", "5") in article_targets(text, default_bill())
    text = ("ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA\n\nArtikel 12 wordt als volgt "
            "gewijzigd.\n\nNB.\n\nHet vierde lid komt te luiden: iets.")  # fmt: skip
    assert ("Het vierde lid", "law", HW, "12", "4") in article_targets(text, default_bill())


def test_de_geldende_bepaling_in_general_is_no_reference():
    text = "Artikel 12 en de verordening spreken elkaar tegen. Welke is dan de geldende bepaling?"
    assert [f[0] for f in article_targets(text, default_bill())] == ["Artikel 12"]


def test_a_range_of_small_letters_past_z_and_a_range_to_a_lettered_article():
    found = resolved("Artikel 12, tweede lid, onderdelen y tot en met ac, zijn nieuw.", default_bill(), "item")
    assert [f[1] for f in found] == ["y", "z", "aa", "ab", "ac"]
    found = resolved("Zie de artikelen 12 tot en met 28ab.", default_bill(), "artikel")
    assert [f[1] for f in found] == ["12", "28ab"]  # the lettered ones between are not guessed


def test_van_deze_regeling_after_any_qualifier_is_the_articles(tmp_path):
    artikelen = """    - nummer: "5"
      tekst: "(niet overgenomen)"
"""
    bill = invented_bill(tmp_path / "regeling.yaml", "Regeling houdende regels over heffing", "Regeling heffing", artikelen)
    for text in ("Artikel 5, aanhef, van deze regeling geldt.", "Artikel 5, eerste volzin, van deze regeling geldt."):
        assert len(resolved(text, bill, "scope")) == 1


# --- zt (fresh46), read after its first contact ----------------------------------------------------


def test_names_of_laws_the_title_reading_cut_short_or_ran_on():
    text = ("Zie artikel 6a van de Instellingswet Autoriteit Consument en Markt, artikel 2 van de Wet privatisering ABP "
            "van toepassing, artikel 2 van de Algemene subsidieverordening Noord-Brabant, artikel 3 van de Regeling "
            "kosten subsidies Noord-Brabant toe en hanteert die, artikel 14 van de Wet openbaarheid van bestuur BES en "
            "artikel 20 van de Invoeringswet openbare lichamen Bonaire, Sint Eustatius en Saba.")  # fmt: skip
    assert [f[1] for f in resolved(text, default_bill(), "law")] == [
        "Instellingswet Autoriteit Consument en Markt", "Wet privatisering ABP", "Algemene subsidieverordening Noord-Brabant",
        "Regeling kosten subsidies Noord-Brabant", "Wet openbaarheid van bestuur BES",
        "Invoeringswet openbare lichamen Bonaire, Sint Eustatius en Saba"]  # fmt: skip


def test_de_laatste_volzin_is_a_sentence_of_the_lid_named():
    found = article_targets("In artikel 12, vierde lid, vervalt de laatste volzin.", default_bill())
    assert found[-1] == ("de laatste volzin", "law", HW, "12", "4")


# --- zu (fresh47), read after its first contact ----------------------------------------------------


def test_each_law_of_a_list_named_after_its_own_articles():
    text = "Zie de artikelen 7:628a lid 5 BW, 1 lid 3, onderdeel c Waadi, 8 lid 2 Waadi en artikel 1.9 Chw."
    laws = [f[1] for f in resolved(text, default_bill(), "law")]
    assert laws == ["Burgerlijk Wetboek Boek 7", "Wet allocatie arbeidskrachten door intermediairs",
                    "Wet allocatie arbeidskrachten door intermediairs", "Crisis- en herstelwet"]  # fmt: skip


# --- what a review of round 30 with invented inputs found, each mended -----------------------------


def test_a_kind_of_law_named_alone_before_a_verb_stays_alone():
    found = resolved("Artikel 5 van de Verzamelwet wijzigt artikel 12. In artikel 3 van de Veegwet stond een fout.",
                     default_bill(), "scope", "law", "artikel")  # fmt: skip
    assert found[0] == ("Artikel 5 van de Verzamelwet", "other_law", "Verzamelwet", "5")
    assert found[-1] == ("artikel 3 van de Veegwet", "other_law", "Veegwet", "3")


def test_a_list_of_laws_after_a_title_is_not_part_of_it():
    found = resolved("Zie artikel 6a van de Instellingswet ACM, Mededingingswet en Telecommunicatiewet.", default_bill(), "law")
    assert found[0][1] == "Instellingswet ACM"


def test_de_laatste_zin_of_prose_is_no_reference():
    text = "Artikel 12 van de Huisvestingswet 2014 is helder. Wij sluiten af met de laatste zin: het moet beter."
    assert [f[0] for f in article_targets(text, default_bill())] == ["Artikel 12 van de Huisvestingswet 2014"]
    text = "In artikel 12, vierde lid, wordt in de op één na laatste volzin «x» vervangen door «y»."
    assert [f[0] for f in article_targets(text, default_bill())] == ["artikel 12, vierde lid"]


def test_an_algemene_plaatselijke_verordening_is_a_name():
    found = resolved("Artikel 2:10 van de Algemene plaatselijke verordening Amsterdam 2008 geldt.", default_bill(), "law")
    assert found[0][1] == "Algemene plaatselijke verordening Amsterdam 2008"
