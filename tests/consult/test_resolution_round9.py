"""Forms that the real set's fresh10 part (j01-j09: Staatsblad and Staatscourant texts of amending
acts, AMvB's and a ministeriële regeling) showed, and forms other enacted texts and notas van
wijziging use: each a general rule, tested on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="module")
def besluit():
    """An invented besluit in paragrafen: ARTIKEL I amends the Woningwet (onderdeel A names no
    article it changes, B names artikel 40), ARTIKEL II the Huisvestingswet 2014."""
    return load_bill(FIXTURES / "besluit-paragrafen.yaml")


@pytest.fixture(scope="module")
def chapters():
    """An invented invoeringswet in hoofdstukken II and III."""
    return load_bill(FIXTURES / "invoeringswet-hoofdstukken.yaml")


def found(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid, item, sub, division, nodes) of every reference."""
    return [(r.text, r.target.scope, r.target.law, r.target.artikel, r.target.lid, r.target.item, r.target.sub,
             r.target.division, tuple(n[0] for n in r.nodes))
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


# --- laws named by their date --------------------------------------------------------------


def test_a_law_named_by_its_date_keeps_its_title_up_to_its_staatsblad_place(one_law):
    text = ("Gelet op de artikelen 3 en 3a van de Wet van 12 maart 1921, houdende regels over het "
            "beheer van de duinen (Stb. 99), en artikel 7 van de Woningwet;")
    law = "Wet van 12 maart 1921, houdende regels over het beheer van de duinen"
    got = [(t[0], t[1], t[2], t[3]) for t in found(text, one_law)]
    assert got[:2] == [("artikelen 3 en 3a van de Wet van 12 maart 1921", "other_law", law, n)
                       for n in ("3", "3a")]  # fmt: skip
    assert got[2][1:] == ("other_law", "Woningwet", "7")


def test_a_dated_law_with_a_capitalised_month_and_no_title_is_named_by_its_date(one_law):
    got = found("Zie artikel 5 van het Besluit van 3 Mei 1950 over dit onderwerp.", one_law)
    assert [(t[1], t[2], t[3]) for t in got] == [("other_law", "Besluit van 3 Mei 1950", "5")]


def test_a_dated_law_does_not_take_the_law_named_before_it(one_law):
    text = "de artikelen 10 en 11 van de Spoorwegwet en artikel 2 van de Wet van 1 juli 1905 (Stb. 12)"
    assert [t[2] for t in found(text, one_law)] == ["Spoorwegwet", "Spoorwegwet", "Wet van 1 juli 1905"]


# --- framework laws named by their subject ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "law"),
    [
        ("Gelet op artikel 4 van de Raamwet visserij en jacht;", "Raamwet visserij en jacht"),
        ("Gelet op artikel 4 van de Kaderwet proefdieren en zorg;", "Kaderwet proefdieren en zorg"),
        ("Dat staat in artikel 4 van de Kaderwet, die wij noemden.", "Kaderwet"),
    ],
)
def test_a_framework_law_takes_its_subject_in_lower_case(one_law, sentence, law):
    assert [t[2] for t in found(sentence, one_law)] == [law]


# --- number forms ----------------------------------------------------------------------------


def test_the_kieswet_numbers_letter_space_number_are_read_as_one_number(one_law):
    got = found("Wie is benoemd op grond van artikel J 4, L 7 of V 12 van de Kieswet, treedt af.", one_law)
    assert [(t[2], t[3]) for t in got] == [("Kieswet", "J4"), ("Kieswet", "L7"), ("Kieswet", "V12")]


def test_a_roman_article_before_a_date_is_not_a_kieswet_number(one_law):
    got = found("Artikel V 1 januari 2027 is de datum van inwerkingtreding.", one_law)
    assert [(t[1], t[3]) for t in got] == [("bill", "V")]


def test_a_number_with_a_letter_and_a_digit_is_one_article(one_law):
    got = found("Artikel 2b1 van de Leerplichtwet 1969 wordt als volgt gewijzigd:", one_law)
    assert [(t[2], t[3]) for t in got] == [("Leerplichtwet 1969", "2b1")]


def test_a_numbered_onderdeel_with_lettered_subs(one_law):
    got = found("In artikel 10, derde lid, onderdeel 4, sub b en c, van de Woningwet vervalt «x».", one_law)
    assert [(t[3], t[4], t[5], t[6]) for t in got] == [("10", "3", "4", "b"), ("10", "3", "4", "c")]


def test_a_numbered_onderdeel_alone_is_no_new_reference(one_law):
    assert found("Zie onderdeel 4 van deze brief.", one_law) == []


# --- the bill's own divisions as headings ----------------------------------------------------


def test_a_paragraaf_heading_of_the_besluit_is_its_own_division(besluit):
    text = "Hebben goedgevonden en verstaan:\n\n§ 2. Huisvesting\n\nARTIKEL II\n\nIn artikel 12 vervalt «z»."
    got = found(text, besluit)
    assert got[0] == ("§ 2", "bill", "", "", "", "", "", "paragraaf 2", ("art_II",))


def test_a_hoofdstuk_heading_with_its_title_is_the_bills_own_division(chapters):
    got = found("HOOFDSTUK III. WONEN\n\nArtikel 3.1\n\nDe Woningwet wordt als volgt gewijzigd:", chapters)
    assert got[0][:2] == ("HOOFDSTUK III", "bill") and got[0][7] == "hoofdstuk III"


def test_a_paragraaf_heading_of_the_nota_van_toelichting_is_not_the_besluits(besluit):
    text = "Nota van toelichting\n\n§ 1. Algemeen\n\nDit besluit past enkele besluiten aan."
    assert all(t[1] != "bill" for t in found(text, besluit))


def test_a_division_the_bill_does_not_have_is_no_reference(chapters):
    got = found("HOOFDSTUK VII. SLOTBEPALINGEN\n\nDeze bepalingen treden in werking.", chapters)
    assert all(t[1] != "bill" for t in got)


# --- what an onderdeel changes, where its draft does not name it --------------------------


def test_the_articles_named_below_an_onderdeel_that_names_none_are_its_own(besluit):
    text = ("ARTIKEL I\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\n"
            "In de artikelen 21, eerste lid, en 22 wordt «x» vervangen door: y.")
    got = [(t[3], t[8]) for t in found(text, besluit) if t[1] == "law"]
    assert got == [("21", ("art_I__point_A",)), ("22", ("art_I__point_A",))]


def test_an_article_cited_below_an_onderdeel_that_names_its_own_is_not_taken(besluit):
    text = "ARTIKEL I\n\nDe Woningwet wordt als volgt gewijzigd:\n\nB\n\nIn artikel 40 wordt «p» vervangen door: q."
    text += " Dit hangt samen met artikel 41."
    got = [(t[3], t[8]) for t in found(text, besluit) if t[1] == "law"]
    assert got == [("40", ("art_I__point_B",)), ("41", ())]


def test_an_article_named_outside_any_onderdeel_heading_is_not_taken(besluit):
    got = found("De artikelen 21 en 22 van de Woningwet blijven ongewijzigd.", besluit)
    assert [t[8] for t in got] == [(), ()]


# --- renumberings ------------------------------------------------------------------------------


def test_one_lid_renumbered_names_the_old_lid(one_law):
    text = "In artikel 12 wordt onder vernummering van het derde tot vierde lid een lid ingevoegd, luidende:"
    got = found(text, one_law)
    assert [(t[0], t[3], t[4]) for t in got][1:] == [("het derde tot vierde lid", "12", "3")]


def test_the_bare_new_letters_of_a_relettering_are_read(one_law):
    text = ("In artikel 10, tweede lid, wordt onder verlettering van de onderdelen c tot en met e tot d "
            "tot en met f een onderdeel ingevoegd, luidende:")
    got = [(t[0], t[5]) for t in found(text, one_law)]
    assert got[-3:] == [("d tot en met f", x) for x in "def"]
    assert [x for _, x in got if _.startswith("onderdelen")] == list("cde")


def test_a_relettering_of_one_onderdeel(one_law):
    text = "In artikel 10, tweede lid, wordt onder verlettering van onderdeel b tot c een onderdeel ingevoegd."
    assert [(t[0], t[5]) for t in found(text, one_law)][-1] == ("c", "c")


def test_a_relettering_inside_the_bills_own_onderdeel_stays_in_that_onderdeel(besluit):
    text = ("Het ontwerp wordt als volgt gewijzigd:\n\nIn artikel I, onderdeel B, onder 1, wordt onder "
            "verlettering van onderdeel b tot c een onderdeel ingevoegd, luidende:")
    got = [(t[0], t[1], t[8]) for t in found(text, besluit)]
    assert got[1:] == [("onderdeel b", "bill", ("art_I__point_B",)), ("c", "bill", ("art_I__point_B",))]
