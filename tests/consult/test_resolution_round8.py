"""Forms that the real set's fresh8 (h01-h15) and fresh9 (i01-i15) parts showed, and forms the
next memories, notas van wijziging and memories van antwoord are likely to bring: each a general
rule, tested on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

DEFAULT = Path(__file__).parents[2] / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"


@pytest.fixture(scope="module")
def one_law():
    """The default draft: ARTIKEL I amends the Huisvestingswet 2014."""
    return load_bill(DEFAULT)


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid, onderdeel, detail) of every reference, in order."""
    return [(r.text, r.target.scope, r.target.law, r.target.artikel, r.target.lid, r.target.onderdeel,
             r.target.detail) for p in explain_references(text, bill) for r in p.references]  # fmt: skip


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
