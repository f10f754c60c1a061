"""Forms that the real set's fresh8 (h01-h15) and fresh9 (i01-i15) parts showed, and forms the
next memories, notas van wijziging and memories van antwoord are likely to bring: each a general
rule, tested on invented sentences."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

from .resolving import resolved


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid, onderdeel, detail) of every reference, in order."""
    return resolved(text, bill, "scope", "law", "artikel", "lid", "onderdeel", "detail")


@pytest.mark.parametrize(
    "sentence",
    [
        "Op grond van artikel 20, tweede lid, onderdeel b, van het Verdrag betreffende de werking van de "
        "Europese Unie heeft iedere burger dit recht.",
        "Zie artikel 4 van het Verdrag betreffende de Europese Unie.",
        "De grondslag is artikel 63 van het Verdrag tot oprichting van de Europese Gemeenschap.",
        "De grondslag is artikel 63 EG-Verdrag en artikel 6 VWEU.",
        "Dit volgt uit artikel 5 van het EU-Verdrag.",
    ],
)
def test_an_article_of_an_eu_treaty_is_no_reference_to_a_law(one_law, sentence):
    assert [t for t in targets(sentence, one_law) if t[1] in ("law", "other_law", "bill")] == []


def test_a_treaty_of_the_council_of_europe_is_still_another_law(one_law):
    found = targets("Dit raakt aan artikel 8 EVRM.", one_law)
    assert [t[1] for t in found] == ["other_law"]


def test_points_of_one_onderdeel_give_the_onderdeel_once(one_law):
    found = targets("Artikel I, onderdeel B, onder 2 en 3, komt te luiden:", one_law)
    assert [t[1:6] for t in found] == [("bill", "", "I", "", "B")]


def test_deze_memorie_in_a_memorie_van_antwoord_is_not_the_mvt(one_law):
    text = "D MEMORIE VAN ANTWOORD\n\nDaarop zal ik ingaan in paragraaf 2 van deze memorie."
    assert targets(text, one_law) == []


def test_deze_memorie_in_the_mvt_is_its_own_paragraph(one_law):
    text = "Memorie van toelichting\n\nDaarop ga ik in in paragraaf 2 van deze memorie."
    assert ("paragraaf 2 van deze memorie", "mvt", "", "", "", "", "paragraaf 2") in targets(text, one_law)


def test_a_memorie_van_antwoord_may_still_name_the_mvt_in_full(one_law):
    text = "MEMORIE VAN ANTWOORD\n\nZie paragraaf 3 van deze memorie van toelichting."
    assert [t[1] for t in targets(text, one_law)] == ["mvt"]


def divisions(text: str, bill) -> list[tuple]:
    """Return (scope, law, division) of every reference, in order."""
    return [(r.target.scope, r.target.law, r.target.division)
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


def test_a_list_of_divisions_goes_on_after_their_captions(one_law):
    text = ("Voorts worden wijzigingen voorgesteld in de hoofdstukken I (Algemene bepalingen), III "
            "(Toelating tot de weg) en V (Gebruik van voertuigen op de weg) van de Huisvestingswet 2014.")
    assert divisions(text, one_law) == [("law", "Huisvestingswet 2014", f"hoofdstuk {n}") for n in ("I", "III", "V")]


def test_a_division_with_its_title_written_out_takes_the_law_after_it(one_law):
    text = "Dit hangt samen met hoofdstuk VI Rijvaardigheid en rijbevoegdheid van de Wegenverkeerswet 1994."
    assert divisions(text, one_law) == [("other_law", "Wegenverkeerswet 1994", "hoofdstuk VI")]


@pytest.mark.parametrize("text", ["Zie hoofdstuk 2 Inleiding van het advies.", "Dit staat in hoofdstuk 3 Wat vinden wij."])
def test_a_title_without_a_law_after_it_names_no_law(one_law, text):
    assert [d for d in divisions(text, one_law) if d[0] != "unknown"] == []


NEW_LAW = """wetsvoorstel:
  opschrift: Regels over energiemarkten
  citeertitel: Energiemarktwet
  versie: {label: Ingediend, datum: "2024-01-01", fase: ingediend}
  ministerie: Economische Zaken
  ondertekenaars: ["De Minister,"]
  considerans: [dat het wenselijk is regels te stellen;]
  artikelen:
    - {nummer: "1.1", leden: ["Begrippen."]}
    - {nummer: "1.4", leden: ["Reikwijdte."]}
    - {nummer: "4.7", leden: ["Taken."]}
    - {nummer: "4.11", leden: ["Tarieven."]}
"""


@pytest.fixture(scope="module")
def new_law(tmp_path_factory):
    """A bill that enacts a new law in articles numbered by hoofdstuk (1.1, 4.7, 4.11)."""
    path = tmp_path_factory.mktemp("newlaw") / "wet.yaml"
    path.write_text(NEW_LAW, encoding="utf-8")
    return load_bill(path)


def test_an_afdeling_of_a_new_law_within_its_hoofdstukken_is_the_bills(new_law):
    found = divisions("In artikel 1.1 wordt «afdelingen 4.1 en 4.2» vervangen door «afdeling 4.1».", new_law)
    assert [d for d in found if d[2]] == [("bill", "", "afdeling 4.1"), ("bill", "", "afdeling 4.2"),
                                         ("bill", "", "afdeling 4.1")]  # fmt: skip


def test_an_afdeling_outside_the_new_laws_hoofdstukken_or_of_a_named_law_is_not_the_bills(new_law):
    assert ("bill", "", "afdeling 7.1") not in divisions("Zie afdeling 7.1 hierover.", new_law)
    found = divisions("Dit volgt uit afdeling 4.1 van de Algemene wet bestuursrecht.", new_law)
    assert all(d[0] != "bill" for d in found)


def test_a_subonderdeel_below_a_unit_the_draft_lacks_is_kept(new_law):
    found = [(r.target.artikel, r.target.lid, r.target.item, r.target.sub)
             for p in explain_references("In artikel 1.4, eerste lid, onderdeel a, subonderdeel 1°, vervalt «x».", new_law)
             for r in p.references]  # fmt: skip
    assert found == [("1.4", "1", "a", "1")]


def test_a_beleidsregel_named_by_its_title_is_another_law(one_law):
    found = targets("Dit volgt uit artikel 7 van de Beleidsregel bevoegdheid graadverlening hoger onderwijs.", one_law)
    assert [t[1:4] for t in found] == [("other_law", "Beleidsregel bevoegdheid graadverlening hoger onderwijs", "7")]
    assert targets("Dit volgt uit artikel 7 van de beleidsregel.", one_law) == []
