"""Round 47: forms of real texts met in the parts fresh167-fresh170 (zzzzzzm-zzzzzzp), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill


def test_a_definition_named_by_its_term_is_the_provision_under_change(tmp_path) -> None:  # noqa: ANN001
    """"Artikel 5 wordt als volgt gewijzigd: 1. De definitie van veerpont komt te luiden: …", "In de definitie van
    «veerman» wordt …", "In artikel 5, eerste lid, vervalt de begripsbepaling van steiger.": the definition names the
    article (or lid) that holds it."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. De definitie van "
            "veerpont komt te luiden:\n\n– veerpont: een vaartuig voor het overzetten van personen;\n\n2. In de definitie van "
            "«veerman» wordt «schipper» vervangen door: bestuurder.\n\nB\n\nIn artikel 7, eerste lid, vervalt de begripsbepaling "
            "van steiger.")  # fmt: skip
    found = {f[0]: f[1:] for f in resolved(text, bill, "scope", "law", "artikel", "lid")}
    assert found["De definitie van veerpont"] == ("law", "Veerwet", "5", "")
    assert found["de definitie van «veerman»"] == ("law", "Veerwet", "5", "")
    assert found["de begripsbepaling van steiger"] == ("law", "Veerwet", "7", "1")


def test_a_definition_named_in_prose_is_no_reference(tmp_path) -> None:  # noqa: ANN001
    """"… nodig is enkele bepalingen te herzien, waaronder de definitie van veerpont": prose that names a definition
    without changing it does not tell which provision holds it."""
    bill = veerwet_bill(tmp_path)
    text = "Alzo Wij in overweging genomen hebben, dat het nodig is enkele bepalingen te herzien, waaronder de definitie van veerpont;"
    assert [f for f in resolved(text, bill, "scope") if "definitie" in f[0]] == []


def test_the_onderdelen_of_a_definition_changed_by_lettered_steps(tmp_path) -> None:  # noqa: ANN001
    """"2. De definitie van toeslag wordt gewijzigd door: a. aan het einde van onderdeel b «of» te laten vervallen;" and
    "3. In de definitie van tarief vervalt in onderdeel a «x»": the onderdelen are the definition's, so they land on the
    article that holds it; a numbered step after them is the article's again."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. In het eerste lid "
            "wordt «x» vervangen door: y.\n\n2. De definitie van toeslag wordt gewijzigd door:\n\na. aan het einde van onderdeel b "
            "het woord «of» te laten vervallen;\n\nb. aan het einde van onderdeel c het woord «of» toe te voegen;\n\n3. In de "
            "definitie van tarief vervalt in onderdeel a het woord «vast».\n\n4. In onderdeel d wordt «x» vervangen door: y.")  # fmt: skip
    items = [f for f in resolved(text, bill, "artikel", "item") if f[0].startswith("onderdeel")]
    assert items == [("onderdeel b", "5", ""), ("onderdeel c", "5", ""), ("onderdeel a", "5", ""), ("onderdeel d", "5", "d")]


def test_a_ministerial_regeling_named_by_its_maker_and_date(tmp_path) -> None:  # noqa: ANN001
    """"artikel I van de Regeling van de Minister van Volksgezondheid, Welzijn en Sport van 9 december 2016 houdende
    wijziging van … (Stcrt. 2016, 69126)": the regeling of that date, the ministry's comma not ending its name."""
    bill = veerwet_bill(tmp_path)
    text = ("Deze regeling treedt in werking nadat het in artikel I van de Regeling van de Minister van Infrastructuur, Veren en "
            "Water van 9 december 2016 houdende wijziging van de Veerregeling in verband met tarieven (Stcrt. 2016, 69126) "
            "opgenomen artikel 6 in werking is getreden.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel")
    assert found[0][1:] == ("other_law", "Regeling van de Minister van Infrastructuur, Veren en Water van 9 december 2016 "
                            "houdende wijziging van de Veerregeling in verband met tarieven", "I")  # fmt: skip


def test_an_article_an_amendement_inserts_in_a_chapter_numbered_bill(tmp_path) -> None:  # noqa: ANN001
    """"Na artikel 4:3 wordt een artikel ingevoegd, luidende: Artikel 4:4" in an amendement on a bill that enacts a new
    law numbered per hoofdstuk: the new article is the bill's, not an article of the Awb or the BW."""
    body = """    - nummer: "4:3"
      tekst: De veerman meldt het vertrek.
    - nummer: "4:5"
      tekst: Deze wet wordt aangehaald als Wet veren.
"""
    bill = invented_bill(tmp_path / "n.yaml", "Regels over veren", "Wet veren", body)
    text = "III\n\nNa artikel 4:3 wordt een artikel ingevoegd, luidende:\n\nArtikel 4:4\n\nDe veerman meldt de aankomst."
    assert resolved(text, bill, "scope", "artikel")[-1] == ("Artikel 4:4", "bill", "4:4")


def test_a_book_of_the_bw_with_its_abbreviation_in_points(tmp_path) -> None:  # noqa: ANN001
    """"(artikel 3, tweede lid, Boek 1 B.W.)": a book of the Burgerlijk Wetboek, written with points as with none."""
    bill = veerwet_bill(tmp_path)
    found = resolved("De regeling van de aanverwantschap (artikel 3, tweede lid, Boek 1 B.W.) is gewijzigd.", bill, "law", "artikel", "lid")
    assert found == [("artikel 3, tweede lid, Boek 1 B.W.", "Burgerlijk Wetboek Boek 1", "3", "2")]


def test_the_leden_of_an_article_a_database_numbers_on_lines_of_their_own(tmp_path) -> None:  # noqa: ANN001
    """"Artikel 28\\n\\n • 1\\n\\n  Iedere …\\n\\n • 2\\n\\n  Voor de toepassing van het eerste lid …": a lid's number
    alone on its line is no heading of a new subject; the leden named below are of that article."""
    bill = veerwet_bill(tmp_path)
    text = ("Wet- en regelgeving\n\nArtikel 5 Veerwet\n\n • 1\n\n  De veerman vaart op tijd.\n\n • 2\n\n  Voor de toepassing van het "
            "eerste lid en het derde lid geldt de dienstregeling.")  # fmt: skip
    found = [f[1:] for f in resolved(text, bill, "law", "artikel", "lid") if f[0] == "het eerste lid en het derde lid"]
    assert found == [("Veerwet", "5", "1"), ("Veerwet", "5", "3")]


def test_a_paired_list_of_letters_with_a_comma_before_its_word(tmp_path) -> None:  # noqa: ANN001
    """"De onderdelen b, onderscheidenlijk c worden …" and "onderdeel b, respectievelijk c": both letters."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. De onderdelen b, "
            "onderscheidenlijk c worden verletterd tot a, onderscheidenlijk b.")  # fmt: skip
    items = [f[1] for f in resolved(text, bill, "item") if f[0] == "onderdelen b, onderscheidenlijk c"]
    assert items == ["b", "c"]


def test_the_last_sentence_a_step_rewrites(tmp_path) -> None:  # noqa: ANN001
    """"2. In het tweede lid komt de laatste zin te luiden:": the last sentence of that lid; "onze laatste zin" of prose
    is none."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n2. In het tweede lid "
            "komt de laatste zin te luiden:\n\nDe veerman meldt dit.")  # fmt: skip
    found = {f[0]: f[1:] for f in resolved(text, bill, "artikel", "lid")}
    assert found["de laatste zin"] == ("5", "2")
    assert "de laatste zin" not in [f[0] for f in resolved("In de laatste zin van onze brief vragen wij aandacht.", bill, "scope")]


def test_a_definition_in_a_nota_on_a_new_law_is_its_definitions_article(tmp_path) -> None:  # noqa: ANN001
    """A nota van wijziging on a bill that enacts a new law: "B\\n\\nDe definities «veer» en «pont» vervallen." after an
    item on artikel 3.2 names the bill's definitions article, not artikel 3.2; "In artikel 1.1 vervalt de begripsbepaling
    van steiger." that article as named."""
    body = """    - nummer: "1.1"
      opschrift: Begripsbepalingen
      tekst: "In deze wet wordt verstaan onder veer: een overzetdienst."
    - nummer: "3.2"
      tekst: De veerman meldt het vertrek.
"""
    bill = invented_bill(tmp_path / "n.yaml", "Regels over veren", "Wet veren", body)
    text = ("Het voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 3.2 wordt «vertrek» vervangen door: afvaart.\n\nB\n\n"
            "De definities «veer» en «pont» vervallen.\n\nC\n\nIn artikel 1.1 vervalt de begripsbepaling van steiger.")  # fmt: skip
    found = {f[0]: f[1:] for f in resolved(text, bill, "scope", "artikel")}
    assert found["De definities «veer» en «pont»"] == ("bill", "1.1")
    assert found["de begripsbepaling van steiger"] == ("bill", "1.1")
