"""Forms that the real set's fresh16 and fresh17 parts (p01-p15: amendementen and advices; q01-q15:
memories, AMvB's with their aanhef, notas van wijziging) showed, each a general rule of
legislative texts, tested on invented sentences against the default draft."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.consult.analyse.grammar import NUMBER_RE, qualifiers
from wetgen.consult.analyse.insertedletters import counted_letters
from wetgen.consult.analyse.lawnames import LawLexicon
from wetgen.consult.analyse.refs import find_references


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, onderdeel, lid, item) of every reference, in order."""
    return [(r.text, r.target.scope, r.target.law, r.target.artikel, r.target.onderdeel, r.target.lid,
             r.target.item) for p in explain_references(text, bill) for r in p.references]  # fmt: skip


# --- leden joined by a bare "en", and a lid whose word a list left out --------------------------


@pytest.mark.parametrize("phrase", ["derde lid en vijfde lid", "het derde lid en het vijfde lid"])
def test_leden_joined_by_en_are_both_read(phrase):
    groups, end = qualifiers(f"artikel 12, {phrase}, van de Woningwet", len("artikel 12, "))
    assert [g.leden for g in groups] == [("3",), ("5",)]
    assert end == len(f"artikel 12, {phrase}")


def test_a_lid_after_en_that_names_its_own_article_is_not_joined():
    text = "artikel 12, derde lid en het vijfde lid van artikel 14"
    groups, end = qualifiers(text, len("artikel 12, "))
    assert [g.leden for g in groups] == [("3",)]
    assert text[end:].startswith(" en het vijfde lid")


def test_a_long_aanhef_list_reaches_its_law(one_law):
    text = ("Gelet op de artikelen 3.2, tweede lid en zesde lid, 4.7, eerste en derde lid, 4.7a, "
            "vierde lid, en 6.1, tweede lid, van de Wet op de kinderbijslagpunten;")
    found = {(t[1], t[2], t[3], t[5]) for t in targets(text, one_law)}
    law = "Wet op de kinderbijslagpunten"
    assert {("other_law", law, "3.2", "2"), ("other_law", law, "3.2", "6"), ("other_law", law, "4.7", "1"),
            ("other_law", law, "4.7", "3"), ("other_law", law, "4.7a", "4"),
            ("other_law", law, "6.1", "2")} <= found  # fmt: skip


def test_ordinals_without_lid_in_a_list_of_leden_are_leden(one_law):
    text = ("Gelet op de artikelen 2.5, derde lid, 2.8, tweede en vierde, 2.9, eerste lid, van de "
            "Wet op de kinderbijslagpunten;")
    found = {(t[3], t[5]) for t in targets(text, one_law)}
    assert {("2.5", "3"), ("2.8", "2"), ("2.8", "4"), ("2.9", "1")} <= found


def test_ordinals_without_lid_are_no_leden_where_no_lid_follows():
    groups, _ = qualifiers("artikel 12, tweede en derde, zoals gezegd", len("artikel 12, "))
    assert groups == []


# --- onderdelen inserted by count, and their leading noughts ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "letters"),
    [
        ("In artikel I worden na onderdeel B twee onderdelen ingevoegd, luidende:", ("Ba", "Bb")),
        ("Na onderdeel Ca worden drie onderdelen ingevoegd, luidende:", ("Cb", "Cc", "Cd")),
        ("Vóór onderdeel 0A worden drie onderdelen ingevoegd, luidende:", ("0000A", "000A", "00A")),
        ("Voor onderdeel A worden twee onderdelen ingevoegd, luidende:", ("00A", "0A")),
        ("Na onderdeel B wordt een onderdeel ingevoegd, luidende:", ()),
        ("Na onderdeel b worden twee onderdelen ingevoegd, luidende:", ()),
    ],
)
def test_counted_onderdelen_name_their_letters(sentence, letters):
    assert counted_letters(sentence) == letters


def test_each_counted_onderdeel_heads_its_text(one_law):
    text = ("In artikel I worden na onderdeel A twee onderdelen ingevoegd, luidende:\n\nAa\n\n"
            "In artikel 12 vervalt het zesde lid.\n\nAb\n\nIn artikel 28a wordt «x» vervangen door: y.")
    found = [(t[0], t[1], t[3], t[4]) for t in targets(text, one_law)]
    assert ("Aa", "bill", "I", "Aa") in found and ("Ab", "bill", "I", "Ab") in found


def test_an_onderdeel_with_leading_noughts_is_one_letter(one_law):
    refs = find_references("In artikel I, onderdeel 000A, vervalt «x».", LawLexicon())
    assert [(p.artikel, p.item) for r in refs for p in r.parts] == [("I", "000A")]


# --- an inserted article of the bill numbered in Roman with a small letter ----------------------


@pytest.mark.parametrize("number", ["IIa", "IVc", "XIIb"])
def test_a_roman_article_with_a_small_letter_is_one_number(number):
    hit = NUMBER_RE.match(f"{number} ingevoegd")
    assert hit and hit.group(0) == number


def test_a_roman_number_before_a_word_keeps_its_letter_off():
    assert NUMBER_RE.match("II aan").group(0) == "II"
    assert NUMBER_RE.match("IIaan") is None


def test_an_inserted_roman_article_is_the_bills(one_law):
    found = [(t[0], t[1], t[3]) for t in targets("Na artikel II wordt een artikel IIa ingevoegd, luidende:", one_law)]
    assert ("artikel IIa", "bill", "IIa") in found


# --- a law's name ends before the verb of its sentence ------------------------------------------


def test_a_law_named_by_shape_ends_before_treedt():
    lexicon = LawLexicon()
    text = "Wet tijdelijke voorzieningen Bonaire treedt in werking met ingang van 1 juli."
    found = lexicon.match(text, 0)
    assert found is not None and found.law == "Wet tijdelijke voorzieningen Bonaire"


def test_a_former_citeertitel_is_kept_as_written():
    text = "artikel 1.1 van de Wet kinderopvang en kwaliteitseisen peuterspeelzalen;"
    found = LawLexicon().match(text, text.index("Wet"))
    assert found is not None and found.law == "Wet kinderopvang en kwaliteitseisen peuterspeelzalen"
