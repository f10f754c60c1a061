"""Round 31: forms the real set's fresh48 and fresh49 parts (zv01-zv11: A-stukken, memories, a
verslag; zw01-zw15: commentaries on Grondwet and Sr articles, reports, theses) showed on first
contact, each stated as a rule of such texts in general and tested on invented sentences."""

from __future__ import annotations

from wetgen.consult.analyse.tocpages import contents_blanks, without_pages

from .resolving import default_bill, invented_bill, resolved, targets

HW = "Huisvestingswet 2014"

# --- a table of contents whose pages ran into the numbers of its entries ----------------------

_CONTENTS = ("MEMORIE VAN TOELICHTING\n\nInhoudsopgave\n\nHoofdstuk IAlgemeen2\n§ 1Inleiding2\n"
             "§ 2Samenwerking op grond van artikel 8.110\n§ 3Wijziging van de hoofdstukken 1 tot en met 1212\n"
             "§ 4Vervallen bepalingen van hoofdstuk 1315\nHoofdstuk IIArtikelen II tot en met IV18\n\n"
             "Hoofdstuk I Algemeen\n\nDit wetsvoorstel wijzigt hoofdstuk 13 van de Huisvestingswet 2014.")  # fmt: skip


def test_a_page_run_into_a_number_of_a_table_of_contents_is_no_part_of_it():
    entries = {words: end - start for words, start, end in contents_blanks(_CONTENTS) if end == len(words)}
    # the shortest page not below the page before: 8.1 on 10, 1 to 12 on 12, 13 on 15
    assert entries["§ 2Samenwerking op grond van artikel 8.110"] == 2
    assert entries["§ 3Wijziging van de hoofdstukken 1 tot en met 1212"] == 2
    assert entries["§ 4Vervallen bepalingen van hoofdstuk 1315"] == 2
    assert entries["Hoofdstuk IIArtikelen II tot en met IV18"] == 2  # a page run into a Roman number
    line = "§ 4Vervallen bepalingen van hoofdstuk 1315 Hoofdstuk IIArtikelen"
    blanks = tuple((words, len(words) - size, len(words)) for words, size in entries.items())
    assert without_pages(line, blanks) == "§ 4Vervallen bepalingen van hoofdstuk 13   Hoofdstuk IIArtikelen"


def test_the_chapters_and_articles_of_a_table_of_contents_are_read_without_their_pages():
    found = resolved(_CONTENTS, default_bill(), "artikel")
    texts = [t[0] for t in found]
    assert "artikel 8.1" in texts and "hoofdstuk 13" in texts and "hoofdstukken 1 tot en met 12" in texts
    assert not any(text.endswith(("8.110", "1315", "1212")) for text in texts)


def test_numbers_outside_a_run_of_entries_keep_their_digits():
    # a footnote mark after a law's name, a heading alone, prose: no table of contents
    for text in ("Zie hoofdstuk 1315 van het rapport.\n\nArtikel 12\n\nDe leden vragen naar artikel 8.110.",
                 "Inleiding2\nZie hoofdstuk 1315\n\nDe leden …"):  # fmt: skip
        assert contents_blanks(text) == (), text


# --- the memorie naming its own part; an A-stuk's report of the words before the advice -------


def test_the_artikelsgewijze_toelichting_named_in_the_memorie_itself_is_its_own_part():
    memorie = ("MEMORIE VAN TOELICHTING\n\nALGEMEEN\n\nDit wetsvoorstel wijzigt de Huisvestingswet 2014. "
               "In de artikelsgewijze toelichting wordt hierop nader ingegaan.")  # fmt: skip
    assert resolved(memorie, default_bill(), "scope") == []
    # a response that reads the memorie names it
    response = "Wij lezen in de artikelsgewijze toelichting dat artikel 12 vervalt."
    assert ("artikelsgewijze toelichting", "mvt") in resolved(response, default_bill(), "scope")


def test_the_aanhef_in_an_a_stuks_report_of_the_original_text_is_the_onderdeels():
    text = "ARTIKEL I\n\nOnderdeel B\n\nIn de aanhef ontbrak: , onder vervanging van de punt door een puntkomma."
    assert ("de aanhef", "bill", "", "I", "B", "") in targets(text, default_bill())
    # prose about the enacting formula, in the present tense and without a colon, names nothing
    assert targets("In de aanhef ontbreekt de grondslag van het besluit.", default_bill()) == []


# --- sentences and leden named in a step of changes -------------------------------------------


def test_two_sentences_named_together_are_of_the_lid_named_before():
    text = "In artikel 12 zijn de volgende wijzigingen aangebracht:\n\n1. Aan het tweede lid zijn de tweede en derde volzin toegevoegd."
    assert ("de tweede en derde volzin", "law", HW, "12", "", "2") in targets(text, default_bill())
    assert ("Artikel 12, tweede lid, tweede en derde volzin", "law", HW, "12", "", "2") in targets(
        "Artikel 12, tweede lid, tweede en derde volzin, is onduidelijk.", default_bill())


def test_dit_lid_after_a_step_that_reports_a_lid_changed_is_that_lid():
    text = ("In artikel 12 zijn de volgende wijzigingen aangebracht:\n\n1. Aan het tweede lid is een volzin toegevoegd.\n\n"
            "2. Het derde lid is vervallen. Dit lid luidde: «3. De aanvraag geschiedt schriftelijk.»")  # fmt: skip
    assert ("Dit lid", "law", HW, "12", "", "3") in targets(text, default_bill())
    # in a law's own words a numbered lid's "dit lid" is that lid, whatever lid it names first
    law_text = "Artikel 12 van de Huisvestingswet 2014 luidt:\n\n4. In afwijking van het derde lid kan niet worden afgeweken van dit lid."
    assert ("dit lid", "law", HW, "12", "", "4") in targets(law_text, default_bill())


# --- a bill that letters its onderdelen past ZZZ ------------------------------------------------

_MANY_ONDERDELEN = """    - nummer: I
      wijzigt: {citeertitel: Wet op het hoger onderwijs en wetenschappelijk onderzoek}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 1.1, tekst: "(niet overgenomen)"}]}
        - {nummer: QQQ, wijzigingen: [{actie: vrije_tekst, doel: artikel 16.13, tekst: "(niet overgenomen)"}]}
        - {nummer: QQQQ, wijzigingen: [{actie: vrije_tekst, doel: artikel 16.14, tekst: "(niet overgenomen)"}]}
"""


def test_an_onderdeel_of_four_letters_is_read_whole(tmp_path):
    bill = invented_bill(tmp_path / "whw.yaml", "Wijziging van de Wet op het hoger onderwijs", "Wet deregulering WHW", _MANY_ONDERDELEN)
    text = "Artikel I, onderdeel QQQQ, werkt terug tot en met 1 september 2002; artikel I, onderdeel QQQ, niet."
    found = targets(text, bill)
    assert ("Artikel I, onderdeel QQQQ", "bill", "", "I", "QQQQ", "") in found
    assert ("artikel I, onderdeel QQQ", "bill", "", "I", "QQQ", "") in found


# --- the text of an article a sentence quotes ----------------------------------------------------


def test_the_leden_below_a_lead_in_that_quotes_an_article_are_its_own():
    text = ("De termijn is geregeld in artikel 12 van de Huisvestingswet 2014:\n\n1. Een vergunning wordt verleend voor:\n"
            "a. een woning;\nb. een standplaats.\n2. De vergunning vervalt indien op grond van artikel 13 een sanctie is opgelegd.\n"
            "3. Van het eerste en tweede lid kan worden afgeweken.")  # fmt: skip
    found = targets(text, default_bill())
    assert ("het eerste en tweede lid", "law", HW, "12", "", "1") in found
    assert ("het eerste en tweede lid", "law", HW, "12", "", "2") in found


def test_numbered_points_below_a_remark_on_an_article_are_no_text_of_it():
    # no verb that introduces a text: the respondent's own points, each read as written
    text = ("Wij hebben de volgende opmerkingen bij artikel 12 van de Huisvestingswet 2014:\n\n"
            "1. Artikel 13 is te ruim.\n2. Het tweede lid daarvan moet worden geschrapt.")  # fmt: skip
    assert ("Het tweede lid", "law", HW, "13", "", "2") in targets(text, default_bill())


# --- law names and treaty articles written short ---------------------------------------------


def test_strafvordering_after_an_article_is_the_wetboek():
    found = targets("De officier kan op grond van artikel 509hh Strafvordering een aanwijzing geven.", default_bill())
    assert found == [("artikel 509hh Strafvordering", "other_law", "Wetboek van Strafvordering", "509hh", "", "")]


def test_a_treatys_articles_written_without_the_word_artikel():
    found = targets("Dit is in strijd met 37 en 40 IVRK en met 6 EVRM.", default_bill())
    assert [(t[0], t[3]) for t in found] == [("37 en 40 IVRK", "37"), ("37 en 40 IVRK", "40"), ("6 EVRM", "6")]
    # counts of states and cases are no articles
    assert targets("Van de 47 EVRM staten zijn er 12 EVRM-zaken aanhangig.", default_bill()) == []


def test_a_kamerstuk_cited_in_a_footnotes_short_form_is_the_memorie():
    found = resolved("187 Kamerstukken II 2014/15, 34257, nr 3.p.14-15.", default_bill(), "scope", "detail")
    assert found == [("Kamerstukken II 2014/15, 34257, nr 3.p.14", "mvt", "p. 14")]


# --- the writer's own article and another law as a whole -------------------------------------


def test_a_journal_pages_words_about_the_article_it_shows_name_no_provision():
    text = "Dit artikel is 0 keer gedownload.\n\nAanbevolen citeerwijze bij dit artikel\n\nDeel dit artikel"
    assert targets(text, default_bill()) == []
    # "dit artikel" after an article is still that article
    found = targets("Artikel 12 van de Huisvestingswet 2014 is onduidelijk. Dit artikel is te ruim.", default_bill())
    assert ("Dit artikel", "law", HW, "12", "", "") in found


def test_deze_wet_after_another_law_named_is_that_law_as_a_whole():
    text = "De Wet arbeid vreemdelingen (de Wav) is bekend. Onder deze wet is het verboden vreemdelingen te laten werken."
    assert targets(text, default_bill()) == []
    # the bill itself named before it: the bill
    own = "De Wet uitvoerbare huisvesting vergunninghouders is ingediend. Deze wet regelt de huisvesting."
    assert [t[1] for t in targets(own, default_bill()) if t[0] == "Deze wet"] == ["bill"]
