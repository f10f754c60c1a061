"""Round 35: forms that bill texts and memories of every period use, which the parts read before it
left (zzh07, zzp01, zzp04, zzp05, zzp06), each stated as a rule of such texts in general and tested on
invented sentences."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved, targets

_KIESWET = """    - nummer: I
      wijzigt: {citeertitel: Kieswet}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel E1, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel E2, tekst: "(niet overgenomen)"}]}
"""


def test_a_range_of_letters_followed_by_one_more_letter_is_read_whole():
    text = "Gezinsleden die verblijven als bedoeld in artikel 8, onder a tot en met c en f, van de Vreemdelingenwet 2000."
    assert [t[1:] for t in resolved(text, default_bill(), "law", "artikel", "item")] == [
        ("Vreemdelingenwet 2000", "8", letter) for letter in "abcf"]
    # a letter before the range is kept, and the range after it spread out
    found = resolved("Zie artikel 10 van de Wet milieubeheer, onder b, d tot en met f.", default_bill(), "item")
    assert [f[1] for f in found] == ["", "b", "d", "e", "f"]


def test_deze_rijkswet_is_the_bill_as_deze_wet_is():
    assert [t[0] for t in targets("Deze rijkswet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
                                  default_bill())] == ["Deze rijkswet"]  # fmt: skip
    # "artikel 2 van deze rijkswet" is one mention: the article of the rijkswet itself
    assert [t[0] for t in targets("Artikel 2 van deze rijkswet geldt ook voor Aruba.", default_bill())] == [
        "Artikel 2 van deze rijkswet"]
    # "die rijkswet" names nothing by itself
    assert targets("Die rijkswet kent geen regeling.", default_bill()) == []


def test_de_toelichtende_memorie_is_the_memorie_van_toelichting():
    found = resolved("De toelichtende memorie gaat daar niet op in; zie paragraaf 3 van de toelichtende memorie.",
                     default_bill(), "scope", "detail")  # fmt: skip
    assert [f[1:] for f in found] == [("mvt", ""), ("mvt", "paragraaf 3")]
    # the document's own "deze toelichtende memorie" is no reference
    assert targets("In deze toelichtende memorie wordt het voorstel toegelicht.", default_bill()) == []


def test_a_chapter_numbered_by_a_capital_letter_is_read(tmp_path):
    bill = invented_bill(tmp_path / "kieswet.yaml", "Wijziging van de Kieswet", "Wet stembureaus", _KIESWET)
    text = "ARTIKEL I\n\nDe Kieswet wordt als volgt gewijzigd:\n\nA\n\nHet opschrift van hoofdstuk E komt te luiden:\n\n"
    found = resolved(text + "Hoofdstuk E. Stembureaus\n\nB\n\nHoofdstuk E, paragraaf 1, vervalt.", bill, "law", "division")
    assert ("Het opschrift van hoofdstuk E", "Kieswet", "hoofdstuk E") in found
    # a lettered chapter's paragraaf is numbered on its own, not "E.1"
    assert ("Hoofdstuk E, paragraaf 1", "Kieswet", "paragraaf 1") in found
    # a capital that begins a word, or a letter with a dot and more after it, is no chapter
    assert [f[0] for f in resolved("Zie hoofdstuk Een van het rapport en hoofdstuk A.b hierna.", bill, "scope")] == []


def test_dit_lid_in_a_lid_quoted_after_the_article_it_is_added_to_is_that_lid():
    text = ("Met de wet wordt een lid toegevoegd aan art. 7:758 BW:\n‘4. In afwijking van het derde lid is de aannemer "
            "aansprakelijk. Van dit lid kan niet worden afgeweken.’")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "lid")
    assert found[-1] == ("dit lid", "Burgerlijk Wetboek Boek 7", "758", "4")
    assert ("het derde lid", "Burgerlijk Wetboek Boek 7", "758", "3") in found
