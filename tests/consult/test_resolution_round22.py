"""Forms that the real set's fresh34 part (zh01-zh13: Staatsblad texts of acts and AMvB's,
conclusies of the Parket bij de Hoge Raad, municipal verordeningen, a law firm's commentary) and
a second look at the Staatsblad copies of legal databases showed, each stated as a rule of such
texts in general and tested on invented sentences."""

from __future__ import annotations

from .conftest import DRAFT
from .resolving import resolved


def _bill():  # noqa: ANN202 - Bill
    from wetgen.loader import load_bill

    return load_bill(DRAFT)


def _found(text: str, *fields: str) -> list[tuple]:
    return resolved(text, _bill(), *fields)


# --- an AMvB named in one word, with its subject or year: "het Arbeidstijdenbesluit vervoer" -----


def test_a_besluit_named_in_one_word_is_a_law_with_its_subject_or_year():
    text = ("Zie artikel 6.13, eerste lid, van het Bouwbesluit 2012, artikel 4.9:1 van het Arbeidstijdenbesluit "
            "vervoer, de artikelen 4 en 7a van het Rechtspositiebesluit raads- en commissieleden en artikel 4 van "
            "het Warmtebesluit.")  # fmt: skip
    assert [f[1:] for f in _found(text, "scope", "law", "artikel")] == [
        ("other_law", "Bouwbesluit 2012", "6.13"), ("other_law", "Arbeidstijdenbesluit vervoer", "4.9:1"),
        ("other_law", "Rechtspositiebesluit raads- en commissieleden", "4"),
        ("other_law", "Rechtspositiebesluit raads- en commissieleden", "7a"), ("other_law", "Warmtebesluit", "4")]  # fmt: skip


def test_a_besluit_whose_title_runs_on_keeps_its_whole_title():
    text = "Zie artikel 2 van het Landsbesluit versterking budgetdiscipline Land."
    assert [f[1] for f in _found(text, "law")] == ["Landsbesluit versterking budgetdiscipline Land"]


# --- "RO" for the Wet op de rechterlijke organisatie ----------------------------------------------


def test_ro_after_an_article_is_the_wet_op_de_rechterlijke_organisatie():
    text = "De zaak is op de voet van art. 81 RO afgedaan; zie ook artikel 5 lid 2 RO."
    assert {f[1] for f in _found(text, "law")} == {"Wet op de rechterlijke organisatie"}


# --- a lettered subonderdeel of a law's lettered onderdeel ---------------------------------------


def test_subonderdeel_d_of_onderdeel_e_keeps_the_law_named_after_it():
    text = "Een bromfiets als bedoeld in artikel 1, eerste lid, onderdeel e, subonderdeel d, van de Wegenverkeerswet 1994."
    assert [f[1:] for f in _found(text, "law", "artikel", "lid", "item", "sub")] == [
        ("Wegenverkeerswet 1994", "1", "1", "e", "d")]


# --- the bill's own text: "Artikel II" ends new text; a reference in passing opens nothing --------


def test_a_roman_article_heading_of_the_bill_ends_the_new_text_above_it():
    text = ("ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA\n\nNa artikel 9 wordt een "
            "artikel ingevoegd, luidende:\n\nArtikel 9a\n\n1. Een nieuwe regel.\n\nArtikel II\n\n"
            "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.\n")  # fmt: skip
    found = _found(text, "scope", "artikel")
    assert ("Artikel II", "bill", "II") in found and ("Deze wet", "bill", "") in found


def test_an_amending_onderdeel_cited_in_another_articles_text_does_not_open_it():
    text = ("Artikel I\n[Wijzigt de Huisvestingswet 2014.]\n\nArtikel II\nDe wijziging, als vervat in artikel I, "
            "onderdeel B, is niet van toepassing in zaken die aanhangig zijn op het tijdstip waarop deze wet in "
            "werking treedt.\n")  # fmt: skip
    assert ("deze wet", "bill") in _found(text, "scope")


def test_a_division_heading_above_an_article_with_its_title_is_the_instruments_own():
    from wetgen.loader import load_text

    draft = ("wetsvoorstel:\n  opschrift: Verordening op de proef\n  citeertitel: ''\n  versie: {label: x, datum: "
             "'2020-01-01', fase: consultatieversie}\n  ministerie: ''\n  ondertekenaars: []\n  considerans: []\n"
             "  artikelen:\n    - hoofdstuk: '1'\n      opschrift: Algemene bepalingen\n      artikelen:\n"
             "        - nummer: '1'\n          tekst: In deze verordening wordt verstaan onder x.\n")  # fmt: skip
    bill = load_text(draft.encode("utf-8"), "<verordening>").bill
    text = "Hoofdstuk 1. Algemene bepalingen\n\nArtikel 1. Begripsbepaling\n\nIn deze verordening wordt verstaan onder x.\n"
    assert ("Hoofdstuk 1", "bill", "hoofdstuk 1") in resolved(text, bill, "scope", "division")
