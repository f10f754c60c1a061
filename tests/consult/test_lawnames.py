"""The law-name lexicon: the shipped list of citeertitels, and how names in a text are read."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from wetgen.consult.analyse.codes import book_of, with_book
from wetgen.consult.analyse.lawnames import LawLexicon, shipped_laws

LAWS = shipped_laws()


def test_the_shipped_list_is_well_formed_and_sourced():
    assert len(LAWS) >= 100
    titles = Counter(law.citeertitel for law in LAWS)
    assert [t for t, n in titles.items() if n > 1] == []
    for law in LAWS:
        assert law.source.startswith("https://"), law
        assert not law.identifier or re.fullmatch(
            r"BWB[RV]\d{7}|\d{5}[A-Z]/TXT|3\d{4}R\d{4}", law.identifier
        ), law
        if law.identifier.startswith("BWB"):
            assert law.identifier in law.source, law


def test_no_abbreviation_names_two_laws():
    owners: dict[str, set[str]] = {}
    for law in LAWS:
        for short in law.abbreviations:
            owners.setdefault(short, set()).add(law.citeertitel)
    assert {s: o for s, o in owners.items() if len(o) > 1} == {}


@pytest.fixture(scope="module")
def lexicon():
    return LawLexicon([("Huisvestingswet 2014", ("huisvestingswet", "hw 2014", "hw"))])


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Awb", "Algemene wet bestuursrecht"),
        ("AWB", "Algemene wet bestuursrecht"),
        ("de Algemene wet bestuursrecht", None),  # a name starts at its first word, not at "de"
        ("Algemene wet bestuursrecht1 wordt", "Algemene wet bestuursrecht"),  # a footnote mark
        ("Wft", "Wet op het financieel toezicht"),
        ("Wet IB 2001", "Wet inkomstenbelasting 2001"),
        ("EVRM", "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden"),
        ("Hw 2014", "Huisvestingswet 2014"),
        ("Huisvestingswet", "Huisvestingswet 2014"),  # the bill's short form of a law it amends
        ("ALGEMENE KINDERBIJSLAGWET", "Algemene Kinderbijslagwet"),
        ("Boek 7 van het Burgerlijk Wetboek", "Burgerlijk Wetboek Boek 7"),
        ("Boek 7a van het Burgerlijk Wetboek BES", "Burgerlijk Wetboek BES Boek 7a"),
        ("nieuw Burgerlijk Wetboek", "Burgerlijk Wetboek"),
        ("Ambtenarenwet", "Ambtenarenwet"),  # a former citeertitel is kept as written
        ("Wet rechtstoestand dienstplichtigen als zodanig", "Wet rechtstoestand dienstplichtigen"),
        ("Wet op de loonbelasting 1964 en op de bedragen", "Wet op de loonbelasting 1964"),
        ("wetgeving is", None),
        ("Zo is het", None),
    ],
)
def test_a_name_is_read_as_the_law_it_names(lexicon, text, law):
    found = lexicon.match(text, 0)
    assert (found.law if found else None) == law


def test_a_name_before_a_reference_and_the_last_name_before_a_place(lexicon):
    text = "Zie BW art. 7:907 en de Woningwet; afdeling 2 van die wet"
    before = lexicon.ending_at(text, text.index("art."))
    assert before is not None and before.law == "Burgerlijk Wetboek"
    assert lexicon.ending_at(text, text.index("7:907")) is None
    assert lexicon.last_before(text, text.index("afdeling")).law == "Woningwet"


def test_the_burgerlijk_wetboek_is_cited_by_book():
    assert with_book("Burgerlijk Wetboek", "7:907") == ("Burgerlijk Wetboek Boek 7", "907")
    assert with_book("Burgerlijk Wetboek BES", "7a:1614ca") == (
        "Burgerlijk Wetboek BES Boek 7a",
        "1614ca",
    )
    assert with_book("Burgerlijk Wetboek Boek 3", "3:83") == ("Burgerlijk Wetboek Boek 3", "83")
    assert with_book("Burgerlijk Wetboek Boek 7", "3:83") == ("Burgerlijk Wetboek Boek 3", "83")
    assert with_book("Algemene wet bestuursrecht", "4:17") == ("Algemene wet bestuursrecht", "4:17")
    assert book_of("Burgerlijk Wetboek Boek 7") == "7" and book_of("Woningwet") == ""
