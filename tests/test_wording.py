"""The generated wording of wijzigingsopdrachten matches the formulas of DRAFTING.md §4."""

import pytest

from wetgen.amend.wording import (
    article_intro,
    onderdeel_heading,
    onderdeel_label,
    sentence,
    word_onderdeel,
)
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Instruction,
    Item,
    LawRef,
    Lid,
    Renumbering,
    Target,
)

T = Target


def lid(n):
    return Lid(n, "tekst.")


CASES = [
    (Instruction(Action.REPLACE_WORDS, T(artikel="12", lid="1"), old="X", new="Y"),
     'In artikel 12, eerste lid, wordt «X» vervangen door «Y».'),
    (Instruction(Action.REPLACE, T(artikel="12", lid="4"), payload=(lid("4"),)),
     "Artikel 12, vierde lid, komt te luiden:"),
    (Instruction(Action.REPLACE, T(artikel="12", lid="4"), payload=(lid("4"), lid("5"))),
     "Artikel 12, vierde lid, wordt vervangen door twee leden, luidende:"),
    (Instruction(Action.INSERT, T(artikel="28"), payload=(Article("28a", text="x"),)),
     "Na artikel 28 wordt een artikel ingevoegd, luidende:"),
    (Instruction(Action.ADD, T(artikel="12"), payload=(lid("5"),)),
     "Aan artikel 12 wordt een lid toegevoegd, luidende:"),
    (Instruction(Action.INSERT_WORDS, T(artikel="12", lid="1"), anchor="woonruimte", new="of standplaatsen"),
     'In artikel 12, eerste lid, wordt na «woonruimte» ingevoegd «of standplaatsen».'),
    (Instruction(Action.DELETE, T(artikel="12", lid="4")), "Artikel 12, vierde lid, vervalt."),
    (Instruction(Action.DELETE_WORDS, T(artikel="12", lid="1"), old="dringend"),
     'In artikel 12, eerste lid, vervalt «dringend».'),
    (Instruction(Action.INSERT, T(artikel="12", lid="1", onderdeel="b"), payload=(Item("c", "x;"),),
                 renumbering=Renumbering("onderdeel", ("c", "d", "e", "f"), ("d", "e", "f", "g"))),
     "Onder verlettering van de onderdelen c tot en met f tot d tot en met g wordt in artikel 12, "
     "eerste lid, na onderdeel b een onderdeel ingevoegd, luidende:"),
    (Instruction(Action.ADD, T(artikel="12", lid="1"), payload=(Item("e", "x."),), period_to_semicolon=True),
     "Onder vervanging van de punt aan het slot van onderdeel d door een puntkomma wordt aan artikel 12, "
     "eerste lid, een onderdeel toegevoegd, luidende:"),
    (Instruction(Action.RENUMBER, T(artikel="12a"), new="12b"), "Artikel 12a wordt vernummerd tot artikel 12b."),
]  # fmt: skip


@pytest.mark.parametrize(("instruction", "expected"), CASES)
def test_absolute_formulas(instruction, expected):
    assert sentence(instruction) == expected


RELATIVE = [
    (Instruction(Action.DELETE, T(artikel="12", lid="3"), renumbering=Renumbering("lid", ("4",), ("3",))),
     "Het derde lid vervalt, onder vernummering van het vierde lid tot derde lid."),
    (Instruction(Action.ADD, T(artikel="12"), payload=(lid("5"),)), "Er wordt een lid toegevoegd, luidende:"),
    (Instruction(Action.REPLACE_WORDS, T(artikel="12", lid="2"), old="a", new="b"),
     'In het tweede lid wordt «a» vervangen door «b».'),
]  # fmt: skip


@pytest.mark.parametrize(("instruction", "expected"), RELATIVE)
def test_relative_formulas_under_a_shared_article(instruction, expected):
    assert sentence(instruction, relative=True) == expected


def test_several_changes_of_one_article_are_numbered_under_a_header():
    onderdeel = AmendingOnderdeel("A", (
        Instruction(Action.REPLACE_WORDS, T(artikel="12", lid="1"), old="a", new="b"),
        Instruction(Action.DELETE, T(artikel="12", lid="4")),
    ))  # fmt: skip
    lines = word_onderdeel(onderdeel)
    assert [(w.label, w.sentence) for w in lines] == [
        ("", "Artikel 12 wordt als volgt gewijzigd:"),
        ("1.", 'In het eerste lid wordt «a» vervangen door «b».'),
        ("2.", "Het vierde lid vervalt."),
    ]


def test_intro_and_toelichting_heading():
    first = AmendingOnderdeel("A", (Instruction(Action.DELETE, T(artikel="12", lid="4")),))
    onderdeel = AmendingOnderdeel("B", (Instruction(Action.INSERT, T(artikel="28"), payload=(Article("28a", text="x"),)),))
    article = Article("I", amends=LawRef("Huisvestingswet 2014", "BWBR0035303"), onderdelen=(first, onderdeel))
    assert article_intro(article) == "De Huisvestingswet 2014 wordt als volgt gewijzigd:"
    assert onderdeel_heading(article, onderdeel) == "Artikel I, onderdeel B (artikel 28a)"


def test_a_single_change_names_its_law_and_has_no_letter():
    onderdeel = AmendingOnderdeel("A", (Instruction(Action.INSERT, T(artikel="28"), payload=(Article("28a", text="x"),)),))
    article = Article("I", amends=LawRef("Huisvestingswet 2014", "BWBR0035303"), onderdelen=(onderdeel,))
    assert article_intro(article) == ""
    assert onderdeel_label(article, onderdeel) == ""
    assert [w.sentence for w in word_onderdeel(onderdeel, article=article)] == [
        "Na artikel 28 van de Huisvestingswet 2014 wordt een artikel ingevoegd, luidende:"
    ]
    assert onderdeel_heading(article, onderdeel) == "Artikel I (artikel 28a)"


# --- issue 12: the forms real bills use --------------------------------------------------------


def test_quoted_words_are_literal_spaces_and_quotes_included():
    arnhem = Instruction(Action.INSERT_WORDS, T(artikel="1"), anchor="Arnhem, ", new="Ede, ")
    assert sentence(arnhem) == "In artikel 1 wordt na «Arnhem, » ingevoegd «Ede, »."
    quoted = Instruction(Action.REPLACE_WORDS, T(artikel="3"), old='de "Wet X"', new="de Wet Y")
    assert sentence(quoted) == 'In artikel 3 wordt «de "Wet X"» vervangen door «de Wet Y».'


def test_the_quotation_marks_and_the_colon_form_are_the_bills_choice():
    from wetgen.model import Style

    i = Instruction(Action.REPLACE_WORDS, T(artikel="12"), old="a", new="b")
    assert sentence(i, style=Style(quotes='""')) == 'In artikel 12 wordt "a" vervangen door "b".'
    assert sentence(i, style=Style(colon=True)) == "In artikel 12 wordt «a» vervangen door: b."
    kept = Instruction(Action.REPLACE_WORDS, T(artikel="12"), old="a", new="b", colon=False)
    assert sentence(kept, style=Style(colon=True)) == "In artikel 12 wordt «a» vervangen door «b»."


def test_telkens_places_and_joined_changes():
    several = (T(artikel="6"), T(artikel="8"))
    i = Instruction(Action.REPLACE_WORDS, several[0], also=several[1:], old="a", new="b", every=True)
    assert sentence(i) == "In de artikelen 6 en 8 wordt «a» telkens vervangen door «b»."
    joined = Instruction(Action.DELETE_WORDS, T(artikel="3"), old="c", joined=(
        Instruction(Action.INSERT_WORDS, T(), anchor="d", new="e"),))  # fmt: skip
    assert sentence(joined) == "In artikel 3 vervalt «c» en wordt na «d» ingevoegd «e»."


def test_an_inline_law_takes_its_article_from_the_data():
    for law, expected in (
        (LawRef("Boek 7 van het Burgerlijk Wetboek", article=""), "Artikel 230 van Boek 7 van het Burgerlijk Wetboek vervalt."),
        (LawRef("Statuut voor het Koninkrijk der Nederlanden", article="het"),
         "Artikel 230 van het Statuut voor het Koninkrijk der Nederlanden vervalt."),
    ):  # fmt: skip
        onderdeel = AmendingOnderdeel("A", (Instruction(Action.DELETE, T(artikel="230")),))
        article = Article("I", amends=law, onderdelen=(onderdeel,))
        assert [w.sentence for w in word_onderdeel(onderdeel, article=article)] == [expected]
        intro = Article("I", amends=law, onderdelen=(onderdeel, onderdeel))
        assert not article_intro(intro).startswith("De ")


def test_the_fixed_wording_follows_the_formulier():
    from wetgen.formulas import aanhef, doc_type, enacting_formula, slotformulier
    from wetgen.model import Formulier

    assert enacting_formula(Formulier()).startswith("Zo is het, dat Wij, de Afdeling advisering van de Raad")
    staatsblad = Formulier(form="staatsblad")
    assert aanhef(staatsblad)[1] == "Allen die deze zullen zien of horen lezen, saluut! doen te weten:"
    assert enacting_formula(staatsblad).startswith("Zo is het dat Wij")
    rijk = Formulier(kind="rijkswet", monarch="Beatrix", council="Raad van State")
    assert aanhef(rijk)[0] == "Wij Beatrix, bij de gratie Gods, Koningin der Nederlanden, Prinses van Oranje-Nassau, enz. enz. enz."
    assert "de Raad van State van het Koninkrijk gehoord" in enacting_formula(rijk)
    assert "de bepalingen van het Statuut voor het Koninkrijk in acht genomen zijnde," in enacting_formula(rijk)
    assert "in het Afkondigingsblad van Aruba, in het Publicatieblad van Curaçao en in het" in slotformulier(rijk)
    assert doc_type(rijk) == "Voorstel van rijkswet"
    assert "ambtenaren wie zulks aangaat" in slotformulier(Formulier(relative="wie"))


def test_a_single_replacement_names_its_law_after_the_whole_place():
    onderdeel = AmendingOnderdeel("A", (Instruction(Action.REPLACE, T(artikel="17", lid="3"), payload=(lid("3"),)),))
    article = Article("I", amends=LawRef("Wet X"), onderdelen=(onderdeel,))
    assert [w.sentence for w in word_onderdeel(onderdeel, article=article)] == [
        "Artikel 17, derde lid, van de Wet X komt te luiden:"
    ]
    several = AmendingOnderdeel("A", (
        Instruction(Action.REPLACE_WORDS, T(artikel="4", lid="1"), old="a", new="b"),
        Instruction(Action.DELETE, T(artikel="4", lid="3")),
    ))  # fmt: skip
    article = Article("I", amends=LawRef("Wet X"), onderdelen=(several,))
    assert [w.sentence for w in word_onderdeel(several, article=article)] == [
        "Artikel 4 van de Wet X wordt als volgt gewijzigd:",
        "In het eerste lid wordt «a» vervangen door «b».",
        "Het derde lid vervalt.",
    ]


def test_a_renumbering_with_a_gap_is_written_as_its_runs_and_read_back():
    # the Leegstandwet act (Stb. 2013, 264): the ninth lid is not renumbered, so no range spans it
    published = ("Onder vernummering van het vierde tot en met achtste lid tot het vijfde tot en met negende lid, "
                 "en van het tiende tot en met dertiende lid tot het elfde tot en met veertiende lid wordt na het "
                 "derde lid een nieuw lid ingevoegd, luidende:")  # fmt: skip
    from wetgen.amend.parse import parse_instruction

    read = parse_instruction(published, (lid("4"),))
    assert isinstance(read, Instruction) and read.renumbering is not None
    assert read.renumbering.old == ("4", "5", "6", "7", "8", "10", "11", "12", "13")
    assert read.renumbering.new == ("5", "6", "7", "8", "9", "11", "12", "13", "14")
    assert sentence(read).strip() == published


@pytest.mark.parametrize(("published", "payload", "form"), [
    # the older wordings of real bills (tests/realbills: Stb. 1999, 243; Stb. 1996, 134)
    ("De tweede volzin komt te vervallen.", (), "te_vervallen"),
    ("De artikelen 5 en 6 komen te vervallen.", (), "te_vervallen"),
    ("Artikel 1638c wordt vervangen door de volgende artikelen:",
     (Article("1638c", text="Een."), Article("1638d", text="Twee.")), "de_volgende"),
])  # fmt: skip
def test_the_older_wordings_of_delete_and_replace_are_read_and_written_back(published, payload, form):
    from wetgen.amend.parse import parse_instruction

    read = parse_instruction(published, payload)
    assert isinstance(read, Instruction) and read.form == form
    assert sentence(read, relative=not read.target.chain[0].unit == "artikel").strip() == published
