"""References resolved in the context of the text around them, in a bill that amends two laws."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

from .resolving import resolved

BILL = Path(__file__).with_name("fixtures") / "verzamelwet-wonen.yaml"


@pytest.fixture(scope="module")
def two_laws():
    """A bill whose ARTIKEL I amends the Huisvestingswet 2014 and ARTIKEL II the Woningwet."""
    return load_bill(BILL)


def landed(text: str, bill) -> list[list[str]]:
    """Return, per point, the eIds it was assigned to."""
    return [[e for e, _, _ in p.assigned] for p in explain_references(text, bill)]


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, item) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid", "item")


def test_a_heading_names_the_onderdeel_and_a_lid_below_is_in_its_article(two_laws):
    text = "Artikel I, onderdeel B\n\nIn het derde lid wordt te veel bij gemeenten neergelegd."
    assert landed(text, two_laws) == [["art_I__point_B"]]
    assert targets(text, two_laws)[1] == ("het derde lid", "law", "Huisvestingswet 2014", "28a",
                                          "", "3", "")  # fmt: skip


def test_a_heading_with_the_amended_law_then_bare_letters_are_its_onderdelen(two_laws):
    text = ("ARTIKEL II (Woningwet)\n\nA (artikel 5)\n\nHet eerste lid is te ruim.\n\nB\n\n"
            "In artikel 19, tweede lid, ontbreekt een termijn.")  # fmt: skip
    # the heading names the article too, as "Artikel II regelt …" would
    assert landed(text, two_laws) == [["art_II", "art_II__point_A"], ["art_II__point_B"]]
    found = targets(text, two_laws)
    assert found[0][:4] == ("ARTIKEL II (Woningwet)", "bill", "", "II")
    assert ("Het eerste lid", "law", "Woningwet", "5", "", "1", "") in found


def test_an_article_of_the_second_law_goes_to_the_onderdelen_that_change_it(two_laws):
    assert landed("Wij hebben bezwaar tegen artikel 5 van de Woningwet.", two_laws) == [
        ["art_II__point_A"]
    ]
    assert landed("Artikel 21 Woningwet is onduidelijk.", two_laws) == [["art_II__point_C"]]
    assert landed("Artikel 5 is onduidelijk.", two_laws) == [["art_II__point_A"]]
    untouched = targets("Artikel 12 van de Woningwet is goed.", two_laws)
    assert untouched == [("Artikel 12 van de Woningwet", "law", "Woningwet", "12", "", "", "")]
    assert landed("Artikel 12 van de Woningwet is goed.", two_laws) == [[]]


def test_a_point_split_over_paragraphs_keeps_its_article(two_laws):
    text = "Over artikel 28a het volgende.\n\nHet derde lid legt te veel bij gemeenten neer."
    assert landed(text, two_laws) == [["art_I__point_B"], ["art_I__point_B"]]


def test_anaphors_name_what_came_before(two_laws):
    text = (
        "Artikel 12, vijfde lid, is te streng. Die bepaling moet weg, en ook artikel 19 Woningwet."
    )
    found = targets(text, two_laws)
    assert found[1] == ("Die bepaling", "law", "Huisvestingswet 2014", "12", "", "5", "")
    assert targets("Dit artikel is onduidelijk.", two_laws) == [
        ("Dit artikel", "unknown", "", "", "", "", "")
    ]
    assert landed("Dit artikel is onduidelijk.", two_laws) == [[]]


def test_new_text_of_the_amended_law_reads_deze_wet_and_leden_in_that_law(two_laws):
    text = ("ARTIKEL II\n\nA\n\nIn artikel 5 vervalt «van deze wet».\n\n"
            "B\n\nAan artikel 19 wordt een lid toegevoegd, luidende:\n\n"
            "4. In afwijking van het tweede lid geldt dit artikel niet.")  # fmt: skip
    found = targets(text, two_laws)
    assert ("deze wet", "law", "Woningwet", "", "", "", "") in found
    assert ("het tweede lid", "law", "Woningwet", "19", "", "2", "") in found
    assert ("dit artikel", "law", "Woningwet", "19", "", "", "") in found


def test_the_bills_own_article_and_its_leden(two_laws):
    text = "Artikel III regelt het overgangsrecht. Het tweede lid, onderdeel b, is te ruim."
    assert landed(text, two_laws) == [["art_III", "art_III__para_2__point_b"]]


def test_other_laws_and_the_mvt_are_recorded_but_are_not_the_bill(two_laws):
    found = targets("Artikel 1 van de Grondwet en p. 12 van de toelichting.", two_laws)
    assert found[0][:4] == ("Artikel 1 van de Grondwet", "other_law", "Grondwet", "1")
    assert found[1][1] == "mvt"


def test_a_shared_analyser_gives_what_a_fresh_one_gives(two_laws):
    # the analyser remembers results by point and context, and self-contained points apart from
    # what earlier points named: reading texts in any order must not change any result
    texts = [
        "Artikel I, onderdeel B\n\nIn het derde lid wordt te veel bij gemeenten neergelegd.",
        "Over artikel 28a het volgende.\n\nHet derde lid legt te veel bij gemeenten neer.",
        "Artikel 5 van de Woningwet is onduidelijk.\n\nHet eerste lid vooral.",
        "Het eerste lid vooral.",
        "Artikel 12, vijfde lid, is te streng.\n\nArtikel 19 Woningwet ook.\n\nDie bepaling moet weg.",
        "Artikel 19 Woningwet ook.\n\nDie bepaling moet weg.",
        "ARTIKEL II\n\nA\n\nIn artikel 5 vervalt «van deze wet».",
        "Wij steunen het voorstel.\n\nArtikel 19 Woningwet ook.\n\nHet tweede lid is te streng.",
    ]
    fresh = {t: _summary(Analyser(two_laws), t) for t in texts}
    shared = Analyser(two_laws)
    order = texts * 3
    random.Random(7).shuffle(order)
    for text in order:
        assert _summary(shared, text) == fresh[text]


def _summary(analyser: Analyser, text: str) -> list:
    return [
        ([(r.ref.raw, r.status, r.place, r.nodes) for r in result.resolutions],
         [a.node for a in result.assignments])
        for _, result in analyser.analyse_text(text)
    ]  # fmt: skip


def test_the_instruction_forms_of_real_bills_reach_the_resolver(two_laws):
    # onderdeel C changes two places ("de artikelen 21, eerste lid, en 22"); onderdelen B and D
    # both change artikel 19: B its second lid, D (a group of numbered changes) its fourth
    assert landed("Artikel 22 Woningwet is onduidelijk.", two_laws) == [["art_II__point_C"]]
    assert landed("Artikel 21 Woningwet ook.", two_laws) == [["art_II__point_C"]]
    assert landed("Artikel 19, vierde lid, van de Woningwet.", two_laws) == [["art_II__point_D"]]
    assert landed("Artikel 19, tweede lid, van de Woningwet.", two_laws) == [["art_II__point_B"]]
    assert landed("Artikel 19 van de Woningwet.", two_laws) == [
        ["art_II__point_B", "art_II__point_D"]
    ]


def test_a_bill_pasted_with_single_line_breaks_keeps_its_headings(two_laws):
    # lines that head a unit start a point even without a blank line; wrapped prose does not
    text = ("ARTIKEL II\nDe Woningwet wordt als volgt gewijzigd:\nA\nIn artikel 5, eerste lid, "
            "wordt «x» vervangen door «y».B\nIn artikel 19, tweede lid, wordt «p» vervangen door «q».")  # fmt: skip
    found = targets(text, two_laws)
    assert ("A", "bill", "", "II", "A", "", "") in found
    assert ("B", "bill", "", "II", "B", "", "") in found  # run into the sentence before it
    assert landed("Wij vinden dat\nArtikel 19 te ver gaat en\nwillen dat anders.", two_laws) == [
        ["art_II__point_B", "art_II__point_D"]
    ]


def test_onderdelen_numbered_at_the_start_of_a_paragraph(two_laws):
    text = ("ARTIKEL II\n\nIn de Woningwet worden de volgende wijzigingen aangebracht.\n\n"
            "A.1. In artikel 5, eerste lid, wordt «x» vervangen door «y».\n\n"
            "B. In artikel 19, tweede lid, wordt «p» vervangen door «q».")  # fmt: skip
    assert landed(text, two_laws)[1:] == [["art_II__point_A"], ["art_II__point_B"]]


def test_the_law_a_sentence_opens_with_names_its_articles(two_laws):
    text = "In de Woningwet vervallen de artikelen 5 en 19."
    assert [t[2] for t in targets(text, two_laws)] == ["Woningwet", "Woningwet"]


def test_a_unit_takes_the_law_of_the_unit_it_is_part_of_and_deze_titel_names_it(two_laws):
    text = ("De bundeling in titel 9.5 (overige bepalingen) van hoofdstuk 9 van de Wet milieubeheer "
            "is nodig. Met deze titel wordt ook artikel 9.5.1 gewijzigd.")  # fmt: skip
    found = [(p.text, p.target.law, p.target.division) for point in explain_references(text, two_laws)
             for p in point.references]  # fmt: skip
    # the hoofdstuk after the titel's caption is where the titel is (round 32), as in "titel 3 van
    # hoofdstuk 6": one unit, of the law named after them
    assert found[:2] == [
        ("titel 9.5 (overige bepalingen) van hoofdstuk 9 van de Wet milieubeheer", "Wet milieubeheer", "titel 9.5"),
        ("deze titel", "Wet milieubeheer", "titel 9.5"),
    ]


def test_genoemd_artikel_is_the_article_named_before(two_laws):
    text = "Nadat artikel 10.1 van de Wet inkomstenbelasting 2001 is toegepast, vindt genoemd artikel 10.1 opnieuw toepassing."
    assert [t[1:4] for t in targets(text, two_laws)] == [
        ("other_law", "Wet inkomstenbelasting 2001", "10.1"),
        ("other_law", "Wet inkomstenbelasting 2001", "10.1"),
    ]


def test_an_article_an_instruction_inserts_is_the_article_of_the_leden_below_it(two_laws):
    text = ("ARTIKEL II\n\nA\n\nNa artikel 19 wordt een artikel ingevoegd, luidende:\n\n"
            "Artikel 19a\n\n1. Dit is het eerste lid.\n\n2. In afwijking van het eerste lid geldt dit.")  # fmt: skip
    assert ("het eerste lid", "law", "Woningwet", "19a", "", "1", "") in targets(text, two_laws)


def test_a_sentence_named_alone_is_in_the_provision_under_discussion(two_laws):
    text = "Artikel 19, tweede lid, van de Woningwet is onduidelijk. De eerste volzin moet anders."
    assert targets(text, two_laws)[1] == ("De eerste volzin", "law", "Woningwet", "19", "", "2", "")
    assert landed(text, two_laws) == [["art_II__point_B"]]
    assert targets("De tweede zin is onduidelijk.", two_laws) == [
        ("De tweede zin", "unknown", "", "", "", "", "")
    ]


def test_a_sentence_in_new_text_is_in_the_provision_the_text_inserts(two_laws):
    # a transcription ran the new lid into its instruction: it runs to the end of the paragraph,
    # and what it cites ("artikel 5, eerste lid") does not become the provision under discussion
    text = ("ARTIKEL II\n\nB\n\nArtikel 19, tweede lid, komt te luiden: 2. Dit geldt niet in het "
            "geval, bedoeld in artikel 5, eerste lid. Een besluit als bedoeld in de eerste volzin "
            "wordt bekendgemaakt.")  # fmt: skip
    assert ("de eerste volzin", "law", "Woningwet", "19", "", "2", "") in targets(text, two_laws)


def test_a_sentence_of_the_bills_own_article_below_its_heading(two_laws):
    text = ("ARTIKEL III\n\nNa toepassing van artikel 12, vijfde lid, van de Huisvestingswet 2014 "
            "wordt het plan herzien. De eerste zin geldt ook voor artikel 28a.")  # fmt: skip
    assert ("De eerste zin", "bill", "", "III", "", "", "") in targets(text, two_laws)


def test_the_previous_leden_are_the_article_a_lid_is_added_to(two_laws):
    text = ("ARTIKEL II\n\nB\n\nAan artikel 19 wordt een lid toegevoegd, luidende:\n\n"
            "5. De in de vorige leden bedoelde termijn is zes weken.")  # fmt: skip
    assert ("de vorige leden", "law", "Woningwet", "19", "", "", "") in targets(text, two_laws)


def test_an_onderdeel_letter_run_in_after_a_page_number_or_an_instruction(two_laws):
    # a PDF transcription: "ARTIKEL I … gewijzigd: A Artikel …", then a page number before "B"
    text = ("Zo is het dat Wij goedvinden: ARTIKEL II De Woningwet wordt als volgt gewijzigd: A "
            "Artikel 5, eerste lid, komt te luiden: 1. Een woningcorporatie is een instelling. 7\n\n"
            "8 B Artikel 19 wordt als volgt gewijzigd: 1. Het tweede lid vervalt.")  # fmt: skip
    found = targets(text, two_laws)
    assert ("A", "bill", "", "II", "A", "", "") in found
    assert ("B", "bill", "", "II", "B", "", "") in found
    assert ("Het tweede lid", "law", "Woningwet", "19", "", "2", "") in found


def test_a_step_of_an_onderdeel_that_an_amendement_inserts(two_laws):
    # an amendement with single line breaks: Roman items, and the step "B.2." it adds
    text = ("De ondergetekende stelt het volgende amendement voor:\nI\nIn artikel II, onderdeel "
            "A, wordt «x» vervangen door: y.\nIII\nIn artikel II wordt na onderdeel A een "
            "onderdeel toegevoegd, luidende:\nB.2. In het tweede lid wordt «p» vervangen door: q.")  # fmt: skip
    found = targets(text, two_laws)
    assert ("B", "bill", "", "II", "B", "", "") in found
    assert ("het tweede lid", "law", "Woningwet", "19", "", "2", "") in found


def test_the_bills_own_initials_name_it(two_laws):
    from wetgen.consult.analyse.numbering import law_names

    assert "Wfz" in law_names("Wet forensische zorg")
    assert "Wtp" in law_names("Wet toekomst pensioenen")
    assert not any(n[0].isupper() for n in law_names("Wet eigen toezicht"))  # "Wet" is a word


def test_a_unit_of_a_bill_onderdeels_subonderdeel_is_in_the_bill(two_laws):
    # a nota van wijziging: "onderdeel b" is a unit of the bill's onderdeel A, onder 1, not
    # onderdeel b of the article of the Woningwet that onderdeel A changes
    text = ("In artikel II, onderdeel A, onder 1, wordt onder verlettering van onderdeel b tot c "
            "een onderdeel ingevoegd, luidende:")  # fmt: skip
    assert targets(text, two_laws)[1] == ("onderdeel b", "bill", "", "II", "A", "", "")


def test_a_table_of_bare_article_numbers_below_its_column_heading(two_laws):
    text = ("Het betreft de volgende artikelen.\n\nArtikel-nummers Onderwerp\n19 Woningwet\n\n5\n\n"
            "Termijnen\n\n21 Taken van de minister 22 Toezicht (amendement 36067 – 61) 28a Plan")  # fmt: skip
    found = {t[0]: t[1:4] for t in targets(text, two_laws)}
    assert found == {
        "19 Woningwet": ("law", "Woningwet", "19"),
        "5": ("law", "Woningwet", "5"),
        "21": ("law", "Woningwet", "21"),
        "22": ("law", "Woningwet", "22"),
        "28a": ("law", "Huisvestingswet 2014", "28a"),
    }
    # without the column heading a bare number is no reference, and "Artikel 18" is not one
    assert targets("Termijnen\n\n21 Taken van de minister 22 Toezicht", two_laws) == []
    assert [t[0] for t in targets("Artikel 19 Woningwet\n\n5 Termijnen", two_laws)] == [
        "Artikel 19 Woningwet"
    ]


def test_onder_and_a_letter_is_an_onderdeel_and_onder_andere_is_not(two_laws):
    text = "Artikel 19, tweede lid, van de Woningwet. De gevallen, bedoeld onder c, onder andere."
    assert targets(text, two_laws)[1] == ("onder c", "law", "Woningwet", "19", "", "2", "c")


def test_an_article_of_another_document_is_never_the_bills_or_the_amended_laws(two_laws):
    # below a heading that sets the Huisvestingswet 2014 as the law of bare numbers
    text = ("Artikel I, onderdeel B\n\nDe Afdeling wijst op artikel 16 van de richtlijn, artikel 5 "
            "van het Verdrag, artikel 12 van het Reglement van orde en artikel 3 van Richtlijn "
            "2011/95/EU. Artikel 8, tweede lid, EVRM en artikel 1 van de Grondwet.")  # fmt: skip
    found = targets(text, two_laws)[1:]
    # the articles of a document named by its kind only ("van de richtlijn", "van het
    # Verdrag") or of an EU act ("Richtlijn 2011/95/EU") are no reference a point can be about:
    # not reported at all
    assert [t[1:4] for t in found] == [
        # "het Reglement van orde" without its Kamer: the Tweede Kamer's (houserules.py, round 17)
        ("other_law", "Reglement van Orde van de Tweede Kamer der Staten-Generaal", "12"),
        (
            "other_law",
            "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden",
            "8",
        ),
        ("other_law", "Grondwet", "1"),
    ]
    assert landed(text, two_laws) == [["art_I__point_B"]]


def test_deze_artikelen_are_every_article_of_a_list_written_with_article_words(two_laws):
    text = ("Wij verzoeken u artikel 12, vijfde lid, artikel 28a en artikel 5 aan te passen. "
            "Deze artikelen leggen te veel bij gemeenten neer.")  # fmt: skip
    found = [t[1:4] for t in targets(text, two_laws) if t[0] == "Deze artikelen"]
    assert found == [("law", "Huisvestingswet 2014", "12"), ("law", "Huisvestingswet 2014", "28a"),
                     ("law", "Woningwet", "5")]  # fmt: skip


def test_deze_artikelen_named_by_the_list_in_brackets_after_them(two_laws):
    text = ("Eerder noemden wij artikel 19 Woningwet. De Raad heeft het advies over deze artikelen "
            "vastgesteld (Advies inzake de artikelen 12 en 28a van de Huisvestingswet 2014).")  # fmt: skip
    found = [t[1:4] for t in targets(text, two_laws) if t[0] == "deze artikelen"]
    assert found == [("law", "Huisvestingswet 2014", "12"), ("law", "Huisvestingswet 2014", "28a")]


def test_a_ground_named_by_its_letter_in_the_law_under_discussion(two_laws):
    text = "Artikel 7:669, zesde lid, BW staat toe dat voor de a-grond wordt afgeweken."
    assert targets(text, two_laws)[1] == ("de a-grond", "other_law", "Burgerlijk Wetboek Boek 7",
                                          "669", "", "3", "a")  # fmt: skip
    # where the law under discussion names no grounds by letter, the text does not tell
    assert targets("Voor de h-grond geldt dit niet.", two_laws) == [
        ("de h-grond", "unknown", "", "", "", "", "")
    ]


def test_a_bare_division_in_prose_is_not_taken_for_the_one_amended_law():
    # a verslag or an advice: "paragraaf 5.1" is as often the MvT's or its own
    one_law = load_bill(Path(__file__).parents[2] / "drafts" / "huisvesting-vergunninghouders"
                        / "01-consultatieversie.yaml")  # fmt: skip
    found = targets("Zoals in paragraaf 5.1 is uiteengezet, geldt hoofdstuk 3 van de Huisvestingswet "
                    "2014.", one_law)  # fmt: skip
    assert [t[:2] for t in found] == [("paragraaf 5.1", "unknown"),
                                      ("hoofdstuk 3 van de Huisvestingswet 2014", "law")]  # fmt: skip
