"""Round 36: forms that the blind parts fresh80-fresh83 (zzzd-zzzg: advices, verslagen, bill and regeling
texts, notas van wijziging and amendementen) showed after their first contact, each stated as a rule of
such texts in general and tested on invented sentences."""

from __future__ import annotations

from wetgen.consult.analyse.lawslips import misspelled
from wetgen.consult.analyse.refs import MVT, find_references

from .resolving import default_bill, invented_bill, resolved, targets

_REGELING = """    - nummer: I
      wijzigt: {citeertitel: Regeling dierenwelzijn}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.7, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.1, tekst: "(niet overgenomen)"}]}
    - nummer: II
      tekst: Deze regeling treedt in werking met ingang van 1 januari 2027.
"""

_SAMENLOOP = """    - nummer: I
      wijzigt: {citeertitel: Wet op het primair onderwijs}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 17, tekst: "(niet overgenomen)"}]}
    - nummer: II
      tekst: "(niet overgenomen: wijzigt deze wet)"
"""


def test_a_list_paired_by_respectievelijk_or_onderscheidenlijk_is_read_whole():
    found = resolved("bedoeld in artikel 12, eerste, respectievelijk tweede lid, van de Woningwet", default_bill(),
                     "law", "artikel", "lid")  # fmt: skip
    assert [f[1:] for f in found] == [("Woningwet", "12", "1"), ("Woningwet", "12", "2")]
    found = resolved("de artikelen 4 onderscheidenlijk 5 van de Gemeentewet", default_bill(), "law", "artikel")
    assert [f[1:] for f in found] == [("Gemeentewet", "4"), ("Gemeentewet", "5")]
    # "respectievelijk" before a word that is no number ends the list
    found = resolved("artikel 4 van de Gemeentewet respectievelijk de Provinciewet", default_bill(), "artikel")
    assert [f[1] for f in found] == ["4"]


def test_the_new_numbers_of_a_renumbering_paired_by_onderscheidenlijk_are_each_read(tmp_path):
    bill = invented_bill(tmp_path / "regeling.yaml", "Wijziging van de Regeling dierenwelzijn", "Regeling gidsen", _REGELING)
    text = ("ARTIKEL I\n\nDe Regeling dierenwelzijn wordt als volgt gewijzigd:\n\nA\n\n"
            "De artikelen 2.7 en 2.8 worden vernummerd tot 3.7, onderscheidenlijk 3.8.")  # fmt: skip
    found = resolved(text, bill, "law", "artikel")
    assert ("3.7, onderscheidenlijk 3.8", "Regeling dierenwelzijn", "3.7") in found
    assert ("3.7, onderscheidenlijk 3.8", "Regeling dierenwelzijn", "3.8") in found


def test_dit_hoofdstuk_in_an_inserted_article_numbered_by_chapter_is_that_chapter(tmp_path):
    bill = invented_bill(tmp_path / "regeling.yaml", "Wijziging van de Regeling dierenwelzijn", "Regeling gidsen", _REGELING)
    text = ("ARTIKEL I\n\nDe Regeling dierenwelzijn wordt als volgt gewijzigd:\n\nB\n\n"
            "Na hoofdstuk 1 wordt een hoofdstuk ingevoegd, luidende:\n\nHOOFDSTUK 2. GIDSEN\n\nArtikel 2.1\n\n"
            "In dit hoofdstuk wordt verstaan onder gids: een gids voor goede praktijken.")  # fmt: skip
    found = resolved(text, bill, "law", "division")
    assert found[-1] == ("dit hoofdstuk", "Regeling dierenwelzijn", "hoofdstuk 2")  # not the hoofdstuk 1 named before it
    # in prose the chapter named last is still the one "dit hoofdstuk" takes up
    prose = resolved("Hoofdstuk 5 van de Woningwet is kort. Dit hoofdstuk regelt de huisvesting.", default_bill(), "division")
    assert prose[-1] == ("Dit hoofdstuk", "hoofdstuk 5")


def test_a_legal_databases_note_wijzigt_deze_wet_is_the_act_itself(tmp_path):
    bill = invented_bill(tmp_path / "samenloop.yaml", "Wijziging van de Wet op het primair onderwijs", "Wet samenloop", _SAMENLOOP)
    text = ("Artikel I. Wijziging van de Wet op het primair onderwijs\n\n[Red: Wijzigt de Wet op het primair onderwijs.]\n\n"
            "Artikel II. Samenloop met de Wet normalisering rechtspositie ambtenaren\n\n[Red: Wijzigt deze wet.]")  # fmt: skip
    found = targets(text, bill)
    assert ("deze wet", "bill", "", "", "", "") in found
    # the notes are read, each in its place
    assert [f[0] for f in found] == ["Artikel I", "Artikel II", "deze wet"]
    # in prose "deze wet" after another law stays that law as a whole, no target
    prose = "De Wet normalisering rechtspositie ambtenaren is in werking getreden. Deze wet wijzigt veel."
    assert targets(prose, bill) == []


def test_a_treaty_named_by_the_formula_of_its_conclusion_is_that_treaty():
    text = ("Zie artikel 3 van het op 12 maart 1975 te Genève tot stand gekomen Verdrag inzake de erkenning van "
            "diploma's in het hoger onderwijs (Trb. 1975, 20).")  # fmt: skip
    refs = find_references(text)
    assert [(r.raw[:9], r.law) for r in refs] == [("artikel 3", "Verdrag inzake de erkenning van diploma's in het hoger onderwijs")]
    # the place may come first, and a title may hold a comma that no clause follows
    text = ("artikel 2 van het te New York op 1 juni 1970 tot stand gekomen Verdrag tegen wrede, onmenselijke "
            "of onterende behandeling, dat in 1975 in werking trad")  # fmt: skip
    assert [r.law for r in find_references(text)] == ["Verdrag tegen wrede, onmenselijke of onterende behandeling"]
    # without the formula an article of a place is no treaty's
    assert [r.law for r in find_references("artikel 2 van het op 1 juni 1970 te Genève gesloten akkoord")] == [""]


def test_a_place_in_brackets_after_what_the_toelichting_discusses_is_the_toelichtings():
    text = ("Daarnaast wordt in de nota van toelichting ingegaan op de ingediende reacties (in paragraaf 2.1) "
            "en op de rechtsbescherming (in paragraaf 4).")  # fmt: skip
    assert [(r.kind, r.detail) for r in find_references(text)] == [
        (MVT, ""), (MVT, "paragraaf 2.1"), (MVT, "paragraaf 4")]
    # a law named between the toelichting and the place makes the place the law's
    text = "In de toelichting wordt ingegaan op de verhouding tot de Omgevingswet (paragraaf 2)."
    assert (MVT, "paragraaf 2") not in [(r.kind, r.detail) for r in find_references(text) if r.kind == MVT and r.detail]


def test_deze_wet_in_a_bills_title_of_aanpassing_is_the_amended_law_as_a_whole():
    title = ("33 367 Aanpassing van de Wet op de ondernemingsraden in verband met de scholing en enkele andere "
             "wijzigingen van deze wet")  # fmt: skip
    assert targets(title, default_bill()) == []


# --- after the review of round 36 with invented inputs, and from fresh84-fresh86 (zzzh, zzzi, zzzj) ----------

_BOPZ = """    - nummer: I
      wijzigt: {citeertitel: Wet bijzondere opnemingen in psychiatrische ziekenhuizen}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 41a, tekst: "(niet overgenomen)"}]}
"""


def test_a_quantity_after_respectievelijk_is_no_article():
    for text in ("Het bedrag bedoeld in artikel 6, respectievelijk 1,5 keer het minimumloon.",
                 "op grond van artikel 12, respectievelijk 4 weken na de beslissing",
                 "bedoeld in artikel 5, respectievelijk 10 procent daarvan"):  # fmt: skip
        assert len(resolved(text, default_bill(), "artikel")) == 1, text


def test_leden_paired_with_a_list_of_articles_go_one_to_each():
    found = resolved("De artikelen 12 en 13, eerste respectievelijk tweede lid, van de Woningwet gelden.", default_bill(),
                     "artikel", "lid")  # fmt: skip
    assert [f[1:] for f in found] == [("12", "1"), ("13", "2")]
    # one article with a paired list of its leden keeps both
    found = resolved("het eerste respectievelijk het tweede lid van artikel 12 van de Woningwet", default_bill(), "artikel", "lid")
    assert [f[1:] for f in found] == [("12", "1"), ("12", "2")]
    found = resolved("artikel 12, eerste lid, respectievelijk tweede lid, van de Woningwet", default_bill(), "law", "lid")
    assert [f[1:] for f in found] == [("Woningwet", "1"), ("Woningwet", "2")]
    # (letters paired so are not read on: "onder b, respectievelijk a posteriori getoetste besluiten" is prose)
    found = resolved("artikel 10, onder b, respectievelijk a posteriori getoetste besluiten", default_bill(), "item")
    assert [f[1] for f in found] == ["b"]


def test_leden_renumbered_are_no_articles_and_several_renumbered_leden_are_each_read():
    refs = find_references("De leden 3 en 4 van artikel 2.7 worden vernummerd tot 4, onderscheidenlijk 5.")
    assert [(r.raw, [p.artikel for p in r.parts]) for r in refs] == [("leden 3 en 4 van artikel 2.7", ["2.7", "2.7"])]
    refs = find_references("Het vierde lid vervalt, onder vernummering van het vijfde en het zesde lid in het vierde en het vijfde lid.")
    assert [(r.raw, [p.lid for p in r.parts]) for r in refs][1:] == [
        ("het vijfde en het zesde lid", ["5", "6"]), ("het vierde en het vijfde lid", ["4", "5"])]


def test_dit_hoofdstuk_keeps_a_named_chapter_within_the_articles_chapter(tmp_path):
    bill = invented_bill(tmp_path / "wft.yaml", "Wijziging van de Wet op het financieel toezicht", "Wet wft", """    - nummer: I
      wijzigt: {citeertitel: Wet op het financieel toezicht}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3:17a, tekst: "(niet overgenomen)"}]}
""")
    text = ("ARTIKEL I\n\nDe Wet op het financieel toezicht wordt als volgt gewijzigd:\n\nA\n\nIn hoofdstuk 3.3 wordt na "
            "artikel 3:17 een artikel ingevoegd, luidende:\n\nArtikel 3:17a\n\nDe bij of krachtens dit hoofdstuk gestelde "
            "regels gelden ook voor een bank.")  # fmt: skip
    assert resolved(text, bill, "division")[-1] == ("dit hoofdstuk", "hoofdstuk 3.3")  # the Wft's 3.3, in its Deel 3
    # a lettered chapter is told by a lettered article number
    bill = invented_bill(tmp_path / "regeling.yaml", "Wijziging van de Regeling dierenwelzijn", "Regeling gidsen", _REGELING)
    text = ("ARTIKEL I\n\nDe Regeling dierenwelzijn wordt als volgt gewijzigd:\n\nB\n\nNa hoofdstuk 2 wordt een hoofdstuk "
            "ingevoegd, luidende:\n\nHOOFDSTUK 2A. GIDSEN\n\nArtikel 2a.1\n\nDit hoofdstuk geldt tot 2030.")  # fmt: skip
    assert resolved(text, bill, "division")[-1] == ("Dit hoofdstuk", "hoofdstuk 2A")


def test_a_treatys_title_ends_where_the_sentence_goes_on():
    def laws(text: str) -> list[str]:
        return [r.law for r in find_references(text)]

    assert laws("Artikel 8 van het op 4 november 1950 te Rome tot stand gekomen Verdrag tot bescherming van de rechten "
                "van de mens en de fundamentele vrijheden beschermt het privéleven.") == [
        "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden"]  # fmt: skip
    assert laws("artikel 2 van het op 18 december 1979 te New York tot stand gekomen Verdrag inzake de uitbanning "
                "van discriminatie waarop de klacht steunt") == ["Verdrag inzake de uitbanning van discriminatie"]
    # the next reference is kept, and so is a treaty's number
    assert len(laws("De artikelen 3 en 8 van het op 4 november 1950 te Rome tot stand gekomen Verdrag tot bescherming "
                    "van de rechten van de mens en de fundamentele vrijheden en artikel 7 van het Handvest.")) == 2
    assert laws("artikel 3 van het op 9 juli 1948 te San Francisco tot stand gekomen Verdrag nr. 87 betreffende de "
                "vrijheid van vereniging (Trb. 1951, 2)") == ["Verdrag nr. 87 betreffende de vrijheid van vereniging"]
    assert laws("artikel 14 van het op 19 december 1966 te New York tot stand gekomen Internationaal Verdrag inzake "
                "burgerrechten en politieke rechten (Trb. 1969, 99)") == [
        "Internationaal Verdrag inzake burgerrechten en politieke rechten"]  # fmt: skip
    # a contract concluded somewhere is no treaty
    assert laws("artikel 7 van de op 1 maart 2019 te Amsterdam tot stand gekomen overeenkomst tussen de gemeente en de "
                "corporaties") == [""]  # fmt: skip


def test_a_place_in_brackets_is_not_the_toelichtings_where_something_else_is_named_between():
    for text in ("In de toelichting wordt ingegaan op de verhouding tot de Awb (hoofdstuk 4).",
                 "In de toelichting wordt ingegaan op de Opvangrichtlijn (hoofdstuk 2).",
                 "In de toelichting bij de begroting wordt ingegaan op de kosten (hoofdstuk 5).",
                 "In de toelichting wordt ingegaan op de reacties, maar de VNG heeft in haar eigen advies "
                 "stilgestaan bij de kosten (hoofdstuk 3)."):  # fmt: skip
        assert [r.detail for r in find_references(text) if r.kind == MVT and r.detail] == [], text


def test_aanpassing_or_herziening_in_prose_is_no_title():
    for text in ("Herziening van de Huisvestingswet 2014 is niet het doel van deze wet.",
                 "De invoering noopt tot aanpassing van de Huisvestingswet 2014, waarvoor deze wet de grondslag biedt."):
        assert "deze wet" in [t[0] for t in targets(text, default_bill())], text


def test_an_amended_law_named_with_a_slip_is_that_law(tmp_path):
    bill = invented_bill(tmp_path / "bopz.yaml", "Wijziging van de Wet bijzondere opnemingen in psychiatrische ziekenhuizen",
                         "Wet klachtrecht", _BOPZ)  # fmt: skip
    text = "Artikel 41a van de Wet Bijzondere opneming psychiatrische ziekenhuizen wordt niet gewijzigd."
    assert resolved(text, bill, "scope", "law")[0][1:] == ("law", "Wet bijzondere opnemingen in psychiatrische ziekenhuizen")
    # two laws a few words apart are two laws
    text = "Artikel 10 van de Wet op de ruimtelijke ordening geldt."
    other = invented_bill(tmp_path / "wro.yaml", "Wijziging van de Wet ruimtelijke ordening", "Wet wro", """    - nummer: I
      wijzigt: {citeertitel: Wet ruimtelijke ordening}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 10, tekst: "(niet overgenomen)"}]}
""")
    scope, law = resolved(text, other, "scope", "law")[0][1:]
    assert (scope, law.lower()) == ("other_law", "wet op de ruimtelijke ordening")


def test_het_onderhavige_voorstel_van_rijkswet_is_the_bill():
    found = targets("Is artikel 3 van het onderhavige voorstel van rijkswet nodig?", default_bill())
    assert [(f[0], f[1]) for f in found] == [("artikel 3 van het onderhavige voorstel van rijkswet", "bill")]


def test_a_besluits_one_word_title_at_a_clause_end_is_read():
    refs = find_references("Gelet op artikel 6.53 van het Bouwbesluit 2012, en op artikel 4.4 van het Besluit omgevingsrecht;")
    assert [r.law for r in refs] == ["Bouwbesluit 2012", "Besluit omgevingsrecht"]


# --- after the second review of round 36, and from fresh88-fresh90 (zzzl, zzzm, zzzn) -----------------------


def test_a_sister_instrument_or_another_law_with_a_near_name_is_not_the_amended_law(tmp_path):
    bill = invented_bill(tmp_path / "besluit.yaml", "Wijziging van het Besluit zorg en dwang", "Besluit wijziging", """    - nummer: I
      wijzigt: {citeertitel: Besluit zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2, tekst: "(niet overgenomen)"}]}
""")
    text = "Gelet op artikel 2 van de Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten;"
    assert resolved(text, bill, "scope")[0][1] == "other_law"  # the Wet the Besluit rests on
    for written, citeertitel in (("Wet ambulancevoorzieningen", "Wet ambulancezorgvoorzieningen"),
                                 ("Wet op de ruimtelijke ordening", "Wet ruimtelijke ordening")):  # fmt: skip
        assert not misspelled(written, citeertitel)
    assert misspelled("Huisvestingwet 2014", "Huisvestingswet 2014")  # one letter left out


def test_a_paired_qualifier_of_the_next_article_stays_with_it():
    found = resolved("Het eerste lid van artikel 12 respectievelijk het derde lid van artikel 13 van de Woningwet",
                     default_bill(), "law", "artikel", "lid")  # fmt: skip
    assert [f[1:] for f in found] == [("Woningwet", "12", "1"), ("Woningwet", "13", "3")]
    found = resolved("artikel 12, eerste lid, respectievelijk het tweede lid van artikel 13 van de Woningwet",
                     default_bill(), "law", "artikel", "lid")  # fmt: skip
    assert [f[1:] for f in found] == [("Woningwet", "12", "1"), ("Woningwet", "13", "2")]
    assert len(resolved("bedoeld in artikel 12, respectievelijk 5 werkdagen of 2,5 procentpunt", default_bill(), "artikel")) == 1


def test_renumbered_leden_with_their_article_are_read_whole():
    refs = find_references("Onder vernummering van het derde en vierde lid tot vierde en vijfde lid van artikel 28 wordt een lid ingevoegd.")
    # (since round 41 the old leden, which the sentence names before their article, are artikel 28's too)
    assert [(p.artikel, p.lid) for r in refs for p in r.parts if p.artikel] == [("28", "3"), ("28", "4"), ("28", "4"), ("28", "5")]
    refs = find_references("De leden 3 en 4 van het voorgestelde artikel 2.7 worden vernummerd tot 4 en 5.")
    assert {p.artikel for r in refs for p in r.parts} == {"2.7"}


def test_treaties_in_lower_case_statutes_and_titles_with_a_relative_clause():
    def laws(text: str) -> list[str]:
        return [r.law for r in find_references(text)]

    assert laws("artikel 70 van het op 17 juli 1998 te Rome tot stand gekomen Statuut van Rome inzake het Internationaal "
                "Strafhof (Trb. 2000, 120)") == ["Statuut van Rome inzake het Internationaal Strafhof"]  # fmt: skip
    assert laws("artikel 3 van het op 19 juni 1980 te Rome tot stand gekomen Verdrag inzake het recht dat van toepassing "
                "is op verbintenissen uit overeenkomst (Trb. 1980, 156)") == [
        "Verdrag inzake het recht dat van toepassing is op verbintenissen uit overeenkomst"]  # fmt: skip
    assert laws("artikel 51 van het op 26 juni 1945 te San Francisco tot stand gekomen Handvest van de Verenigde Naties") == [
        "Handvest van de Verenigde Naties"]  # not the EU's Handvest the list knows as "Handvest"
    assert laws("artikel 2 van de op 19 juni 1990 te Schengen tot stand gekomen Overeenkomst ter uitvoering van het "
                "Akkoord van Schengen") == ["Overeenkomst ter uitvoering van het Akkoord van Schengen"]  # fmt: skip
    assert laws("artikel 8 van het op 4 november 1950 te Rome tot stand gekomen verdrag tot bescherming van de rechten "
                "van de mens en de fundamentele vrijheden")[0].startswith("Verdrag tot bescherming")  # fmt: skip


def test_the_toelichting_of_the_bill_itself_and_organisations_between_keep_the_place():
    for text in ("In de toelichting bij dit wetsvoorstel wordt ingegaan op de uitvoerbaarheid (hoofdstuk 3).",
                 "In de toelichting wordt ingegaan op de gevolgen voor het MKB (hoofdstuk 6).",
                 "In de toelichting wordt ingegaan op het advies van de Afdeling advisering (hoofdstuk 10)."):  # fmt: skip
        assert [r.kind for r in find_references(text) if r.detail] == [MVT], text
    text = "In de toelichting wordt ingegaan op de reacties, maar de VNG heeft stilgestaan bij de kosten (hoofdstuk 3)."
    assert [r.kind for r in find_references(text) if r.detail] != [MVT]


def test_a_title_of_aanpassing_with_other_changes_of_deze_wet_is_a_title():
    title = "Aanpassing van de Huisvestingswet 2014 aan de Omgevingswet en enkele andere wijzigingen van deze wet"
    assert targets(title, default_bill()) == []
    prose = "Herziening van de Huisvestingswet 2014 is nodig, in verband met het doel van deze wet."
    assert "deze wet" in [t[0] for t in targets(prose, default_bill())]


def test_a_roman_division_number_with_a_small_letter_is_read():
    refs = find_references("TITEL VIIa. Bijzondere bepalingen, en de hoofdstukken IIa en IIb van de Werkloosheidswet")
    assert [r.detail for r in refs] == ["titel VIIa", "hoofdstuk IIa, IIb"]
    assert find_references("Zie hoofdstuk Inleiding van het rapport.") == []


def test_a_colon_number_written_with_a_space_in_a_heading_or_instruction():
    refs = find_references("Artikel 5: 7\n\nHet tweede lid vervalt. In artikel 5: 7 wordt «x» vervangen door: y.")
    assert [r.parts[0].artikel for r in refs if r.parts[0].artikel] == ["5:7", "5:7"]
    assert [r.parts[0].artikel for r in find_references("artikel 5: 7 dagen na de aanvraag")] == ["5"]


def test_bare_numbers_with_a_lid_in_new_or_quoted_words_of_an_instruction():
    refs = find_references("In artikel 3a wordt «en 27, eerste lid» vervangen door: 27, eerste lid, en 32b, eerste lid.")
    assert [[(p.artikel, p.lid) for p in r.parts] for r in refs][1:] == [[("27", "1")], [("27", "1"), ("32b", "1")]]
    assert find_references("Op 27, eerste lid van de rij stond het.") == []  # not in prose


def test_a_law_named_before_a_colon_is_the_articles():
    refs = find_references("In lijst A wordt «van de Vreemdelingenwet: artikel 50a» vervangen door: van de Vreemdelingenwet 2000: artikel 111.")
    assert [r.law for r in refs] == ["Vreemdelingenwet", "Vreemdelingenwet 2000"]


# --- from fresh91-fresh93 (zzzo, zzzp, zzzq) --------------------------------------------------------------


def test_an_algemene_law_with_adjectives_before_its_head_is_read_whole():
    refs = find_references("de artikelen B 1 en B 2 van de Algemene burgerlijke pensioenwet en artikel 3 van de Algemene "
                           "militaire pensioenwet 1966")  # fmt: skip
    assert [r.law for r in refs] == ["Algemene burgerlijke pensioenwet", "Algemene militaire pensioenwet 1966"]


def test_a_chapter_numbered_with_a_capital_after_its_roman_number():
    refs = find_references("Na hoofdstuk I wordt een hoofdstuk ingevoegd, luidende:\n\nHOOFDSTUK IA. DIENST WEGVERKEER")
    assert [r.detail for r in refs] == ["hoofdstuk I", "hoofdstuk IA"]
    # a renumbering names the chapter renumbered, not a range up to its new number
    refs = find_references("Onder vernummering van hoofdstuk IVA tot IVB wordt na artikel 18 een hoofdstuk ingevoegd.")
    assert [r.detail for r in refs][0] == "hoofdstuk IVA"


def test_the_onderdelen_an_amendement_inserts_head_their_text(tmp_path):
    bill = invented_bill(tmp_path / "nota.yaml", "Wijziging van de Woningwet", "Wet nota", """    - nummer: I
      wijzigt: {citeertitel: Woningwet}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 21, tekst: "(niet overgenomen)"}]}
        - {nummer: Aa, wijzigingen: [{actie: vrije_tekst, doel: artikel 65, tekst: "(niet overgenomen)"}]}
        - {nummer: Ab, wijzigingen: [{actie: vrije_tekst, doel: artikel 66, tekst: "(niet overgenomen)"}]}
        - {nummer: QQQ, wijzigingen: [{actie: vrije_tekst, tekst: "(niet overgenomen)"}]}
""")
    text = ("Onder wijziging van onderdeel A worden twee nieuwe onderdelen ingevoegd:\n\nA\n\nArtikel 21 wordt als volgt "
            "gewijzigd:\n\nIn het vijfde lid vervalt «x».\n\nAa\n\nArtikel 65 vervalt.\n\nAb\n\nArtikel 66 vervalt.")  # fmt: skip
    found = [f for f in resolved(text, bill, "scope", "onderdeel") if f[1] == "bill"]
    assert [f[2] for f in found if f[2]][-3:] == ["A", "Aa", "Ab"]
    text = "In artikel I wordt na onderdeel QQQ een onderdeel ingevoegd, luidende:\n\nQQQa\n\nArtikel 2.188 vervalt."
    assert ("QQQa", "QQQa") in [(f[0], f[2]) for f in resolved(text, bill, "scope", "onderdeel")]


def test_after_the_third_review_a_generic_word_an_acronym_and_a_real_range_are_read_right():
    # a "… wet" in lower case is no law's name ("de uitvoeringswet"), nor is an "Algemene" name cut at its head
    assert [r.law for r in find_references("Artikel 4 van de uitvoeringswet wijst aan.")] == [""]
    assert [r.law for r in find_references("artikel 9 van de Algemene pensioenwet gewezen veerlieden")] == [""]
    # (a listed one is read whole)
    assert [r.law for r in find_references("artikel 9 van de Algemene pensioenwet politieke ambtsdragers")] == [
        "Algemene pensioenwet politieke ambtsdragers"]
    # an acronym after "afdeling" is no Roman number with a letter
    assert find_references("De afdeling ICT van de gemeente werkt samen met de afdeling VVE.") == []
    # after "vernummering van" a bare "tot" gives the new number, "tot en met" is still a range
    refs = find_references("Onder vernummering van de hoofdstukken 5 tot en met 7 tot de hoofdstukken 6 tot en met 8 wordt …")
    assert [r.detail for r in refs] == ["hoofdstuk 5, 6, 7", "hoofdstuk 6, 7, 8"]


def test_a_wijzigingsopdracht_on_a_line_of_its_own_is_a_paragraph_of_its_own():
    from wetgen.consult.analyse.points import split_points

    # a copy that sets one paragraph a line with no blank line between (openkamer, fresh95's zzzs02)
    text = ("Na onderdeel D wordt een onderdeel ingevoegd, luidende:\nArtikel 131 wordt als volgt gewijzigd:\n"
            "1. In het eerste lid vervalt «x».\nOnderdeel E komt te luiden:\nArtikel 132, derde lid, komt te luiden:\n"
            "3. Het in het eerste lid omschreven feit wordt gestraft.")  # fmt: skip
    assert len(split_points(text)) >= 4
    found = resolved(text, default_bill(), "artikel", "lid")
    assert [f[1:] for f in found if f[0] == "het eerste lid"] == [("131", "1"), ("132", "1")]
    # a letter's lines, even one that starts with "In", stay one point
    assert len(split_points("Ik vind dit slecht.\nIn de wet staat iets anders.\nMet vriendelijke groet")) == 1
