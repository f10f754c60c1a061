"""Forms that the real set's fresh38 part (zl01-zl10: a commentary site, verslagen, an advice with
its nader rapport, memories, an amendement and Staatsblad texts) showed, each stated as a rule of
such texts in general and tested on invented sentences."""

from __future__ import annotations

from wetgen.consult.analyse.explain import explain_references
from wetgen.places.parse import parse

from .resolving import invented_bill, resolved

_CHANGE = "In de artikelen 5, eerste lid, 7, 9, eerste tot en met het derde lid, en 12 wordt telkens «Onze Minister» vervangen door: de minister."
_ARTIKELEN = """    - nummer: I
      wijzigt: {citeertitel: Woningwet}
      onderdelen:
        - nummer: A
          wijzigingen:
            - {actie: vrije_tekst, doel: artikel 5, tekst: "CHANGE"}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 20, tekst: "(niet overgenomen)"}]}
    - {nummer: II, leden: ["Deze wet treedt in werking met ingang van 1 januari 2027."]}
"""


def _bill(tmp_path, change: str = _CHANGE):  # noqa: ANN202 - Bill
    return invented_bill(tmp_path / "proef.yaml", "Wijziging van de Woningwet in verband met proefwoningen",
                         "Wet proefwoningen", _ARTIKELEN.replace("CHANGE", change))  # fmt: skip


def test_a_range_of_leden_with_het_before_its_end_is_read():
    (place,) = parse("artikel 9, het eerste tot en met het derde lid")
    assert [(p.unit, p.numbers, p.through) for p in place.chain] == [("artikel", ("9",), False), ("lid", ("1", "3"), True)]


def test_the_articles_a_free_text_instruction_names_are_its_onderdeel_s(tmp_path):
    # the change is free text with the first article as its doel; the others it names are A's too
    views = [r for p in explain_references("Artikel 12 van de Woningwet en artikel 9 zijn te streng; artikel 20 ook.",
                                           _bill(tmp_path)) for r in p.references]  # fmt: skip
    labels = {v.text: [label for _, label in v.nodes] for v in views}
    assert labels["Artikel 12 van de Woningwet"] == ["Artikel I, onderdeel A"]
    assert labels["artikel 9"] == ["Artikel I, onderdeel A"]
    assert labels["artikel 20"] == ["Artikel I, onderdeel B"]


def test_new_text_ends_at_a_paragraph_that_names_its_law(tmp_path):
    text = ("ARTIKEL I\n\nB\n\nAan artikel 20 wordt een lid toegevoegd, luidende:\n\n3. Dit lid geldt tot 2030.\n\n"
            "Deze toevoeging aan artikel 20 van de Woningwet is nodig, anders dan artikel II van dit wetsvoorstel.\n")  # fmt: skip
    found = resolved(text, _bill(tmp_path), "scope", "artikel")
    assert ("artikel II van dit wetsvoorstel", "bill", "II") in found


# --- the review's cases ---------------------------------------------------------------------


def test_an_old_wording_kept_in_force_is_part_of_the_new_text(one_law):
    # overgangsrecht names its own law to keep its old wording: the new article goes on
    text = ("ARTIKEL I\n\nA\n\nNa artikel 12 wordt een artikel ingevoegd, luidende:\n\nArtikel 12a\n\n1. Op een aanvraag "
            "blijft artikel 12 van de Huisvestingswet 2014, zoals dat luidde, van toepassing.\n\n2. Het eerste lid "
            "vervalt na vijf jaar.\n")  # fmt: skip
    assert ("Het eerste lid", "law", "12a", "1") in resolved(text, one_law, "scope", "artikel", "lid")


def test_a_free_text_too_long_for_one_instruction_is_not_read(tmp_path):
    long = _CHANGE.replace("door: de minister.", "door: " + "de minister " * 200 + ".")
    views = [r for p in explain_references("Artikel 12 van de Woningwet is te streng.", _bill(tmp_path, long)) for r in p.references]
    assert [label for v in views for _, label in v.nodes] != ["Artikel I, onderdeel A"]
