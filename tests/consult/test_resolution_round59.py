"""Round 59: forms of real texts met in the parts fresh221-fresh223 (zzzzzzzzo-zzzzzzzzq), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import resolved, veerwet_bill


def test_the_aanhef_named_as_the_place_of_an_insertion_or_a_replacement(tmp_path) -> None:  # noqa: ANN001
    """"1. Na de aanhef wordt een nieuw onderdeel ingevoegd" and "In het eerste lid wordt de dubbele punt aan het slot van
    de aanhef vervangen door …" name the aanhef of the provision the step changes, so that provision."""
    text = ("A\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. Na de aanhef wordt een nieuw onderdeel ingevoegd, luidende:\n\n"
            "a. veer: een pont;.\n\n2. In het tweede lid wordt de dubbele punt aan het slot van de aanhef vervangen door een punt.")  # fmt: skip
    found = [f for f in resolved(text, veerwet_bill(tmp_path), "law", "artikel", "lid") if f[0] == "de aanhef"]
    assert found == [("de aanhef", "Veerwet", "5", ""), ("de aanhef", "Veerwet", "5", "2")]


def test_bare_article_numbers_in_words_an_instruction_inserts_after_luidende(tmp_path) -> None:  # noqa: ANN001
    """"In artikel 5, vierde lid, wordt na »10.61, eerste lid,» een zinsnede ingevoegd, luidende: 11.1, eerste lid, 11.3,
    eerste lid,.": the numbers with their leden are articles of the law the step changes, in the quoted words (a copy's
    "»…»") and in the new ones, not leden of artikel 5."""
    text = ("A\n\nIn artikel 5, vierde lid, wordt na »10.61, eerste lid,» een zinsnede ingevoegd, luidende: 11.1, eerste lid, "
            "11.3, tweede lid,.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
    assert ("10.61, eerste lid", "10.61", "1") in found
    assert {f[1:] for f in found if f[0].startswith("11.1")} == {("11.1", "1"), ("11.3", "2")}
    assert not [f for f in found if f[1] == "5" and f[2] in ("1", "2")]


def test_a_list_of_articles_read_with_a_sign_of_its_bijlage_keeps_its_law(tmp_path) -> None:  # noqa: ANN001
    """"de artikelen 19, 20, aanhef en onder a, en 62 juncto bord A1 van bijlage 1, van het Reglement veerverkeer 1990":
    the law named after the sign of the bijlage is that of the whole list."""
    text = ("B\n\nIn artikel 5 wordt na onderdeel k een onderdeel ingevoegd, luidende:\n\nl. de overtreding van de artikelen 19, "
            "20, aanhef en onder a, en 62 juncto bord A1 of A3 van bijlage 1, van het Reglement veerverkeer 1990;.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "scope", "law", "artikel")
    assert {(f[1], f[2], f[3]) for f in found if f[3] in ("19", "20", "62")} == {
        ("other_law", "Reglement veerverkeer 1990", n) for n in ("19", "20", "62")}


def test_the_algemeen_militair_ambtenarenreglement_is_a_law_of_the_list(tmp_path) -> None:  # noqa: ANN001
    """Round 60, from fresh224-fresh226: "artikel 90, tweede en derde lid van het Algemeen militair ambtenarenreglement"
    names the AMAR, a reglement whose title opens with "Algemeen" and a word in lower case, as the ARAR is named."""
    text = "Gelet op artikel 90, tweede en derde lid van het Algemeen militair ambtenarenreglement;"
    found = resolved(text, veerwet_bill(tmp_path), "scope", "law", "lid")
    assert {f[1:] for f in found} == {("other_law", "Algemeen militair ambtenarenreglement", n) for n in "23"}
