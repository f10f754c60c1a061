"""Forms that the real set's fresh19 and fresh20 parts (s01-s15: Staatsblad texts and legal-database
copies of amending acts; t01-t12: amendementen, records of votes, a plenary debate) showed, each
stated as a rule of instruments and parliamentary texts in general and tested on invented
sentences and invented drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.enablinglaw import names_enabling_law
from wetgen.consult.analyse.explain import explain_references
from wetgen.consult.analyse.refs import find_references
from wetgen.loader import load_bill

from .resolving import resolved

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def aanpassingswet():
    """An aanpassingswet with Arabic articles 1-3, each amending another instrument (artikel 2
    the Besluit proefwoningen), and an own artikel 4."""
    return load_bill(FIXTURES / "aanpassingswet-arabisch.yaml")


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, item) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid", "item")


def parts(text: str) -> list[tuple]:
    """Return (artikel, lid, item) of every part of every reference found, with its law."""
    return [(p.artikel, p.lid, p.item, r.law) for r in find_references(text) for p in r.parts]


# --- onderdelen lettered past z, and inserted ones ---------------------------------------------


def test_a_doubled_small_letter_is_one_onderdeel_and_keeps_the_law():
    assert parts("Zie artikel 2, derde lid, onder pp, van de Woningwet.") == [("2", "3", "pp", "Woningwet")]


def test_a_list_of_doubled_letters_gives_each():
    assert parts("De artikelen 5, onder aa en cc, van de Woningwet blijven.") == [
        ("5", "", "aa", "Woningwet"), ("5", "", "cc", "Woningwet")]


def test_a_small_letter_with_a_number_after_a_word_of_onderdelen_is_an_inserted_onderdeel():
    assert parts("Na artikel 6, tweede lid, onderdeel d1, van de Woningwet volgt niets.") == [
        ("6", "2", "d1", "Woningwet")]


def test_a_bare_small_letter_with_a_number_in_prose_is_no_onderdeel():
    assert parts("Formulier b2 van de gemeente wordt gebruikt.") == []


def test_letters_paired_with_onderscheidenlijk_are_both_read():
    assert parts("Het tweede lid, onder f onderscheidenlijk onder h, blijft.") == [
        ("", "2", "f", ""), ("", "2", "h", "")]


def test_resolved_onderdeel_past_z_is_the_laws(one_law):
    found = targets("In artikel 1, eerste lid, onder rr, van de Huisvestingswet 2014 vervalt het woord.", one_law)
    assert [t[1:] for t in found] == [("law", "Huisvestingswet 2014", "1", "", "1", "rr")]


# --- a law named by two words that share their end ----------------------------------------------


def test_a_law_named_with_a_suspended_hyphen_is_one_name():
    assert parts("Artikel 4 van de Bos- en natuurwet geldt.") == [("4", "", "", "Bos- en natuurwet")]


def test_a_list_of_articles_of_such_a_law_is_that_law(one_law):
    found = targets("Gelet op de artikelen 3 en 9 van de Bos- en natuurwet;", one_law)
    assert {t[1:4] for t in found} == {("other_law", "Bos- en natuurwet", "3"), ("other_law", "Bos- en natuurwet", "9")}


# --- "van de wet" where the instrument in context is a besluit ---------------------------------


def test_de_wet_in_the_amendment_of_a_besluit_is_not_the_besluit(aanpassingswet):
    text = ("Artikel 2\n\nHet Besluit proefwoningen wordt als volgt gewijzigd:\n\nA\n\n"
            "Artikel 3 komt te luiden: De aanvraag bedoeld in artikel 18, eerste lid, van de wet wordt binnen vier weken beslist.")  # fmt: skip
    found = targets(text, aanpassingswet)
    assert ("Artikel 3", "law", "Besluit proefwoningen", "3", "", "", "") in found
    assert [t[1] for t in found if t[0].endswith("van de wet")] == ["unknown"]


def test_de_wet_below_the_amendment_of_a_wet_is_that_wet(aanpassingswet):
    text = "Artikel 1\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 7 van de wet vervalt het tweede lid."
    found = targets(text, aanpassingswet)
    assert [t[1:4] for t in found if t[0].startswith("artikel 7")] == [("law", "Woningwet", "7")]


def test_a_wet_named_with_a_title_is_never_the_bare_wet():
    assert not names_enabling_law("artikel 3 van de Wet op de proefwoningen", "Besluit proefwoningen")
    assert names_enabling_law("artikel 3 van de wet", "Besluit proefwoningen")
    assert not names_enabling_law("artikel 3 van de wet", "Woningwet")


# --- an aanpassingswet's Arabic articles ---------------------------------------------------------


def test_the_heading_of_the_next_arabic_article_is_the_bills(aanpassingswet):
    text = ("Artikel 1\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 7 wordt «college» vervangen door: burgemeester.\n\n"
            "Artikel 3\n\nIn artikel 12 van de Huisvestingswet 2014 vervalt het tweede lid.\n\n"
            "Artikel 4\n\nDeze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.")  # fmt: skip
    found = targets(text, aanpassingswet)
    assert [t[:4] for t in found if t[0].startswith("Artikel")] == [
        ("Artikel 1", "bill", "", "1"), ("Artikel 3", "bill", "", "3"), ("Artikel 4", "bill", "", "4")]
    assert ("artikel 7", "law", "Woningwet", "7", "", "", "") in found


def test_an_article_number_the_bill_lacks_stays_the_amended_laws(aanpassingswet):
    text = ("Artikel 1\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 7 wordt «college» vervangen door: burgemeester.\n\n"
            "Artikel 9\n\nDit artikel is van de Woningwet.")  # fmt: skip
    found = targets(text, aanpassingswet)
    assert ("Artikel 9", "law", "Woningwet", "9", "", "", "") in found


def test_an_article_heading_in_running_text_of_the_law_is_not_moved(one_law):
    text = "ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 wordt gewijzigd."
    found = targets(text, one_law)
    assert [t[1:4] for t in found if t[0] == "Artikel 2"] == [("law", "Huisvestingswet 2014", "2")]


# --- the onderdeel an instruction names, for an article the draft does not say it changes ------


def nodes(text: str, bill) -> list[tuple]:
    """Return (text, eIds of the bill's nodes) of every reference, in order."""
    return [(r.text, tuple(eid for eid, _ in r.nodes)) for p in explain_references(text, bill) for r in p.references]


def test_an_article_named_in_an_instruction_on_an_onderdeel_is_that_onderdeels(aanpassingswet):
    text = ("De ondergetekende stelt het volgende amendement voor:\n\nI\n\n"
            "In artikel 1, onderdeel C, vervalt in artikel 30, tweede lid: tijdelijk.")  # fmt: skip
    assert nodes(text, aanpassingswet)[-1] == ("artikel 30, tweede lid", ("art_1__point_C",))


def test_an_onderdeel_a_new_one_is_put_before_does_not_take_its_articles(aanpassingswet):
    text = ("Het voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 1 wordt voor onderdeel C een "
            "onderdeel ingevoegd, luidende:\n\nBa\n\nIn artikel 30 vervalt het tweede lid.")  # fmt: skip
    assert [n for t, n in nodes(text, aanpassingswet) if t == "artikel 30"] == [()]


def test_an_onderdeel_whose_changes_the_draft_names_keeps_them(aanpassingswet):
    # round 49 changed this: an amendement's instruction on onderdeel B that changes words "in artikel 30" says that B
    # changes artikel 30 too, whatever the draft lists for B (the real set's i13 and zzzzzzza02 label it so)
    text = ("De ondergetekende stelt het volgende amendement voor:\n\nI\n\n"
            "In artikel 1, onderdeel B, vervalt in artikel 30, tweede lid: tijdelijk.")  # fmt: skip
    assert nodes(text, aanpassingswet)[-1] == ("artikel 30, tweede lid", ("art_1__point_B",))
