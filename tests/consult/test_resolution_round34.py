"""Round 34: forms that texts on laws in force and commentaries use (the misses the parts read before
it left, fresh56 and fresh57 above all), each stated as a rule of such texts in general and tested
on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved, targets

_PLACEHOLDER = """    - nummer: "1"
      tekst: "(geen tekst: plaatshouder)"
"""


def _no_law(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    """A draft that amends no law: the harness's stand-in for a text about laws in force."""
    return invented_bill(tmp_path / "geen.yaml", "Geen wetsvoorstel", "Praktijkteksten", _PLACEHOLDER)


def test_a_lid_in_brackets_in_words_after_the_article_number():
    found = resolved("Dit volgt uit artikel 6 en artikel 9 (lid 2) van de Grondwet.", default_bill(), "law", "artikel", "lid")
    assert found == [("artikel 6", "Grondwet", "6", ""), ("artikel 9 (lid 2) van de Grondwet", "Grondwet", "9", "2")]
    assert resolved("Zie artikel 9 (tweede lid) Grondwet.", default_bill(), "law", "lid") == [
        ("artikel 9 (tweede lid) Grondwet", "Grondwet", "2")]
    # a year or a word in brackets is no lid
    assert [t[5] for t in targets("Zie artikel 9 (nieuw) van de Grondwet en artikel 12 (2019).", default_bill())] == ["", ""]


def test_an_abbreviation_a_text_defines_for_an_unlisted_law_holds_in_its_later_paragraphs(tmp_path):
    text = ("De Wet openbare manifestaties (Wom) is van toepassing op betogingen.\n\n"
            "De burgemeester kan op grond van de artikelen 6 en 7 Wom voorschriften geven.\n\n"
            "De Wom bepaalt in artikel 5 lid 2 sub c dat de burgemeester een betoging kan verbieden.")  # fmt: skip
    found = resolved(text, _no_law(tmp_path), "scope", "law", "artikel", "lid", "item")
    law = "Wet openbare manifestaties"
    assert found == [("artikelen 6 en 7 Wom", "other_law", law, "6", "", ""), ("artikelen 6 en 7 Wom", "other_law", law, "7", "", ""),
                     ("artikel 5 lid 2 sub c", "other_law", law, "5", "2", "c")]  # fmt: skip
    # only where the letters begin the title's words: "(Wom)" after other words defines nothing
    other = "Het besluit over de lijst (Wom) geldt.\n\nZie artikel 10 Wom."
    assert [t[1] for t in targets(other, _no_law(tmp_path))] == ["unknown"]


def test_dit_laatste_artikel_is_the_article_named_last():
    text = "Artikel 12 Awb is een bijzondere regel naast artikel 8 Awb. Dit laatste artikel is ruimer."
    assert targets(text, default_bill())[-1][2:4] == ("Algemene wet bestuursrecht", "8")
    assert targets("Zie artikel 5 Awb en artikel 8 Awb. Het laatstgenoemde artikel regelt dit.", default_bill())[-1][3] == "8"
    # "het laatste artikel" and "het laatste lid" are a law's last, not the one named last
    assert [t[0] for t in targets("Zie artikel 5 Awb en artikel 8 Awb. Het laatste artikel van de wet regelt dit.",
                                  default_bill())] == ["artikel 5 Awb", "artikel 8 Awb"]  # fmt: skip


def test_a_bare_number_in_a_text_on_a_law_in_force_is_that_laws(tmp_path):
    text = ("Artikel 174 Gemeentewet\n\nDe burgemeester is belast met het toezicht.\n\n"
            "Artikel 175, eerste lid, is ruim.\n\nDe bevoegdheid van artikel 176 is een noodverordening.")  # fmt: skip
    found = resolved(text, _no_law(tmp_path), "scope", "law", "artikel", "lid")
    assert found == [("Artikel 174 Gemeentewet", "other_law", "Gemeentewet", "174", ""),
                     ("Artikel 175, eerste lid", "other_law", "Gemeentewet", "175", "1"),
                     ("artikel 176", "other_law", "Gemeentewet", "176", "")]  # fmt: skip
    # in a bill that amends a law, a bare number is that law's, not the other law's named before
    bill_text = "Artikel 174 Gemeentewet\n\nDe burgemeester is belast met het toezicht.\n\nArtikel 12, eerste lid, is ruim."
    assert targets(bill_text, default_bill())[-1][1:4] == ("law", "Huisvestingswet 2014", "12")


def test_a_bare_number_named_with_its_law_earlier_in_the_paragraph_keeps_that_law(tmp_path):
    text = ("In 2008 is in artikel 6.12 Wro het exploitatieplan ingevoerd, als het in het Besluit ruimtelijke ordening "
            "aangewezen bouwplannen mogelijk maakt. Artikel 6.12 is tevens een schakelmoment.")  # fmt: skip
    assert [t[2] for t in targets(text, _no_law(tmp_path))] == ["Wet ruimtelijke ordening"] * 2


def test_the_old_wet_op_de_ruimtelijke_ordening_and_ro_by_their_abbreviations():
    found = resolved("Zie artikel 49 WRO, art. 3.1 Wro en art. 81 RO.", default_bill(), "law", "artikel")
    assert found == [("artikel 49 WRO", "Wet op de Ruimtelijke Ordening", "49"), ("art. 3.1 Wro", "Wet ruimtelijke ordening", "3.1"),
                     ("art. 81 RO", "Wet op de rechterlijke organisatie", "81")]  # fmt: skip


def test_dit_lid_in_a_quoted_lid_is_that_lid(tmp_path):
    text = ("Aan artikel 7:758 BW is een nieuw lid 4 toegevoegd, dat als volgt luidt:\n\n“4. In afwijking van het derde lid is "
            "de aannemer aansprakelijk. Van dit lid kan niet worden afgeweken.”")  # fmt: skip
    assert [t[5] for t in targets(text, _no_law(tmp_path))] == ["", "4", "3", "4"]


def test_a_list_of_divisions_of_different_kinds_shares_the_law_named_after_the_last(tmp_path):
    found = resolved("Zie titel 4.1 en afdeling 3.4 van de Awb.", _no_law(tmp_path), "law", "division")
    assert found == [("titel 4.1", "Algemene wet bestuursrecht", "titel 4.1"),
                     ("afdeling 3.4 van de Awb", "Algemene wet bestuursrecht", "afdeling 3.4")]  # fmt: skip


def test_a_footnote_number_run_into_a_laws_abbreviation(tmp_path):
    found = resolved("Dit volgt uit de artikelen 6.12 en 6.24 Wro1. En uit artikel 3:4 Awb2.", _no_law(tmp_path), "law", "artikel")
    assert [f[1:] for f in found] == [("Wet ruimtelijke ordening", "6.12"), ("Wet ruimtelijke ordening", "6.24"),
                                      ("Algemene wet bestuursrecht", "3:4")]  # fmt: skip
    # a year written against it is no footnote
    assert resolved("Zie artikel 12 Hw 2014.", default_bill(), "law")[0][1] == "Huisvestingswet 2014"


def test_beide_artikelen_are_the_two_named_before():
    text = "Artikel 12 Hw 2014 en artikel 28 Hw 2014 hangen samen. Beide artikelen moeten samen worden gelezen."
    assert [t[3] for t in targets(text, default_bill())] == ["12", "28", "12", "28"]
    # "beide leden" of a committee are no leden of an article
    assert [t[0] for t in targets("Beide leden van de commissie vinden artikel 12 te ruim.", default_bill())] == ["artikel 12"]
