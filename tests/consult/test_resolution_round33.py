"""Round 33: forms the real set's fresh52 and fresh53 parts (zz01-zz09: notas van wijziging;
zza01-zza11: commentaries on the Successiewet and the Wet natuurbescherming, and older texts on the
Vogelwet, Jachtwet and Lager-onderwijswet) showed on first contact, each stated as a rule of such
texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved, targets

HW = "Huisvestingswet 2014"
_JACHTWET = """    - nummer: "1"
      tekst: "(niet overgenomen)"
    - nummer: "2"
      tekst: "(niet overgenomen)"
"""


def test_a_lettered_notas_items_in_its_toelichting_with_the_article_they_change():
    text = ("TWEEDE NOTA VAN WIJZIGING\n\nHet voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nIn artikel I, onderdeel A, "
            "wordt «x» vervangen door «y».\n\nB\n\nIn artikel I, onderdeel B, wordt «p» vervangen door «q».\n\nToelichting\n\n"
            "A (artikel I, onderdeel A)\n\nDit herstelt een verwijzing.\n\nB (artikel I, onderdeel B)\n\nOok dit.")  # fmt: skip
    found = [t for t in targets(text, default_bill()) if t[0] in ("A", "B")]
    assert found == []  # the nota's own letters
    assert [t[0] for t in targets(text, default_bill())].count("artikel I, onderdeel B") == 2  # the change and its caption


def test_a_drafts_placeholder_year_and_a_division_with_a_lettered_roman_number():
    text = ("Op de datum van inwerkingtreding van artikel 25, eerste lid, van de Politiewet 201X blijft hoofdstuk VII.b "
            "van het Besluit algemene rechtspositie politie buiten toepassing.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "division")
    assert found == [("artikel 25, eerste lid, van de Politiewet 201X", "Politiewet 201X", "25", ""),
                     ("hoofdstuk VII.b van het Besluit algemene rechtspositie politie", "Besluit algemene rechtspositie politie",
                      "", "hoofdstuk VII.b")]  # fmt: skip


def test_dit_onderdeel_at_the_end_of_the_onderdeel_an_instruction_names():
    text = ("Artikel 12 wordt als volgt gewijzigd:\n\n2. Na onderdeel b wordt, onder vervanging van de punt aan het einde van "
            "dit onderdeel door een puntkomma, een onderdeel toegevoegd, luidende:\n\nc. iets;")  # fmt: skip
    assert ("dit onderdeel", "12", "b") in resolved(text, default_bill(), "artikel", "item")
    # the writer's own "onderdeel" is no provision
    assert [t[0] for t in targets("In het kader van dit onderdeel van onze reactie gaan wij in op artikel 12.", default_bill())] == ["artikel 12"]


def test_het_voorgestelde_artikel_with_a_lettered_number():
    found = resolved("Het voorgestelde artikel H 6, derde lid, van de Kieswet regelt dit.", default_bill(), "law", "artikel", "lid")
    assert found == [("artikel H 6, derde lid, van de Kieswet", "Kieswet", "H6", "3")]


def test_a_year_after_the_bills_own_name_before_genoemde_is_another_law(tmp_path):
    bill = invented_bill(tmp_path / "jachtwet.yaml", "Regels omtrent de jacht", "Jachtwet", _JACHTWET)
    for text in ("Het gaat om de in artikel 1 van de Jachtwet 1923 genoemde vogels.",
                 "Inplaats van „artikel 1 van Jachtwet 1923” leze men artikel 2."):  # fmt: skip
        assert ("other_law", "Jachtwet 1923", "1") in [t[1:4] for t in targets(text, bill)], text
    assert ("bill", "", "2") in [t[1:4] for t in targets("Zie artikel 2 van de Jachtwet.", bill)]


def test_leden_as_ordinal_numbers_in_a_list_and_lid_before_a_colon():
    assert [t[5] for t in targets("Zie art. 12, 3e en 4e lid.", default_bill())] == ["3", "4"]
    assert [t[5] for t in targets("In artikel 12 vervallen het 2e en 3e lid.", default_bill()) if t[0] != "artikel 12"] == ["2", "3"]
    assert ("Artikel 12, lid 1", "law", HW, "12", "", "1") in targets("Artikel 12, lid 1: „Buiten de steden mogen geen honden”.", default_bill())
    # a page number before "De leden" of a party is no lid
    assert targets("blz. 2 De leden van de fractie vragen iets.", default_bill()) == []
