"""Round 55: forms of real texts met in the parts fresh207-fresh210 (zzzzzzzza-zzzzzzzzd), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill

_OWN_ARTICLES = """    - {nummer: "1", tekst: "In dit besluit wordt verstaan onder wet: de Veerwet."}
    - {nummer: "2", tekst: "(niet overgenomen)"}
    - {nummer: "3", tekst: "(niet overgenomen)"}
    - {nummer: "4", tekst: "(niet overgenomen)"}
"""


def _amending_besluit(tmp_path, law: str):  # noqa: ANN001, ANN202 - Path, Bill
    """Return an invented besluit whose ARTIKEL I amends artikel 1 of `law` (an instrument named with "het")."""
    body = f"""    - nummer: "I"
      wijzigt: {{citeertitel: {law}, lidwoord: het}}
      onderdelen:
        - {{nummer: A, wijzigingen: [{{actie: vrije_tekst, doel: artikel 1, tekst: "(niet overgenomen)"}}]}}
"""
    return invented_bill(tmp_path / "v.yaml", f"Besluit tot wijziging van het {law}", f"Wijzigingsbesluit {law}", body)


def test_own_divisions_numbered_anew_within_the_one_above(tmp_path) -> None:  # noqa: ANN001
    """A besluit printed whole, whose afdelingen start at 1 in each hoofdstuk and whose paragrafen start at 1 in each
    afdeling: "Afdeling 1" below "Hoofdstuk 2" is afdeling 2.1 and its "§ 2" paragraaf 2.1.2; "HOOFDSTUK 2" in
    capitals above "AFDELING 1" is the besluit's own too."""
    bill = invented_bill(tmp_path / "b.yaml", "Besluit veerdiensten", "Besluit veerdiensten", _OWN_ARTICLES)
    text = ("Hebben goedgevonden en verstaan:\n\nHoofdstuk 1. Begripsbepalingen\n\nArtikel 1\n\nHoofdstuk 2. Veren\n\nAfdeling 1. "
            "Rijksveren\n\n§ 1. Vergunning\n\nArtikel 2\n\n§ 2. Tarieven\n\nArtikel 3\n\nAfdeling 2. Gemeenteveren\n\n§ 1. Toezicht\n\n"
            "Artikel 4")  # fmt: skip
    divisions = [(f[0], f[1]) for f in resolved(text, bill, "division") if f[1]]
    assert divisions == [("Hoofdstuk 1", "hoofdstuk 1"), ("Hoofdstuk 2", "hoofdstuk 2"), ("Afdeling 1", "afdeling 2.1"),
                         ("§ 1", "paragraaf 2.1.1"), ("§ 2", "paragraaf 2.1.2"), ("Afdeling 2", "afdeling 2.2"),
                         ("§ 1", "paragraaf 2.2.1")]
    capitals = "HOOFDSTUK 1\n\nArtikel 1\n\nIn dit besluit wordt verstaan onder wet: de Veerwet.\n\nHOOFDSTUK 2\n\nAFDELING 1 Rijksveren\n\nArtikel 2"
    assert [f[1] for f in resolved(capitals, bill, "division") if f[1]] == ["hoofdstuk 1", "hoofdstuk 2", "afdeling 2.1"]
    continuous = ("Hebben goedgevonden en verstaan:\n\nHoofdstuk 1. Begripsbepalingen\n\nArtikel 1\n\nHoofdstuk 2. Veren\n\nAfdeling 3. "
                  "Rijksveren\n\nArtikel 2\n\nAfdeling 4. Gemeenteveren\n\nArtikel 3")  # afdelingen numbered on: no afdeling 2.3
    assert [f[1] for f in resolved(continuous, bill, "division") if f[1]] == ["hoofdstuk 1", "hoofdstuk 2", "afdeling 3", "afdeling 4"]


def test_articles_of_a_new_law_in_chapters_that_its_draft_leaves_out(tmp_path) -> None:  # noqa: ANN001
    """An amendement on a bill that enacts a law numbered by hoofdstuk: "Artikel 10.18" it adds, "artikel 3.6a" it
    names and "§ 3.2a" it inserts are the bill's, though its draft lists only 1.1, 3.5 and 10.17."""
    body = """    - hoofdstuk: "1"
      opschrift: Algemeen
      artikelen:
        - {nummer: "1.1", tekst: "In deze wet wordt verstaan onder: veer: een vaartuig."}
    - hoofdstuk: "3"
      opschrift: Veren
      artikelen:
        - paragraaf: "3.2"
          opschrift: Aanwijzing
          artikelen:
            - {nummer: "3.5", tekst: "(niet overgenomen)"}
    - hoofdstuk: "10"
      opschrift: Slotbepalingen
      artikelen:
        - {nummer: "10.17", tekst: "(niet overgenomen)"}
"""
    bill = invented_bill(tmp_path / "w.yaml", "Regels over veren (Veerwet)", "Veerwet", body)
    text = ("I\n\nIn artikel 1.1 wordt een begripsomschrijving ingevoegd, luidende:\n\nveerensemble: een op grond van artikel 3.6a "
            "aangewezen veer;\n\nII\n\nNa paragraaf 3.2 wordt een paragraaf ingevoegd, luidende:\n\n§ 3.2a. Ensembles\n\nArtikel 3.12a. "
            "Aanwijzing\n\nOnze Minister kan een veer aanwijzen.\n\nIII\n\nNa artikel 10.17 wordt een artikel toegevoegd, luidende:\n\n"
            "Artikel 10.18. Wijziging Havenwet\n\nIn artikel 11 van de Havenwet vervalt het tweede lid.")  # fmt: skip
    found = resolved(text, bill, "scope", "artikel", "division")
    assert ("artikel 3.6a", "bill", "3.6a", "") in found and ("Artikel 3.12a", "bill", "3.12a", "") in found
    assert ("Artikel 10.18", "bill", "10.18", "") in found and ("§ 3.2a", "bill", "", "paragraaf 3.2a") in found
    assert ("artikel 11 van de Havenwet", "other_law", "11", "") in found


def test_a_regeling_and_a_reglement_name_themselves(tmp_path) -> None:  # noqa: ANN001
    """"Deze regeling treedt in werking …" in a regeling whose citeertitel ("Wijziging bijlage bij het Besluit X") lacks
    the noun its opschrift opens with is the regeling itself; "dit besluit" in new words of a reglement made by besluit
    is that reglement."""
    body = """    - {nummer: "I", tekst: "Bijlage I bij het Veerbesluit wordt vervangen door de bijlage bij deze regeling."}
    - {nummer: "II", tekst: "Deze regeling treedt in werking met ingang van 1 januari 2027."}
"""
    bill = invented_bill(tmp_path / "r.yaml", "Regeling tot wijziging van bijlage I bij het Veerbesluit", "Wijziging bijlage I Veerbesluit", body)
    text = "Artikel II\n\nDeze regeling treedt in werking met ingang van 1 januari 2027."
    assert ("Deze regeling", "bill") in resolved(text, bill, "scope")
    bill = _amending_besluit(tmp_path, "Veerdienstreglement")
    text = ("ARTIKEL I\n\nHet Veerdienstreglement wordt als volgt gewijzigd:\n\nA\n\nArtikel 1 komt te luiden:\n\nArtikel 1\n\n"
            "Voor de toepassing van dit besluit wordt verstaan onder schipper: de bevelvoerder.")  # fmt: skip
    assert ("dit besluit", "law", "Veerdienstreglement") in resolved(text, bill, "scope", "law")


def test_letters_after_tot_de_onderdelen_and_a_member_called_lid(tmp_path) -> None:  # noqa: ANN001
    """"onder vernummering van de onderdelen b en c tot de onderdelen c en d" names no onderdeel "de"; "Onze Minister wijst
    een zevende lid als voorzitter aan" in new words names a member, while "wordt een zevende lid toegevoegd" names the
    new lid."""
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nB\n\nArtikel 7 wordt als volgt gewijzigd:\n\n1. Na onderdeel a wordt "
            "onder vernummering van de onderdelen b en c tot de onderdelen c en d een onderdeel ingevoegd, luidende:\n\nb. de "
            "dienstregeling;\n\n2. Het tweede lid komt te luiden:\n\n2. Twee leden worden benoemd uit de kring van de veerdiensten. "
            "Onze Minister wijst een zevende lid als voorzitter aan.\n\n3. Er wordt een achtste lid toegevoegd, luidende:\n\n8. "
            "Het college vergadert openbaar.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid", "item")
    assert not [f for f in found if f[3] == "de"]
    assert [f[1:] for f in found if f[0] == "onderdelen c en d"] == [("7", "", "c"), ("7", "", "d")]
    assert not [f for f in found if f[0] == "zevende lid"]
    assert ("achtste lid", "7", "8", "") in found


def test_leden_joined_by_comma_of_and_de_wet_of_an_aanhef_on_several_wetten(tmp_path) -> None:  # noqa: ANN001
    """A besluit resting on articles of two wetten ("Gelet op de artikelen 12 en 14a van de Veerwet en artikel 3 van de
    Havenwet"): "artikel 14a, eerste lid, eerste volzin, of vierde lid, 12, van de wet dan wel artikel 3 van de Havenwet"
    is one list whose "de wet" is the wet whose articles the aanhef cites (the Veerwet), not the Havenwet after "dan
    wel"; "het eerste lid, of het tweede lid van artikel 6" still names the tweede lid of artikel 6."""
    bill = _amending_besluit(tmp_path, "Veerbesluit")
    text = ("Gelet op de artikelen 12 en 14a van de Veerwet en artikel 3 van de Havenwet;\n\nHebben goedgevonden en verstaan:\n\n"
            "ARTIKEL I\n\nHet Veerbesluit wordt als volgt gewijzigd:\n\nA\n\nIn artikel 1 wordt «een onderzoek» vervangen door: een "
            "onderzoek als bedoeld in artikel 14a, eerste lid, eerste volzin, of vierde lid, 12, van de wet dan wel artikel 3 van de "
            "Havenwet.")  # fmt: skip
    found = [f[1:] for f in resolved(text, bill, "law", "artikel", "lid") if f[0].startswith("artikel 14a")]
    assert found == [("Veerwet", "14a", "1"), ("Veerwet", "14a", "4"), ("Veerwet", "12", "")]
    text = "Zie artikel 5, eerste lid, of het tweede lid van artikel 6 van de Veerwet."
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid")
    assert ("5", "1") in [f[1:] for f in found] and ("6", "2") in [f[1:] for f in found] and ("5", "2") not in [f[1:] for f in found]
