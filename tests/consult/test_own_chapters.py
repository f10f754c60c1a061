"""A bill whose hoofdstukken number their articles from 1 again (an aanpassingswet in hoofdstukken
per ministry): "artikel 1" is the one of the hoofdstuk under discussion, its points land on that
article's own nodes (`chp_II__art_1`), and its targets name the hoofdstuk (ownchapters.py).

The bill is invented; its shape is that of the aanpassingswetten of the 1990s (Stb. 1995, 355;
the Invoeringswet Vreemdelingenwet 2000, Stb. 2000, 496)."""

from __future__ import annotations

import pytest

from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.explain import explain_references

from .resolving import invented_bill, resolved

ARTIKELEN = """    - hoofdstuk: I
      opschrift: Ministerie van Buitenlandse Zaken
      artikelen:
        - nummer: "1"
          wijzigt: {citeertitel: Wet op de kustwacht}
          onderdelen:
            - wijzigingen: [{actie: vervallen, doel: artikel 5}]
    - hoofdstuk: II
      opschrift: Ministerie van Justitie
      artikelen:
        - nummer: "1"
          wijzigt: {citeertitel: Wet op de veerdiensten}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vervallen, doel: artikel 3}]}
            - {nummer: B, wijzigingen: [{actie: vervallen, doel: artikel 7}]}
        - nummer: "2"
          wijzigt: {citeertitel: Wet op de havenloodsen}
          onderdelen:
            - wijzigingen: [{actie: vervallen, doel: artikel 9}]
    - hoofdstuk: III
      opschrift: Slotbepalingen
      artikelen:
        - nummer: "1"
          leden:
            - Onze Minister zendt binnen vijf jaar een verslag aan de Staten-Generaal.
            - Het verslag gaat in op de doeltreffendheid.
        - {nummer: "2", tekst: Deze wet wordt aangehaald als Aanpassingswet adviesraden.}
"""


@pytest.fixture(scope="module")
def bill(tmp_path_factory):  # noqa: ANN001, ANN201 - TempPathFactory, Bill
    return invented_bill(tmp_path_factory.mktemp("own") / "ontwerp.yaml", "Aanpassing van wetten aan de Wet op de adviesraden",
                         "Aanpassingswet adviesraden", ARTIKELEN)  # fmt: skip


def nodes(text: str, bill) -> list[tuple[str, tuple[str, ...]]]:  # noqa: ANN001 - Bill
    return [(r.text, tuple(e for e, _ in r.nodes)) for p in explain_references(text, bill) for r in p.references]


def test_a_heading_of_the_hoofdstuk_chooses_its_article_1(bill) -> None:  # noqa: ANN001
    text = "HOOFDSTUK I\n\nArtikel 1\n\nGoed.\n\nHOOFDSTUK II\n\nArtikel 1\n\nA\n\nTe ruim.\n\nB\n\nGoed."
    assert resolved(text, bill, "division", "artikel", "onderdeel") == [
        ("HOOFDSTUK I", "hoofdstuk I", "", ""),
        ("Artikel 1", "hoofdstuk I", "1", ""),
        ("HOOFDSTUK II", "hoofdstuk II", "", ""),
        ("Artikel 1", "hoofdstuk II", "1", ""),
        ("A", "hoofdstuk II", "1", "A"),
        ("B", "hoofdstuk II", "1", "B"),
    ]


def test_the_points_land_on_nodes_the_bill_has(bill) -> None:  # noqa: ANN001
    text = ("Hoofdstuk II, artikel 1, onderdeel A, gaat te ver.\n\n"
            "Artikel 1 van hoofdstuk I is overbodig.\n\n"
            "Artikel 7 van de Wet op de veerdiensten moet blijven.")  # fmt: skip
    found = nodes(text, bill)
    assert ("Hoofdstuk II, artikel 1, onderdeel A", ("chp_II__art_1__point_A",)) in found
    assert ("Artikel 1 van hoofdstuk I", ("chp_I__art_1",)) in found
    assert ("Artikel 7 van de Wet op de veerdiensten", ("chp_II__art_1__point_B",)) in found
    known = {n.eid for n in Analyser(bill).index.nodes}
    assert all(set(eids) <= known for _, eids in found)


def test_the_hoofdstuk_after_the_article_chooses_it(bill) -> None:  # noqa: ANN001
    text = "HOOFDSTUK II\n\nIn artikel 1 van hoofdstuk I wordt niets gewijzigd."
    assert resolved(text, bill, "division", "artikel")[-1:] == [("artikel 1 van hoofdstuk I", "hoofdstuk I", "1")]


def test_an_article_only_one_hoofdstuk_has_is_found_in_any(bill) -> None:  # noqa: ANN001
    assert resolved("HOOFDSTUK I\n\nArtikel 2 is te kort.", bill, "division", "artikel")[-1] == ("Artikel 2", "hoofdstuk II", "2")


def test_a_bill_numbered_throughout_names_no_hoofdstuk(tmp_path) -> None:  # noqa: ANN001
    throughout = ARTIKELEN.split("    - hoofdstuk: III")[0].replace('nummer: "1"\n          wijzigt: {citeertitel: Wet op de veerdiensten}',
                                   'nummer: "2"\n          wijzigt: {citeertitel: Wet op de veerdiensten}'
                                   ).replace('nummer: "2"\n          wijzigt: {citeertitel: Wet op de havenloodsen}',
                                             'nummer: "3"\n          wijzigt: {citeertitel: Wet op de havenloodsen}')  # fmt: skip
    other = invented_bill(tmp_path / "ontwerp.yaml", "Aanpassing van wetten", "Aanpassingswet", throughout)
    assert nodes("HOOFDSTUK II\n\nArtikel 2, onderdeel A, gaat te ver.", other)[-1] == ("Artikel 2, onderdeel A", ("art_2__point_A",))
    assert resolved("Artikel 2, onderdeel A, gaat te ver.", other, "division") == [("Artikel 2, onderdeel A", "")]


def test_the_version_mapping_knows_the_instructions_of_each_hoofdstuk(bill) -> None:  # noqa: ANN001
    from wetgen import address
    from wetgen.consult.analyse.versions import _instruction_targets

    targets = _instruction_targets(bill)
    assert set(targets) <= {a.eid for a in address.walk(bill)}
    assert sorted(targets.values()) == ["3", "5", "7", "9"]


def test_a_new_hoofdstuk_leaves_the_law_the_article_before_amended(bill) -> None:  # noqa: ANN001
    text = "Hoofdstuk II, artikel 2\n\nGeen opmerkingen.\n\nHoofdstuk III, artikel 1\n\nHet eerste lid moet anders."
    assert nodes(text, bill)[-2:] == [("Hoofdstuk III, artikel 1", ("chp_III__art_1",)), ("Het eerste lid", ("chp_III__art_1__para_1",))]
    text = "Hoofdstuk II, artikel 1\n\nOnderdeel A is te ruim.\n\nHoofdstuk III\n\nArtikel 1\n\nHet eerste lid moet anders."
    assert nodes(text, bill)[-2:] == [("Artikel 1", ("chp_III__art_1",)), ("Het eerste lid", ("chp_III__art_1__para_1",))]


def test_a_hoofdstuk_that_says_where_an_article_is_puts_the_point_on_that_article_only(bill) -> None:  # noqa: ANN001
    """One reference, whose target names the hoofdstuk: not also a point on all of hoofdstuk III."""
    found = nodes("Hoofdstuk III, artikel 1, tweede lid, is onduidelijk.", bill)
    assert found == [("Hoofdstuk III, artikel 1, tweede lid", ("chp_III__art_1__para_2",))]
    assert nodes("Artikel 1 van hoofdstuk III is onduidelijk.", bill) == [("Artikel 1 van hoofdstuk III", ("chp_III__art_1",))]
    assert resolved("Hoofdstuk III, artikel 1, tweede lid, is onduidelijk.", bill, "division", "artikel", "lid") == [
        ("Hoofdstuk III, artikel 1, tweede lid", "hoofdstuk III", "1", "2")]


def test_another_laws_hoofdstuk_after_an_article_is_not_the_bills(bill) -> None:  # noqa: ANN001
    text = "HOOFDSTUK I\n\nArtikel 1 van hoofdstuk III van de Wet op de havenloodsen bevat de definities."
    assert resolved(text, bill, "scope", "division")[1][:2] == ("Artikel 1", "law")


def test_staff_name_an_article_of_a_hoofdstuk_on_the_command_line(bill) -> None:  # noqa: ANN001
    """`consult show --article "hoofdstuk II, artikel 1"` shows that hoofdstuk's article 1, not the first."""
    from wetgen.consult.analyse.specs import node_for

    reader = Analyser(bill)
    known = dict.fromkeys(("chp_I__art_1", "chp_II__art_1", "chp_II__art_1__point_A", "chp_III__art_1",
                           "chp_III__art_1__para_2", "chp_III__art_2"), "")  # fmt: skip
    assert node_for("hoofdstuk II, artikel 1", known, reader) == ["chp_II__art_1"]
    assert node_for("artikel 1 van hoofdstuk III", known, reader) == ["chp_III__art_1"]
    assert node_for("hoofdstuk II, artikel 1, onderdeel A", known, reader) == ["chp_II__art_1__point_A"]
    assert node_for("artikel 1, tweede lid, van hoofdstuk III", known, reader) == ["chp_III__art_1__para_2"]
    assert node_for("1", known, reader) == ["chp_I__art_1"]  # no hoofdstuk named: the first
