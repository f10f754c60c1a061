"""Round 54: forms of real texts met in the parts fresh203-fresh206 (zzzzzzzw-zzzzzzzz), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, landed, resolved, veerwet_bill


def test_a_copy_without_its_article_headings_names_each_amended_law(tmp_path) -> None:  # noqa: ANN001
    """A regeling printed without its ARTIKEL headings: "De Veerwet wordt als volgt gewijzigd: A … B … Het Havenbesluit
    wordt als volgt gewijzigd: A Artikel 2 …": the second sentence opens the article that amends the Havenbesluit, and
    its letters are that article's onderdelen."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 4, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 8, tekst: "(niet overgenomen)"}]}
    - nummer: "II"
      wijzigt: {citeertitel: Havenbesluit, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "r.yaml", "Regeling indexering veergelden", "Regeling indexering veergelden", body)
    text = ("De Veerwet wordt als volgt gewijzigd:\nA\nIn artikel 4, eerste lid, wordt ‘€ 18’ vervangen door ‘€ 19’.\nB\nArtikel 8 "
            "wordt als volgt gewijzigd:\n1. In onderdeel a wordt ‘€ 50’ vervangen door ‘€ 51’.\n2. In onderdeel c wordt ‘€ 365’ vervangen "
            "door ‘€ 371’.\nHet Havenbesluit wordt als volgt gewijzigd:\nA\nArtikel 2, eerste lid, wordt als volgt gewijzigd:\n1. In "
            "onderdeel c wordt ‘€ 49’ vervangen door ‘€ 51’.")  # fmt: skip
    found = landed(text, bill)
    assert [f[2] for f in found if f[0] == "A"] == [("art_I__point_A",), ("art_II__point_A",)]
    assert ("Artikel 2, eerste lid", "Havenbesluit, artikel 2, eerste lid", ("art_II__point_A",)) in found
    assert [f[1:] for f in found if f[0] == "onderdeel c"] == [("Veerwet, artikel 8, onderdeel c", ("art_I__point_B",)),
                                                               ("Havenbesluit, artikel 2, eerste lid, onderdeel c", ("art_II__point_A",))]


def test_words_struck_after_vervalt_and_ordinals_listed_with_comma_of(tmp_path) -> None:  # noqa: ANN001
    """"1. In het eerste lid vervalt: of een programma als bedoeld in artikel 12, eerste, zevende, of achtste lid,.
    2. Het vijfde en zesde lid vervallen.": the words after "vervalt:" are words struck, so artikel 12 they cite is no
    article under change, and the leden of step 2 are those of the article the instruction opened; ", of achtste lid"
    ends the list of leden."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nArtikel 7 wordt als volgt gewijzigd:\n\n1. In het eerste lid vervalt: "
            "of een programma als bedoeld in artikel 12, eerste, zevende, of achtste lid,.\n\n2. Het vijfde en zesde lid vervallen.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
    assert [f[1:] for f in found if f[0].startswith("artikel 12")] == [("12", "1"), ("12", "7"), ("12", "8")]
    assert [f[1:] for f in found if f[0] == "Het vijfde en zesde lid"] == [("7", "5"), ("7", "6")]


def test_bare_numbers_in_typographic_quotes_and_after_vervalt(tmp_path) -> None:  # noqa: ANN001
    """"wordt “4.5, eerste of derde lid, of 5.5, tweede lid,” vervangen door: of 4.5, eerste lid,." quotes bare
    article numbers with their leden, in curly quotes and after "door: of"; they are articles, not leden of the one
    under change."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 7, vijfde lid, wordt “4.5, eerste of derde lid, of 5.5, "
            "tweede lid,” vervangen door: of 4.5, eerste lid,.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
    assert ("4.5", "1") in [f[1:] for f in found] and ("5.5", "2") in [f[1:] for f in found]
    assert not [f for f in found if f[1] == "7" and f[2] in ("1", "3")]


def test_this_lid_in_a_bulleted_new_lid_is_that_lid(tmp_path) -> None:  # noqa: ANN001
    """A copy that prints the new lid with a bullet: "• 4. … Onze Minister kan besluiten dat dit lid niet van toepassing is":
    "dit lid" is the vierde lid it stands in, not the last lid the instruction renumbered."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nArtikel 7 wordt als volgt gewijzigd:\n\n1. Onder vernummering van het "
            "vierde tot en met zesde lid tot het vijfde tot en met zevende lid, wordt een lid ingevoegd, luidende:\n\n  • 4. De afspraken "
            "gelden niet. Onze Minister kan besluiten dat dit lid niet van toepassing is.")  # fmt: skip
    assert ("dit lid", "7", "4") in resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
