"""Round 28: forms found by using `wetgen consult refs` as a respondent would, each stated as a rule
of such texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import article_targets, default_bill

AR = "Aanwijzingen voor de regelgeving"
HW = "Huisvestingswet 2014"


def test_dat_artikel_passes_over_an_aanwijzing_cited_in_between():
    # an aanwijzing is no "artikel": "dat artikel" is the article the writer discussed before it
    text = ("Het voorgestelde artikel 28a is in strijd met aanwijzing 4.42 van de Aanwijzingen voor de "
            "regelgeving. Het tweede lid van dat artikel moet worden geschrapt.")  # fmt: skip
    found = article_targets(text, default_bill())
    assert found[1] == ("aanwijzing 4.42 van de Aanwijzingen voor de regelgeving", "other_law", AR, "4.42", "")
    assert found[2] == ("Het tweede lid van dat artikel", "law", HW, "28a", "2")


def test_an_aanwijzing_in_prose_does_not_become_the_subject_of_the_leden_after_it():
    text = "In artikel 28a, zie aanwijzing 5.59, is het derde lid te ruim."
    found = article_targets(text, default_bill())
    assert ("aanwijzing 5.59", "other_law", AR, "5.59", "") in found
    assert ("het derde lid", "law", HW, "28a", "3") in found


def test_an_aanwijzing_as_a_heading_is_what_its_leden_below_belong_to():
    # the KCBR's pages and commentaries head their text with the aanwijzing itself
    text = "Aanwijzing 6.15 Ar\n\nHet tweede lid van deze aanwijzing geldt ook hier; het derde lid niet.\n"
    found = article_targets(text, default_bill())
    assert ("het derde lid", "other_law", AR, "6.15", "3") in found
