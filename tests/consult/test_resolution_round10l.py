"""Forms that the real set's fresh12 part (l01-l14: blogs, journal articles, commentary, a
guidance page and an evaluation report written by outsiders about a bill or its law) showed,
each a general rule, tested on invented sentences."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse import numberranges
from wetgen.consult.analyse.context import opens_new_text
from wetgen.consult.analyse.explain import explain_references
from wetgen.consult.analyse.refs import find_references
from wetgen.loader import load_bill

NEW_CODE = """wetsvoorstel:
  opschrift: Vaststelling van een nieuw Wetboek van Strafvordering
  citeertitel: Wetboek van Strafvordering
  versie: {label: Consultatieversie, datum: "2024-01-01", fase: consultatieversie}
  ministerie: Justitie en Veiligheid
  ondertekenaars: ["De Minister,"]
  considerans: [dat het wenselijk is een nieuw wetboek vast te stellen;]
  artikelen:
    - {nummer: "1.2.3", leden: ["Een.", "Twee."]}
    - {nummer: "4.1.1", tekst: "Een."}
"""


@pytest.fixture(scope="module")
def new_code(tmp_path_factory):
    """A bill that enacts a new code under the name of the code in force, numbered 1.2.3."""
    path = tmp_path_factory.mktemp("sv") / "wet.yaml"
    path.write_text(NEW_CODE, encoding="utf-8")
    return load_bill(path)


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid, division or MvT place) of every reference."""
    return [(r.text, r.target.scope, r.target.law, r.target.artikel, r.target.lid,
             r.target.division or r.target.detail) for p in explain_references(text, bill)
            for r in p.references]  # fmt: skip


def test_a_range_of_another_codes_articles_is_read_completely(one_law):
    found = targets("Huurrecht staat in de artikelen 7:201-7:310 BW en de artikelen 7:246 tot en met 7:257 BW.", one_law)
    first = [t[3] for t in found if t[0] == "artikelen 7:201-7:310 BW"]
    second = [t[3] for t in found if t[0] == "artikelen 7:246 tot en met 7:257 BW"]
    assert first == [str(n) for n in range(201, 311)]  # every whole number, both ends included
    assert second == [str(n) for n in range(246, 258)]
    assert {t[1:3] for t in found} == {("other_law", "Burgerlijk Wetboek Boek 7")}


def test_a_plain_range_is_read_completely_up_to_a_titel_and_no_further():
    assert numberranges.expand("100", "180") == [str(n) for n in range(101, 180)]
    assert numberranges.expand("7:1", "7:400") == [f"7:{n}" for n in range(2, 400)]
    assert numberranges.expand("1", "99999") == []  # a misread or hostile number: its ends only
    assert numberranges.expand("81", "92a") == [str(n) for n in range(82, 93)]  # lettered end, as before


def test_a_second_article_after_a_lid_is_read_as_an_article(one_law):
    found = targets("Vergelijk art. 30 lid 1 en 30a Woningwet; het verschil tussen 5 lid 2 en 5 lid 3 "
                    "van de Woningwet is klein.", one_law)  # fmt: skip
    assert [(t[3], t[4]) for t in found] == [("30", "1"), ("30a", ""), ("5", "2"), ("5", "3")]
    assert {t[2] for t in found} == {"Woningwet"}
    # a list of leden stays a list of leden
    leden = targets("Zie artikel 12 lid 1 en 3 van de Woningwet.", one_law)
    assert [(t[3], t[4]) for t in leden] == [("12", "1"), ("12", "3")]


def test_an_article_of_the_code_in_force_beside_the_new_codes_own(new_code):
    found = targets("Het nieuwe artikel 1.2.3 Sv vervangt art. 27 lid 1 en 27a Sv.", new_code)
    assert found == [
        ("artikel 1.2.3 Sv", "bill", "", "1.2.3", "", ""),
        ("art. 27 lid 1 en 27a Sv", "other_law", "Wetboek van Strafvordering", "27", "1", ""),
        ("art. 27 lid 1 en 27a Sv", "other_law", "Wetboek van Strafvordering", "27a", "", ""),
    ]
    # the new code's own numbering stays the bill's, also where the draft lacks the article
    assert targets("Zie artikel 4.1.1 Sv.", new_code)[0][1:4] == ("bill", "", "4.1.1")


def test_an_abbreviation_that_begins_a_compound_names_the_law(one_law):
    found = targets("Een art. 6:162 BW-vordering ligt dan voor de hand.", one_law)
    assert found == [("art. 6:162 BW", "other_law", "Burgerlijk Wetboek Boek 6", "162", "", "")]


def test_a_memorie_per_part_of_the_bill_with_its_pages(one_law):
    found = targets("Zo staat het in de MvT op hoofdstuk 2, p. 14-15.", one_law)
    assert found == [("MvT op hoofdstuk 2, p. 14-15", "mvt", "", "", "", "p. 14-15")]


def test_a_colon_after_door_opens_new_words_only_after_vervangen():
    assert opens_new_text("In artikel 9 wordt «gemeente» telkens vervangen door:")
    assert opens_new_text("Artikel 12 wordt vervangen door:")
    assert not opens_new_text("De regering wil de kwaliteit verbeteren door:")


def test_prose_after_a_list_announced_with_door_is_read_as_prose(one_law):
    text = ("Het gaat om artikel 9 van de Huisvestingswet 2014. De regering wil dit bereiken door:\n\n"
            "  • betere afspraken\n  • meer woningen\n\nVerder voegt het voorstel aan artikel 12 van "
            "de Huisvestingswet 2014 een tweede lid toe.")  # fmt: skip
    found = targets(text, one_law)
    assert found[-1] == ("tweede lid", "law", "Huisvestingswet 2014", "12", "2", "")


@pytest.mark.parametrize("sentence", [
    "In dit artikel bespreken wij de gevolgen.",
    "In dit artikel gaat het om de huurder.",
    "In deze paragraaf worden de instrumenten toegelicht.",
    "In dit hoofdstuk wordt kort ingegaan op de praktijk.",
])  # fmt: skip
def test_the_writers_own_piece_or_section_is_no_provision(one_law, sentence):
    assert targets(f"Artikel 12 van de Huisvestingswet 2014 is helder. {sentence}", one_law) == [
        ("Artikel 12 van de Huisvestingswet 2014", "law", "Huisvestingswet 2014", "12", "", "")
    ]


def test_dit_artikel_after_an_article_is_still_that_article(one_law):
    found = targets("Artikel 12 van de Huisvestingswet 2014 is helder. In dit artikel staat de plicht.", one_law)
    assert found[-1] == ("dit artikel", "law", "Huisvestingswet 2014", "12", "", "")


def test_the_documents_own_chapters_are_no_provisions(one_law):
    text = "Hoofdstuk 4 van deze handreiking (paragraaf 4.2 en 4.3.6) gaat verder op de regels in."
    assert targets(text, one_law) == []
    own = targets("Zie paragraaf 3 van dit rapport en hoofdstuk 4 van de Huisvestingswet 2014.", one_law)
    assert [t[0] for t in own] == ["hoofdstuk 4 van de Huisvestingswet 2014"]


def test_dit_lid_in_a_numbered_lid_is_that_lid(one_law):
    text = ("Artikel 12 van de Huisvestingswet 2014 komt na het voorstel zo te luiden:\n\n"
            "1. De gemeente wijst woningen toe.\n"
            "2. In afwijking van het eerste lid kan de raad regels stellen. Van dit lid kan niet "
            "worden afgeweken.\n\nDat lijkt ons te streng.")  # fmt: skip
    found = [t for t in targets(text, one_law) if t[0] in ("het eerste lid", "dit lid")]
    assert found == [("het eerste lid", "law", "Huisvestingswet 2014", "12", "1", ""),
                     ("dit lid", "law", "Huisvestingswet 2014", "12", "2", "")]  # fmt: skip
    # in a paragraph that is no numbered lid, "dit lid" stays the lid named before
    plain = targets("Het tweede lid van artikel 12 van de Huisvestingswet 2014 is streng. Van dit lid "
                    "wijken gemeenten af.", one_law)  # fmt: skip
    assert plain[-1] == ("dit lid", "law", "Huisvestingswet 2014", "12", "2", "")


BW_BILL = """wetsvoorstel:
  opschrift: Wijziging van Boek 7 van het Burgerlijk Wetboek in verband met de huur
  citeertitel: Wet huur en verhuur
  versie: {label: Consultatieversie, datum: "2024-01-01", fase: consultatieversie}
  ministerie: Justitie en Veiligheid
  ondertekenaars: ["De Minister,"]
  considerans: [dat het wenselijk is de huur te regelen;]
  artikelen:
    - nummer: I
      wijzigt: {citeertitel: Burgerlijk Wetboek Boek 7}
      onderdelen:
        - nummer: A
          wijzigingen:
            - actie: vrije_tekst
              tekst: "Artikel 204 vervalt."
              artikelen:
                - {nummer: "204", tekst: "Vervallen."}
"""


@pytest.fixture(scope="module")
def bw_bill(tmp_path_factory):
    """A bill whose ARTIKEL I amends Boek 7 of the Burgerlijk Wetboek."""
    path = tmp_path_factory.mktemp("bw") / "wet.yaml"
    path.write_text(BW_BILL, encoding="utf-8")
    return load_bill(path)


def test_divisions_named_from_large_to_small(bw_bill):
    text = ("Het voorstel raakt Boek 7, titel 4, afdeling 5 (Huurprijzen) en afdeling 6 (Huurbescherming).\n\n"
            "In afdeling 2 verandert niets.")  # fmt: skip
    found = targets(text, bw_bill)
    assert found == [
        ("Boek 7, titel 4, afdeling 5", "law", "Burgerlijk Wetboek Boek 7", "", "", "afdeling 4.5"),
        ("afdeling 6", "law", "Burgerlijk Wetboek Boek 7", "", "", "afdeling 4.6"),
        ("afdeling 2", "law", "Burgerlijk Wetboek Boek 7", "", "", "afdeling 4.2"),
    ]
    # a bare afdeling with no titel of a code named before stays as it was
    assert targets("In afdeling 2 verandert niets.", bw_bill) == [("afdeling 2", "unknown", "", "", "", "")]


def test_a_law_named_with_its_state(new_code, one_law):
    found = targets("Artikel 27 van het huidige Wetboek van Strafvordering wordt artikel 1.2.3 van het "
                    "nieuwe Wetboek van Strafvordering.", new_code)  # fmt: skip
    assert [t[1:4] for t in found] == [("other_law", "Wetboek van Strafvordering", "27"), ("bill", "", "1.2.3")]
    assert targets("Zie artikel 12 van de geldende Huisvestingswet 2014.", one_law)[0][1:4] == (
        "law", "Huisvestingswet 2014", "12")  # fmt: skip



def test_a_text_made_of_ranges_spreads_into_a_bounded_number_of_provisions():
    text = " ".join(f"Zie de artikelen {book}:1-{book}:400 BW." for book in range(1, 40))
    refs = find_references(text)
    assert len(refs) == 39
    assert 2000 <= sum(len(r.parts) for r in refs) <= 2000 + 2 * 39  # the budget, then two ends each
    assert [p.artikel for p in refs[-1].parts] == ["39:1", "39:400"]
    assert len(find_references("Zie de artikelen 7:201-7:310 BW.")[0].parts) == 110  # a real range in full


def test_an_article_and_those_after_it(one_law):
    found = targets("Dat volgt uit art. 6:74 e.v. BW en artikel 12 en volgende van de Woningwet.", one_law)
    assert [t[:4] for t in found] == [("art. 6:74 e.v. BW", "other_law", "Burgerlijk Wetboek Boek 6", "74"),
                                      ("artikel 12 en volgende van de Woningwet", "other_law", "Woningwet", "12")]  # fmt: skip
    assert targets("Zie artikel 12 e.v. Dat is alles.", one_law)[0][0] == "artikel 12"  # no law after it


def test_t_m_spreads_leden_and_letters_as_tot_en_met_does(one_law):
    found = targets("Art. 28 leden 2 t/m 4 Hw 2014 en het eerste t/m derde lid van artikel 12 Hw 2014 "
                    "gelden, zo ook artikel 12, vierde lid, onder a t/m c, van de Hw 2014.", one_law)  # fmt: skip
    assert [(t[3], t[4]) for t in found] == [("28", "2"), ("28", "3"), ("28", "4"), ("12", "1"), ("12", "2"),
                                             ("12", "3"), ("12", "4"), ("12", "4"), ("12", "4")]  # fmt: skip
    letters = [r.target.item for p in explain_references("Zie artikel 12, vierde lid, onder a t/m c, van de Hw 2014.",
                                                          one_law) for r in p.references]  # fmt: skip
    assert letters == ["a", "b", "c"]


def test_a_list_of_letters_keeps_the_case_of_its_first(one_law):
    found = targets("Artikel 12, vierde lid, sub b, Hw 2014 is goed.", one_law)
    assert found == [("Artikel 12, vierde lid, sub b, Hw 2014", "law", "Huisvestingswet 2014", "12", "4", "")]
    assert [r.target.item for p in explain_references("Zie artikel 12, vierde lid, onder a en c, Hw 2014.", one_law)
            for r in p.references] == ["a", "c"]  # fmt: skip
    bill = [r.target.onderdeel for p in explain_references("De onderdelen A, aA en B van artikel I.", one_law)
            for r in p.references]  # fmt: skip
    assert bill == ["A", "aA", "B"]  # the bill's letters, "aA" among them, stay one list


def test_abbreviated_division_words(one_law):
    found = targets("Afd. 3.4 Awb is van toepassing, net als hfd. 8 Awb en hst. 4 van de Huisvestingswet 2014.", one_law)
    assert [t[1:3] + (t[5],) for t in found] == [
        ("other_law", "Algemene wet bestuursrecht", "afdeling 3.4"),
        ("other_law", "Algemene wet bestuursrecht", "hoofdstuk 8"),
        ("law", "Huisvestingswet 2014", "hoofdstuk 4"),
    ]
