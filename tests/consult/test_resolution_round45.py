"""Round 45: forms of real texts met in the parts fresh159-fresh162 (zzzzzze-zzzzzzh), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.refs import find_references

from .resolving import invented_bill, resolved, veerwet_bill

_FIELDS = ("scope", "law", "artikel", "lid", "item")


def _commencement_decree(tmp_path, opschrift: str):  # noqa: ANN001, ANN202
    """Return an invented inwerkingtredingsbesluit: one article, no law amended, with `opschrift`."""
    body = """    - nummer: "1"
      tekst: De wet treedt in werking met ingang van 1 januari 2030.
"""
    return invented_bill(tmp_path / "ib.yaml", opschrift, "Besluit van 1 december 2029 (inwerkingtreding)", body)


def test_an_inwerkingtredingsbesluit_names_the_articles_of_the_act_it_puts_into_force(tmp_path) -> None:  # noqa: ANN001
    """"Artikel I, onderdeel J, treedt in werking" in a besluit that amends no law is of the act its opschrift puts into
    force, even after the text named the laws that act amends; so is "artikel II, onderdeel E, van deze wet"."""
    bill = _commencement_decree(tmp_path, "Besluit houdende inwerkingtreding van de Wet bevordering veerdiensten")
    text = ("Enig artikel\n\nDe Wet bevordering veerdiensten treedt in werking met ingang van 1 januari 2030, met uitzondering "
            "van het in artikel II, onderdeel E, van deze wet opgenomen artikel 63 van de Veerwet en artikel III, onderdeel A.\n\n"
            "Artikel I, onderdelen L en O, treden in werking met ingang van 1 juli 2030.")  # fmt: skip
    found = resolved(text, bill, *_FIELDS)
    act = "Wet bevordering veerdiensten"
    assert ("artikel II, onderdeel E, van deze wet", "other_law", act, "II", "", "E") in found
    assert ("artikel 63 van de Veerwet", "other_law", "Veerwet", "63", "", "") in found
    assert ("Artikel I, onderdelen L en O", "other_law", act, "I", "", "O") in found


def test_an_inwerkingtredingsbesluit_of_a_besluit_named_by_its_date(tmp_path) -> None:  # noqa: ANN001
    """The act may be a besluit named by its date and title in the opschrift, which runs to its end."""
    bill = _commencement_decree(tmp_path, "Besluit houdende vaststelling van het tijdstip van inwerkingtreding van het besluit "
                                          "van 3 maart 2029, tot wijziging van het Veerbesluit")  # fmt: skip
    found = resolved("Artikel II, onderdeel B, treedt in werking met ingang van 1 januari 2030.", bill, *_FIELDS)
    assert found == [("Artikel II, onderdeel B", "other_law", "Besluit van 3 maart 2029, tot wijziging van het Veerbesluit",
                      "II", "", "B")]  # fmt: skip


def test_a_roman_article_in_a_wet_that_amends_no_law_is_not_read_as_another_acts(tmp_path) -> None:  # noqa: ANN001
    """Only a besluit puts an act into force so: in a wet that amends no law, "deze wet" stays the bill."""
    body = """    - nummer: "1"
      tekst: Deze wet treedt in werking met ingang van 1 januari 2030.
"""
    bill = invented_bill(tmp_path / "w.yaml", "Wet houdende inwerkingtreding van de Veerwet", "Wet inwerkingtreding", body)
    found = resolved("Artikel 1 van deze wet is duidelijk.", bill, "scope", "artikel")
    assert found == [("Artikel 1 van deze wet", "bill", "1")]


# a title read by its shape stops before a participle and a predicate ("… aangewezen Regionale …", "… bezig houden"), and
# goes on past "bij" to the year that closes it (not to a date of the prose: "bij brief van 3 mei 2003")
_SHAPED_TITLES = [
    ("de op grond van artikel 6 van de Tijdelijke wet veerzorg aangewezen Regionale Veerdiensten, en diensten die zich als "
     "bedoeld in artikel 1, onder e, van de Tijdelijke wet veerzorg bezig houden met veren.",
     ["Tijdelijke wet veerzorg", "Tijdelijke wet veerzorg"]),
    ("Gelet op artikel XV van de Wet verlenging veerplicht bij storm 2003;\n\nArtikel 4 van de Wet verlenging veerplicht bij "
     "brief van 3 mei 2003 toegelicht.",
     ["Wet verlenging veerplicht bij storm 2003", "Wet verlenging veerplicht"]),
]


@pytest.mark.parametrize(("text", "laws"), _SHAPED_TITLES)
def test_a_title_read_by_its_shape_ends_where_its_words_do(tmp_path, text: str, laws: list[str]) -> None:  # noqa: ANN001
    """The laws of the references are the titles as far as they go."""
    assert [f[1] for f in resolved(text, veerwet_bill(tmp_path), "law")] == laws


def test_a_tijdelijke_law_of_one_lower_case_word(tmp_path) -> None:  # noqa: ANN001
    """"de Tijdelijke veerdienstwet" is a law's name as "de Tijdelijke Veerdienstwet" is, not the bill's Veerwet."""
    bill = veerwet_bill(tmp_path)
    found = resolved("Onder toepassing van artikel 16 van de Tijdelijke veerdienstwet treedt de wet in werking.", bill, *_FIELDS)
    assert found == [("artikel 16 van de Tijdelijke veerdienstwet", "other_law", "Tijdelijke veerdienstwet", "16", "", "")]


def test_colon_numbers_in_the_new_table_of_a_besluit_are_the_awbs(tmp_path) -> None:  # noqa: ANN001
    """A colon number in the new words of a besluit whose articles the bill numbers plainly is of the colon-numbered law
    the aanhef rests on ("beroepschrift (artikel 6:4; 8:42)"), not of the besluit."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Besluit veerkosten, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 3, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Besluit veerkosten", "Wijzigingsbesluit veerkosten", body)
    text = ("Gelet op artikel 8:75, eerste lid, van de Algemene wet bestuursrecht;\n\nARTIKEL I\n\nHet Besluit veerkosten wordt als "
            "volgt gewijzigd:\n\nA\n\nIn artikel 2, eerste lid, wordt «€ 4» vervangen door «€ 7».\n\nB\n\nArtikel 3 komt te luiden:\n\n"
            "1. beroepschrift (artikel 6:4)\n\n2. commentaar (8:12a, vijfde lid)")  # fmt: skip
    found = {f[0]: f[1:3] for f in resolved(text, bill, *_FIELDS)}
    assert found["artikel 6:4"] == ("other_law", "Algemene wet bestuursrecht")
    assert found["8:12a, vijfde lid"] == ("other_law", "Algemene wet bestuursrecht")
    assert found["artikel 2, eerste lid"] == ("law", "Besluit veerkosten")


def test_de_wet_of_a_besluit_before_van_de(tmp_path) -> None:  # noqa: ANN001
    """"artikel 143, achtste lid, van de wet van de houder …": "de wet" followed by "van de" is the enabling law, as a
    date after it makes a law named by its date."""
    bill = veerwet_bill(tmp_path)
    text = "Op een aanvraag als bedoeld in artikel 143, achtste lid, eerste volzin, van de wet van de houder wijzigt Onze Minister."
    refs = find_references(text)
    assert [r.raw for r in refs] == ["artikel 143, achtste lid, eerste volzin, van de wet"]
    found = resolved("In artikel 3 van de wet van 9 juli 1900, houdende regels (Stb. 118) staat het.", bill, "law")
    assert found == [("artikel 3 van de wet van 9 juli 1900", "Wet van 9 juli 1900, houdende regels")]


def test_a_renumbering_with_the_new_lid_written_whole_names_both(tmp_path) -> None:  # noqa: ANN001
    """"onder vernummering van het zesde tot het achtste lid" names the zesde lid and, as the lid it becomes, the achtste;
    "van het derde tot vierde lid" names the derde alone, as before."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\nNa het vijfde lid "
            "worden, onder vernummering van het zesde tot het achtste lid, twee leden ingevoegd.\n\nB\n\nIn artikel 7 wordt, onder "
            "vernummering van het derde tot vierde lid, een lid ingevoegd.")  # fmt: skip
    found = resolved(text, bill, "artikel", "lid")
    assert ("het zesde", "5", "6") in found and ("het achtste lid", "5", "8") in found
    assert ("het derde tot vierde lid", "7", "3") in found


def test_lettered_definitions_with_a_number_or_a_point(tmp_path) -> None:  # noqa: ANN001
    """"De begripsbepalingen onder i1 en i2 vervallen" and "De begripsbepalingen onder l. en m. komen te luiden" name two
    onderdelen each."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. De "
            "begripsbepalingen onder i1 en i2 vervallen.\n\n2. De begripsbepalingen onder l. en m. komen te luiden:\n\n"
            "3. De onderdelen p. en q. vervallen.")  # fmt: skip
    items = [f[1] for f in resolved(text, bill, "item") if f[1]]
    assert items == ["i1", "i2", "l", "m", "p", "q"]


def test_a_bare_number_with_its_lid_inserted_after_a_quoted_list(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 7 wordt na «de artikelen 20, 22,» ingevoegd: 23, vijfde lid,." names artikel 23 of the amended law."""
    bill = veerwet_bill(tmp_path)
    text = "ARTIKEL I\n\nB\n\nIn artikel 7 wordt na «de artikelen 20, 22,» ingevoegd: 23, vijfde lid,."
    assert ("23, vijfde lid", "law", "Veerwet", "23", "5", "") in resolved(text, bill, *_FIELDS)


def test_an_adjective_of_the_revised_law_before_its_name(tmp_path) -> None:  # noqa: ANN001
    """"hoofdstuk 1 van de herziene Grondwet" and "artikel 6 van de gewijzigde Havenwet" name those laws."""
    bill = veerwet_bill(tmp_path)
    found = resolved("Zie hoofdstuk 1 van de herziene Grondwet en artikel 6 van de gewijzigde Havenwet.", bill, "law")
    assert [f[1] for f in found] == ["Grondwet", "Havenwet"]


def test_an_article_inserted_before_the_first_of_its_afdeling(tmp_path) -> None:  # noqa: ANN001
    """An amendement on a new law: "vóór artikel 7.2.1 wordt een nieuw artikel ingevoegd, dat luidt: Artikel 7.2.0" heads
    the bill's own new article."""
    body = """    - hoofdstuk: "7"
      opschrift: Slotbepalingen
      artikelen:
        - {nummer: "7.2.1", tekst: "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."}
"""
    bill = invented_bill(tmp_path / "n.yaml", "Regels over veerdiensten", "Wet veerdiensten", body)
    text = "In afdeling 7.2 wordt vóór artikel 7.2.1 een nieuw artikel ingevoegd, dat luidt:\n\nArtikel 7.2.0\n\nOnze Minister zendt een verslag."
    found = resolved(text, bill, "scope", "artikel")
    assert ("Artikel 7.2.0", "bill", "7.2.0") in found


def test_deze_regeling_in_the_new_words_of_a_wet_is_no_provision(tmp_path) -> None:  # noqa: ANN001
    """In the new words of the Wet gemeenschappelijke veren, "op grond van deze regeling" is a gemeenschappelijke regeling,
    not the law: a wet is not named "deze regeling"."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Wet gemeenschappelijke veerregelingen, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 10, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "g.yaml", "Wijziging van de Wet gemeenschappelijke veerregelingen", "Wet democratie veren", body)
    text = ("In artikel I, onderdeel A, komt het zevende lid te luiden:\n\n7. Een regeling als bedoeld in het tweede lid houdt "
            "bepalingen in over de wijze waarop ingezetenen bij beleid op grond van deze regeling betrokken worden.")  # fmt: skip
    assert "deze regeling" not in [f[0] for f in resolved(text, bill, "scope") if f[1] != "unknown"]


def test_the_aanhef_as_an_item_below_the_instructions_verb(tmp_path) -> None:  # noqa: ANN001
    """"In het eerste lid wordt: a. in de aanhef «…» vervangen door: …": the aanhef of that lid."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. In het eerste lid wordt: a. in de aanhef «het college» "
            "vervangen door: Onze Minister. b. in onderdeel c «twee» vervangen door: drie.")  # fmt: skip
    assert ("de aanhef", "law", "Veerwet", "5", "1", "") in resolved(text, bill, *_FIELDS)


def test_numbers_quoted_from_the_phrase_on_one_law_are_that_laws(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 2 van bijlage 2 van de Veerwet wordt in de zinsnede over de Havenwet «5a.9, 5a.11,» vervangen door
    «5.8, eerste lid,»": the quoted numbers are the Havenwet's."""
    bill = veerwet_bill(tmp_path)
    text = ("In artikel 7 van de Veerwet wordt in de zinsnede over de Havenwet «5a.9, 5a.11, tweede lid,» vervangen door «5.8, "
            "eerste lid, 5.9,».")  # fmt: skip
    found = resolved(text, bill, "artikel", "law")
    assert ("5.8", "Havenwet") in [f[1:] for f in found]
    assert all(f[2] == "Havenwet" for f in found if f[1] != "7")
