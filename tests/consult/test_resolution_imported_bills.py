"""Resolution against a bill read in by `wetgen import` from its published text, as staff and
reviewers have it, instead of a draft typed in wetgen's format: the forms of real bills that the
import of the real set's bill texts showed (a book of the Burgerlijk Wetboek named as bills name
it, a comma before the verb, a date in the opening line), each on an invented bill."""

from __future__ import annotations

from wetgen.consult.analyse.explain import explain_references
from wetgen.importer import import_data
from wetgen.importer.draft import draft_text
from wetgen.loader import load_text

HEAD = "Wet van 1 januari 2020 tot wijziging van enkele wetten\n\n"


def _imported(body: str):  # noqa: ANN202 - Bill
    result = import_data((HEAD + body).encode("utf-8"), "wet.txt")
    return load_text(draft_text(result, "wet.txt").encode("utf-8"), "<wet>").bill


def _landed(text: str, bill) -> list[tuple]:
    """Return (reference, scope, law, artikel, the bill's nodes it lands on) of each reference."""
    return [(r.text, r.target.scope, r.target.law, r.target.artikel, [n["label"] for n in r.to_dict()["nodes"]])
            for p in explain_references(text, bill) for r in p.references]  # fmt: skip


def test_a_book_of_the_burgerlijk_wetboek_as_the_bill_names_it_is_the_law_it_amends():
    bill = _imported("ARTIKEL I\n\nBoek 7 van het Burgerlijk Wetboek wordt als volgt gewijzigd:\n\nA\n\n"
                     "Artikel 253 vervalt.\n\nB\n\nArtikel 254 vervalt.\n")  # fmt: skip
    found = _landed("Wij bezwaar tegen het schrappen van artikel 7:253 BW en van artikel 254 van Boek 7 van "
                    "het Burgerlijk Wetboek.", bill)  # fmt: skip
    assert [(scope, artikel) for _, scope, _, artikel, _ in found] == [("law", "253"), ("law", "254")]
    assert [nodes for *_, nodes in found] == [["Artikel I, onderdeel A"], ["Artikel I, onderdeel B"]]


def test_a_single_change_with_a_comma_before_its_verb_amends_the_law_it_names():
    bill = _imported("ARTIKEL I\n\nIn artikel 39, elfde lid, van de Wet op de toets, wordt «a» vervangen door «b».\n\n"
                     "ARTIKEL II\n\nDeze wet treedt in werking met ingang van 1 januari 2021.\n")  # fmt: skip
    found = _landed("Artikel 39, elfde lid, van de Wet op de toets moet blijven zoals het is.", bill)
    (reference, scope, law, artikel, nodes), = found
    assert (reference, scope, law, artikel) == ("Artikel 39, elfde lid, van de Wet op de toets", "law", "Wet op de toets", "39")
    assert nodes == ["Artikel I"]  # its only onderdeel has no letter, so staff see the article's name


def test_an_opening_with_a_date_names_the_law_and_not_the_date():
    bill = _imported("ARTIKEL I\n\nDe Wet op de proef wordt met ingang van 1 januari 2023 als volgt gewijzigd:\n\n"
                     "A\n\nArtikel 3.112 vervalt.\n\nB\n\nArtikel 10.5 vervalt.\n")  # fmt: skip
    found = _landed("Het vervallen van artikel 10.5 van de Wet op de proef raakt veel ondernemers.", bill)
    assert found == [("artikel 10.5 van de Wet op de proef", "law", "Wet op de proef", "10.5", ["Artikel I, onderdeel B"])]
