"""The Markdown and JSON forms of a law (`law show`, and later `consolidate`)."""

import json

from tests.law.conftest import HUISVESTINGSWET_12
from wetgen.law.bwb_reader import read_bwb
from wetgen.law.data import law_data
from wetgen.law.markdown import escape, render_markdown

ARTICLE_12 = """# Huisvestingswet 2014

## Artikel 12

1. In de huisvestingsverordening kan de gemeenteraad bepalen dat voor een of meer daarbij aangewezen categorieën woonruimte bij het verlenen van huisvestingsvergunningen voorrang wordt gegeven aan woningzoekenden waarvoor de voorziening in de behoefte aan woonruimte dringend noodzakelijk is.

2. De gemeenteraad legt, indien hij toepassing heeft gegeven aan het eerste lid, in de huisvestingsverordening de criteria vast volgens welke de woningzoekenden, bedoeld in dat lid, worden ingedeeld in urgentiecategorieën.
"""


def test_a_law_prints_one_heading_per_article_and_one_line_per_lid():
    text = render_markdown(read_bwb(HUISVESTINGSWET_12))
    assert text.startswith(ARTICLE_12)
    assert text.count("\n\n") == 5 and text.endswith("op andere wijze voorzien.\n")


def test_divisions_onderdelen_and_subonderdelen(woonruimte):
    text = render_markdown(woonruimte)
    for line in ["## Hoofdstuk 2. Verdeling van woonruimte", "### § 2.1. Vergunningen", "#### Artikel 3. Aanvraag",
                 "#### Artikel 4", "Vervallen", "2. De verordening vermeldt in ieder geval:",
                 "a. de categorieën woonruimte waarop zij van toepassing is;",
                 "1°. ten minste één landelijk toegankelijk kanaal wordt gebruikt;", "3. \\[Vervallen\\]",
                 "| soort aanvraag | tarief |\n| --- | --- |\n| eerste aanvraag | € 35 |"]:
        assert f"\n{line}\n" in text, line


def test_one_article_is_shown_with_its_division_headings(wetboek):
    text = render_markdown(wetboek, article="4:10a")
    assert text == ("# Wetboek van woonrecht\n\n## Boek 4. Huur\n\n### Titel 1. Algemeen\n\n"
                    "#### Afdeling 1. Begrippen\n\n##### Artikel 4:10a\n\n"
                    "Een beding in strijd met artikel 4:10 is vernietigbaar.\n")


def test_legal_text_is_escaped_but_designations_are_not():
    assert escape("a *b* [c] <d> 1. e") == "a \\*b\\* \\[c\\] \\<d\\> 1. e"
    assert escape("1. begin") == "1\\. begin" and escape("# kop") == "\\# kop"


def test_the_json_form_holds_the_model(woonruimte):
    data = json.loads(json.dumps(law_data(woonruimte, "2"), ensure_ascii=False))
    (chapter,) = data["body"]
    (article,) = chapter["children"]
    assert (article["kind"], article["number"], article["path"], article["stam_id"]) == ("artikel", "2", "/Hoofdstuk1/Artikel2", "9001200")
    lid = article["leden"][1]
    assert lid["blocks"][1]["items"][1]["blocks"][1]["items"][0] == {
        "kind": "onderdeel", "label": "1°.", "blocks": [{"kind": "alinea", "text": "ten minste één landelijk toegankelijk kanaal wordt gebruikt;"}]}
