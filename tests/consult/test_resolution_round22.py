"""Forms that the real set's fresh34 part (zh01-zh13: Staatsblad texts of acts and AMvB's,
conclusies of the Parket bij de Hoge Raad, municipal verordeningen, a law firm's commentary) and
a review of the round showed, each stated as a rule of such
texts in general and tested on invented sentences."""

from __future__ import annotations

from .resolving import default_bill, resolved


def _found(text: str, *fields: str) -> list[tuple]:
    return resolved(text, default_bill(), *fields)


# --- an AMvB named in one word: "het Bouwbesluit 2012", "het Warmtebesluit" ------------------------


def test_a_besluit_named_in_one_word_is_a_law_with_its_year():
    text = "Zie artikel 6.13, eerste lid, van het Bouwbesluit 2012 en artikel 4 van het Warmtebesluit."
    assert [f[1:] for f in _found(text, "scope", "law", "artikel")] == [
        ("other_law", "Bouwbesluit 2012", "6.13"), ("other_law", "Warmtebesluit", "4")]


def test_a_one_word_besluit_does_not_run_on_into_the_sentence_after_it():
    # a review's counter-examples: the words after the name are prose, not its title
    text = "Artikel 2 van het Bouwbesluit ziet op veiligheid. Ook artikel 3 van het Huisvestingsbesluit toe bij de regels."
    assert [f[1] for f in _found(text, "law")] == ["Bouwbesluit", "Huisvestingsbesluit"]


def test_a_besluit_whose_title_runs_on_keeps_its_whole_title():
    text = "Zie artikel 2 van het Landsbesluit versterking budgetdiscipline Land."
    assert [f[1] for f in _found(text, "law")] == ["Landsbesluit versterking budgetdiscipline Land"]


# --- a lettered subonderdeel of a law's lettered onderdeel ---------------------------------------


def test_subonderdeel_d_of_onderdeel_e_keeps_the_law_named_after_it():
    text = "Een bromfiets als bedoeld in artikel 1, eerste lid, onderdeel e, subonderdeel d, van de Wegenverkeerswet 1994."
    assert [f[1:] for f in _found(text, "law", "artikel", "lid", "item", "sub")] == [
        ("Wegenverkeerswet 1994", "1", "1", "e", "d")]


# --- the bill's own text: "Artikel II" ends new text; a reference in passing opens nothing --------


def test_a_roman_article_heading_of_the_bill_ends_the_new_text_above_it():
    text = ("ARTIKEL I\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nA\n\nNa artikel 9 wordt een "
            "artikel ingevoegd, luidende:\n\nArtikel 9a\n\n1. Een nieuwe regel.\n\nArtikel II\n\n"
            "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.\n")  # fmt: skip
    found = _found(text, "scope", "artikel")
    assert ("Artikel II", "bill", "II") in found and ("Deze wet", "bill", "") in found
    dotted = text.replace("Artikel II\n", "Artikel II. Inwerkingtreding\n")  # with its full stop and title
    assert ("Deze wet", "bill", "") in _found(dotted, "scope", "artikel")


def test_an_amending_onderdeel_named_in_a_responses_prose_under_an_article_heading_is_its_subject():
    # a review's counter-example to reading such a citation as one in passing: in a response, the
    # lid after it is the onderdeel's (the bill's Artikel II has four leden)
    text = ("Artikel II\n\nHet tweede lid is onduidelijk.\n\nVoorts merken wij op dat artikel I, onderdeel A, te ver "
            "gaat. Het vijfde lid is te streng.\n")  # fmt: skip
    found = _found(text, "scope", "law", "artikel", "lid")
    assert ("Het vijfde lid", "law", "Huisvestingswet 2014", "12", "5") in found


def test_dat_onderdeel_before_a_short_word_is_the_onderdeel_named_before():
    text = "Wij hebben bezwaar tegen onderdeel B van artikel I. Dat onderdeel is overbodig. Wij vragen dat onderdeel te schrappen."
    found = _found(text, "scope", "artikel", "onderdeel")
    assert [f for f in found if f[0].lower() == "dat onderdeel"] == [
        ("Dat onderdeel", "bill", "I", "B"), ("dat onderdeel", "bill", "I", "B")]


def test_a_division_heading_above_an_article_with_its_title_is_the_instruments_own():
    from wetgen.loader import load_text

    draft = ("wetsvoorstel:\n  opschrift: Verordening op de proef\n  citeertitel: ''\n  versie: {label: x, datum: "
             "'2020-01-01', fase: consultatieversie}\n  ministerie: ''\n  ondertekenaars: []\n  considerans: []\n"
             "  artikelen:\n    - hoofdstuk: '1'\n      opschrift: Algemene bepalingen\n      artikelen:\n"
             "        - nummer: '1'\n          tekst: In deze verordening wordt verstaan onder x.\n")  # fmt: skip
    bill = load_text(draft.encode("utf-8"), "<verordening>").bill
    text = "Hoofdstuk 1. Algemene bepalingen\n\nArtikel 1. Begripsbepaling\n\nIn deze verordening wordt verstaan onder x.\n"
    assert ("Hoofdstuk 1", "bill", "hoofdstuk 1") in resolved(text, bill, "scope", "division")
