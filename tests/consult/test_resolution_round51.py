"""Round 51: forms of real texts met in the parts fresh191-fresh194 (zzzzzzzk-zzzzzzzn), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved


def test_a_capital_onderdeel_names_the_bills_own_amending_article_numbered_as_a_law(tmp_path) -> None:  # noqa: ANN001
    """A bill whose articles are numbered 7.4 and 7.6, each amending another law: in its amendement "artikel 7.4,
    onderdeel B" is the bill's own onderdeel (a law's onderdelen are small letters), "artikel 7.4, onderdeel b" and
    "artikel 22, derde lid, onderdeel a" below it are the amended law's."""
    body = """    - nummer: "7.4"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 22, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 7.4, tekst: "(niet overgenomen)"}]}
    - nummer: "7.6"
      wijzigt: {citeertitel: Havenwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "b.yaml", "Wet bedrijfsleven", "Wet bedrijfsleven 2030", body)
    text = ("De ondergetekende stelt het volgende amendement voor:\n\nI\n\nIn artikel 7.4, onderdeel B, wordt «veer» vervangen door "
            "«pont».\n\nII\n\nArtikel 7.4, onderdeel A, wordt als volgt gewijzigd: in artikel 22, derde lid, onderdeel a, wordt «x» "
            "vervangen door «y».")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "onderdeel", "item")
    assert [f[1:] for f in found if f[0].startswith(("artikel 7.4", "Artikel 7.4"))] == [("bill", "", "7.4", "B", ""), ("bill", "", "7.4", "A", "")]
    assert [f[1:] for f in found if f[0].startswith("artikel 22")] == [("law", "Veerwet", "22", "", "a")]
