"""Forms that the real set's fresh25 and fresh26 parts (y01-y06 and z01-z14: letters, memories van
antwoord and advices on housing law, an amendement, and Staatsblad texts of a new law and of an act
amending a bill) showed, each stated as a rule of such texts in general and tested on invented
sentences and invented drafts."""

from __future__ import annotations

from wetgen.consult.analyse.divisionheadings import opens_own_articles

from .resolving import resolved

ENACTING = "Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, hebben goedgevonden en verstaan:\n\n"


# --- "HOOFDSTUK 1 ALGEMENE BEPALINGEN" above "Artikel 1" of a new law ---------------------------


def test_a_chapter_heading_above_a_new_laws_article_is_the_bills_chapter(new_law):
    text = ENACTING + "HOOFDSTUK 1 ALGEMENE BEPALINGEN\n\nArtikel 1\n\nIn deze wet wordt verstaan onder:\n"
    found = resolved(text, new_law, "scope", "artikel", "division")
    assert found[0] == ("HOOFDSTUK 1", "bill", "", "hoofdstuk 1")
    assert ("Artikel 1", "bill", "1", "") in found


def test_a_chapter_heading_in_mixed_case_above_an_article_is_the_bills_chapter(new_law):
    text = "Hoofdstuk 2. Het register\n\nArtikel 3\n\nOnze Minister houdt een register bij.\n"
    assert resolved(text, new_law, "scope", "division")[0] == ("Hoofdstuk 2", "bill", "hoofdstuk 2")


def test_a_documents_own_chapter_heading_is_no_reference(new_law):
    assert resolved("HOOFDSTUK 1. ALGEMEEN\n\nDe regering stelt een nieuwe wet voor.\n", new_law, "scope") == []
    assert not opens_own_articles("Inleiding", True)
    assert not opens_own_articles("Artikel 1", False)  # a bill that amends a law: its heading names that law's chapter
    assert opens_own_articles("Artikel 2.3", True)
