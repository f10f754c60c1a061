"""Forms that the real set's fresh28 and fresh29 parts (zb01-zb13, zc01-zc07: consultation drafts,
advices, notas van toelichting and Staatsblad texts of OCW, VWS, housing, Financiën, Justitie,
Defensie and LNV) showed, each stated as a rule of such texts in general and tested on invented
sentences."""

from __future__ import annotations

from wetgen.consult.analyse.points import split_points

from .conftest import DRAFT
from .resolving import targets


def _bill():  # noqa: ANN202 - Bill
    from wetgen.loader import load_bill

    return load_bill(DRAFT)


# --- a text copied from a PDF: a blank line after every line, sentences run on across them ----


def test_a_paragraph_that_goes_on_in_lower_case_continues_the_sentence_before_it():
    text = ("De tekst is ontleend aan artikel 1, onderdeel n, van de Wet\n\nmarktordening gezondheidszorg, "
            "zoals die zal luiden.\n\nDe Leegstandwet bestaat uit drie artikelen: de\n\nartikelen 1, 15 en 16.\n")  # fmt: skip
    assert split_points(text) == [
        "De tekst is ontleend aan artikel 1, onderdeel n, van de Wet marktordening gezondheidszorg, zoals die zal luiden.",
        "De Leegstandwet bestaat uit drie artikelen: de artikelen 1, 15 en 16.",
    ]
    found = targets("Wij wijzen op artikel 1, onderdeel n, van de Wet\n\nmarktordening gezondheidszorg.", _bill())
    assert found == [("artikel 1, onderdeel n, van de Wet marktordening gezondheidszorg", "other_law",
                      "Wet marktordening gezondheidszorg", "1", "", "")]  # fmt: skip


def test_headings_list_items_and_finished_sentences_stay_apart():
    text = ("Jeugdregio\n\nGemeenten werken samen.\n\nDe wet wordt als volgt gewijzigd:\n\na. in artikel 3 vervalt het "
            "tweede lid;\n\nb) het derde lid vervalt.\n\nEen en\n\n60 Kamerstukken I 2019/20, 34768, nr. A.\n")  # fmt: skip
    assert split_points(text) == [
        "Jeugdregio: Gemeenten werken samen.",  # a heading stays a heading
        "De wet wordt als volgt gewijzigd:",
        "a. in artikel 3 vervalt het tweede lid;",  # list items start in lower case: no run-on
        "b) het derde lid vervalt.",
        "Een en: 60 Kamerstukken I 2019/20, 34768, nr. A.",  # a footnote in between: left as it was
    ]


# --- a law's name in title case that no list holds: "de Algemene Wet Bijzondere Ziektekosten" --


def test_a_general_law_written_in_title_case_is_a_law_by_its_shape():
    text = ("Gelet op de artikelen 3.3 van de Wet maatschappelijke ondersteuning 2015, 6, vierde lid, en 77 van de "
            "Algemene Wet Bijzondere Ziektekosten en 29, derde lid, van de Mededingingswet;")  # fmt: skip
    found = targets(text, _bill())
    assert [(law, artikel, lid) for _, _, law, artikel, _, lid in found] == [
        ("Wet maatschappelijke ondersteuning 2015", "3.3", ""),
        ("Algemene Wet Bijzondere Ziektekosten", "6", "4"),
        ("Algemene Wet Bijzondere Ziektekosten", "77", ""),
        ("Mededingingswet", "29", "3"),
    ]


def test_a_word_hyphenated_at_a_line_end_is_one_word_again():
    found = targets("Wij vinden dat artikel 28a, twee-\nde lid, te ver gaat.", _bill())
    assert found == [("artikel 28a, tweede lid", "law", "Huisvestingswet 2014", "28a", "", "2")]
    # a suspended hyphen ("Flora- en faunawet") and a hyphen before a capital stay as written
    assert split_points("De Flora-\nen faunawet en de Noord-\nHollandse regels.") == [
        "De Flora- en faunawet en de Noord- Hollandse regels."
    ]


# --- "van Boek 7" with no code named: the Burgerlijk Wetboek's book (zd) -----------------------


def test_a_book_with_no_code_named_after_it_is_the_burgerlijk_wetboeks():
    found = targets("De artikelen 271 en 275 van Boek 7, zoals die luiden, zijn niet van toepassing.", _bill())
    assert [(scope, law, artikel) for _, scope, law, artikel, _, _ in found] == [
        ("other_law", "Burgerlijk Wetboek Boek 7", "271"), ("other_law", "Burgerlijk Wetboek Boek 7", "275")]
    # another code is named after its book, or abbreviated: never the Burgerlijk Wetboek
    for text in ("artikel 5 van Boek 1 van het Wetboek van Strafvordering", "artikel 5 van Boek 1 Rv"):
        assert all("Burgerlijk" not in law for _, _, law, *_ in targets(text, _bill())), text
