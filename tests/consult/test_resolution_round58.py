"""Round 58: forms of real texts met in the parts fresh218-fresh220 (zzzzzzzzl-zzzzzzzzn), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill


def test_a_treaty_named_where_and_when_it_was_concluded_in_one_word(tmp_path) -> None:  # noqa: ANN001
    """"artikel 7 van het op 3 maart 1980 te Wenen/New York totstandgekomen Verdrag inzake X": "totstandgekomen" written
    as one word and a treaty signed in two places name the treaty, not the law the bill amends."""
    text = ("In artikel I, onderdeel A, artikel 5, wordt na «misdrijf» ingevoegd: of een misdrijf als bedoeld in artikel 7 van het "
            "op 3 maart 1980 te Wenen/New York totstandgekomen Verdrag inzake de beveiliging van veerboten.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "scope", "law", "artikel")
    assert ("artikel 7 van het op 3 maart 1980 te Wenen/New York totstandgekomen Verdrag inzake de beveiliging van veerboten",
            "other_law", "Verdrag inzake de beveiliging van veerboten", "7") in found  # fmt: skip


def test_het_vorige_lid_in_a_paragraph_that_opens_with_its_number(tmp_path) -> None:  # noqa: ANN001
    """An amendement adding "5. … in afwijking van het vorige lid …" as a paragraph of its own: the lid before lid 5 is lid
    4 of the article the instruction names."""
    body = """    - nummer: "8"
      leden: ["Een.", "Twee.", "Drie.", "Vier."]
"""
    bill = invented_bill(tmp_path / "v.yaml", "Veerwet", "Veerwet", body)
    text = ("De ondergetekende stelt het volgende amendement voor:\n\nAan artikel 8 wordt een nieuw lid toegevoegd, luidende:\n\n"
            "5. In afwijking van het vorige lid houdt de werkgever rekening met de leeftijd van jeugdige schippers.")  # fmt: skip
    assert ("het vorige lid", "8", "4") in resolved(text, bill, "artikel", "lid")


def test_het_vorige_artikel_is_the_article_before_the_one_under_discussion(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 13 wordt «in het vorige artikel» vervangen door «in artikel 12»": the article before artikel 13."""
    text = "B\n\nIn artikel 13 wordt «in het vorige artikel» vervangen door «in artikel 12»."
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel")
    assert ("het vorige artikel", "Veerwet", "12") in found


def test_a_numbered_point_right_below_a_lid_is_its_item(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 5, eerste lid, … In onderdeel 4° wordt …": a point numbered 4° right below a lid with no letters is the
    lid's item, as the lid's onderdeel a would be."""
    text = ("A\n\nArtikel 5, eerste lid, wordt als volgt gewijzigd:\n\n1. In onderdeel 4° wordt «veer» vervangen door: pont.")
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid", "item", "sub")
    assert ("onderdeel 4°", "5", "1", "4", "") in found


def test_a_law_name_goes_on_after_en_before_a_noun_in_lower_case(tmp_path) -> None:  # noqa: ANN001
    """"de Wet op het VVB en het pontwezen" is one name (after "en", an article before a noun in lower case goes on in the
    title); "de Wet op het VVB en de Havenwet" are two laws."""
    text = ("Gelet op artikel 14, eerste lid, van de Wet op het VVB en het pontwezen;\n\n"
            "Gelet op artikel 3 van de Wet op het VVB en de artikelen 4 en 5 van de Havenwet;")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel")
    assert [f[1] for f in found if f[2] == "14"] == ["Wet op het VVB en het pontwezen"]
    assert [f[1] for f in found if f[2] == "3"] == ["Wet op het VVB"]
    assert [f[1] for f in found if f[2] == "4"] == ["Havenwet"]


def test_a_definition_named_by_a_term_with_an_abbreviation(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 5 wordt in de definitie van VVB-bijdrage na «Havenwet» ingevoegd: …": a term that joins an abbreviation
    to a word names the definition, which the article under change holds."""
    text = "A\n\nIn artikel 5 wordt in de definitie van VVB-bijdrage na «Havenwet» ingevoegd: , zoals die luidde op 1 januari 2020."
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel")
    assert ("de definitie van VVB-bijdrage", "Veerwet", "5") in found
