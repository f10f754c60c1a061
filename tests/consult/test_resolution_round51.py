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


def test_the_articles_of_one_range_are_changed_by_the_onderdeel_that_names_the_first(tmp_path) -> None:  # noqa: ANN001
    """Below onderdeel B, whose draft names only artikel 5: "De artikelen 5 tot en met 7 vervallen" changes 6 and 7
    too, so their points land on onderdeel B (the draft lists the first article an onderdeel changes)."""
    from wetgen.consult.analyse.explain import explain_references

    body = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 5, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)
    text = "De Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 vervalt.\n\nB\n\nDe artikelen 5 tot en met 7 vervallen."
    found = [(r.text, r.target.artikel, tuple(e for e, _ in r.nodes)) for p in explain_references(text, bill) for r in p.references]
    assert [f[1:] for f in found if f[0].startswith("artikelen")] == [("5", ("art_I__point_B",)), ("6", ("art_I__point_B",)), ("7", ("art_I__point_B",))]


def test_laws_named_by_their_long_titles(tmp_path) -> None:  # noqa: ANN001
    """"het Examen- en kwalificatiebesluit beroepsopleidingen WEB" and "de Wet op de accijns van alcoholhoudende stoffen"
    are laws of their own, not the shorter names they begin with (wetten.tsv)."""
    from .resolving import veerwet_bill

    text = "Gelet op artikel 18 van het Examen- en kwalificatiebesluit beroepsopleidingen WEB en artikel 3 van de Wet op de accijns van alcoholhoudende stoffen."
    assert [f[1] for f in resolved(text, veerwet_bill(tmp_path), "law")] == ["Examen- en kwalificatiebesluit beroepsopleidingen WEB", "Wet op de accijns van alcoholhoudende stoffen"]
