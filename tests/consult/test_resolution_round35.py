"""Round 35: forms that bill texts and memories of every period use, which the parts read before it
left (zzh07, zzp01, zzp04, zzp05, zzp06), each stated as a rule of such texts in general and tested on
invented sentences."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved, targets

_KIESWET = """    - nummer: I
      wijzigt: {citeertitel: Kieswet}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel E1, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel E2, tekst: "(niet overgenomen)"}]}
"""


def test_a_range_of_letters_followed_by_one_more_letter_is_read_whole():
    text = "Gezinsleden die verblijven als bedoeld in artikel 8, onder a tot en met c en f, van de Vreemdelingenwet 2000."
    assert [t[1:] for t in resolved(text, default_bill(), "law", "artikel", "item")] == [
        ("Vreemdelingenwet 2000", "8", letter) for letter in "abcf"]
    # a letter before the range is kept, and the range after it spread out
    found = resolved("Zie artikel 10 van de Wet milieubeheer, onder b, d tot en met f.", default_bill(), "item")
    assert [f[1] for f in found] == ["", "b", "d", "e", "f"]


def test_deze_rijkswet_is_the_bill_as_deze_wet_is():
    assert [t[0] for t in targets("Deze rijkswet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
                                  default_bill())] == ["Deze rijkswet"]  # fmt: skip
    # "artikel 2 van deze rijkswet" is one mention: the article of the rijkswet itself
    assert [t[0] for t in targets("Artikel 2 van deze rijkswet geldt ook voor Aruba.", default_bill())] == [
        "Artikel 2 van deze rijkswet"]
    # "die rijkswet" names nothing by itself
    assert targets("Die rijkswet kent geen regeling.", default_bill()) == []


def test_de_toelichtende_memorie_is_the_memorie_van_toelichting():
    found = resolved("De toelichtende memorie gaat daar niet op in; zie paragraaf 3 van de toelichtende memorie.",
                     default_bill(), "scope", "detail")  # fmt: skip
    assert [f[1:] for f in found] == [("mvt", ""), ("mvt", "paragraaf 3")]
    # the document's own "deze toelichtende memorie" is no reference
    assert targets("In deze toelichtende memorie wordt het voorstel toegelicht.", default_bill()) == []


def test_a_chapter_numbered_by_a_capital_letter_is_read(tmp_path):
    bill = invented_bill(tmp_path / "kieswet.yaml", "Wijziging van de Kieswet", "Wet stembureaus", _KIESWET)
    text = "ARTIKEL I\n\nDe Kieswet wordt als volgt gewijzigd:\n\nA\n\nHet opschrift van hoofdstuk E komt te luiden:\n\n"
    found = resolved(text + "Hoofdstuk E. Stembureaus\n\nB\n\nHoofdstuk E, paragraaf 1, vervalt.", bill, "law", "division")
    assert ("Het opschrift van hoofdstuk E", "Kieswet", "hoofdstuk E") in found
    # a lettered chapter's paragraaf is numbered on its own, not "E.1"
    assert ("Hoofdstuk E, paragraaf 1", "Kieswet", "paragraaf 1") in found
    # a capital that begins a word, or a letter with a dot and more after it, is no chapter
    assert [f[0] for f in resolved("Zie hoofdstuk Een van het rapport en hoofdstuk A.b hierna.", bill, "scope")] == []


def test_dit_lid_in_a_lid_quoted_after_the_article_it_is_added_to_is_that_lid():
    text = ("Met de wet wordt een lid toegevoegd aan art. 7:758 BW:\n‘4. In afwijking van het derde lid is de aannemer "
            "aansprakelijk. Van dit lid kan niet worden afgeweken.’")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "lid")
    assert found[-1] == ("dit lid", "Burgerlijk Wetboek Boek 7", "758", "4")
    assert ("het derde lid", "Burgerlijk Wetboek Boek 7", "758", "3") in found


# --- from the parts fresh70 to fresh72 (zzr, zzs, zzt), after their first contact ----------------

_FOUR_ARTICLES = """    - nummer: I
      wijzigt: {citeertitel: Woningwet}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 10, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 11, tekst: "(niet overgenomen)"}]}
    - nummer: II
      tekst: "(niet overgenomen)"
    - nummer: III
      tekst: "(niet overgenomen)"
    - nummer: IV
      tekst: "Deze wet treedt in werking met ingang van 1 januari 2030."
"""

_NEW_LAW = """    - nummer: "1"
      tekst: "In deze wet wordt verstaan onder raad: de raad voor rechtsbijstand."
    - nummer: "2"
      tekst: "(niet overgenomen)"
"""


def test_a_roman_number_of_two_letters_after_an_onderdeel_is_the_next_article(tmp_path):
    bill = invented_bill(tmp_path / "vier.yaml", "Wijziging van de Woningwet", "Wet vier artikelen", _FOUR_ARTICLES)
    found = resolved("Dit volgt uit de artikelen I, onderdeel B en IV van het ontwerp.", bill, "scope", "artikel", "onderdeel")
    assert [f[1:] for f in found] == [("bill", "I", "B"), ("bill", "IV", "")]
    # a doubled letter is an onderdeel, as are the letters of a range
    assert [f[3] for f in resolved("Zie artikel I, onderdelen A en B.", bill, "scope", "artikel", "onderdeel")] == ["A", "B"]
    # an advice's own item numbered with a letter and a number is none of the bill's onderdelen
    assert targets("De Raad wijst hierbij op onderdeel I-7 van dit advies.", bill) == []


def test_the_memorie_of_a_law_named_before_is_not_the_bills(tmp_path):
    text = ("Een adviescollege wordt ingesteld binnen de Landsverordening adviescolleges. Volgens de memorie van "
            "toelichting behorende bij laatstgenoemde landsverordening dient dit te worden toegelicht.")  # fmt: skip
    assert targets(text, default_bill()) == []
    assert resolved("Uit de memorie van toelichting behorende bij het ontwerp blijkt dit.", default_bill(), "scope") == [
        ("memorie van toelichting", "mvt")]


def test_a_laws_title_is_read_in_the_form_of_its_citeertitel():
    found = resolved("Zie artikel 8, eerste lid, van de Landsverordening landings-en parkeergelden.", default_bill(), "law")
    assert found[0][1] == "Landsverordening landings- en parkeergelden"
    text = "Zie artikel 20, tweede lid van de Landsverordening Raad van Advies van Curaçao (hierna: LRA). Zie ook artikel 22 van de LRA."
    assert {f[1] for f in resolved(text, default_bill(), "law")} == {"Landsverordening Raad van Advies"}
    # a title whose country is part of it keeps it
    assert resolved("Artikel 72 van de Staatsregeling van Curaçao.", default_bill(), "law")[0][1] == "Staatsregeling van Curaçao"


def test_deze_wet_in_a_formula_of_a_new_laws_own_article_is_the_bill(tmp_path):
    bill = invented_bill(tmp_path / "nieuw.yaml", "Regels omtrent de rechtsbijstand", "Wet op de rechtsbijstand", _NEW_LAW)
    # a copy whose line breaks were lost: the article's number does not stand alone as a heading
    text = ("HOOFDSTUK I. BEGRIPSBEPALINGEN Artikel 1 1. In deze wet en de daarop berustende bepalingen wordt verstaan "
            "onder: a. raad: de raad voor rechtsbijstand; b. rechtsbijstand: bijstand, voor zover in deze wet en de "
            "daarop berustende bepalingen geregeld;")  # fmt: skip
    assert [f[1] for f in resolved(text, bill, "scope") if f[0] == "deze wet"] == ["bill", "bill"]
    # in an amending bill, "In deze wet wordt verstaan onder" of a law's article is that law's (the bill has no own formula)
    quoted = "Artikel 1 van de Woningwet luidt: In deze wet en de daarop berustende bepalingen wordt verstaan onder: a. woning: …"
    assert "bill" not in [f[1] for f in resolved(quoted, default_bill(), "scope") if f[0] == "deze wet"]


_NOTA = """Nr. 62 TWEEDE NOTA VAN WIJZIGING

Het voorstel van wet wordt als volgt gewijzigd:

I

In artikel I, onderdeel A, wordt «een» vervangen door: twee.

II

Artikel I, onderdeel B, komt te luiden:

B

In artikel 11, eerste lid, wordt «x» vervangen door: y.

Toelichting

Onderdelen I en II

In deze onderdelen worden verschrijvingen hersteld."""


def test_a_notas_roman_items_named_together_in_its_toelichting_are_its_own(tmp_path):
    bill = invented_bill(tmp_path / "vier.yaml", "Wijziging van de Woningwet", "Wet vier artikelen", _FOUR_ARTICLES)
    found = resolved(_NOTA, bill, "scope", "artikel", "onderdeel", "law")
    # the letter the instruction announced heads its new text; the toelichting's "Onderdelen I en II" are the nota's
    assert [f for f in found if f[0] in ("B", "Onderdelen I en II")] == [("B", "bill", "I", "B", "")]
    assert ("artikel 11, eerste lid", "law", "11", "", "Woningwet") in found


def test_a_chapter_where_a_memorie_says_what_it_discusses_is_its_own():
    text = ("MEMORIE VAN TOELICHTING\n\n1. Algemeen\n\nIn hoofdstuk 2 zal allereerst aandacht worden geschonken aan "
            "artikel 12. Aansluitend wordt in hoofdstuk 3 ingegaan op de aansluiting.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "detail")
    assert [f for f in found if f[0].startswith("hoofdstuk")] == [("hoofdstuk 2", "mvt", "hoofdstuk 2"), ("hoofdstuk 3", "mvt", "hoofdstuk 3")]
    # in an advice the same words are the advice's own chapter: no reference; a law's chapter stays the law's
    assert targets("In ons advies wordt in paragraaf 2 allereerst ingegaan op de uitvoerbaarheid.", default_bill()) == []
    # without words of the text's own order it is no own place; with the memorie before it, the memorie's
    advice = "De Afdeling merkt op dat in de toelichting in paragraaf 5 wordt ingegaan op de financiële gevolgen."
    assert [f[1:] for f in resolved(advice, default_bill(), "scope", "detail")] == [("mvt", ""), ("mvt", "paragraaf 5")]
    law = "In hoofdstuk 7 van de Huisvestingswet 2014 wordt de taakstelling geregeld. In hoofdstuk 7 wordt ook aandacht besteed aan de huisvesting."
    assert [t[1:3] for t in targets(law, default_bill())] == [("law", "Huisvestingswet 2014")] * 2
    assert targets("In hoofdstuk 3 van de Woningwet wordt ingegaan op de toegelaten instellingen.", default_bill())[0][1:3] == (
        "other_law", "Woningwet")


def test_an_onderdeel_of_the_memorie_named_by_its_quoted_caption():
    text = "Op pagina 2 van de memorie van toelichting (onderdeel “1.3 Reikwijdte”) omschrijft de regering de bekostiging."
    assert [f[1:] for f in resolved(text, default_bill(), "scope", "detail")] == [("mvt", "pagina 2"), ("mvt", "paragraaf 1.3")]
    # without the memorie in the sentence, a quoted onderdeel is none of its places
    assert targets("Zie onderdeel “1.3 Reikwijdte” van ons advies.", default_bill()) == []


# --- from the part fresh73 (zzv), after its first contact ------------------------------------------


def test_a_participle_that_ends_the_clause_is_no_word_of_a_laws_title():
    text = ("Het fonds wordt onder hoofdstuk 4, afdeling 2 van de Kaderwet zelfstandige bestuursorganen gebracht. "
            "Deze afdeling van de Kaderwet regelt het toezicht.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "division")
    assert [f[1:] for f in found] == [("Kaderwet zelfstandige bestuursorganen", "afdeling 4.2")] * 2
    # a title's own last word keeps its place: "gezondheid" is no participle
    assert resolved("Zie artikel 3 van de Wet bijzondere gezondheid.", default_bill(), "law")[0][1] == "Wet bijzondere gezondheid"


def test_a_description_in_brackets_after_an_article_describes_that_article():
    text = ("Er is geen sprake van overtreding van artikel 20 van de Drank- en Horecawet (het artikel dat betrekking heeft "
            "op de leeftijdsgrenzen), aangezien dit artikel alleen het bedrijfsmatig verstrekken betreft.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel")
    assert [f[0] for f in found] == ["artikel 20 van de Drank- en Horecawet", "het artikel", "dit artikel"]
    assert {f[1:] for f in found} == {("Drank- en Horecawet", "20")}
    # "het artikel dat …" elsewhere describes another article, and names none
    assert [f[0] for f in resolved("Wij lezen het artikel dat hierover gaat anders.", default_bill(), "law")] == []


def test_the_evrm_named_by_its_common_dutch_title():
    text = "Dit is in strijd met artikel 5 van het Europees Verdrag tot bescherming van de Rechten van de Mens (EVRM)."
    assert resolved(text, default_bill(), "law", "artikel")[0][1:] == (
        "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden", "5")


# --- from the review of round 35 (invented inputs) ------------------------------------------------


def test_a_description_in_brackets_needs_an_article_just_before_it():
    journal = ("Artikel 12 van de Huisvestingswet 2014 is onduidelijk, zie NJB 2019/1234 (het artikel van mr. Jansen over "
               "de urgentie). Dit artikel laat zien dat gemeenten worstelen.")  # fmt: skip
    assert [t[0] for t in targets(journal, default_bill())] == ["Artikel 12 van de Huisvestingswet 2014"]
    other = "Zie artikel 28 van de Huisvestingswet 2014. Ook in de Woningwet (de bepaling over de toegelaten instellingen) is iets geregeld."
    assert [t[0] for t in targets(other, default_bill())] == ["artikel 28 van de Huisvestingswet 2014"]


def test_a_roman_chapter_of_one_letter_keeps_its_number_before_a_smaller_division():
    # (since round 41 one target: afdeling 3 within hoofdstuk V, as a law with Roman chapters numbers its units)
    found = resolved("Zie hoofdstuk V, afdeling 3, van de Gemeentewet.", default_bill(), "within", "division")
    assert [f[1:] for f in found] == [("hoofdstuk V", "afdeling 3")]


def test_a_lettered_chapter_needs_a_law_or_a_change_in_its_sentence():
    text = "De Afdeling verwijst naar het rapport: hoofdstuk A (Inleiding) en hoofdstuk B (Bevindingen). Zie ook hoofdstuk A van de bijlage."
    assert targets(text, default_bill()) == []


def test_deze_wet_in_a_formula_after_another_law_in_its_sentence_is_not_the_bill(tmp_path):
    bill = invented_bill(tmp_path / "nieuw.yaml", "Regels omtrent de rechtsbijstand", "Wet op de rechtsbijstand", _NEW_LAW)
    text = "Ter vergelijking: de Advocatenwet bepaalt dat bij of krachtens deze wet regels worden gesteld."
    assert "bill" not in [f[1] for f in resolved(text, bill, "scope") if f[0] == "deze wet"]


def test_an_onderdeel_with_a_quoted_caption_of_the_text_itself_is_no_memorie_place():
    text = "De Raad verwijst naar onderdeel “3.2 Uitvoering” van dit advies, waarin de memorie van toelichting wordt besproken."
    assert [f[1:] for f in resolved(text, default_bill(), "scope", "detail")] == [("mvt", "")]


def test_a_separable_participle_ends_a_laws_title_too():
    text = "Het fonds wordt onder de Kaderwet adviescolleges ondergebracht. Artikel 12 van die wet regelt dat."
    assert resolved(text, default_bill(), "law")[-1][1] == "Kaderwet adviescolleges"
    assert targets("Uit de memorie van toelichting bij voornoemde wet blijkt dit.", default_bill()) == []


# --- from the parts fresh74 and fresh75 (zzw, zzx), after their first contact --------------------


def test_the_points_of_a_bills_onderdeel_named_in_its_sentence_are_that_onderdeel(tmp_path):
    bill = invented_bill(tmp_path / "vier.yaml", "Wijziging van de Woningwet", "Wet vier artikelen", _FOUR_ARTICLES)
    found = resolved("In artikel I, onderdeel A, wordt in punt 1 «x» vervangen door: y. In artikel I, onderdeel B, worden "
                     "de punten 2 tot en met 4 vervangen door: z.", bill, "scope", "artikel", "onderdeel")  # fmt: skip
    assert [f for f in found if "punt" in f[0]] == [("punt 1", "bill", "I", "A"), ("de punten 2 tot en met 4", "bill", "I", "B")]
    # the point as part of the onderdeel's place is no mention of its own, nor a text's own point
    assert [f[0] for f in resolved("Artikel I, onderdeel A, punt 3, wordt vervangen door: x.", bill, "scope")] == [
        "Artikel I, onderdeel A"]
    assert targets("Punt 1 van ons advies betreft de uitvoering.", bill) == []


def test_a_bills_article_heading_in_capitals_with_a_long_caption_ends_the_new_text_above_it(tmp_path):
    bill = invented_bill(tmp_path / "vier.yaml", "Wijziging van de Woningwet", "Wet vier artikelen", _FOUR_ARTICLES)
    text = ("ARTIKEL I. WIJZIGING VAN DE WONINGWET\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 10 komt te "
            "luiden:\n\nArtikel 10\n\nArtikel 24 blijft van toepassing.\n\nARTIKEL II. WIJZIGING VAN DE TIJDELIJKE WET "
            "BEPERKING INKOMENSGEVOLGEN ARBEIDSONGESCHIKTHEIDSCRITERIA\n\nArtikel 12 van die wet vervalt.")  # fmt: skip
    assert ("ARTIKEL II", "bill", "II") in resolved(text, bill, "scope", "artikel")


def test_a_laws_letters_joined_by_of_onder_are_one_list():
    found = resolved("Een vergunning als bedoeld in artikel 3.3, vierde lid, onder b, of onder c, van de Telecommunicatiewet.",
                     default_bill(), "artikel", "lid", "item")  # fmt: skip
    assert [f[1:] for f in found] == [("3.3", "4", "b"), ("3.3", "4", "c")]


def test_an_older_page_abbreviation_of_the_memorie():
    found = resolved("Zie Kamerstukken II 1995/96, 24 000, nr. 3, bl. 12, en de toelichting, bl. 14.", default_bill(), "scope", "detail")
    assert [f[1:] for f in found] == [("mvt", "p. 12"), ("mvt", "bl. 14")]


def test_a_landsverordening_keeps_its_title():
    # (a verordening named by one word, "de Quarantaineverordening", is not read as a law: "die wet" would take it up,
    # and a municipality's "Huisvestingsverordening Amsterdam 2020" would lose its place; the review of round 35)
    found = resolved("Het gaat om artikel 48b van de Landsverordening toezicht bank- en kredietwezen.", default_bill(), "law", "artikel")
    assert [f[1:] for f in found] == [("Landsverordening toezicht bank- en kredietwezen", "48b")]


# --- from the review of round 35's second half (invented inputs) -----------------------------------


def test_a_point_of_another_document_or_outside_an_instruction_is_no_onderdeels(tmp_path):
    bill = invented_bill(tmp_path / "vier.yaml", "Wijziging van de Woningwet", "Wet vier artikelen", _FOUR_ARTICLES)
    for text in ("Met betrekking tot artikel I, onderdeel A, verwijst de Afdeling naar haar opmerking onder punt 2.",
                 "De Afdeling merkt op dat artikel I, onderdeel A, op punt 3 van het advies van de VNG ingaat.",
                 "In artikel I, onderdeel A, wordt in het voorgestelde artikel 10, tweede lid, punt 2 vervangen door punt 3."):  # fmt: skip
        assert [f[0] for f in resolved(text, bill, "scope") if "punt" in f[0]] == [], text
    # the onderdeel a point is of, named after it, is that onderdeel
    found = resolved("In artikel I, onderdeel A, worden de punten 1 en 2 van onderdeel B overgenomen.", bill, "onderdeel")
    assert found[-1] == ("onderdeel B", "B")
    # a law's lid followed by "en punt 4 van de toelichting" ends at the lid
    assert targets("Zie artikel 12, vijfde lid, en punt 4 van de toelichting.", default_bill())[0][0] == "artikel 12, vijfde lid"


def test_a_laws_chapter_after_vervolgens_stays_the_laws():
    text = ("In hoofdstuk 2 van de Huisvestingswet 2014 wordt de vergunning geregeld; in hoofdstuk 3 wordt vervolgens de "
            "urgentie behandeld.")  # fmt: skip
    assert [t[1:3] for t in targets(text, default_bill())] == [("law", "Huisvestingswet 2014")] * 2


def test_die_wet_after_a_verordening_is_the_law_named_before():
    text = ("De Huisvestingswet 2014 is een kaderwet. In de Huisvestingsverordening kan de raad regels stellen. "
            "Artikel 12 van die wet noemt de urgentiecategorieën.")  # fmt: skip
    assert targets(text, default_bill())[-1][2:4] == ("Huisvestingswet 2014", "12")


# --- from the parts fresh76 and fresh77 (zzy, zzz), after their first contact --------------------

_TWO_LAWS = """    - nummer: I
      wijzigt: {citeertitel: Rijksoctrooiwet}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, tekst: "(niet overgenomen)"}]}
    - nummer: II
      wijzigt: {citeertitel: Rijksoctrooiwet 1995}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, tekst: "(niet overgenomen)"}]}
"""

_NEW_LAW_WITH_FUNCTIONS = """    - nummer: "1.1"
      opschrift: Begripsbepalingen
      tekst: "In deze wet wordt verstaan onder dier: een gehouden dier."
    - nummer: "8.1"
      opschrift: Inwerkingtreding
      tekst: "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."
"""


def test_a_law_named_as_its_sentences_subject_is_the_law_of_the_article_after_it(tmp_path):
    found = resolved("De Gemeentewet regelt in artikel 147 dat de raad vergadert. In de Woningwet is in artikel 10 bepaald "
                     "dat de corporatie bouwt.", default_bill(), "scope", "law", "artikel")  # fmt: skip
    assert [f[1:] for f in found] == [("other_law", "Gemeentewet", "147"), ("other_law", "Woningwet", "10")]
    # in a bill that amends two laws, the one the sentence names
    bill = invented_bill(tmp_path / "twee.yaml", "Wijziging van de Rijksoctrooiwet 1995", "Wet octrooigemachtigden", _TWO_LAWS)
    assert resolved("De Rijksoctrooiwet 1995 regelt in artikel 22 de gemachtigden.", bill, "law")[0][1] == "Rijksoctrooiwet 1995"
    # a comparison with a noun phrase between is no subject's article
    assert targets("De Woningwet is strenger dan de regeling in artikel 12.", default_bill())[0][2] == "Huisvestingswet 2014"


def test_a_paragraph_of_the_memorie_with_its_caption_in_guillemets():
    text = "Zie § 2 «Uitgangspunten en opzet» van het algemeen deel van de memorie van toelichting."
    assert [f[1:] for f in resolved(text, default_bill(), "scope", "detail")] == [("mvt", "§ 2")]


def test_an_article_of_the_bill_named_by_what_it_does(tmp_path):
    found = resolved("De evaluatiebepaling moet ook de wachttijden noemen. De inwerkingtredingsbepaling maakt gedifferentieerde "
                     "inwerkingtreding mogelijk. Het overgangsartikel is kort.", default_bill(), "scope", "artikel")  # fmt: skip
    assert [f[1:] for f in found] == [("bill", "III"), ("bill", "IV"), ("bill", "II")]
    # the definitions of a new law by the term; in a bill that amends a law they are that law's: none guessed
    bill = invented_bill(tmp_path / "dieren.yaml", "Regels over gehouden dieren", "Wet dieren", _NEW_LAW_WITH_FUNCTIONS)
    assert resolved("De begripsbepaling voor «dier» wordt aangepast.", bill, "scope", "artikel") == [
        ("De begripsbepaling voor «dier»", "bill", "1.1")]
    assert targets("De begripsbepaling voor «vergunninghouder» ontbreekt.", default_bill()) == []
    # a function no article of the bill has: nothing
    assert targets("De samenloopbepaling ontbreekt.", default_bill()) == []


# --- from the review of round 35's third part (invented inputs) ------------------------------------


def test_a_functional_noun_of_another_law_or_with_a_number_is_not_the_bills_article():
    for text in ("De evaluatiebepaling van de Woningwet is ruimer geformuleerd.",
                 "De overgangsbepaling in de Omgevingswet is uitgebreider."):  # fmt: skip
        assert targets(text, default_bill()) == [], text
    found = targets("Het overgangsartikel 48 van de Huisvestingswet 2014 blijft gelden.", default_bill())
    assert [t[1:4] for t in found] == [("law", "Huisvestingswet 2014", "48")]
    # a lid of it is kept
    assert resolved("Het tweede lid van de overgangsbepaling is onduidelijk.", default_bill(), "artikel", "lid")[0][1:] == ("II", "2")


def test_a_law_in_a_passive_sentence_is_what_the_article_names_not_its_law():
    for text in ("De Gemeentewet is in artikel 28c van toepassing verklaard op de samenwerking.",
                 "De Woningwet wordt in artikel 12 niet genoemd."):  # fmt: skip
        assert targets(text, default_bill())[0][2] == "Huisvestingswet 2014", text
    for text in ("De Gemeentewet regelt dit in artikel 147.", "Zo regelt de Woningwet in artikel 19 de toelating.",
                 "In de Woningwet is dat in artikel 19 geregeld."):  # fmt: skip
        assert targets(text, default_bill())[0][1:3] == ("other_law", targets(text, default_bill())[0][2]), text
        assert targets(text, default_bill())[0][2] in ("Gemeentewet", "Woningwet"), text


def test_a_place_in_the_memorie_of_another_law_is_not_the_bills():
    text = "Wij verwijzen naar paragraaf 2 «Probleemanalyse» uit het algemeen deel van de memorie van toelichting bij de Woningwet."
    assert [t for t in resolved(text, default_bill(), "scope", "detail") if t[2]] == []


# --- from the parts fresh78 and fresh79 (zzzb, zzzc), after their first contact -----------------

_BESLUIT = """    - nummer: "1.3"
      tekst: "(niet overgenomen)"
    - nummer: "2.83"
      leden:
        - {nummer: "1", tekst: "(niet overgenomen)"}
        - {nummer: "2", tekst: "(niet overgenomen)"}
    - nummer: "9.1"
      leden:
        - {nummer: "1", tekst: "(niet overgenomen)"}
        - {nummer: "2", tekst: "(niet overgenomen)"}
"""


def test_an_article_heading_run_into_its_caption_is_read(tmp_path):
    bill = invented_bill(tmp_path / "besluit.yaml", "Besluit bouwwerken", "Bouwbesluit", _BESLUIT)
    found = resolved("Artikel 9.1Algemeen overgangsrecht\n\nDit artikel bevat overgangsrecht voor aanvragen (eerste lid) en "
                     "meldingen (tweede lid).", bill, "scope", "artikel", "lid")  # fmt: skip
    assert [f[1:] for f in found] == [("bill", "9.1", ""), ("bill", "9.1", ""), ("bill", "9.1", "1"), ("bill", "9.1", "2")]


def test_a_cross_reference_to_another_articles_explanation_leaves_the_article_under_discussion(tmp_path):
    bill = invented_bill(tmp_path / "besluit.yaml", "Besluit bouwwerken", "Bouwbesluit", _BESLUIT)
    text = ("Artikel 2.83 Omvang\n\nDit artikel stelt eisen aan een brandcompartiment. Zie de toelichting op artikel 1.3.\n\n"
            "Het eerste lid geeft de basiseis.")  # fmt: skip
    assert resolved(text, bill, "artikel", "lid")[-1] == ("Het eerste lid", "2.83", "1")
    # an article named as a subject of its own, not as a pointer, is the one under discussion
    named = "Artikel 2.83 Omvang\n\nDit artikel hangt samen met artikel 1.3.\n\nHet eerste lid daarvan geeft de basiseis."
    assert resolved(named, bill, "artikel", "lid")[-1][1] == "1.3"
