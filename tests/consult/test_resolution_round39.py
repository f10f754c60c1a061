"""Round 39: forms that the blind parts fresh104-fresh106 (zzzzb-zzzzd: Staatsblad texts, amendementen,
notas van wijziging and gewijzigde voorstellen, advices) showed after their first contact, each stated as a
rule of such texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved

_INVOERINGSWET = """    - hoofdstuk: "1"
      opschrift: Wijziging van andere wetten
      artikelen:
        - nummer: "1.4"
          wijzigt: {citeertitel: Wet op de veerdiensten, lidwoord: de}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3, tekst: "(niet overgenomen)"}]}
        - nummer: "1.4a"
          wijzigt: {citeertitel: Havenwet, lidwoord: de}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 4, tekst: "(niet overgenomen)"}]}
            - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 8, tekst: "(niet overgenomen)"}]}
"""

_GRONDWET = """    - nummer: I
      tekst: Er bestaat grond het hierna in artikel II omschreven voorstel in overweging te nemen.
    - nummer: II
      wijzigt: {citeertitel: Grondwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 57, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 129, tekst: "(niet overgenomen)"}]}
"""


def test_luidend_opens_new_text_as_luidende_does() -> None:
    text = "ARTIKEL I\n\nB\n\nNa artikel 28a wordt een artikel ingevoegd, luidend:\n\nArtikel 28aa\n\nHet college stelt regels. Deze wet geldt ook."
    assert resolved(text, default_bill(), "scope", "law")[-1] == ("Deze wet", "law", "Huisvestingswet 2014")


def test_a_notas_inserted_article_of_the_bill_and_its_onderdelen(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "i.yaml", "Invoering van de Veerwet", "Invoeringswet Veerwet", _INVOERINGSWET)
    text = ("NOTA VAN WIJZIGING\n\nA\n\nNa artikel 1.4 wordt een artikel ingevoegd, luidend:\n\nArtikel 1.4a\n\n"
            "De Havenwet wordt gewijzigd als volgt:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nIn artikel 8 vervalt «ook».")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "onderdeel")
    assert ("Artikel 1.4a", "bill", "", "1.4a", "") in found
    assert ("A", "bill", "", "1.4a", "A") in found and ("B", "bill", "", "1.4a", "B") in found
    assert ("Artikel 4", "law", "Havenwet", "4", "") in found


def test_an_onderdeel_letter_spaced_before_its_instruction_below_an_amending_article(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "g.yaml", "Verandering in de Grondwet", "Grondwet vervanging", _GRONDWET)
    text = "ARTIKEL II\n\nA Na artikel 57 wordt een artikel ingevoegd, dat luidt:\n\nArtikel 57a\n\nDe wet regelt de vervanging."
    assert resolved(text, bill, "artikel", "onderdeel")[1] == ("A", "II", "A")
    # a capital letter opening a paragraph of prose below no amending article is none
    assert [f[0] for f in resolved("A Na artikel 57 volgt nog meer.", default_bill(), "artikel")] == ["artikel 57"]


def test_a_range_of_articles_numbered_with_their_chapters_letter() -> None:
    found = resolved("De artikelen E 1 tot en met E 4 van de Kieswet vervallen.", default_bill(), "artikel")
    assert [f[1] for f in found] == ["E1", "E2", "E3", "E4"]


def test_review_a_notas_inserted_article_the_bill_does_not_hold_is_the_bills_own_text(tmp_path) -> None:  # noqa: ANN001
    bill = invented_bill(tmp_path / "i.yaml", "Invoering van de Veerwet", "Invoeringswet Veerwet", _INVOERINGSWET)
    text = "Na artikel 1.4 wordt een artikel ingevoegd, luidend:\n\nArtikel 1.4b\n\n1. Deze wet is niet van toepassing op pontjes."
    assert resolved(text, bill, "scope", "law")[-1] != ("Deze wet", "law", "Wet op de veerdiensten")
