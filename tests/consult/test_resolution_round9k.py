"""Forms that the real set's fresh11 part (k01-k10: amendementen and notas van wijziging) showed,
and forms left by earlier rounds: each a general rule, tested on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.amendmentitems import amendment_item
from wetgen.consult.analyse.context import BILL, EMPTY, Target
from wetgen.loader import load_bill

from .resolving import resolved

AWB = Path(__file__).with_name("fixtures") / "awb-en-gemeentewet.yaml"

NEW_LAW = """wetsvoorstel:
  opschrift: Regels over het toezicht op havens
  citeertitel: Havenwet
  versie: {label: Ingediend, datum: "2024-01-01", fase: ingediend}
  ministerie: Infrastructuur en Waterstaat
  ondertekenaars: ["De Minister,"]
  considerans: [dat het wenselijk is regels te stellen over havens;]
  artikelen:
    - {nummer: "11", leden: ["Een.", "Twee."]}
    - {nummer: "12", leden: ["Een.", "Twee.", "Drie."]}
"""


@pytest.fixture(scope="module")
def new_law(tmp_path_factory):
    """A bill that enacts a new law in articles numbered 11 and 12."""
    path = tmp_path_factory.mktemp("havenwet") / "wet.yaml"
    path.write_text(NEW_LAW, encoding="utf-8")
    return load_bill(path)


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, division) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid", "division")


@pytest.mark.parametrize("words", ["dat luidt:", "dat als volgt luidt:", "dat luidt als volgt:", "die luidt:"])
def test_an_onderdeel_inserted_with_dat_luidt_is_headed_by_its_letter(one_law, words):
    text = f"In artikel I wordt na onderdeel B een onderdeel ingevoegd, {words}\n\nBa\n\nIn artikel 9 vervalt «x»."
    found = targets(text, one_law)
    assert ("Ba", "bill", "", "I", "Ba", "", "") in found
    assert ("artikel 9", "law", "Huisvestingswet 2014", "9", "", "", "") in found


def test_onderdelen_inserted_with_die_luiden_open_new_text(one_law):
    text = "In artikel 9 worden twee leden toegevoegd, die luiden:\n\n4. Zie het eerste lid.\n\n5. Zie het vierde lid."
    leden = [t[3:6] for t in targets(text, one_law) if "lid" in t[0]]
    assert leden == [("9", "", "1"), ("9", "", "4")]  # the leden of artikel 9, named in its new text


def test_roman_items_below_an_article_of_a_new_law_keep_that_article(new_law):
    text = ("Artikel 12 wordt als volgt gewijzigd:\n\nI\n\nHet derde lid vervalt.\n\nII\n\n"
            "In het eerste lid wordt «haven» vervangen door «zeehaven».")  # fmt: skip
    found = [(t[0], t[1], t[3], t[5]) for t in targets(text, new_law)]
    assert found == [("Artikel 12", "bill", "12", ""), ("Het derde lid", "bill", "12", "3"),
                     ("het eerste lid", "bill", "12", "1")]  # fmt: skip


def test_a_roman_numeral_is_an_item_only_below_an_arabic_article_of_the_bill():
    own = EMPTY._replace(article=Target(BILL, "", "12"))
    assert amendment_item("II", own)
    assert not amendment_item("C", own)  # a letter, not a numeral
    assert not amendment_item("II", own._replace(article=Target(BILL, "", "II")))  # the bill's ARTIKEL II
    assert not amendment_item("II", EMPTY)  # nothing open: the bill's own items or articles


def test_an_onderdeel_letter_glued_to_its_article_heading_is_read(one_law):
    text = ("In artikel I wordt onderdeel B vervangen door:\n\nBArtikel 9 wordt als volgt gewijzigd:\n\n"
            "1. Het tweede lid vervalt.")  # fmt: skip
    found = targets(text, one_law)
    assert found[2:] == [("B", "bill", "", "I", "B", "", ""), ("Artikel 9", "law", "Huisvestingswet 2014", "9", "", "", ""),
                         ("Het tweede lid", "law", "Huisvestingswet 2014", "9", "", "2", "")]  # fmt: skip


def test_a_glued_letter_without_an_announcing_paragraph_is_no_onderdeel(one_law):
    assert targets("Zie hierover het volgende.\n\nBArtikel 9 is van belang.", one_law) == []


def test_the_explanatory_note_named_in_new_text_is_not_the_memorie(one_law):
    text = ("Na artikel 9 wordt een artikel ingevoegd, luidende: Bij de regeling wordt in de nota van "
            "toelichting vermeld hoe de gevolgen zijn gewogen.")  # fmt: skip
    assert [t[1] for t in targets(text, one_law)] == ["law"]  # artikel 9 only
    assert [t[1] for t in targets("De nota van toelichting bij het besluit zegt dat niet.", one_law)] == []
    assert [t[1] for t in targets("Zie de memorie van toelichting, p. 4.", one_law)] == ["mvt"]


def test_the_heading_toelichting_ends_the_new_text_above_it(one_law):
    text = ("In artikel 9 wordt na het tweede lid een lid ingevoegd, luidende:\n\n3. De raad stelt de regels "
            "vast.\n\nToelichting\n\nZie paragraaf 3 van de memorie van toelichting.")  # fmt: skip
    assert ("paragraaf 3 van de memorie van toelichting", "mvt", "", "", "", "", "") in targets(text, one_law)


@pytest.mark.parametrize("word", ["jo", "jo.", "juncto"])
def test_two_leden_joined_by_juncto_are_both_read(one_law, word):
    text = f"Zie artikel 12, derde lid {word} eerste lid, van de Woningwet."
    assert [(t[2], t[3], t[5]) for t in targets(text, one_law)] == [("Woningwet", "12", "3"), ("Woningwet", "12", "1")]


def test_an_onderdeel_numbered_with_a_digit_after_its_letter(one_law):
    found = targets("Na artikel I, onderdeel B, wordt een nieuw onderdeel B1 ingevoegd, luidende:", one_law)
    assert found[-1] == ("onderdeel B1", "bill", "", "I", "B1", "", "")
    found = targets("In artikel I vervallen de onderdelen B1 en B2.", one_law)
    assert [t[4] for t in found if t[0].startswith("onderdelen")] == ["B1", "B2"]


def test_dit_hoofdstuk_in_new_words_of_an_article_numbered_by_its_chapter():
    awb = load_bill(AWB)
    text = "In artikel 4:8 wordt «het orgaan» vervangen door: het orgaan, bedoeld in dit hoofdstuk."
    assert targets(text, awb)[-1] == ("dit hoofdstuk", "law", "Algemene wet bestuursrecht", "", "", "", "hoofdstuk 4")
    assert targets("Dit hoofdstuk regelt de dwangsom.", awb)[-1][1] == "unknown"  # in prose: not told


def test_dit_hoofdstuk_in_new_words_of_an_article_numbered_on_its_own_is_not_told(one_law):
    text = "In artikel 9 wordt «de raad» vervangen door: de raad, bedoeld in dit hoofdstuk."
    assert targets(text, one_law)[-1][1] == "unknown"


def test_the_numbered_points_of_the_bills_own_onderdeel(one_law):
    text = ("Artikel I, onderdeel B, wordt als volgt gewijzigd:\n\n1. Onder 1 wordt «de raad» vervangen door: "
            "het college.\n\n2. Onder 2 vervalt «steeds».")  # fmt: skip
    found = targets(text, one_law)
    assert found[1:] == [("Onder 1", "bill", "", "I", "B", "", ""), ("Onder 2", "bill", "", "I", "B", "", "")]


def test_a_point_named_with_no_onderdeel_open_or_with_a_degree_sign_is_no_point_of_the_bill(one_law):
    assert targets("Onder 1 wordt ingegaan op de kosten.", one_law) == []  # the advice's own point
    found = targets("In artikel 9, eerste lid, vervalt onder 2°.", one_law)
    assert all(t[1] == "law" for t in found)  # a subonderdeel of the law


def test_a_point_named_onderdeel_1_keeps_the_article_its_onderdeel_changes(one_law):
    text = ("Artikel I, onderdeel B, wordt als volgt gewijzigd:\n\n1. Onderdeel 1 komt te luiden:\n\n"
            "1. Het eerste lid komt te luiden: x.\n\n2. Onderdeel 2 vervalt.")  # fmt: skip
    found = [(t[0], t[1], t[3], t[4], t[5]) for t in targets(text, one_law)]
    assert found[1:] == [("Onderdeel 1", "bill", "I", "B", ""), ("Het eerste lid", "law", "28a", "", "1"),
                         ("Onderdeel 2", "bill", "I", "B", "")]  # fmt: skip
    assert targets("Onderdeel 2 wordt hierna besproken.", one_law) == []


def test_the_heading_toelichting_run_into_the_last_line_above_it_is_no_reference(one_law):
    text = "Na artikel II wordt een artikel ingevoegd, luidende:\n\nARTIKEL IIA\n\nDeze wet vervalt in 2030.Toelichting\n\nDit amendement beperkt de duur."
    assert [t[1] for t in targets(text, one_law) if "oelichting" in t[0]] == []
    assert [t[1] for t in targets("Hierover zegt de Toelichting niets.", one_law)] == ["mvt"]
