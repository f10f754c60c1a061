"""Numbering sequences, labels and machine identifiers."""

import pytest

from wetgen import ids
from wetgen.model import Target


@pytest.mark.parametrize(("n", "expected"), [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (1999, "MCMXCIX")])
def test_roman_round_trip(n, expected):
    assert ids.roman(n) == expected
    assert ids.roman_value(expected) == n


def test_roman_value_rejects_non_canonical():
    assert ids.roman_value("IIII") is None
    assert ids.roman_value("12") is None


@pytest.mark.parametrize(("n", "expected"), [(1, "A"), (26, "Z"), (27, "AA"), (28, "BB"), (53, "AAA")])
def test_onderdeel_letters_follow_ar_6_15(n, expected):
    assert ids.onderdeel_letter(n) == expected


def test_ordinals_and_values():
    assert [ids.ordinal(n) for n in (1, 2, 3, 8, 20)] == ["eerste", "tweede", "derde", "achtste", "twintigste"]
    assert ids.ordinal_value("vierde") == 4


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("artikel 12, eerste lid, onderdeel b", Target(artikel="12", lid="1", onderdeel="b")),
        ("Artikel 28a", Target(artikel="28a")),
        ("artikel 3.10, tweede lid", Target(artikel="3.10", lid="2")),
        ("artikel 12, tweede lid, onderdeel b, onder 2°", Target(artikel="12", lid="2", onderdeel="b", subonderdeel="2")),
        ("hoofdstuk 5", Target(hoofdstuk="5")),
    ],
)
def test_parse_target_and_phrase_round_trip(text, target):
    assert ids.parse_target(text) == target
    assert ids.parse_target(ids.target_phrase(target)) == target


def test_parse_target_rejects_nonsense():
    assert ids.parse_target("zie hierboven") is None


def test_juriconnect_reference():
    target = Target(artikel="12", lid="2")
    assert ids.juriconnect("BWBR0035303", target) == "jci1.3:c:BWBR0035303&artikel=12&lid=2"
    assert ids.juriconnect_url("BWBR0035303", target).startswith("https://wetten.overheid.nl/jci1.3:c:")
