"""Forms that the real set's fresh31 and fresh32 parts (ze01-ze08, zf01-zf07: AMvB's, regelingen and
amendementen; notas van wijziging, notas naar aanleiding van het verslag and verslagen) showed, each
stated as a rule of such texts in general and tested on invented sentences."""

from __future__ import annotations

from .conftest import DRAFT
from .resolving import resolved


def _bill():  # noqa: ANN202 - Bill
    from wetgen.loader import load_bill

    return load_bill(DRAFT)


def _places(text: str) -> list[tuple]:
    return [tuple(found[1:]) for found in resolved(text, _bill(), "law", "artikel", "lid", "item", "sub")]


# --- a list of articles: a number with an onderdeel or lid of its own is the next article ------


def test_a_number_with_an_onderdeel_of_its_own_after_a_sub_is_the_next_article():
    text = "Gelet op de artikelen 4, eerste lid, onderdeel b, onder 2, 11, onder c, en 20a van de Warenwet;"
    assert _places(text) == [("Warenwet", "4", "1", "b", "2"), ("Warenwet", "11", "", "c", ""),
                             ("Warenwet", "20a", "", "", "")]  # fmt: skip
    text = "Gelet op de artikelen 4, eerste lid, onder 2, 11, tweede lid, en 20a van de Warenwet;"
    assert [p[:3] for p in _places(text)] == [("Warenwet", "4", "1"), ("Warenwet", "11", "2"), ("Warenwet", "20a", "")]


def test_subonderdelen_in_a_list_stay_subonderdelen():
    text = "Zie artikel 4, eerste lid, onderdeel b, onder 1, 2 en 3, van de Warenwet."
    assert _places(text) == [("Warenwet", "4", "1", "b", s) for s in ("1", "2", "3")]


# --- "de wet" in a besluit whose definitions say which law it is -------------------------------


def test_van_de_wet_is_the_law_the_besluits_definitions_name():
    text = ("In dit besluit wordt verstaan onder:\n\na. wet: Wet op de dierenproeven;\n\nb. dier: een gewerveld dier.\n\n"
            "Artikel 2\n\nDe in artikel 13, eerste lid, van de wet bedoelde melding geschiedt schriftelijk.\n")  # fmt: skip
    found = [place for text, *place in resolved(text, _bill(), "law", "artikel", "lid") if "van de wet" in text]
    assert found == [["Wet op de dierenproeven", "13", "1"]]


def test_without_such_a_definition_van_de_wet_stays_the_law_in_context():
    text = "Artikel 2\n\nDe in artikel 13, eerste lid, van de wet bedoelde melding geschiedt schriftelijk.\n"
    found = [place for text, *place in resolved(text, _bill(), "scope", "law") if "van de wet" in text]
    assert found == [["law", "Huisvestingswet 2014"]]  # the law the consulted bill amends


# --- a range of leden with the article word again: "het tweede tot en met het vijfde lid" ------


def test_a_range_of_leden_may_repeat_its_article():
    text = "In artikel 12 vervallen het tweede tot en met het vierde lid, en het eerste en het zesde lid worden gewijzigd."
    leden = [(artikel, lid) for _, artikel, lid, *_ in _places(text) if lid]
    assert leden == [("12", "2"), ("12", "3"), ("12", "4"), ("12", "1"), ("12", "6")]
