"""Round 33: forms the real set's fresh52 and fresh53 parts (zz01-zz09: notas van wijziging;
zza01-zza11: commentaries on the Successiewet and the Wet natuurbescherming, and older texts on the
Vogelwet, Jachtwet and Lager-onderwijswet) showed on first contact, each stated as a rule of such
texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved, targets

HW = "Huisvestingswet 2014"
_JACHTWET = """    - nummer: "1"
      tekst: "(niet overgenomen)"
    - nummer: "2"
      tekst: "(niet overgenomen)"
"""


def test_a_lettered_notas_items_in_its_toelichting_with_the_article_they_change():
    text = ("TWEEDE NOTA VAN WIJZIGING\n\nHet voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nIn artikel I, onderdeel A, "
            "wordt «x» vervangen door «y».\n\nB\n\nIn artikel I, onderdeel B, wordt «p» vervangen door «q».\n\nToelichting\n\n"
            "A (artikel I, onderdeel A)\n\nDit herstelt een verwijzing.\n\nB (artikel I, onderdeel B)\n\nOok dit.")  # fmt: skip
    found = [t for t in targets(text, default_bill()) if t[0] in ("A", "B")]
    assert found == []  # the nota's own letters
    assert [t[0] for t in targets(text, default_bill())].count("artikel I, onderdeel B") == 2  # the change and its caption


def test_a_drafts_placeholder_year_and_a_division_with_a_lettered_roman_number():
    text = ("Op de datum van inwerkingtreding van artikel 25, eerste lid, van de Politiewet 201X blijft hoofdstuk VII.b "
            "van het Besluit algemene rechtspositie politie buiten toepassing.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "division")
    assert found == [("artikel 25, eerste lid, van de Politiewet 201X", "Politiewet 201X", "25", ""),
                     ("hoofdstuk VII.b van het Besluit algemene rechtspositie politie", "Besluit algemene rechtspositie politie",
                      "", "hoofdstuk VII.b")]  # fmt: skip


def test_dit_onderdeel_at_the_end_of_the_onderdeel_an_instruction_names():
    text = ("Artikel 12 wordt als volgt gewijzigd:\n\n2. Na onderdeel b wordt, onder vervanging van de punt aan het einde van "
            "dit onderdeel door een puntkomma, een onderdeel toegevoegd, luidende:\n\nc. iets;")  # fmt: skip
    assert ("dit onderdeel", "12", "b") in resolved(text, default_bill(), "artikel", "item")
    # the writer's own "onderdeel" is no provision
    assert [t[0] for t in targets("In het kader van dit onderdeel van onze reactie gaan wij in op artikel 12.", default_bill())] == ["artikel 12"]


def test_het_voorgestelde_artikel_with_a_lettered_number():
    found = resolved("Het voorgestelde artikel H 6, derde lid, van de Kieswet regelt dit.", default_bill(), "law", "artikel", "lid")
    assert found == [("artikel H 6, derde lid, van de Kieswet", "Kieswet", "H6", "3")]


def test_a_year_after_the_bills_own_name_before_a_closing_quote_is_another_law(tmp_path):
    bill = invented_bill(tmp_path / "jachtwet.yaml", "Regels omtrent de jacht", "Jachtwet", _JACHTWET)
    text = "Inplaats van „artikel 1 van Jachtwet 1923” leze men artikel 2."
    assert ("other_law", "Jachtwet 1923", "1") in [t[1:4] for t in targets(text, bill)]
    assert ("bill", "", "2") in [t[1:4] for t in targets("Zie artikel 2 van de Jachtwet.", bill)]
    # a year before "bedoelde" is as often prose ("de in artikel 12 van de Woningwet 2015 bedoelde"): not read
    assert [t[2] for t in targets("De in artikel 12 van de Woningwet 2015 bedoelde instellingen.", default_bill())] == ["Woningwet"]


def test_leden_as_ordinal_numbers_in_a_list_and_lid_before_a_colon():
    assert [t[5] for t in targets("Zie art. 12, 3e en 4e lid.", default_bill())] == ["3", "4"]
    assert [t[5] for t in targets("In artikel 12 vervallen het 2e en 3e lid.", default_bill()) if t[0] != "artikel 12"] == ["2", "3"]
    assert ("Artikel 12, lid 1", "law", HW, "12", "", "1") in targets("Artikel 12, lid 1: „Buiten de steden mogen geen honden”.", default_bill())
    # a page number before "De leden" of a party is no lid
    assert targets("blz. 2 De leden van de fractie vragen iets.", default_bill()) == []


# --- round 33's review -----------------------------------------------------------------------------


def test_the_aanhef_after_the_verb_with_words_before_the_quoted_ones():
    for text in ("In artikel 12 wordt in de aanhef «college» telkens vervangen door «raad».",
                 "In artikel 12 worden in de aanhef de woorden «college» vervangen door «raad».",
                 "In artikel 12 wordt in de aanhef, na «belast met», ingevoegd «mede»."):  # fmt: skip
        assert ("de aanhef", "law", HW, "12", "", "") in targets(text, default_bill()), text


def test_tables_of_contents_with_their_pages_at_the_end_of_the_line_or_a_question():
    text = ("Inhoudsopgave\n\nHoofdstuk 1. Inleiding 3\nHoofdstuk 2. Verhouding tot de Huisvestingswet 2014 5\n§ 2.1 "
            "Woonruimteverdeling 6\nII. Artikelsgewijs 8\nArtikel 12 9\n\nHoofdstuk 2. Verhouding tot de Huisvestingswet 2014\n\n"
            "De regering meent dat het voorstel goed aansluit bij de bestaande regels voor de woonruimteverdeling.")  # fmt: skip
    assert [t[0] for t in targets(text, default_bill())] == ["Artikel 12"]
    question = ("Inhoud\n\nHoofdstuk 1 Inleiding\n\n2\n\nHoofdstuk 2 Waarom is deze wijziging van de wet nodig?\n\n3\n\n"
                "Hoofdstuk 3 Gevolgen\n\n4\n\nDe leden van de fractie hebben kennisgenomen van het voorstel en vragen iets.")  # fmt: skip
    assert targets(question, default_bill()) == []


def test_an_entry_of_a_table_of_contents_is_not_blanked_in_the_text_below_it():
    text = ("Inhoudsopgave\n\nI. Algemeen\n\n2\n\nArtikelen\n\n5\n\nArtikelen 12 en 13 van de Huisvestingswet 2014 zijn "
            "onduidelijk geformuleerd volgens de Raad van State en de gemeenten.\n\nArtikelen 12 en 28a regelen de toewijzing.")  # fmt: skip
    assert [t[3] for t in targets(text, default_bill())] == ["12", "13", "12", "28a"]


def test_ordinal_leden_joined_as_the_written_ones_are():
    for text, leden in (("Artikel 12, 2e of 3e lid.", ["2", "3"]), ("Artikel 12, 1e t/m 3e lid.", ["1", "2", "3"]),
                        ("Artikel 12, 1e-3e lid.", ["1", "2", "3"]), ("In artikel 12 vervallen het 2e en het 3e lid.", ["2", "3"]),
                        ("Artikel 12, 2e lid en 3e lid, vervallen.", ["2", "3"])):  # fmt: skip
        assert [t[5] for t in targets(text, default_bill()) if t[5]] == leden, text


def test_die_verordening_is_the_last_verordening_named_not_a_wet_named_after_it():
    text = ("Wij verwijzen naar de Algemene verordening gegevensbescherming en de Uitvoeringswet Algemene verordening "
            "gegevensbescherming. Artikel 6 van die verordening geldt.")  # fmt: skip
    assert [t[2] for t in targets(text, default_bill())] == ["Algemene verordening gegevensbescherming"]
    text = "Wij verwijzen naar de Regeling woningwaardering en de Woningwet. Artikel 3 van die regeling geldt."
    assert [t[2] for t in targets(text, default_bill())] == ["Regeling woningwaardering"]


def test_a_notas_toelichting_headed_otherwise_and_a_step_that_changes_the_lid_dit_lid_names():
    nota = ("TWEEDE NOTA VAN WIJZIGING\n\nHet voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nIn artikel I, onderdeel A, "
            "wordt «x» vervangen door «y».\n\nII. TOELICHTING\n\nOnderdeel A\n\nDit herstelt een verwijzing.")  # fmt: skip
    assert [t[0] for t in targets(nota, default_bill())] == ["artikel I, onderdeel A"]
    for text, lid in (("Artikel 12 wordt als volgt gewijzigd:\n\n3. Het tweede lid komt te luiden, zodat dit lid de termijn verlengt.", "2"),
                      ("Artikel 12 wordt als volgt gewijzigd:\n\n1. In het derde lid vervalt de tweede volzin. Dit lid wordt korter.", "3")):  # fmt: skip
        assert [t[5] for t in targets(text, default_bill()) if t[0].lower() == "dit lid"] == [lid], text


def test_a_wijziging_in_prose_is_no_title():
    text = "Anders dan bij de wijziging van de Woningwet in 2015 regelt deze wet de huisvesting."
    assert [t[0] for t in targets(text, default_bill())] == ["deze wet"]


def test_a_titles_run_ends_at_buiten():
    text = "Daarbij blijft hoofdstuk 7 van het Besluit algemene rechtspositie politie buiten beschouwing."
    assert [t[2] for t in targets(text, default_bill())] == ["Besluit algemene rechtspositie politie"]


_AANVULLINGSWET = """    - hoofdstuk: "1"
      opschrift: Wijziging van de Omgevingswet
      artikelen:
        - nummer: "1.1"
          wijzigt: {citeertitel: Omgevingswet}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: hoofdstuk 2, tekst: "(niet overgenomen)"}]}
            - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: hoofdstuk 3, tekst: "(niet overgenomen)"}]}
    - hoofdstuk: "2"
      opschrift: Slotbepalingen
      artikelen:
        - {nummer: "2.1", tekst: "(niet overgenomen)"}
"""


def test_an_onderdeel_of_a_bills_hoofdstuk_is_that_of_its_one_amending_article(tmp_path):
    # the Omgevingswet's invoerings- and aanvullingswetten hold one amending article per hoofdstuk
    bill = invented_bill(tmp_path / "aanvulling.yaml", "Aanvulling van de Omgevingswet", "Aanvullingswet X", _AANVULLINGSWET)
    text = "Hoofdstuk 1, onderdeel B (Hoofdstuk 3 Omgevingswet)\n\nDe wijziging in hoofdstuk 3 is nodig."
    assert ("Hoofdstuk 1, onderdeel B", "bill", "", "1.1", "B", "") in targets(text, bill)
    # a law's hoofdstuk named with its law keeps it
    assert ("Hoofdstuk 3 Omgevingswet", "law", "Omgevingswet") in [t[:3] for t in targets(text, bill)]


def test_wet_lb_without_its_year_is_the_wet_op_de_loonbelasting_1964():
    found = targets("Zie art. 38n-38q Wet LB.", default_bill())
    assert {(t[2], t[3]) for t in found} == {("Wet op de loonbelasting 1964", n) for n in ("38n", "38o", "38p", "38q")}


def test_deze_wet_opening_the_next_sentence_reads_as_onder_deze_wet_does():
    # with a capital or after a preposition, one rule: a law the bill leaves alone as a whole, no
    # reference; the law the bill amends or the bill itself as before
    for text in ("De Woningwet regelt veel. Deze wet is oud.", "De Woningwet regelt veel. Onder deze wet is dat zo."):
        assert targets(text, default_bill()) == [], text
    assert [t[1] for t in targets("De Huisvestingswet 2014 regelt veel. Deze wet is oud.", default_bill())] == ["unknown"]
    own = "De Wet uitvoerbare huisvesting vergunninghouders is ingediend. Deze wet regelt de huisvesting."
    assert [t[1] for t in targets(own, default_bill())] == ["bill"]
