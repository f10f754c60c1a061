"""Forms that the real set's fresh21 part (u01-u15: practitioners' texts on a law's articles:
legal information pages, commentaries, a judgment, municipal verordeningen, a college reglement
and beleidsregels) showed, each stated as a rule of such texts in general and tested on invented
sentences and invented drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.datedlaws import year_after
from wetgen.consult.analyse.owninstrument import names_itself
from wetgen.loader import load_bill

from .resolving import article_targets as targets

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def verordening():
    """A gemeentelijke verordening with three articles of its own (it amends no law)."""
    return load_bill(FIXTURES / "verordening-eigen-artikelen.yaml")



# --- "deze verordening" and "dit reglement" in the instrument's own text ------------------------


def test_a_verordening_names_itself_in_its_own_articles(verordening):
    text = ("De raad besluit:\n\nArtikel 1\n\nIn deze verordening wordt verstaan onder aanvrager: een inwoner.\n\n"
            "Artikel 3\n\nDeze verordening treedt in werking met ingang van 1 januari 2027.")  # fmt: skip
    found = [t for t in targets(text, verordening) if t[0].lower() == "deze verordening"]
    assert found == [("deze verordening", "bill", "", "", ""), ("Deze verordening", "bill", "", "", "")]


def test_an_article_of_deze_verordening_is_the_instruments_own(verordening):
    found = targets("Artikel 3\n\nDe termijn van artikel 2 van deze verordening geldt ook voor een bezwaar.",
                    verordening)  # fmt: skip
    assert ("bill", "", "2") in [t[1:4] for t in found]


def test_deze_verordening_in_an_instrument_of_another_kind_names_nothing(regeling):
    # a regeling that speaks of a verordening (of the EU, of a gemeente) does not name itself so
    found = targets("Artikel 2\n\nDe gegevens worden verwerkt zoals deze verordening dat toestaat.", regeling)
    assert [t for t in found if "verordening" in t[0]] == []


def test_the_nouns_of_a_gemeentes_and_a_colleges_own_instruments():
    assert names_itself("dit reglement", "Reglement gegevensverstrekking proefgemeente")
    assert names_itself("deze verordening", "Verordening proefsubsidies Proefdorp 2027")
    assert not names_itself("dit reglement", "Verordening proefsubsidies Proefdorp 2027")
    assert not names_itself("deze verordening", "Wet op de proefsubsidies")


# --- a year right after a known law's name: an earlier version of it ---------------------------


def test_an_article_of_an_earlier_grondwet_names_that_version(one_law):
    found = targets("Het recht werd toen naar één wetboek gesproken (artikel 12 Grondwet 1815).", one_law)
    assert found == [("artikel 12 Grondwet 1815", "other_law", "Grondwet 1815", "12", "")]


def test_a_year_that_the_sentence_goes_on_from_is_no_part_of_the_name(one_law):
    found = targets("Sinds artikel 12 Grondwet 1983 werd herzien, is de regel anders.", one_law)
    assert [t[2] for t in found] == ["Grondwet"]


def test_a_year_is_read_only_after_a_name_without_one():
    assert year_after("de Grondwet 1848, die", 11, "Grondwet") == " 1848"
    assert year_after("de Grondwet 1848 bepaalde", 11, "Grondwet") == ""
    assert year_after("de Huisvestingswet 2014 2015.", 23, "Huisvestingswet 2014") == ""
    assert year_after("artikel 1 Woningwet 12.", 19, "Woningwet") == ""


# --- "dit lid" where no lid is under discussion ------------------------------------------------


def test_dit_lid_in_an_article_without_leden_is_a_member(verordening):
    text = ("Artikel 1\n\nIn deze verordening wordt verstaan onder fractie: de leden die op één lijst zijn "
            "gekozen; is op een lijst één lid gekozen, dan geldt dit lid als een fractie.")  # fmt: skip
    assert [t for t in targets(text, verordening) if t[0] == "dit lid"] == []


def test_dit_lid_in_a_numbered_lid_is_that_lid(verordening):
    text = "Artikel 2\n\n2. Op een aanvraag als bedoeld in dit lid wordt binnen acht weken beslist."
    assert ("dit lid", "bill", "", "2", "2") in targets(text, verordening)


# --- several leden of one article, then "dat artikel" -------------------------------------------


def test_dat_artikel_after_several_leden_of_one_article_is_that_article(one_law):
    text = ("De bepaling volgt artikel 7, eerste en derde lid, van de Woningwet. De rechtspraak over "
            "dat artikel blijft bruikbaar.")  # fmt: skip
    assert [t for t in targets(text, one_law) if t[0] == "dat artikel"] == [
        ("dat artikel", "other_law", "Woningwet", "7", "")]


# --- one law named after a list joined by onderscheidenlijk, respectievelijk, dan wel ----------


@pytest.mark.parametrize("joined", ["onderscheidenlijk", "respectievelijk", "dan wel", "en"])
def test_a_list_of_divisions_shares_the_law_named_after_it(one_law, joined):
    text = f"Dit geldt voor de gegevens bedoeld in paragraaf 2.1 {joined} paragraaf 2.4 van de Woningwet."
    found = targets(text, one_law)
    assert [t[1:3] for t in found] == [("other_law", "Woningwet"), ("other_law", "Woningwet")]


@pytest.mark.parametrize("joined", ["onderscheidenlijk", "respectievelijk"])
def test_a_list_of_articles_shares_the_law_named_after_it(one_law, joined):
    found = targets(f"Het college beslist op grond van artikel 5 {joined} artikel 6 van de Woningwet.", one_law)
    assert [t[1:4] for t in found] == [("other_law", "Woningwet", "5"), ("other_law", "Woningwet", "6")]


def test_a_division_of_another_kind_does_not_borrow_the_law(one_law):
    # "paragraaf 2.4 en hoofdstuk 3 van de Woningwet": the hoofdstuk is the Woningwet's, the
    # paragraaf (of another kind, perhaps of the memorie) is not read as one of its paragrafen
    found = targets("Zie paragraaf 2.4 en hoofdstuk 3 van de Woningwet.", one_law)
    assert [t[0] for t in found if t[2] == "Woningwet"] == ["hoofdstuk 3 van de Woningwet"]


# --- a range written as two whole references -------------------------------------------------


def test_a_range_with_the_law_at_both_ends_names_every_article_between(one_law):
    found = targets("De procedure staat in art. 20 Awb tot en met art. 23 Awb en geldt hier ook.", one_law)
    assert [t[2:4] for t in found] == [("Algemene wet bestuursrecht", n) for n in ("20", "21", "22", "23")]
    assert {t[0] for t in found} == {"art. 20 Awb tot en met art. 23 Awb"}


def test_a_range_with_the_law_at_its_end_only_names_every_article_between(one_law):
    found = targets("Zie artikel 3 t/m artikel 6 van de Woningwet.", one_law)
    assert [t[2:4] for t in found] == [("Woningwet", n) for n in ("3", "4", "5", "6")]


def test_two_articles_of_different_laws_are_no_range(one_law):
    found = targets("Vergelijk artikel 3 van de Woningwet tot en met artikel 6 van de Gemeentewet.", one_law)
    assert [t[2:4] for t in found] == [("Woningwet", "3"), ("Gemeentewet", "6")]


def test_a_range_end_with_a_lid_is_left_as_written(one_law):
    found = targets("Zie artikel 3 tot en met artikel 6, tweede lid, van de Woningwet.", one_law)
    assert "4" not in [t[3] for t in found]


# --- another law cited in the text of the instrument's own article ----------------------------


def test_a_law_cited_inside_an_own_article_leaves_that_article_under_discussion(regeling):
    # the leden run on without a blank line between them, as a database prints an article
    text = ("Artikel 3 Afwijzing\n\n1. Een aanvraag wordt afgewezen voor zover zij:\na. van een niet-inwoner komt;\n\n"
            "b. een besluit betreft als bedoeld in artikel 4:1 van de Algemene wet bestuursrecht, tenzij de "
            "aanvrager instemt.\n2. Een aanvraag kan worden afgewezen voor zover het belang daarvan niet opweegt "
            "tegen:\na. de kosten;\nb. andere dan in het eerste lid, onderdeel b, genoemde belangen.")  # fmt: skip
    found = targets(text, regeling)
    assert ("artikel 4:1 van de Algemene wet bestuursrecht", "other_law", "Algemene wet bestuursrecht", "4:1", "") in found
    assert ("het eerste lid, onderdeel b", "bill", "", "3", "1") in found


def test_in_a_response_the_law_cited_last_is_still_under_discussion(one_law):
    # in prose about a bill (no article heading above), "het eerste lid" after a cited article is
    # that article's lid, as before
    text = "Wij wijzen op artikel 7 van de Woningwet. Het eerste lid daarvan is hier van belang."
    assert ("Het eerste lid", "other_law", "Woningwet", "7", "1") in targets(text, one_law)


def test_articles_numbered_otherwise_do_not_share_the_law_named_after_the_list(one_law):
    found = targets("Zie artikel 4:17 respectievelijk artikel 18 van de Gemeentewet.", one_law)
    assert found[0][2] != "Gemeentewet" and found[-1][2:4] == ("Gemeentewet", "18")
