"""Natural number order and the volzin splitter."""

import random

import pytest

from wetgen.law.numbers import clean, is_ordered, same_number, sort_key
from wetgen.law.volzin import split_volzinnen


@pytest.mark.parametrize(
    "ordered",
    [
        ["1", "2", "2a", "2b", "3", "9", "10", "10a", "10b", "11", "100"],
        ["1.1", "1.2", "1.9", "1.10", "1.11", "2.1", "10.1"],
        ["4:1", "4:8", "4:9", "4:10", "4:10a", "4:10b", "4:11", "5:1"],
        ["1", "1a", "5", "5A", "5B", "6"],
        ["I", "II", "III", "IV", "V", "IX", "X", "XI"],
        ["A", "B", "C", "D", "E"],
        ["a", "b", "z", "aa", "bb"],
    ],
)
def test_numbers_sort_naturally(ordered):
    shuffled = ordered[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == ordered
    assert is_ordered(ordered)
    assert not is_ordered(list(reversed(ordered)))


def test_numbers_are_cleaned_and_compared_as_written():
    assert [clean(n) for n in ["1.", "a.", "1°.", " 2 ", "(3)", "1.10"]] == ["1", "a", "1", "2", "3", "1.10"]
    assert same_number("12A", "12a") and same_number("1.", "1") and not same_number("1.1", "1.10")
    assert sort_key("3.10") != sort_key("3.1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het college beslist binnen acht weken. De termijn kan eenmaal worden verlengd.",
         ["Het college beslist binnen acht weken.", "De termijn kan eenmaal worden verlengd."]),
        ("Een aanvraag bevat in ieder geval:", ["Een aanvraag bevat in ieder geval:"]),
        ("De raad stelt regels. Een aanvraag bevat in ieder geval:",
         ["De raad stelt regels.", "Een aanvraag bevat in ieder geval:"]),
        ("Zie art. 5 van de wet. Dit geldt o.a. Onze Minister.", ["Zie art. 5 van de wet.", "Dit geldt o.a. Onze Minister."]),
        ("Het percentage is 2.3. Het wordt jaarlijks herzien.", ["Het percentage is 2.3.", "Het wordt jaarlijks herzien."]),
        ("Het percentage van 2.3 procent geldt.", ["Het percentage van 2.3 procent geldt."]),
        ("De aanvraag bevat: 1°. De naam; 2°. Het adres.", ["De aanvraag bevat: 1°. De naam; 2°. Het adres."]),
        ("Bedoeld in artikel 5, onderdeel a. Het college beslist.", ["Bedoeld in artikel 5, onderdeel a.", "Het college beslist."]),
        ("Bedoeld in artikel 5, onder 1°. Het college beslist.", ["Bedoeld in artikel 5, onder 1°.", "Het college beslist."]),
        ("Geplaatst in Stb. 2014, 126. Zie ook Kamerstukken II.", ["Geplaatst in Stb. 2014, 126.", "Zie ook Kamerstukken II."]),
        ("Voorzitter is J. de Vries. Hij beslist.", ["Voorzitter is J. de Vries.", "Hij beslist."]),
        ("Dat wil zeggen: d.w.z. Onze Minister. Klaar.", ["Dat wil zeggen: d.w.z. Onze Minister.", "Klaar."]),
        ("Is dat zo? Ja. «Woonruimte» is ruim!", ["Is dat zo?", "Ja.", "«Woonruimte» is ruim!"]),
        ("zonder slotpunt", ["zonder slotpunt"]),
        ("", []),
    ],
)
def test_volzinnen_are_counted_as_drafters_count_them(text, expected):
    assert list(split_volzinnen(text)) == expected
