"""Forms that the real set's fresh5 (e01-e15) and fresh6 (f01-f15) parts showed, and forms the
next advices, amendments and verslagen are likely to bring: each a general rule, tested on
invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.amendmentitems import amendment_item
from wetgen.consult.analyse.context import LAW, Context, Target
from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

from .resolving import article_targets as targets


@pytest.mark.parametrize(
    ("sentence", "law"),
    [
        ("Dit volgt uit artikel 4 van de Landsverordening openbare orde.", "Landsverordening openbare orde"),
        ("Zie artikel 3 van het Landsbesluit inrichting ministeries.", "Landsbesluit inrichting ministeries"),
        ("Ingevolge artikel 12 van de Eilandsverordening marktwezen geldt dit.", "Eilandsverordening marktwezen"),
        ("Op grond van artikel 77 van de Eilandenregeling Nederlandse Antillen (ERNA) kondigt hij af.",
         "Eilandenregeling Nederlandse Antillen"),
        # a country's constitution (the za part: an advice of the Raad van Advies of Curaçao)
        ("Het advies is gevraagd ex artikel 3 van de Staatsregeling van Curaçao (zaaknummer 2020/1).",
         "Staatsregeling van Curaçao"),
    ],
)
def test_a_caribbean_regulation_is_named_by_its_head_word(one_law, sentence, law):
    found = targets(sentence, one_law)
    assert [t[1:4] for t in found] == [("other_law", law, found[0][3])]
    assert found[0][3] in {"3", "4", "12", "77"}


def test_a_name_by_shape_ends_before_ten_behoeve_van(one_law):
    found = targets("Artikel 13 van de Landsverordening ambtenarenrecht ten behoeve van de douane.", one_law)
    assert found[0][1:4] == ("other_law", "Landsverordening ambtenarenrecht", "13")


def onderdelen(text: str, bill) -> list[tuple]:
    """Return (text, scope, artikel, onderdeel) of every reference, in order."""
    return [(r.text, r.target.scope, r.target.artikel, r.target.onderdeel)
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


@pytest.mark.parametrize("letter", ["Ba", "BA"])
def test_an_onderdeel_an_amendment_inserts_is_the_heading_below_it(one_law, letter):
    text = (f"I\n\nIn artikel I wordt na onderdeel B een onderdeel ingevoegd, luidende:\n\n{letter}\n\n"
            "Artikel 28b wordt als volgt gewijzigd:\n\n1. Het derde lid vervalt.")  # fmt: skip
    found = onderdelen(text, one_law)
    assert (letter, "bill", "I", letter) in found


def test_a_letter_that_extends_no_onderdeel_of_the_bill_stays_prose(one_law):
    # the bill has no onderdeel Z: "Za" below the announcement is no inserted letter of it
    text = "In artikel I wordt na onderdeel B een onderdeel ingevoegd, luidende:\n\nZa\n\nArtikel 28b vervalt."
    assert [t for t in onderdelen(text, one_law) if t[0] == "Za"] == []


def test_an_article_an_amendment_inserts_into_the_bill_is_the_bills(one_law):
    text = ("De ondergetekenden stellen het volgende amendement voor:\n\nNa artikel II wordt een artikel "
            "ingevoegd, luidende:\n\nARTIKEL IIA. EVALUATIE\n\nOnze Minister zendt binnen drie jaar na de "
            "inwerkingtreding van deze wet een verslag aan de Staten-Generaal.")  # fmt: skip
    found = onderdelen(text, one_law)
    assert ("ARTIKEL IIA", "bill", "IIA", "") in found
    assert ("deze wet", "bill", "", "") in found


def test_a_roman_number_of_its_own_is_no_inserted_article(one_law):
    # "IX" is not I with an X added: the bill has no artikel IX, so it stays unresolved
    assert [t[1:3] for t in onderdelen("Zie artikel IX.", one_law)] != [("bill", "IX")]


def test_an_arabic_letter_number_is_the_bills_only_in_a_bill_that_amends_no_law(one_law):
    # a skeleton of a bill that enacts a new law with an artikel 1.1 (the real set's Jeugdwet)
    new_law = load_bill(Path(__file__).parent / "realrefs" / "bills" / "jeugdwet-33684.yaml")
    text = "Na artikel 1.1 wordt een artikel ingevoegd, luidende:\n\nArtikel 1.1a\n\nIeder heeft recht op hulp."
    assert ("Artikel 1.1a", "bill", "1.1a", "") in onderdelen(text, new_law)
    # in a bill that amends the Huisvestingswet 2014, "artikel 28aa" is that law's, not the bill's
    assert [t[1] for t in onderdelen("Zie artikel 28aa.", one_law)] != ["bill"]


def leden(text: str, bill) -> list[tuple]:
    """Return (text, scope, artikel, lid) of every reference, in order."""
    return [(r.text, r.target.scope, r.target.artikel, r.target.lid)
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


def test_the_parts_of_an_amendment_numbered_i_ii_stay_in_the_article_opened(one_law):
    text = ("In artikel I, onderdeel B, wordt artikel 28a als volgt gewijzigd:\n\nI\n\nIn het eerste lid "
            "wordt «zes» vervangen door: acht.\n\nII\n\nHet vijfde lid vervalt.")  # fmt: skip
    found = leden(text, one_law)
    assert ("het eerste lid", "law", "28a", "1") in found
    assert ("Het vijfde lid", "law", "28a", "5") in found


def test_onderdeel_i_after_h_is_the_bills_letter_not_an_amendment_part(one_law):
    opened = Context(bill_article="I", onderdeel="H", article=Target(LAW, "Huisvestingswet 2014", "12"))
    assert not amendment_item("I", opened)  # the letter after H
    assert amendment_item("II", opened)
    assert not amendment_item("C", opened._replace(onderdeel="A"))  # C and D are letters, never parts
    assert not amendment_item("II", opened._replace(article=None))  # no article of the law open



@pytest.mark.parametrize(("sentence", "law"), [
    ("Aan de Raad is overeenkomstig artikel 64 van de Staatsregeling van Curaçao een concept voorgelegd.",
     "Staatsregeling van Curaçao"),
    ("Zij handelt op grond van artikel 4 van de Landsverordening openbare orde een dag later.",
     "Landsverordening openbare orde"),
    ("Artikel 4 van de Landsverordening openbare orde regelt de bevoegdheid.", "Landsverordening openbare orde"),
    ("Aan de Raad is overeenkomstig artikel 64 van de Wet op de proefnemingen een concept voorgelegd.",
     "Wet op de proefnemingen"),
])  # fmt: skip
def test_a_name_by_shape_runs_on_to_its_last_word_before_an_article_unless_that_is_a_verb(one_law, sentence, law):
    # za01: "… van de Staatsregeling van Curaçao een concept van de circulaire" (the name went to the
    # bill's own law): a word before "een", "de" or "het" ends the name as a verb only when it ends
    # as a Dutch verb does ("regelt", "bepalen"); "orde" and "Curaçao" are the name's last words
    found = targets(sentence, one_law)
    assert [t[1:3] for t in found] == [("other_law", law)]


def test_a_head_word_followed_by_a_verb_is_no_name(one_law):
    found = targets("Artikel 4 van het Besluit regelt de bevoegdheid.", one_law)
    assert not any(t[2] and "regelt" in t[2] for t in found)
