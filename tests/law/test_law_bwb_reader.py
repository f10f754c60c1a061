"""Reading BWB toestanden: structure, numbers, paths, ids, status, text flattening."""

from tests.law.conftest import HUISVESTINGSWET_12, REGELING
from wetgen.law.bwb_reader import read_bwb
from wetgen.law.locate import volzinnen
from wetgen.law.model import Alinea, Article, Division, Lijst, Table


def test_the_toestand_metadata_is_read(woonruimte):
    assert (woonruimte.bwb_id, woonruimte.inwerkingtreding, woonruimte.soort, woonruimte.form) == (
        "BWBR0099901", "2026-01-01", "wet", "wet-besluit")
    assert woonruimte.citeertitel == "Wet gemeentelijke woonruimteverdeling"  # meta-data left out
    assert woonruimte.intitule.startswith("Wet van 3 maart 2024, houdende regels")


def test_divisions_keep_kind_label_number_title_path_and_ids(woonruimte):
    chapter = woonruimte.body[1]
    assert isinstance(chapter, Division)
    assert (chapter.kind, chapter.label, chapter.number, chapter.title, chapter.path) == (
        "hoofdstuk", "Hoofdstuk", "2", "Verdeling van woonruimte", "/Hoofdstuk2")
    assert chapter.ids.stam_id == "9002000"
    paragraaf = chapter.children[0]
    assert (paragraaf.kind, paragraaf.label, paragraaf.number) == ("paragraaf", "§", "2.1")
    assert [a.number for a in woonruimte.articles()] == ["1", "2", "3", "4", "5", "6", "6a", "6b", "7", "8"]


def test_articles_leden_lists_and_subonderdelen(woonruimte):
    article = next(a for a in woonruimte.articles() if a.number == "2")
    assert (article.title, article.path, article.ids.versie_id) == ("Huisvestingsverordening", "/Hoofdstuk1/Artikel2", "9001201")
    lid = article.leden[1]
    assert (lid.number, lid.path, lid.ids.label_id) == ("2", "/Hoofdstuk1/Artikel2/Lid2", "9001202L2")
    intro, lijst = lid.blocks
    assert intro == Alinea("De verordening vermeldt in ieder geval:")  # whitespace normalised
    assert isinstance(lijst, Lijst) and [i.label for i in lijst.items] == ["a.", "b.", "c."]
    assert lijst.items[0].path == "/Hoofdstuk1/Artikel2/Lid2/Onderdeela"
    sub = lijst.items[1].blocks[1]
    assert [(i.label, i.number) for i in sub.items] == [("1°.", "1"), ("2°.", "2")]


def test_inline_markup_is_flattened_and_notes_and_meta_data_are_left_out(woonruimte):
    definitions = woonruimte.body[0].children[0].blocks[1]
    assert definitions.type == "ongemarkeerd" and definitions.items[0].label == ""
    assert definitions.items[0].blocks[0].text == "huisvestingsverordening: de verordening, bedoeld in artikel 2;"
    assert "Vreemdelingenwet 2000;" in definitions.items[1].blocks[0].text
    lid_3 = next(a for a in woonruimte.articles() if a.number == "2").leden[2]
    assert "bedoeld in het eerste lid. Zo'n maatregel" in lid_3.blocks[0].text
    assert "Kamerstukken" not in lid_3.blocks[0].text  # the footnote
    assert "jci1.3" not in str(woonruimte) and "publicatiejaar" not in str(woonruimte)


def test_vervallen_units_slot_text_and_tables(woonruimte):
    articles = {a.number: a for a in woonruimte.articles()}
    assert articles["4"].is_vervallen and articles["4"].blocks == (Alinea("Vervallen"),)
    assert articles["6"].leden[2].is_vervallen and not articles["6"].leden[1].is_vervallen
    slot = articles["3"].leden[0].blocks[-1]
    assert slot == Alinea("Bij de aanvraag worden de gegevens overgelegd die nodig zijn om haar te beoordelen.")
    table = articles["6b"].blocks[1]
    assert table == Table((("soort aanvraag", "tarief"), ("eerste aanvraag", "€ 35"), ("verlenging", "€ 20")), 1)


def test_a_regeling_numbered_per_hoofdstuk():
    law = read_bwb(REGELING)
    assert law.form == "regeling" and law.soort == "ministeriele-regeling"
    assert [a.number for a in law.articles()][-4:] == ["1.9", "1.10", "2.1", "2.2"]
    assert next(law.articles()).blocks == (Alinea("Een flexwoning heeft een gebruiksoppervlakte van ten minste 24 m2."),)


def test_the_real_article_12_of_the_huisvestingswet_2014():
    law = read_bwb(HUISVESTINGSWET_12)
    (article,) = law.articles()
    assert isinstance(article, Article) and (law.bwb_id, article.number) == ("BWBR0035303", "12")
    assert [lid.number for lid in article.leden] == ["1", "2", "3", "4"]
    assert "artikel 1.1.1, eerste lid, van de Wet maatschappelijke ondersteuning 2015 verlenen" in article.leden[2].blocks[0].text
    assert article.leden[3].blocks[0].text.endswith("op andere wijze voorzien.")
    assert [len(volzinnen(lid.blocks)) for lid in article.leden] == [1, 1, 1, 1]


def test_reading_bytes_and_a_file_give_the_same_law(woonruimte):
    from tests.law.conftest import WOONRUIMTE

    assert read_bwb(WOONRUIMTE.read_bytes()) == woonruimte
