"""Round 52: forms of real texts met in the parts fresh195-fresh198 (zzzzzzzo-zzzzzzzr), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, landed, resolved, veerwet_bill


def _chapter_bill(tmp_path):  # noqa: ANN001, ANN201 - Path, Bill
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: hoofdstuk 7, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 20, tekst: "(niet overgenomen)"}]}
"""
    return invented_bill(tmp_path / "c.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)


def test_an_onderdeel_letter_run_in_before_a_chapter_it_changes(tmp_path) -> None:  # noqa: ANN001
    """A transcription that lost its line breaks: "Artikel I De Veerwet wordt als volgt gewijzigd. A Hoofdstuk 7 komt te
    luiden: …": the letter after the opening sentence (ended by a point, too) opens onderdeel A, which the chapter and
    its new text are in; a letter run into "In …" stays the letter alone ("gewijzigd:AIn Hoofdstuk 7 vervalt")."""
    bill = _chapter_bill(tmp_path)
    text = "Artikel I De Veerwet wordt als volgt gewijzigd. A Hoofdstuk 7 komt te luiden: Hoofdstuk 7. Uitvoering §7.1 Algemeen Artikel 7.1. In dit hoofdstuk wordt verstaan onder: wet: de Wet veerdiensten."
    found = landed(text, bill)
    assert ("A", "artikel I, onderdeel A", ("art_I__point_A",)) in found
    assert {f[2] for f in found if f[0] in ("Hoofdstuk 7", "§7.1", "Artikel 7.1", "dit hoofdstuk")} == {("art_I__point_A",)}
    glued = landed("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:AIn Hoofdstuk 7 vervalt de vierde paragraaf.", bill)
    assert ("A", "artikel I, onderdeel A", ("art_I__point_A",)) in glued


def test_a_paragraaf_quoted_in_an_instruction_on_a_roman_chapter_is_that_chapters(tmp_path) -> None:  # noqa: ANN001
    """"In hoofdstuk V vervallen de aanduiding «Paragraaf 1. Commissies» en de aanduiding «Paragraaf 2. Veren»": both
    paragrafen are those of hoofdstuk V (a Roman chapter numbers its paragrafen from 1 again)."""
    text = "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nIn hoofdstuk V vervallen de aanduiding «Paragraaf 1. Commissies» en de aanduiding «Paragraaf 2. Veren», alsmede de artikelen 87 tot en met 92."
    found = resolved(text, veerwet_bill(tmp_path), "division", "within")
    assert [f for f in found if f[0].startswith("Paragraaf")] == [("Paragraaf 1", "paragraaf 1", "hoofdstuk V"), ("Paragraaf 2", "paragraaf 2", "hoofdstuk V")]


def test_van_artikel_opens_an_instruction_of_an_older_text(tmp_path) -> None:  # noqa: ANN001
    """"Van artikel 7 worden de leden 2-4 vervangen door nieuwe leden 2-3 …": the leden are artikel 7's, not those of the
    article the sentence before changed."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nIn artikel 5 wordt een nieuw tweede lid ingevoegd, dat als volgt luidt: 2. "
            "De veerman is bevoegd.\n\nVan artikel 7 worden de leden 2-4 vervangen door nieuwe leden 2-3 die luiden: 2. De schipper is bevoegd.")
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
    assert {f[1:] for f in found if f[0] in ("leden 2-4", "leden 2-3")} == {("7", "2"), ("7", "3"), ("7", "4")}


def test_the_previous_lid_in_a_new_lid_run_into_its_instruction(tmp_path) -> None:  # noqa: ANN001
    """An older Staatsblad text runs the new lid and the next sentence of the same onderdeel into one paragraph: "In dat
    artikel wordt een nieuw tweede lid ingevoegd, dat luidt: , 2. Artikel 5a van de Wet X is op het in het vorige lid onder
    b genoemde aantal … van toepassing. De bestaande leden 2 en 3 worden vernummerd tot 3 en 4. Aan het artikel wordt …":
    "het vorige lid onder b" is the eerste lid, onderdeel b, of the article under change (not of the article of another law
    the new lid cites, nor a volzin apart), and "het artikel" after the new lid is the article under change again."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nIn artikel 7, eerste lid, onder b wordt in plaats van «vier» gelezen: "
            "zes. In dat artikel wordt een nieuw tweede lid ingevoegd, dat luidt: , 2. Artikel 5a van de Wet op de rechterlijke "
            "organisatie is op het in het vorige lid onder b genoemde aantal van overeenkomstige toepassing. De bestaande leden 2 en 3 "
            "worden vernummerd tot 3 en 4. Aan het artikel wordt een lid 5 toegevoegd, luidend: 5. Dit geldt ook voor veren.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel", "lid", "item")
    assert ("het vorige lid onder b", "Veerwet", "7", "1", "b") in found
    assert ("het artikel", "Veerwet", "7", "", "") in found


def test_the_previous_lid_counts_from_the_new_lids_own_number(tmp_path) -> None:  # noqa: ANN001
    """"Onder vernummering van het vijfde en zesde lid tot zesde en zevende lid wordt een nieuw lid ingevoegd, luidende: 5.
    … de in het vorige lid genoemde grondslagen …": the new lid is the vijfde, so the one before it is the vierde."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nArtikel 7 wordt als volgt gewijzigd: 1. Onder vernummering van het "
            "vijfde en zesde lid tot zesde en zevende lid wordt een nieuw lid ingevoegd, luidende: 5. Met ingang van 1 oktober worden "
            "de in het vorige lid genoemde tarieven verhoogd.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
    assert ("het vorige lid", "7", "4") in found


def test_that_lid_after_an_onderdeel_of_it_is_the_lid(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 5, tweede lid, wordt de punt achter onderdeel f vervangen door een puntkomma. Aan dat lid wordt een
    onderdeel toegevoegd …": "dat lid" is the tweede lid, not its onderdeel f."""
    text = "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 5, tweede lid, wordt de punt achter onderdeel f vervangen door een puntkomma. Aan dat lid wordt een onderdeel toegevoegd, dat luidt: g. de veerman."
    assert ("dat lid", "5", "2", "") in resolved(text, veerwet_bill(tmp_path), "artikel", "lid", "item")


def test_the_wet_of_a_besluit_named_after_its_last_words(tmp_path) -> None:  # noqa: ANN001
    """An aanhef naming two wetten ("Gelet op artikel 5.3 van de Wet algemene bepalingen omgevingsrecht en artikel 58a van
    de Wet op de economische delicten"): "de wet" in the text of the Besluit omgevingsrecht is the wet its name ends like
    (the Wabo), not the besluit itself."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Besluit omgevingsrecht, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: hoofdstuk 7, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Besluit omgevingsrecht", "Wijzigingsbesluit omgevingsrecht", body)
    text = ("Gelet op artikel 5.3, vierde lid, van de Wet algemene bepalingen omgevingsrecht en artikel 58a, eerste lid, van de Wet op "
            "de economische delicten;\n\nArtikel I\n\nHet Besluit omgevingsrecht wordt als volgt gewijzigd:\n\nA\n\nHoofdstuk 7 komt te "
            "luiden:\n\nArtikel 7.1\n\nIn dit hoofdstuk wordt verstaan onder bestuursorganen: organen, genoemd in artikel 5.1 van de wet.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel")
    assert ("artikel 5.1 van de wet", "other_law", "Wet algemene bepalingen omgevingsrecht", "5.1") in found


def test_a_point_typed_after_the_number_before_the_law(tmp_path) -> None:  # noqa: ANN001
    """"kinderopvang als bedoeld in artikel 1.1. van de Wet kinderopvang": the law after the stray point is the article's."""
    text = "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 5 wordt ingevoegd: vervoer naar kinderopvang als bedoeld in artikel 1.1. van de Wet kinderopvang."
    assert ("artikel 1.1. van de Wet kinderopvang", "Wet kinderopvang", "1.1") in resolved(text, veerwet_bill(tmp_path), "law", "artikel")


def test_quoted_bare_numbers_and_their_lid_and_volzin(tmp_path) -> None:  # noqa: ANN001
    """"In het eerste lid wordt «, 58q, eerste lid, eerste zin, artikel 58r» vervangen door …": "eerste lid, eerste zin"
    after the bare 58q are its own, no volzin of the lid under change; the other quotes of the same step that list bare
    numbers («14,», «70 tot en met 72,») list articles too, where one quote shows them so (a lid after a bare number, or
    "«artikel 12»" beside «12»)."""
    bill = veerwet_bill(tmp_path)
    text = "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nIn artikel 7, eerste lid, wordt «, 58q, eerste lid, eerste zin, artikel 58r» vervangen door «of 58q»."
    found = resolved(text, bill, "artikel", "lid")
    assert not [f for f in found if f[0] == "eerste zin"]
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nIn artikel 7, eerste lid, wordt «4, derde lid, 5 tot en met 9,» "
            "vervangen door «14,», wordt na «70 tot en met 72,» ingevoegd «76,».\n\nC\n\nIn artikel 8 wordt «12» vervangen door «12 en 13», "
            "en «artikel 12» door «de artikelen 12 en 13».\n\nD\n\nIn artikel 9 wordt «1995» vervangen door «2000».")  # fmt: skip
    articles = [f[1] for f in resolved(text, bill, "artikel", "lid")]
    assert {"14", "70", "71", "72", "76", "12", "13"} <= set(articles)
    assert "1995" not in articles and "2000" not in articles


def test_headings_that_name_the_document_itself_and_its_own_regeling(tmp_path) -> None:  # noqa: ANN001
    """"INHOUDSOPGAVE MEMORIE VAN TOELICHTING" is the memorie's own heading, no reference to it; "De onderhavige regeling
    vervangt …" in the toelichting of a regeling is the regeling itself, as "Deze regeling"."""
    found = resolved("Nr. 3 MEMORIE VAN TOELICHTING\nINHOUDSOPGAVE MEMORIE VAN TOELICHTING\nI\nALGEMEEN DEEL\n7", veerwet_bill(tmp_path), "scope")
    assert not found
    body = """    - nummer: I
      wijzigt: {citeertitel: Waterregeling, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3.2, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "r.yaml", "Regeling tot wijziging van de Waterregeling", "Regeling tot wijziging van de Waterregeling", body)
    found = resolved("TOELICHTING\n1. Inleiding\nDe onderhavige regeling vervangt drie kaarten van de Waterregeling.", bill, "scope")
    assert ("De onderhavige regeling", "bill") in found

