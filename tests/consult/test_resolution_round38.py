"""Round 38: forms that the blind parts fresh101-fresh103 (zzzy-zzzza: voorstellen and Staatsblad texts,
amendementen and notas van wijziging, advices and memories) showed after their first contact, each stated
as a rule of such texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved

_BW = """    - nummer: I
      wijzigt: {citeertitel: Burgerlijk Wetboek Boek 7, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 7:610, tekst: "(niet overgenomen)"}]}
"""

_NEW_LAW = """    - hoofdstuk: "3"
      opschrift: Veren
      artikelen:
        - paragraaf: "3.2"
          opschrift: Veerponten
          artikelen:
            - {nummer: "3.12", tekst: Een veerpont vaart overdag.}
    - hoofdstuk: "6"
      opschrift: Veerhavens
      artikelen:
        - {nummer: "6.1", tekst: Een veerhaven is open.}
"""


def test_a_colon_number_in_a_text_on_a_bill_amending_a_book_of_the_bw_is_of_the_bw(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "bw.yaml", "Wijziging van Boek 7 in verband met de veerovereenkomst", "Wet veerovereenkomst", _BW)
    found = resolved("Artikel 7:610 regelt dit. Dat volgt al uit artikel 3:39 en artikel 3:40, tweede lid.", bill, "scope", "law", "artikel")
    assert [f[1:] for f in found][1:] == [("other_law", "Burgerlijk Wetboek Boek 3", "39"), ("other_law", "Burgerlijk Wetboek Boek 3", "40")]
    # with no book of the BW amended it stays unnamed
    assert resolved("Dat volgt al uit artikel 3:39.", default_bill(), "law")[0][1] == ""


def test_a_point_of_the_bills_onderdeel_with_its_letter(tmp_path) -> None:  # noqa: ANN001
    text = "Artikel I, onderdeel B, wordt als volgt gewijzigd:\n\n1. In onderdeel 4, onder a, vervalt «, een veerpont»."
    assert resolved(text, default_bill(), "scope", "artikel", "onderdeel")[-1] == ("onderdeel 4, onder a", "bill", "I", "B")


def test_leden_numbered_in_words() -> None:
    text = "In artikel 12 van de Woningwet vervalt het tweede lid. De leden drie tot en met vijf worden vernummerd tot twee tot en met vier."
    found = resolved(text, default_bill(), "artikel", "lid")
    assert [f[2] for f in found if f[0] == "leden drie tot en met vijf"] == ["3", "4", "5"]
    assert [f[2] for f in found if f[0] == "twee tot en met vier"] == ["2", "3", "4"]
    # a count of members is none
    assert resolved("In de commissie heeft ieder lid twee stemmen en de leden drie weken bedenktijd.", default_bill(), "lid") == []


def test_an_onderdeel_letter_run_in_before_its_first_numbered_step() -> None:
    text = ("ARTIKEL I\n\nIn de Huisvestingswet 2014 worden de volgende wijzigingen aangebracht: A. 1. Artikel 28a, tweede lid, "
            "vervalt. B. Artikel 28b vervalt.")  # fmt: skip
    found = resolved(text, default_bill(), "artikel", "onderdeel")
    assert ("A", "I", "A") in found and ("B", "I", "B") in found


def test_a_new_law_bills_own_divisions_in_an_instruction_and_in_quoted_words(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "nl.yaml", "Regels over veren", "Veerwet", _NEW_LAW)
    text = "De ondergetekende stelt het volgende amendement voor:\n\nNa paragraaf 3.2 wordt een paragraaf ingevoegd, luidende:"
    assert resolved(text, bill, "scope", "division")[0] == ("paragraaf 3.2", "bill", "paragraaf 3.2")
    text = "In artikel 3.12 vervalt «en de veerhavens, bedoeld in hoofdstuk 6»."
    assert resolved(text, bill, "scope", "division")[-1] == ("hoofdstuk 6", "bill", "hoofdstuk 6")
    # a bare paragraaf in prose is as often the document's own
    assert ("paragraaf 3.2", "bill", "paragraaf 3.2") not in resolved("Zoals in paragraaf 3.2 uiteengezet, is dat nodig.", bill, "scope", "division")


def test_review_a_colon_number_after_another_law_named_and_prose_about_a_section(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "bw.yaml", "Wijziging van Boek 7 in verband met de veerovereenkomst", "Wet veerovereenkomst", _BW)
    text = "Dit is geen besluit in de zin van de Algemene wet bestuursrecht. Artikel 3:4 vereist een belangenafweging."
    assert resolved(text, bill, "law")[-1] == ("Artikel 3:4", "")
    new_law = invented_bill(tmp_path / "nl.yaml", "Regels over veren", "Veerwet", _NEW_LAW)
    prose = "In paragraaf 3.2 wordt toegelicht welke regels vervallen. Hoofdstuk 6 wordt hieronder besproken."
    assert [f[1] for f in resolved(prose, new_law, "scope")] == ["unknown", "unknown"]
    instructions = "In paragraaf 3.2 wordt na artikel 3.12 een artikel ingevoegd. Hoofdstuk 6 vervalt."
    assert [f[1:] for f in resolved(instructions, new_law, "scope", "division") if f[0] != "artikel 3.12"] == [
        ("bill", "paragraaf 3.2"), ("bill", "hoofdstuk 6")]


def test_review_a_laws_numbered_onderdeel_with_its_letter_stays_the_laws() -> None:
    text = "Over het voorgestelde artikel 28a merken wij op: in onderdeel 2, onder a, wordt de flexwoning omschreven."
    assert resolved(text, default_bill(), "scope", "artikel")[-1] == ("onderdeel 2, onder a", "law", "28a")
    text = ("ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA\n\nArtikel 12 wordt als volgt gewijzigd:\n\n"
            "1. In onderdeel 4, onder a, wordt «urgent» vervangen door «dringend».")  # fmt: skip
    assert resolved(text, default_bill(), "scope", "artikel")[-1] == ("onderdeel 4, onder a", "law", "12")


def test_review_members_of_a_body_counted_in_words_are_no_leden() -> None:
    text = "De adviescommissie telt negen leden. De leden twee en drie worden op voordracht van de VNG benoemd."
    assert resolved(text, default_bill(), "lid") == []
