"""Places in a law as phrases and back: the grammar prints what it reads, and reads what it
prints (parse(phrase(p)) == p for canonical places)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgen import places
from wetgen.model import Part, Target

PUBLISHED = [
    "artikel 12, eerste lid, onderdeel b",
    "de artikelen 1:7, eerste lid, en 1:8, eerste lid",
    "de artikelen 1, onderdeel b, onder 8°, 7, derde lid, 12 en 13",
    "artikel 1, onderdeel b, onder 1° en 2°",
    "artikel 2:15, eerste en tweede lid",
    "de artikelen 3 tot en met 5",
    "het derde en vierde lid",
    "artikel 8, vijfde lid, tweede zin",
    "artikel 44, derde lid, tweede volzin",
    "artikel 9, aanhef",
    "het opschrift van titel XII van het Tweede Boek",
    "de additionele artikelen XVII, XXIV en XXV",
    "artikel 1, onderdeel p (nieuw)",
    "artikel 2, derde lid, onderdeel c, onder 2° en 5°",
    "artikel 5, onderdelen a en b",
    "artikel 9, aanhef en onderdeel b",
    "het tweede tot en met vierde lid",
    # older bills and laws designate an onderdeel by "onder": Stb. 2011, 572; Kamerstuk 32 618, nr. 34
    "artikel 1, eerste lid, onder a",
    "het eerste lid, onder kk",
    # and a begripsomschrijving by its older word: Stb. 2012, 319
    "de omschrijving van «politieke partij»",
    "artikel 1.1, eerste lid, in de omschrijving van «telewinkelboodschap»",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_published_places_read_and_print_back_unchanged(text: str):
    assert places.phrase(places.parse(text)).text == text


def test_a_place_reads_into_its_parts():
    assert places.parse("artikel 2:15, eerste en tweede lid") == (
        Target((Part("artikel", ("2:15",)), Part("lid", ("1", "2")))),
    )
    assert places.parse("de artikelen 1:7, eerste lid, en 1:8, eerste lid") == (
        Target(artikel="1:7", lid="1"),
        Target(artikel="1:8", lid="1"),
    )
    assert places.parse("de artikelen 3 tot en met 5")[0].chain[0] == Part("artikel", ("3", "5"), through=True)
    assert places.parse("onderdeel p (nieuw)")[0].chain[0].nieuw


def test_the_avoided_forms_are_read_too():
    assert places.parse("artikel 12, lid 2") == (Target(artikel="12", lid="2"),)


@pytest.mark.parametrize("text", ["zie hierboven", "artikel", "eerste", "de artikelen 3, lid"])
def test_what_is_not_a_place_is_refused(text: str):
    with pytest.raises(places.PlaceError):
        places.parse(text)


def test_a_place_inside_a_group_continues_from_the_group():
    base = Target(artikel="8", lid="6")
    assert places.absolute(places.parse("onderdeel a")[0], base) == Target(artikel="8", lid="6", onderdeel="a")
    assert places.absolute(places.parse("artikel 9")[0], base) == Target(artikel="9")
    assert places.phrase((Target(artikel="8", lid="6", onderdeel="a"),), base).text == "onderdeel a"


NUMBERS = {
    "artikel": st.from_regex(r"(?:[1-9][0-9]?[a-c]?|[1-9]:[1-9][0-9]?)", fullmatch=True),
    "lid": st.integers(1, 12).map(str),
    "onderdeel": st.sampled_from("abcdefghk"),
    "subonderdeel": st.integers(1, 9).map(str),
    "volzin": st.integers(1, 4).map(str),
}


@st.composite
def chains(draw) -> tuple[Part, ...]:
    units = draw(st.sampled_from([("artikel",), ("artikel", "lid"), ("artikel", "lid", "onderdeel"),
                                  ("artikel", "onderdeel", "subonderdeel"), ("artikel", "lid", "volzin")]))  # fmt: skip
    parts = [Part(u, (draw(NUMBERS[u]),)) for u in units]
    if draw(st.booleans()):  # several numbers in the last part
        extra = draw(st.lists(NUMBERS[units[-1]], min_size=1, max_size=2, unique=True))
        numbers = tuple(dict.fromkeys([parts[-1].number, *extra]))
        parts[-1] = Part(units[-1], numbers, through=len(numbers) == 2 and draw(st.booleans()))
    if draw(st.booleans()):
        parts[-1] = Part(parts[-1].unit, parts[-1].numbers, parts[-1].through, nieuw=True)
    return tuple(parts)


@settings(max_examples=300, deadline=None)
@given(st.lists(chains(), min_size=1, max_size=3, unique=True))
def test_parse_of_phrase_gives_the_places_back(chain_list):
    targets = tuple(places.canonical(tuple(Target(c) for c in chain_list)))
    if len(targets) > 1 and any(len(t.chain) == 0 for t in targets):
        return
    assert places.parse(places.phrase(targets).text) == targets


def test_an_onderdeel_written_with_onder_is_the_same_onderdeel():
    read = places.parse("artikel 1, eerste lid, onder a")
    assert read == places.parse("artikel 1, eerste lid, onderdeel a")
    assert read[0].chain[-1].unit == "onderdeel" and read[0].chain[-1].written == "onder"
    assert places.parse("artikel 1, onderdeel b, onder 2°")[0].chain[-1].unit == "subonderdeel"


def test_a_definition_named_by_its_older_word_is_the_same_begripsomschrijving():
    read = places.parse("artikel 1, in de omschrijving van «woonruimte»")
    assert read == places.parse("artikel 1, in de begripsomschrijving van «woonruimte»")
    assert read[0].chain[-1].written == "omschrijving"
