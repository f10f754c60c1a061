"""Round 36: forms that the blind parts fresh80-fresh83 (zzzd-zzzg: advices, verslagen, bill and regeling
texts, notas van wijziging and amendementen) showed after their first contact, each stated as a rule of
such texts in general and tested on invented sentences."""

from __future__ import annotations

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
