"""Forms that the real set's fresh13 part (m01-m12: notas van wijziging, memories van toelichting,
verslagen) showed, each a general rule of parliamentary documents, tested on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.billunits import onderdeel_like
from wetgen.consult.analyse.context import new_text_spans, onderdeel_heading
from wetgen.consult.analyse.notaitems import listed_letters
from wetgen.consult.analyse.numbering import is_roman, nested
from wetgen.consult.analyse.refs import find_references
from wetgen.loader import load_bill

from .resolving import resolved

TWO_LAWS = Path(__file__).with_name("fixtures") / "verzamelwet-wonen.yaml"


@pytest.fixture(scope="module")
def two_laws():
    """ARTIKEL I amends the Huisvestingswet 2014 (A, B), ARTIKEL II the Woningwet (A to D)."""
    return load_bill(TWO_LAWS)


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, division) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid", "division")


# --- a nota's own items below an instruction that changes the bill's article as a whole ------


@pytest.mark.parametrize("opening", ["ARTIKEL II wordt als volgt gewijzigd:", "Artikel II wordt gewijzigd als volgt:"])
def test_letters_below_a_changed_bill_article_are_the_notas_items(two_laws, opening):
    text = (f"Het wetsvoorstel wordt als volgt gewijzigd.\n\nI\n\n{opening}\n\n"
            "A. Onderdeel B wordt als volgt gewijzigd:\n\n1. In het tweede lid vervalt «x».\n\n"
            "B. Na onderdeel C wordt ingevoegd:\n\nCa. In artikel 23 vervalt «y».\n\nII\n\n"
            "ARTIKEL I wordt als volgt gewijzigd:\n\nA. Onderdeel A vervalt.")  # fmt: skip
    found = [(t[0], t[1], t[3], t[4]) for t in targets(text, two_laws)]
    assert ("A", "bill", "II", "A") not in found and ("B", "bill", "II", "B") not in found
    assert ("II", "bill", "I", "II") not in found  # the nota's second item, no onderdeel of ARTIKEL I
    assert ("Onderdeel B", "bill", "II", "B") in found
    assert ("Ca", "bill", "II", "Ca") in found  # the onderdeel the item inserts keeps its heading
    assert ("Onderdeel A", "bill", "I", "A") in found


def test_letters_below_the_bills_own_heading_stay_its_onderdelen(two_laws):
    text = "ARTIKEL II\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 5, eerste lid, vervalt «x»."
    found = targets(text, two_laws)
    assert ("A", "bill", "", "II", "A", "", "") in found
    assert ("artikel 5, eerste lid", "law", "Woningwet", "5", "", "1", "") in found


# --- several onderdelen replaced at once announce each letter below --------------------------


def test_a_list_of_replaced_onderdelen_announces_each_letter(two_laws):
    text = ("A\n\nDe onderdelen B tot en met D van artikel II komen als volgt te luiden:\n\nB\n\n"
            "In artikel 19 vervalt het tweede lid.\n\nC\n\nIn artikel 21 vervalt «minister».\n\nD\n\n"
            "Artikel 19 vervalt.\n\nB\n\nIn artikel III vervalt het tweede lid.")  # fmt: skip
    found = [(t[0], t[1], t[3], t[4]) for t in targets(text, two_laws)]
    assert [f for f in found if len(f[0]) == 1] == [("B", "bill", "II", "B"), ("C", "bill", "II", "C"),
                                                    ("D", "bill", "II", "D")]  # fmt: skip
    assert ("artikel 21", "law", "21", "") in found  # of the Woningwet, in onderdeel C's new text


@pytest.mark.parametrize(
    ("words", "letters"),
    [("De onderdelen G tot en met I van artikel III komen als volgt te luiden:", ("G", "H", "I")),
     ("onderdelen B, C en E worden vervangen door:", ("B", "C", "E")),
     ("De onderdelen Ka en Kb komen te luiden:", ("Ka", "Kb")),
     ("De onderdelen AA t/m AC komen te luiden:", ("AA", "AB", "AC")),
     ("Onderdeel B komt te luiden:", ())],
)  # fmt: skip
def test_the_letters_of_a_list_of_onderdelen(words, letters):
    assert listed_letters(words) == letters


# --- the memorie naming itself -----------------------------------------------------------------


def test_the_memorie_naming_itself_is_no_reference(one_law):
    text = ("MEMORIE VAN TOELICHTING\n\nDe adviezen hebben geleid tot aanvulling van de memorie van "
            "toelichting. De toelichting op de wijzigingen staat hierna. Zie ook paragraaf 3 van de "
            "memorie van toelichting.")  # fmt: skip
    found = [(t[0], t[1]) for t in targets(text, one_law)]
    assert found == [("paragraaf 3 van de memorie van toelichting", "mvt")]  # a place in it is still one


def test_an_advice_naming_the_memorie_refers_to_it(one_law):
    text = "De Afdeling adviseert de memorie van toelichting aan te vullen; de toelichting zwijgt hierover."
    assert [t[1] for t in targets(text, one_law)] == ["mvt", "mvt"]


# --- number forms --------------------------------------------------------------------------------


def test_triple_letters_name_onderdelen_after_zz():
    assert onderdeel_heading("CCC") == "CCC" and onderdeel_heading("CCC (artikel 7)") == "CCC"
    assert onderdeel_heading("ABC") == ""  # three different capitals are an abbreviation
    assert onderdeel_like("BBB") and not onderdeel_like("WMS")
    ref = find_references("Artikel I, onderdeel DDD, komt te luiden:")[0]
    assert [p.item for p in ref.parts] == ["DDD"]


def test_a_bill_article_inserted_before_artikel_i():
    assert is_roman("0I") and is_roman("IA") and not is_roman("0A") and not is_roman("10")


def test_a_division_numbered_within_its_chapter(one_law):
    assert nested(["3"], "hoofdstuk", "6") == ["6.3"]
    assert nested(["6.3"], "hoofdstuk", "6") == ["6.3"] and nested(["3"], "titel", "6") == ["3"]
    found = targets("Zie titel 2 van hoofdstuk 5 van de Huisvestingswet 2014.", one_law)
    assert [t[6] for t in found] == ["titel 5.2"]


def test_a_chapter_with_a_capital_letter():
    refs = find_references("Na hoofdstuk 4 wordt een hoofdstuk ingevoegd: HOOFDSTUK 4A. OVERGANGSRECHT")
    assert [r.detail for r in refs] == ["hoofdstuk 4", "hoofdstuk 4A"]


# --- a transcription that lost its paragraph breaks ------------------------------------------


def test_a_provision_run_in_ends_at_the_notas_next_item():
    text = ("Het tweede lid komt te luiden: 2. Elke aanvraag wordt ingeschreven in het register. "
            "B Artikel I, onderdeel F, komt te luiden:")  # fmt: skip
    spans = new_text_spans(text)
    end = text.index(" B Artikel I")
    assert spans[0][1] <= end + 1 and text[spans[0][0]:spans[0][1]].strip().endswith("register.")


def test_an_ordinary_provision_run_in_keeps_to_the_end():
    text = "Het tweede lid komt te luiden: 2. De aanvraag bevat de gegevens, bedoeld in artikel 12, onderdeel b."
    assert new_text_spans(text)[0][1] == len(text)


# --- the points of the bill's onderdeel, renumbered ------------------------------------------


def test_subonderdelen_without_an_onderdeel_are_the_notas_points(one_law):
    text = ("Onderdeel A wordt als volgt gewijzigd:\n\nOnder vernummering van het eerste en tweede "
            "subonderdeel tot tweede en derde subonderdeel wordt een subonderdeel ingevoegd, luidende:")  # fmt: skip
    found = [(t[1], t[3], t[4]) for t in targets(text, one_law)]
    assert found == [("bill", "I", "A")] * 3  # onderdeel A, then each list of its points once


def test_a_subonderdeel_of_a_named_onderdeel_stays_the_laws(one_law):
    text = "Onderdeel A wordt als volgt gewijzigd:\n\nIn artikel 12, eerste lid, onderdeel b, subonderdeel 2°, vervalt «x»."
    found = targets(text, one_law)
    assert found[-1][1:4] == ("law", "Huisvestingswet 2014", "12")


@pytest.mark.parametrize(
    ("text", "new"),
    [("De artikelen 12a en 12b worden vernummerd tot 13 en 14.", ["13", "14"]),
     ("In onderdeel C worden de voorgestelde artikelen 4.2a en 4.2b vernummerd tot 4.3 en 4.4.", ["4.3", "4.4"]),
     ("Artikel 7 wordt vernummerd tot artikel 8.", ["8"])],
)  # fmt: skip
def test_the_new_numbers_of_renumbered_articles(text, new):
    refs = find_references(text)
    assert list(refs[-1].articles) == new


def test_bare_numbers_after_a_renumbered_subonderdeel_are_not_articles():
    refs = find_references("Subonderdeel 9 wordt, onder vernummering van subonderdeel 10 tot 9, vernummerd tot 10.")
    assert all(not r.articles for r in refs)


# --- an abbreviation the text defines for a law ----------------------------------------------


def test_an_abbreviation_defined_after_a_law_names_it_further_on(one_law):
    text = ("Het college wijst op artikel 4, derde lid, Wet gemeentelijke havenbeheerders (WGHB). "
            "Het eerste lid van artikel 4 WGHB laat dat open, en artikel 7 WGHB ook.")  # fmt: skip
    found = [(t[0], t[1], t[2], t[3], t[5]) for t in targets(text, one_law)]
    assert found == [
        ("artikel 4, derde lid, Wet gemeentelijke havenbeheerders", "other_law", "Wet gemeentelijke havenbeheerders", "4", "3"),
        ("Het eerste lid van artikel 4 WGHB", "other_law", "Wet gemeentelijke havenbeheerders", "4", "1"),
        ("artikel 7 WGHB", "other_law", "Wet gemeentelijke havenbeheerders", "7", ""),
    ]  # fmt: skip


def test_an_abbreviation_a_text_defines_holds_in_the_whole_text(one_law):
    # (round 10m read it only after its definition; since round 34 a text's own definition holds for
    # all of it, as a page titled "… uit de Wpg" that defines "Wet politiegegevens (Wpg)" further on)
    text = "Artikel 7 WGHB is onduidelijk; zie ook artikel 4 van de Wet gemeentelijke havenbeheerders (WGHB)."
    first = targets(text, one_law)[0]
    assert first[0] == "Artikel 7 WGHB" and first[2] == "Wet gemeentelijke havenbeheerders"


def test_a_known_abbreviation_keeps_its_law(one_law):
    text = "Zie artikel 4 van de Wet op de havens (Awb). Artikel 3:4 Awb geldt ook."
    assert targets(text, one_law)[-1][2] == "Algemene wet bestuursrecht"
