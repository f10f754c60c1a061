"""Round 48: forms of real texts met in the parts fresh171-fresh174 (zzzzzzq-zzzzzzt), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill


def _besluit_veren(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    """Return an invented besluit whose ARTIKEL I amends the Besluit veren, numbered with dots (2.8, 2.11)."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Besluit veren, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.8, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.11, tekst: "(niet overgenomen)"}]}
    - nummer: "II"
      tekst: Dit besluit treedt in werking met ingang van 1 januari 2030.
"""
    return invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Besluit veren", "Wijzigingsbesluit veren", body)


_AANHEF = ("Gelet op de artikelen 8 en 12a, tweede lid, van de Wet veren, 18b van de Havenwet, en 16 van de Vreemdelingenwet "
           "2000;\n\nHebben goedgevonden en verstaan:\n\nArtikel I\n\nHet Besluit veren wordt als volgt gewijzigd:\n\n")  # fmt: skip


def test_de_wet_of_an_aanhef_over_several_wetten_is_the_one_the_besluit_is_named_after(tmp_path) -> None:  # noqa: ANN001
    """An aanhef resting on the Wet veren, the Havenwet and the Vreemdelingenwet 2000: in a besluit amending the Besluit
    veren, "van de wet" is the Wet veren (the same subject); with no such likeness, none is chosen."""
    text = _AANHEF + "A\n\nIn artikel 2.11 wordt «artikel 7, eerste lid, van de wet» vervangen door: artikel 7a van de wet."
    found = [f for f in resolved(text, _besluit_veren(tmp_path), "scope", "law", "artikel") if "van de wet" in f[0]]
    assert found == [("artikel 7, eerste lid, van de wet", "other_law", "Wet veren", "7"), ("artikel 7a van de wet", "other_law", "Wet veren", "7a")]
    other = _AANHEF.replace("Wet veren,", "Wet pontjes,") + "A\n\nIn artikel 2.11 wordt «artikel 7 van de wet» vervangen door: x."
    assert [f[1] for f in resolved(other, _besluit_veren(tmp_path), "law") if "van de wet" in f[0]] != ["Wet pontjes"]


def test_a_plain_number_in_the_words_of_a_besluit_numbered_with_dots_is_the_wets(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 2.8 wordt «artikel 6, eerste lid, onderdeel a» vervangen door: artikel 6, eerste lid." in a besluit
    whose articles are numbered 2.8 and 2.11: article 6 cannot be the besluit's own, so it is the wet it rests on."""
    text = _AANHEF + "A\n\nIn artikel 2.8, eerste lid, wordt «artikel 6, eerste lid, onderdeel a» vervangen door: artikel 6, eerste lid."
    found = [f for f in resolved(text, _besluit_veren(tmp_path), "scope", "law", "artikel") if f[0].startswith("artikel 6")]
    assert found == [("artikel 6, eerste lid, onderdeel a", "other_law", "Wet veren", "6"), ("artikel 6, eerste lid", "other_law", "Wet veren", "6")]


def test_an_own_chapter_heading_keeps_what_the_aanhef_said_de_wet_is(tmp_path) -> None:  # noqa: ANN001
    """A regeling "Gelet op artikel 24 van de Veerwet;" whose Hoofdstuk 1 defines "visserijzone: in artikel 1, vierde lid,
    van de wet bedoelde zone": "de wet" is still the Veerwet below the heading, not the regeling's own artikel 1."""
    body = """    - hoofdstuk: "1"
      opschrift: Algemene bepalingen
      artikelen:
        - {nummer: "1", tekst: "In deze regeling wordt verstaan onder zone: de zone."}
"""
    bill = invented_bill(tmp_path / "r.yaml", "Regeling veerzones", "Regeling veerzones", body)
    text = ("De Minister,\n\nGelet op artikel 24 van de Veerwet;\n\nBesluit:\n\nHoofdstuk 1. Algemene bepalingen\n\nArtikel 1\n\nIn deze "
            "regeling wordt verstaan onder: a. zone: in artikel 1, vierde lid, van de wet bedoelde zone;")  # fmt: skip
    found = [f[1:] for f in resolved(text, bill, "scope", "law", "artikel") if f[0].endswith("van de wet")]
    assert found == [("other_law", "Veerwet", "1")]


def test_the_next_chapter_of_a_series_of_the_bills_own(tmp_path) -> None:  # noqa: ANN001
    """"In hoofdstuk 1 van dit voorstel … naar de Veerwet. Hoofdstuk 2 bevat wijzigingen van de Veerwet. Hoofdstuk 3 …":
    the bare next chapters are the bill's, whatever law was named between; a chapter that does not follow is not."""
    body = """    - hoofdstuk: "1"
      opschrift: Wijziging van andere wetten
      artikelen:
        - {nummer: "1.1", tekst: "(niet overgenomen)"}
    - hoofdstuk: "2"
      opschrift: Wijziging van de Veerwet
      artikelen:
        - {nummer: "2.1", tekst: "(niet overgenomen)"}
    - hoofdstuk: "3"
      opschrift: Overgangsrecht
      artikelen:
        - {nummer: "3.1", tekst: "(niet overgenomen)"}
"""
    bill = invented_bill(tmp_path / "i.yaml", "Invoering van de Veerwet", "Invoeringswet Veerwet", body)
    text = ("In hoofdstuk 1 van dit voorstel zijn verwijzingen naar de Veerwet opgenomen. Hoofdstuk 2 bevat wijzigingen van de "
            "Veerwet. Hoofdstuk 3 bevat het overgangsrecht.")  # fmt: skip
    found = {f[0]: f[1:] for f in resolved(text, bill, "scope", "division")}
    assert found["Hoofdstuk 2"] == ("bill", "hoofdstuk 2") and found["Hoofdstuk 3"] == ("bill", "hoofdstuk 3")


def test_a_regeling_named_by_its_date_alone(tmp_path) -> None:  # noqa: ANN001
    """"artikel I, onderdeel F, van de Regeling van 19 juni 2009": a regeling named by its date; "de regeling van 3 juni"
    without a title stays a decision."""
    found = resolved("Gewijzigd bij artikel I, onderdeel F, van de Regeling van 19 juni 2009 (Stcrt. 2009, 9).", veerwet_bill(tmp_path),
                     "scope", "law", "artikel")  # fmt: skip
    assert found == [("artikel I, onderdeel F, van de Regeling van 19 juni 2009", "other_law", "Regeling van 19 juni 2009", "I")]


def test_a_concept_or_its_description_struck_or_changed_is_the_definition(tmp_path) -> None:  # noqa: ANN001
    """"1. Het begrip «veerpont» vervalt.", "2. In de omschrijving van het Europees Veerverdrag wordt Trb. 1975 vervangen
    door: Trb. 2002.", and the onderdelen of a definition renamed in its step ("In de begripsomschrijving van «veerdienst»
    worden de onderdelen d tot en met f geletterd c tot en met e") land on the provision that holds it, once; "Het begrip
    «veer» wordt ruim uitgelegd" in prose is none."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5, eerste lid, wordt als volgt gewijzigd:\n\n1. Het begrip "
            "«veerpont» vervalt.\n\n2. In de omschrijving van het Europees Veerverdrag wordt Trb. 1975, 108 vervangen door: Trb. 2002, 1."
            "\n\n3. In de begripsomschrijving van «veerdienst» worden de onderdelen d tot en met f geletterd c tot en met e.")  # fmt: skip
    found = {f[0]: f[1:] for f in resolved(text, bill, "artikel", "lid", "item")}
    assert found["Het begrip «veerpont»"] == ("5", "1", "") and found["de omschrijving van het Europees Veerverdrag"] == ("5", "1", "")
    assert [f[1:] for f in resolved(text, bill, "artikel", "lid", "item") if f[0] == "onderdelen d tot en met f"] == [("5", "1", "")]
    assert resolved("Het begrip «veer» wordt in de wet ruim uitgelegd.", bill, "scope") == []


def test_a_gelet_op_list_goes_on_after_a_bare_number_with_its_law(tmp_path) -> None:  # noqa: ANN001
    """"… 2:1, eerste lid, van de Arbeidstijdenwet, 3.6, tweede lid, en 3.22, vierde lid, van de Wet basisregistratie
    personen": the numbers after the first law are the next law's, not leden of the article before."""
    text = "Gelet op 2:1, eerste lid, van de Arbeidstijdenwet, 3.6, tweede lid, en 3.22, vierde lid, van de Wet basisregistratie personen;"
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel", "lid")
    assert found[-2:] == [("3.6, tweede lid, en 3.22, vierde lid, van de Wet basisregistratie personen", "Wet basisregistratie personen", "3.6", "2"),
                          ("3.6, tweede lid, en 3.22, vierde lid, van de Wet basisregistratie personen", "Wet basisregistratie personen", "3.22", "4")]  # fmt: skip


def test_onderdelen_an_amendement_inserts_one_after_another(tmp_path) -> None:  # noqa: ANN001
    """"In artikel I worden na onderdeel B de volgende onderdelen ingevoegd: Ba. In artikel 6 … Bb. In artikel 7 …" (each
    letter run into its paragraph), and "Aan artikel I wordt een onderdeel toegevoegd, luidende: C" after the article's
    last onderdeel B: each letter is the new onderdeel."""
    bill = veerwet_bill(tmp_path)
    text = ("I\n\nIn artikel I worden na onderdeel B de volgende onderdelen ingevoegd:\n\nBa. In artikel 6 wordt «x» vervangen door: y."
            "\n\nBb. In artikel 8 wordt «x» vervangen door: y.\n\nII\n\nAan artikel I wordt een onderdeel toegevoegd, luidende:\n\nC\n\n"
            "In artikel 9 wordt «x» vervangen door: y.")  # fmt: skip
    letters = [f for f in resolved(text, bill, "scope", "onderdeel") if f[0] in ("Ba", "Bb", "C")]
    assert letters == [("Ba", "bill", "Ba"), ("Bb", "bill", "Bb"), ("C", "bill", "C")]
