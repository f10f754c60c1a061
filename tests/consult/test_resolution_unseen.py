"""Forms that advices and consultation responses write and that the real set's fresh2 part
(d61-d75) showed: each a general rule, tested on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

from .resolving import resolved

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture(scope="module")
def awb():
    """ARTIKEL I amends the Awb (one article named, in draft dot numbering), II the Gemeentewet."""
    return load_bill(FIXTURES / "awb-en-gemeentewet.yaml")


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid, item, division) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "lid", "item", "division")


def test_an_article_the_bill_does_not_change_is_of_the_law_whose_numbering_it_has(awb):
    found = targets("De artt. 8:1-8:3 en artikel 5:21 blijven ongewijzigd.", awb)
    assert {(t[1], t[2], t[3]) for t in found} == {
        ("law", "Algemene wet bestuursrecht", n) for n in ("8:1", "8:2", "8:3", "5:21")
    }
    # a plain number fits only the Gemeentewet (the Awb numbers with colons)
    assert targets("Artikel 12 is onduidelijk.", awb)[0][1:4] == ("law", "Gemeentewet", "12")


def test_a_number_in_no_amended_laws_style_stays_unknown(one_law):
    # the Huisvestingswet 2014 numbers plainly: a colon number is of some other law
    found = targets("Dat volgt uit artikel 4:8.", one_law)
    assert found[0][1:3] == ("other_law", "")


def test_another_laws_article_is_the_subject_of_its_own_sentence_only(one_law):
    text = ("3. Alternatieve huisvesting (art. 28a)\nIn het tweede lid, onder c, wordt verwezen naar "
            "woonruimte als bedoeld in artikel 5.1, eerste lid, onder a, van de Omgevingswet. Het "
            "derde lid vraagt een jaarlijks overzicht. Wij stellen voor dit artikel aan te vullen met "
            "een vijfde lid.")  # fmt: skip
    found = targets(text, one_law)
    assert found[2][1:4] == ("other_law", "Omgevingswet", "5.1")
    assert [t[1:5] for t in found[3:]] == [
        ("law", "Huisvestingswet 2014", "28a", "3"),
        ("law", "Huisvestingswet 2014", "28a", ""),
        ("law", "Huisvestingswet 2014", "28a", "5"),
    ]
    # in the same sentence the other law's article carries
    same = targets("Artikel 28a verwijst naar artikel 5.1 van de Omgevingswet, in het bijzonder "
                   "het derde lid.", one_law)  # fmt: skip
    assert same[-1][1:5] == ("other_law", "Omgevingswet", "5.1", "3")


def test_a_lid_named_with_its_state_spans_it_from_a_word_boundary(one_law):
    found = targets("Artikel 28a is te ruim. Het voorgestelde vijfde lid moet kort zijn.", one_law)
    assert found[1][:5] == ("Het voorgestelde vijfde lid", "law", "Huisvestingswet 2014", "28a", "5")


def test_a_range_of_items_with_the_word_repeated_and_its_lid_after_in(one_law):
    text = ("Artikel 28a is onvolkomen. Het gestelde sub a tot en met sub c in het eerste lid van "
            "genoemd artikel veronderstelt een 'dat'.")  # fmt: skip
    found = targets(text, one_law)
    assert [t[3:6] for t in found[1:]] == [("28a", "1", "a"), ("28a", "1", "b"), ("28a", "1", "c")]
    # a list keeps one reference per item written with its own word
    assert len(targets("Artikel 28a, onder a en onder c, is onduidelijk.", one_law)) == 2


def test_repealed_laws_and_the_statuut_by_their_short_names(one_law):
    found = targets("Anders dan in artikel 2, tweede lid, onder a, van de Wet Arob; zie artikel 12, "
                    "tweede lid, van het Statuut en artikel 3 van de statuten.", one_law)  # fmt: skip
    assert [t[1:5] for t in found] == [
        ("other_law", "Wet administratieve rechtspraak overheidsbeschikkingen", "2", "2"),
        ("other_law", "Statuut voor het Koninkrijk der Nederlanden", "12", "2"),
    ]  # "artikel 3 van de statuten": of a document that is no law, not reported


def test_a_division_of_the_bill_itself_named_with_it_or_bare():
    bill = load_bill(FIXTURES / "invoeringswet-hoofdstukken.yaml")
    found = targets("De Raad maakt opmerkingen over de hoofdstukken II en III van het wetsvoorstel.",
                    bill)  # fmt: skip
    assert [(t[1], t[6]) for t in found] == [("bill", "hoofdstuk II"), ("bill", "hoofdstuk III")]
    points = explain_references("Hoofdstuk II Justitie\n\nDe termijn is te kort.", bill)
    assert [e for e, _, _ in points[0].assigned] == ["art_2.1"]
    # a hoofdstuk the bill does not have is not the bill's
    assert targets("Zie hoofdstuk IV van het wetsvoorstel.", bill)[0][1] == "unknown"


def test_a_numbered_heading_is_the_division_the_heading_below_names_with_that_number(awb):
    text = "8.1.1 Bevoegdheid (artt. 8:1-8:2)\nAfdeling 8.1.1 Bevoegdheid\n\nDe Raad adviseert."
    found = {t[0]: t for t in targets(text, awb)}
    assert found["8.1.1"][1:3] == ("law", "Algemene wet bestuursrecht")
    assert found["8.1.1"][6] == found["Afdeling 8.1.1"][6] == "afdeling 8.1.1"
    # a document's own numbered heading names no division
    own = targets("2.1 Doel van het voorstel\n\nDe Raad adviseert.", awb)
    assert own == []


def test_the_unit_a_division_list_is_part_of_is_where_it_is_not_another_target(awb):
    found = targets("Zie de titels 4.1 en 4.3 van hoofdstuk 4 van de Algemene wet bestuursrecht.", awb)
    assert [(t[0], t[6]) for t in found] == [
        ("titels 4.1 en 4.3 van hoofdstuk 4 van de Algemene wet bestuursrecht", "titel 4.1"),
        ("titels 4.1 en 4.3 van hoofdstuk 4 van de Algemene wet bestuursrecht", "titel 4.3"),
    ]


def test_a_legal_databases_history_note_names_the_unit_the_page_shows(awb):
    # the README's definition: the note mentions the unit it stands under, so it is an anaphor
    # to that unit, also where the printed text cited another article before it
    text = ("Artikel 4:17\n\n1. Indien een beschikking niet tijdig wordt gegeven, verbeurt het "
            "bestuursorgaan een dwangsom.\n2. Artikel 4:3a is van overeenkomstige toepassing.\n\n"
            "Dit artikel is met ingang van 1 oktober 2009 ingevoegd bij wet van 28 augustus 2009 "
            "Stb. 383.\n\nDit artikel is te streng.")  # fmt: skip
    found = targets(text, awb)
    assert [t[0] for t in found] == ["Artikel 4:17", "Artikel 4:3a", "Dit artikel", "Dit artikel"]
    assert found[2][1:4] == ("law", "Algemene wet bestuursrecht", "4:17")
    text = "Titel 4.4 van de Awb\n\nDeze titel is met ingang van 1 juli 2009 ingevoegd bij wet van 25 juni 2009."
    assert targets(text, awb)[-1][6] == "titel 4.4"


def test_the_other_number_of_an_article_in_brackets_is_of_the_same_law(awb):
    found = targets("Artikel 5:21 [5.2.1] omschrijft bestuursdwang; zie ook artikel 3.1 (oud 2.4).", awb)
    assert [t[:4] for t in found[:2]] == [
        ("Artikel 5:21", "law", "Algemene wet bestuursrecht", "5:21"),
        ("5.2.1", "law", "Algemene wet bestuursrecht", "5.2.1"),
    ]
    assert [t[0] for t in found[2:]] == ["artikel 3.1", "2.4"]


def test_a_division_heading_in_new_text_is_the_amended_laws(awb):
    text = ("De afdelingen 3.4 en 3.5 van de Algemene wet bestuursrecht worden vervangen door een "
            "afdeling, luidende:\n\nAFDELING 3.4 UNIFORME OPENBARE VOORBEREIDINGSPROCEDURE\n\n"
            "De Raad adviseert.")  # fmt: skip
    found = targets(text, awb)
    assert found[-1][:3] == ("AFDELING 3.4", "law", "Algemene wet bestuursrecht")
    assert found[-1][6] == "afdeling 3.4"


def test_divisions_listed_by_number_after_they_are_announced(awb):
    text = ("Na invoeging zal hoofdstuk 4 Awb de volgende titels kennen: 4.1 Beschikkingen (15 "
            "artikelen) 4.2 Subsidies (60 artikelen) 4.3 Beleidsregels. In 2004 volgen er meer.")  # fmt: skip
    found = targets(text, awb)
    assert [(t[0], t[2], t[6]) for t in found[1:]] == [
        ("4.1", "Algemene wet bestuursrecht", "titel 4.1"),
        ("4.2", "Algemene wet bestuursrecht", "titel 4.2"),
        ("4.3", "Algemene wet bestuursrecht", "titel 4.3"),
    ]
    # numbers in prose that no such words announce name nothing
    assert targets("In 2004 zijn 4.1 procent meer besluiten genomen.", awb) == []


def test_a_bare_arabic_hoofdstuk_is_not_taken_for_the_bills_own(tmp_path):
    # in an MvT "hoofdstuk 2" is as often its own chapter: only "van het wetsvoorstel" says
    source = (FIXTURES / "invoeringswet-hoofdstukken.yaml").read_text(encoding="utf-8")
    arabic = tmp_path / "arabisch.yaml"
    arabic.write_text(source.replace('hoofdstuk: "II"', 'hoofdstuk: "2"'), encoding="utf-8")
    bill = load_bill(arabic)
    assert targets("Zoals in hoofdstuk 2 is uiteengezet.", bill)[0][1] == "unknown"
    assert targets("Zie hoofdstuk 2 van het wetsvoorstel.", bill)[0][1:] == (
        "bill", "", "", "", "", "hoofdstuk 2"
    )


# --- what parliamentary prose writes (the fresh3 part of the real set, d76-d90) ---------------


@pytest.fixture(scope="module")
def bw_bill():
    """An Invoeringswet of a BW titel: ARTIKEL I amends wetsvoorstel 30 123 (onderdelen A, H)."""
    return load_bill(FIXTURES / "invoeringswet-bw-titel.yaml")


def test_another_bill_named_by_its_kamerstuk_number_is_a_law_of_its_own(bw_bill):
    text = ("Dat tijdstip bepalen artikel II van wetsvoorstel 30 123 en artikel XII van het "
            "wetsvoorstel 31 456, niet artikel II van dit wetsvoorstel.")  # fmt: skip
    found = targets(text, bw_bill)
    # the bill that ARTIKEL I amends is matched by its number, whatever the skeleton calls it
    assert found[0][1:4] == ("law", "Wetsvoorstel 30 123 (vaststelling titel 7.4 BW)", "II")
    assert found[1][1:4] == ("other_law", "Wetsvoorstel 31 456", "XII")
    assert found[2][1:4] == ("bill", "", "II")


def test_a_lower_case_letter_after_an_amending_article_is_its_onderdeel(bw_bill):
    found = explain_references("zoals in artikel I onder h is gewijzigd", bw_bill)
    target = found[0].references[0].target
    assert (target.scope, target.artikel, target.onderdeel) == ("bill", "I", "H")
    # a letter the amending article does not have stays what it was
    found = explain_references("zoals in artikel I onder c is gewijzigd", bw_bill)
    assert found[0].references[0].target.onderdeel != "C"


def test_book_dotted_divisions_of_a_bw_bill_are_of_their_book(bw_bill):
    text = ("De Uitvoeringswet huurprijzen woonruimte en titel 7.4 treden tegelijk in werking; het "
            "voorstel betreft de afdelingen 7.4.1 tot en met 7.4.3 en titel 4 van Boek 7 (Huur) van "
            "het nieuwe Burgerlijk Wetboek. Titel 4.1 van de Awb blijft gelden.")  # fmt: skip
    found = [(t[1], t[2], t[6]) for t in targets(text, bw_bill)]
    book7 = "Burgerlijk Wetboek Boek 7"
    assert found == [
        ("other_law", book7, "titel 4"),  # not a titel 7.4 of the Uitvoeringswet named before it
        *((("other_law", book7, f"afdeling 4.{n}")) for n in (1, 2, 3)),
        ("other_law", book7, "titel 4"),
        ("other_law", "Algemene wet bestuursrecht", "titel 4.1"),  # the Awb's own dotted titel
    ]


def test_letters_apart_from_their_number_and_page_numbers_in_a_table_of_contents(one_law):
    found = targets("Artikel 137 c tot met f in het Wetboek van Strafrecht.", one_law)
    assert [t[3] for t in found] == ["137c", "137d", "137e", "137f"]
    text = "ARTIKELSGEWIJS7\nArtikel I. Wijziging Huisvestingswet8\nOnderdeel B8\nOnderdelen A en D8\n\nDe leden vragen."
    found = explain_references(text, one_law)
    letters = [r.target.onderdeel for p in found for r in p.references if r.target.onderdeel]
    assert letters == ["B", "A", "D"]


def test_near_misses_of_parliamentary_prose(one_law):
    # a page number below a caption that ends in "leden"; an explanation that is no MvT; an
    # anaphor of articles named without a number; a directive's articles
    cases = {"Artikel 2.1 Toelating leden\n17\n": ["Artikel 2.1"],
             "Zij hechten waarde aan een uitgebreide toelichting.": [],
             "Het voorstel wijzigt bepaalde artikelen in andere wetten. Van deze artikelen vervalt "
             "een versie.": [],
             "Zie de artikelen 4, eerste lid, en 9 van de richtlijn.": []}  # fmt: skip
    for text, expected in cases.items():
        assert [t[0] for t in targets(text, one_law)] == expected, text
    assert targets("De leden 2 en 3 van artikel 12 blijven.", one_law)[0][4] == "2"


def test_the_article_part_of_the_mvt(one_law):
    text = "Het voorstel bevat wijzigingen die in het artikelsgewijze gedeelte nader worden toegelicht."
    assert [t[:2] for t in targets(text, one_law)] == [("het artikelsgewijze gedeelte", "mvt")]
    # that of another document, or the document's own, is none
    assert targets("Wij komen daarop terug in het artikelsgewijze deel van dit verslag.", one_law) == []


# what the fourth unseen part (d91-d99k) showed


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Gelet op artikel 157 van het Reglement van Orde zend ik u hiermee namens de commissie een "
         "voorstel.", "Reglement van Orde van de Tweede Kamer der Staten-Generaal"),  # houserules.py (round 17)
        ("Artikel 2 van het Verdrag inzake burgerrechten noemt de staten die zijn toegetreden.",
         "Verdrag inzake burgerrechten"),
        ("Op grond van artikel 4 van de Regeling subsidies wonen geeft de minister een beschikking.",
         "Regeling subsidies wonen"),
        ("Artikel 3 van de Wet rechtstoestand dienstplichtigen sturen wij u ter kennisname.",
         "Wet rechtstoestand dienstplichtigen"),
        # a word that takes an article in a title is no verb
        ("Artikel 3 van de Wet houdende regels omtrent de ruimtelijke ordening is oud.",
         "Wet houdende regels omtrent de ruimtelijke ordening"),
    ],
)
def test_a_law_name_by_shape_stops_at_the_verb_it_runs_into(one_law, text, law):
    found = targets(text, one_law)
    assert found[0][1:3] == ("other_law", law)


def test_the_reglement_van_orde_is_the_kamers_own_where_the_bill_amends_it():
    # a bill that amends the Reglement van Orde van de Eerste Kamer (a skeleton of the real set)
    bill = load_bill(Path(__file__).with_name("realrefs") / "bills" / "reglement-van-orde-eerste-kamer-2017.yaml")
    found = targets("Gelet op artikel 157 van het Reglement van Orde zend ik u dit voorstel.", bill)
    assert found[0][1:4] == ("law", "Reglement van Orde van de Eerste Kamer der Staten-Generaal", "157")


def test_de_onderhavige_wet_is_the_bill_as_a_whole(one_law):
    found = targets("De Raad vraagt of invoering van de onderhavige wet nodig is. Artikel 12 is goed.",
                    one_law)
    assert found[0][:3] == ("de onderhavige wet", "bill", "")
    assert found[1][1:4] == ("law", "Huisvestingswet 2014", "12")
    # "deze wet" in a comment stays unknown: it may be any law the sentence quotes
    assert targets("Op grond van deze wet mag dat niet.", one_law)[0][1] != "bill"


def test_a_bracketed_number_after_an_article_is_its_other_numbering_not_a_new_subject(awb):
    text = ("[Eindtekst] Artikel 3:4 [3.2.3]\nHet bestuursorgaan weegt de belangen af.\n\n"
            "Dit artikel is opgenomen om de afweging te regelen.")
    found = targets(text, awb)
    assert found[-1][0] == "Dit artikel"
    assert found[-1][1:4] == ("law", "Algemene wet bestuursrecht", "3:4")


def test_paragraphs_of_this_chapter_take_the_chapters_number_where_the_law_numbers_so(awb):
    text = ("Artikel 3:1 verklaart de paragrafen 2 tot en met 4 van dit hoofdstuk van toepassing.")
    found = [t for t in targets(text, awb) if t[6]]
    assert [(t[1], t[2], t[6]) for t in found] == [
        ("law", "Algemene wet bestuursrecht", f"paragraaf 3.{n}") for n in (2, 3, 4)
    ]


def test_paragraphs_of_this_chapter_stay_as_written_in_a_law_numbered_plainly(one_law):
    found = [t for t in targets("Artikel 12 verklaart paragraaf 2 van dit hoofdstuk van toepassing.",
                                one_law) if t[6]]  # fmt: skip
    assert [t[6] for t in found] == ["paragraaf 2"]


def test_the_mvt_abbreviated_in_brackets_after_its_name_is_one_mention(one_law):
    found = targets("Het is niet duidelijk waaruit de in de Memorie van Toelichting (MvT) geopperde "
                    "gelijkstelling volgt.", one_law)  # fmt: skip
    assert [t[:2] for t in found] == [("Memorie van Toelichting", "mvt")]


def test_the_toelichting_of_a_nota_van_wijziging_is_not_the_mvt(one_law):
    text = ("Bij brief is aanhangig gemaakt de nota van wijziging op het voorstel van wet houdende "
            "de vaststelling van de begroting, met toelichting. Het voorstel strekt tot vaststelling.")
    assert [t for t in targets(text, one_law) if t[1] == "mvt"] == []
    text = "Bij brief is aanhangig gemaakt het voorstel van wet, met memorie van toelichting."
    assert [t[1] for t in targets(text, one_law)] == ["mvt"]
