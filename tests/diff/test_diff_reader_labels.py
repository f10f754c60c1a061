"""The reviewer's names for units: "onder 2" for one of several changes, nothing for an only
change, an article in new text named as the article ("Artikel 28c (nieuw)"), Dutch nouns."""

import pytest

from wetgen import address
from wetgen.diff.compare import diff_bills


@pytest.mark.parametrize(
    ("eid", "label", "citation"),
    [
        ("art_12__para_6", "Artikel 12, zesde lid", "Artikel 12, zesde lid"),
        ("art_I__point_D", "Artikel I, onderdeel D", "Artikel I, onderdeel D"),
        # the only change of an onderdeel is not numbered in print
        ("art_I__point_D__mod_1", "Artikel I, onderdeel D, wijziging 1", "Artikel I, onderdeel D"),
        # one of several: "onder 2"
        ("art_I__point_A__point_2__mod_1", "Artikel I, onderdeel A, wijziging 2",
         "Artikel I, onderdeel A, onder 2"),
        ("art_I__point_A__point_2__mod_1__qstr_1__para_6",
         "Artikel I, onderdeel A, wijziging 2, zesde lid", "Artikel I, onderdeel A, onder 2, zesde lid"),
        # a change of a `wijzigen`
        ("art_I__point_B__point_2__point_b__mod_1", "Artikel I, onderdeel B, wijziging 2, onder b",
         "Artikel I, onderdeel B, onder 2, onder b"),
        # an article in new text is named as the article, then where the bill proposes it
        ("art_I__point_D__mod_1__qstr_1__art_28c", "Artikel I, onderdeel D, wijziging 1, artikel 28c",
         "Artikel 28c (nieuw) — artikel I, onderdeel D"),
        ("art_I__point_B__mod_1__qstr_1__art_28a__para_3",
         "Artikel I, onderdeel B, wijziging 1, artikel 28a, derde lid",
         "Artikel 28a (nieuw), derde lid — artikel I, onderdeel B"),
        ("art_I__point_C__point_1__mod_1__qstr_1__art_5__para_2__point_a",
         "Artikel I, onderdeel C, wijziging 1, artikel 5, tweede lid, onderdeel a",
         "Artikel 5 (nieuw), tweede lid, onderdeel a — artikel I, onderdeel C, onder 1"),
        ("art_I__point_A__mod_1__qstr_1__art_IA", "Artikel I, onderdeel A, wijziging 1, artikel IA",
         "Artikel IA (nieuw) — artikel I, onderdeel A"),
        ("", "", ""),
    ],
)  # fmt: skip
def test_citation_names_units_as_a_reviewer_does(eid, label, citation):
    assert address.citation(eid, label) == citation


@pytest.mark.parametrize(
    ("kind", "count", "noun"),
    [
        ("item", 1, "onderdeel"),
        ("item", 2, "onderdelen"),
        ("lid", 2, "leden"),
        ("artikel", 3, "artikelen"),
        ("wijziging", 1, "wijzigingsopdracht"),
        ("wijziging", 2, "wijzigingsopdrachten"),
        ("hoofdstuk", 2, "hoofdstukken"),
        ("onderdeel", 1, "onderdeel"),
    ],
)
def test_every_kind_has_a_dutch_noun(kind, count, noun):
    assert address.noun(kind, count) == noun


def test_every_label_of_the_default_draft_diff_has_a_citation(versions):
    changes = diff_bills(*versions)
    for change in changes.changes:
        for eid, label in ((change.old_eid, change.old_label), (change.new_eid, change.new_label)):
            cited = address.citation(eid, label)
            assert "wijziging" not in cited
