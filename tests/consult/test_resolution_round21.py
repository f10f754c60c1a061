"""Forms that the real set's fresh33 part (zg01-zg11: a bill as passed, notas, a municipal
verordening, advices of the Raad van State, law firms' blogs and Staatsblad texts) showed, each
stated as a rule of such texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, resolved


def _places(text: str) -> list[tuple]:
    return [tuple(found[1:]) for found in resolved(text, default_bill(), "scope", "law", "artikel", "lid", "item")]


# --- two laws' names sharing their end, the second capitalised: "Drank- en Horecawet" -------------


def test_a_hyphenated_pair_of_names_with_a_capital_after_en_is_one_law():
    text = "Het gaat om de artikelen 3 en 30a van de Drank- en Horecawet en artikel 4 van de Flora- en faunawet."
    assert _places(text) == [("other_law", "Drank- en Horecawet", "3", "", ""),
                             ("other_law", "Drank- en Horecawet", "30a", "", ""),
                             ("other_law", "Flora- en faunawet", "4", "", "")]  # fmt: skip


# --- a slip in a listed law's name, told apart by its year ---------------------------------------


def test_wet_op_de_x_with_the_year_of_a_listed_wet_x_is_that_law():
    text = "Zie artikel 2.3 van de Wet op de inkomstenbelasting 2001."
    assert _places(text) == [("other_law", "Wet inkomstenbelasting 2001", "2.3", "", "")]


def test_an_older_law_named_without_a_year_or_with_another_year_stays_itself():
    text = "Zie artikel 49 van de Wet op de Ruimtelijke Ordening en artikel 5 van de Wet op de inkomstenbelasting 1964."
    assert [p[1] for p in _places(text)] == ["Wet op de Ruimtelijke Ordening", "Wet op de inkomstenbelasting 1964"]


# --- "dat onderdeel": the onderdeel just named, in new text too -----------------------------------


def test_dat_onderdeel_is_the_onderdeel_named_just_before_it():
    text = ("In artikel 2.1, eerste lid, aanhef en onder e, van de Wet algemene bepalingen omgevingsrecht, "
            "voor zover dat onderdeel betrekking heeft op een inrichting, wordt iets bepaald.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "lid", "item")
    assert [f for f in found if f[0] == "dat onderdeel"] == [
        ("dat onderdeel", "Wet algemene bepalingen omgevingsrecht", "2.1", "1", "e")]


def test_dit_onderdeel_and_dat_onderdeel_without_one_named_are_no_reference():
    for text in ("Dit onderdeel van onze reactie gaat over de termijnen.",
                 "Wij vinden dat onderdeel van het voorstel te ruim."):  # fmt: skip
        assert not [f for f in resolved(text, default_bill(), "law") if "onderdeel" in f[0]], text
