"""Forms that the real set's fresh18 part (r01-r15: Staatsblad texts of amending acts, AMvB's and
regelingen with their aanhef, Eerste Kamer stukken, notas naar aanleiding van het verslag, a
conclusie) showed, each stated as a rule of instruments and parliamentary texts in general and
tested on invented sentences and invented drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.consult.analyse.lawchoice import agreed
from wetgen.consult.analyse.owninstrument import names_itself
from wetgen.consult.analyse.refs import find_references
from wetgen.loader import load_bill

from .resolving import article_targets as targets

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def two_laws():
    """A bill named after the Woningwet that also lets an article of the Huisvestingswet 2014
    lapse, with an evaluation article Ia of its own."""
    return load_bill(FIXTURES / "wijziging-woningwet-en-huisvestingswet.yaml")


@pytest.fixture(scope="module")
def untitled():
    """A besluit amending the Woningwet and the Huisvestingswet 2014 whose title names neither."""
    return load_bill(FIXTURES / "besluit-paragrafen.yaml")



# --- "deze regeling" and "dit besluit" in the instrument's own text ----------------------------


def test_a_regeling_names_itself_in_its_own_articles(regeling):
    text = ("Besluit:\n\nArtikel 1\n\nIn deze regeling wordt verstaan onder aanvraag: een proefaanvraag.\n\n"
            "Artikel 4\n\nDeze regeling treedt in werking met ingang van 1 januari 2027.")  # fmt: skip
    found = targets(text, regeling)
    assert [t for t in found if t[0].lower() == "deze regeling"] == [
        ("deze regeling", "bill", "", "", ""), ("Deze regeling", "bill", "", "", "")]


def test_the_article_of_deze_regeling_is_one_reference(regeling):
    found = targets("Artikel 2\n\nEen aanvraag als bedoeld in artikel 3 van deze regeling wordt schriftelijk ingediend.",
                    regeling)  # fmt: skip
    assert [t[1:4] for t in found] == [("bill", "", "2"), ("bill", "", "3")]


def test_a_decision_or_a_scheme_in_prose_is_no_reference(regeling, one_law):
    # "dit besluit" in a regeling is a decision of a bestuursorgaan; in prose the words name no provision
    assert targets("Artikel 3\n\nTegen dit besluit kan bezwaar worden gemaakt.", regeling)[1:] == []
    for sentence in ("De vereniging vindt deze regeling te ruim.", "Dit besluit is genomen na overleg.",
                     "Artikel I\n\nTegen dit besluit staat beroep open."):  # fmt: skip
        assert [t for t in targets(sentence, one_law) if t[0].lower() in ("deze regeling", "dit besluit")] == []


def test_the_noun_must_fit_the_instrument():
    assert names_itself("deze regeling", "Omzettingsregeling luchthaven Maastricht")
    assert names_itself("dit besluit", "Besluit op de proefaanvragen")
    assert names_itself("deze wet", "Regeling proefaanvragen")  # "deze wet" as before
    assert not names_itself("dit besluit", "Regeling proefaanvragen")
    assert not names_itself("deze regeling", "Huisvestingswet 2014")


# --- an article inserted with a small letter: "Artikel Ia" -------------------------------------


def test_a_roman_article_with_a_small_letter_is_the_bills(two_laws):
    found = targets("Artikel Ia\n\nOnze Minister zendt binnen vijf jaar na de inwerkingtreding van deze wet "
                    "een verslag aan de Staten-Generaal.", two_laws)  # fmt: skip
    assert found == [("Artikel Ia", "bill", "", "Ia", ""), ("deze wet", "bill", "", "", "")]


def test_a_small_letter_after_a_roman_number_is_read_only_as_a_letter_of_a_to_f():
    numbers = [p.artikel for r in find_references("artikel IIb en artikel Ia") for p in r.parts]
    assert numbers == ["IIb", "Ia"]
    assert find_references("Zie het artikel In de praktijk gaat het anders.") == []


# --- a volzin named alone in the lid whose number opens its line ----------------------------------


def test_a_volzin_below_a_lid_number_is_a_sentence_of_that_lid(regeling):
    for layout in ("Artikel 3\n1\nOp een aanvraag wordt binnen acht weken beslist.\n2\nDe termijn kan eenmaal "
                   "worden verlengd. De eerste volzin geldt ook voor een bezwaar.",
                   "Artikel 3\n\n1. Op een aanvraag wordt binnen acht weken beslist. 2. De termijn kan eenmaal "
                   "worden verlengd. De eerste volzin geldt ook voor een bezwaar."):  # fmt: skip
        found = targets(layout, regeling)
        assert found[-1] == ("De eerste volzin", "bill", "", "3", "2"), layout


def test_a_volzin_without_a_lid_number_stays_the_article(regeling):
    found = targets("Artikel 3\n\nOp een aanvraag wordt binnen acht weken beslist. De eerste volzin geldt ook "
                    "voor een bezwaar.", regeling)  # fmt: skip
    assert found[-1] == ("De eerste volzin", "bill", "", "3", "")


# --- a bare article between the laws a bill amends -------------------------------------------------


def test_a_bare_article_is_not_given_to_a_law_the_title_does_not_name(two_laws, untitled):
    text = ("1. Wij stemmen in met het vervallen van artikel 12 van de Huisvestingswet 2014.\n\n"
            "2. De leden vragen naar de verhouding met artikel 41.")  # fmt: skip
    # the law named last (Huisvestingswet 2014) and the title (Woningwet) disagree: not guessed
    assert targets(text, two_laws)[-1] == ("artikel 41", "unknown", "", "41", "")
    # a title that names neither law leaves the law named last as the choice, as before
    assert targets(text, untitled)[-1] == ("artikel 41", "law", "Huisvestingswet 2014", "41", "")
    # the law the title names is kept when it is the one named last
    text = "1. Artikel 5 van de Woningwet wordt gewijzigd.\n\n2. De leden vragen naar artikel 41."
    assert targets(text, two_laws)[-1] == ("artikel 41", "law", "Woningwet", "41", "")


def test_agreed_only_abstains_where_several_laws_fit():
    styles = {"Woningwet": {"plain"}, "Huisvestingswet 2014": {"plain"}}
    title = frozenset({"Woningwet"})
    assert agreed("Huisvestingswet 2014", "40", styles, title) == ""
    assert agreed("Woningwet", "40", styles, title) == "Woningwet"
    assert agreed("Huisvestingswet 2014", "40", {"Huisvestingswet 2014": {"plain"}}, title) == "Huisvestingswet 2014"
    assert agreed("Huisvestingswet 2014", "40", styles, frozenset()) == "Huisvestingswet 2014"


# --- laws named in an aanhef ------------------------------------------------------------------------


def test_a_dated_law_keeps_its_short_title_and_its_comma_as_written(one_law):
    found = targets("Gelet op artikel 5 van de Wet van 3 maart 2010 houdende regels over proefwoningen "
                    "(Wet proefwoningen) (Stb. 2010, 100);", one_law)  # fmt: skip
    assert found[0][1:4] == ("other_law", "Wet van 3 maart 2010 houdende regels over proefwoningen (Wet proefwoningen)", "5")
    found = targets("Gelet op artikel 5 van de Wet van 3 maart 2010, houdende regels over proefwoningen (Stb. 100);", one_law)
    assert found[0][2] == "Wet van 3 maart 2010, houdende regels over proefwoningen"


def test_an_old_title_in_a_list_of_articles_each_with_its_law_is_read_whole(one_law):
    text = ("Gelet op artikel 3, eerste lid, van de Woningwet, 9, tweede lid, van de Wet bijdragen aan kleine "
            "gemeenten, 7a, derde lid, van de Wet toezicht bij waterschappen en 12 van de Onteigeningswet;")  # fmt: skip
    found = targets(text, one_law)
    assert [t[2:5] for t in found] == [("Woningwet", "3", "1"), ("Wet bijdragen aan kleine gemeenten", "9", "2"),
                                       ("Wet toezicht bij waterschappen", "7a", "3"), ("Onteigeningswet", "12", "")]
    # in prose the title still ends before such a word
    found = targets("Artikel 9 van de Wet bijdragen is streng aan de grens, 3 keer per jaar.", one_law)
    assert found[0][2] == "Wet bijdragen"


def test_a_one_word_law_keeps_its_title_up_to_its_year(one_law):
    assert targets("Zie artikel 12 van de Organisatiewet sociale verzekeringen 1997.", one_law)[0][2] == (
        "Organisatiewet sociale verzekeringen 1997")
    assert targets("Zie artikel 12 van de Proefwoningenwet sinds 2015.", one_law)[0][2] == "Proefwoningenwet"


# --- a division named without a law in the instrument's own article ---------------------------


def test_a_division_named_bare_in_the_instruments_own_article_is_its_own(regeling, one_law):
    text = ("Artikel 1\n\nIn hoofdstuk 2, met uitzondering van artikel 3, en de hoofdstukken 4 en 5 wordt verstaan "
            "onder aanvraag: een proefaanvraag.")  # fmt: skip
    found = [(r.text, r.target.scope, r.target.division) for p in explain_references(text, regeling)
             for r in p.references if r.target.division]  # fmt: skip
    assert found == [("hoofdstuk 2", "bill", "hoofdstuk 2"), ("hoofdstukken 4 en 5", "bill", "hoofdstuk 4"),
                     ("hoofdstukken 4 en 5", "bill", "hoofdstuk 5")]
    # in prose about the instrument, and below an article of the law a bill amends, it is not the bill's
    for sentence, bill in (("In hoofdstuk 2 wordt ingegaan op de gevolgen.", regeling),
                           ("Artikel 2\n\nIn hoofdstuk 2 wordt ingegaan op de gevolgen.", one_law)):
        assert "bill" not in [r.target.scope for p in explain_references(sentence, bill) for r in p.references
                              if r.text.startswith("hoofdstuk")], sentence


# --- "Deze wet" opening the sentence after one that names the bill ----------------------------


def test_deze_wet_after_a_sentence_naming_the_bill_is_the_bill(two_laws, one_law):
    text = "Op 1 juli is de Wet proefwoningen in werking getreden.2 Deze wet geeft gemeenten meer ruimte."
    assert targets(text, two_laws)[-1] == ("Deze wet", "bill", "", "", "")
    # after another law, or not at the start of its sentence, "deze wet" stays unresolved as before
    for sentence in ("Op 1 juli is de Woningwet gewijzigd. Deze wet geeft gemeenten meer ruimte.",
                     "De Wet proefwoningen is aangenomen, en volgens deze wet mag dat.",
                     "De Wet proefwoningen is aangenomen. Daarna is gebleken dat deze wet knelt."):  # fmt: skip
        assert targets(sentence, two_laws)[-1][1] == "unknown", sentence
    assert targets("De Huisvestingswet 2014 is gewijzigd. Deze wet regelt de urgentie.", one_law)[-1][1] == "unknown"
