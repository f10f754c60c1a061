"""Round 62: forms of the instruments in force whose own texts the parts fresh230-fresh232 (zzzzzzzzx-zzzzzzzzz) hold
(consolidated texts of laws, AMvB's and regelingen), each stated as a rule of such texts in general and tested on an
invented regeling."""

from __future__ import annotations

from .resolving import invented_bill, resolved


def _veerregeling(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    """An invented ministeriële regeling in force, read as its own text: two hoofdstukken, articles with leden."""
    body = """    - hoofdstuk: "1"
      opschrift: Algemene bepalingen
      artikelen:
        - {nummer: "1", tekst: "In deze regeling wordt verstaan onder wet: Veerwet."}
        - {nummer: "2", leden: ["(niet overgenomen)", "(niet overgenomen)"]}
    - hoofdstuk: "2"
      opschrift: Vergunningen
      artikelen:
        - nummer: "3"
          leden:
            - {tekst: "Een vergunning wordt verleend aan degene die:", onderdelen: ["(a)", "(b)"]}
            - "(niet overgenomen)"
            - "(niet overgenomen)"
        - {nummer: "4", leden: ["(niet overgenomen)", "(niet overgenomen)"]}
"""
    return invented_bill(tmp_path / "r.yaml", "Regels over veerdiensten", "Veerregeling", body)


_REGELING = (
    "Regeling van de Minister van Infrastructuur houdende regels over veerdiensten (Veerregeling)\n\n"
    "Besluit:\n\nHoofdstuk 1\n\nAlgemene bepalingen\n\nArtikel 1\n\nIn deze regeling wordt verstaan onder wet: Veerwet.\n\n"
    "Artikel 2\n\n1. Artikel 4 van de Havenregeling is van overeenkomstige toepassing op de in artikel 16 van de wet "
    "bedoelde veren.\n2. (niet overgenomen)\n\n"
    "Hoofdstuk 2\n\nVergunningen\n\nArtikel 3\n\nVoorwaarden\n\n"
    "1. Een vergunning wordt verleend aan degene die:\n\na. een veer exploiteert en\n\nb. een schip bezit.\n"
    "2. In afwijking van het eerste lid, onder a, kan een vergunning worden verleend als bedoeld in artikel 2.\n"
    "3. Naast de eisen, voortvloeiend uit artikel 4, gelden de in het tweede lid genoemde eisen.\n\n"
    "Artikel 4\n\n1. Dit hoofdstuk is van toepassing op veren.\n2. (niet overgenomen)"
)


def test_a_regeling_read_as_its_own_text(tmp_path) -> None:  # noqa: ANN001
    """Round 62, from fresh230-fresh232 (consolidated texts of laws, AMvB's and regelingen): in an instrument's own text
    a bare lid in a lid of an article is that article's, whatever other article of it the lid cites ("3. Naast de
    eisen, voortvloeiend uit artikel 4, gelden de in het tweede lid genoemde eisen"); "onder a" in its lid is that
    lid's; an item of a list that ends in "en" is no heading; the article's title on the line below its heading
    ("Artikel 3" / "Voorwaarden") opens no new subject; "Hoofdstuk 2" alone on its line is the instrument's own;
    "artikel 16 van de wet" is the wet its definitions name, not the regeling its sentence named before."""
    found = resolved(_REGELING, _veerregeling(tmp_path), "scope", "law", "artikel", "lid", "item", "division")
    lids = [f[1:] for f in found if f[0] in ("het eerste lid, onder a", "het tweede lid")]
    assert lids == [("bill", "", "3", "1", "a", ""), ("bill", "", "3", "2", "", "")]
    assert ("Hoofdstuk 2", "bill", "", "", "", "", "hoofdstuk 2") in found
    assert ("Hoofdstuk 1", "bill", "", "", "", "", "hoofdstuk 1") in found
    assert ("Dit hoofdstuk", "bill", "", "", "", "", "hoofdstuk 2") in found
    assert ("artikel 16 van de wet", "other_law", "Veerwet", "16", "", "", "") in found
