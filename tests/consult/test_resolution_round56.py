"""Round 56: forms of real texts met in the parts fresh211-fresh214 (zzzzzzzze-zzzzzzzzh), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, landed, resolved, veerwet_bill


def test_a_laws_name_ends_before_in_werking_and_holds_the_ministries_it_lists(tmp_path) -> None:  # noqa: ANN001
    """"… van de Wet OV-afdoening in werking treedt": the name ends before "in werking"; "de Kaderregeling subsidies
    OCW, SZW en VWS" lists the ministries in its name, while "de Wet X, de Y en de Z" stays a list of laws."""
    text = ("Tot het tijdstip waarop artikel II, onderdeel R, van de Wet OV-afdoening in werking treedt, geldt de oude tabel. "
            "Gelet op artikel 2.1, eerste lid, van de Kaderregeling subsidies OCW, SZW en VWS en artikel 3 van de Havenwet;")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel")
    assert ("artikel II, onderdeel R, van de Wet OV-afdoening", "Wet OV-afdoening", "II") in found
    assert [f[1] for f in found if f[2] == "2.1"] == ["Kaderregeling subsidies OCW, SZW en VWS"]
    assert [f[1] for f in found if f[2] == "3"] == ["Havenwet"]


def test_an_inserted_onderdeel_lettered_bis_heads_its_text(tmp_path) -> None:  # noqa: ANN001
    """An amendement pasted with single line breaks: "Na artikel I, onderdeel A, wordt een onderdeel ingevoegd, luidende:
    / Abis / In artikel 6 …": "Abis" is the new onderdeel of artikel I, as "Aa" is."""
    text = ("De ondergetekende stelt het volgende amendement voor:\nI\nNa artikel I, onderdeel A, wordt een onderdeel ingevoegd, "
            "luidende:\nAbis\nIn artikel 6 wordt «c» vervangen door: d.")  # fmt: skip
    assert ("Abis", "I", "Abis") in resolved(text, veerwet_bill(tmp_path), "artikel", "onderdeel")


def test_a_titel_named_in_the_considerans_lands_on_the_onderdeel_that_changes_it(tmp_path) -> None:  # noqa: ANN001
    """"… te komen tot vereenvoudiging van Titel IVb (Casinospelen) van de Veerwet" in the considerans names the titel
    that onderdeel B lays down anew: it lands on that onderdeel, as an article would on the onderdeel changing it."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 5, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: Titel IVb, tekst: "Titel IVb komt te luiden: (niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet casinoveren", body)
    text = "Alzo Wij in overweging genomen hebben, dat het wenselijk is te komen tot vereenvoudiging van Titel IVb (Casinospelen) van de Veerwet;"
    assert [f[2] for f in landed(text, bill) if f[0].startswith("Titel IVb")] == [("art_I__point_B",)]
