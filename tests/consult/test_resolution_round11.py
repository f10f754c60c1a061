"""Forms that the real set's fresh14 and fresh15 parts (n01-n15: Handelingen, records of votes,
letters, verslagen; o01-o15: verslagen, memories van antwoord, advices, notas naar aanleiding van
het verslag) showed, each a general rule of parliamentary documents, tested on invented sentences."""

from __future__ import annotations

from wetgen.consult.analyse.mvtrefs import of_besluit
from wetgen.consult.analyse.tocpages import contents_blanks

from .resolving import targets

# --- a table of contents whose page numbers ran into its entries -----------------------------

CONTENTS = ("Inhoudsopgave blz.\n\nALGEMEEN3\n• Inleiding3\n• Gevolgen voor gemeenten4\n\n"
            "ARTIKELSGEWIJS5\n• Artikel 45\n• Artikel 56\n• Artikel 96\n• Artikel 28a7\n• Artikel 128\n"
            "• Artikel 1310\n\nALGEMEEN\n\nDe leden van de fractie hebben kennisgenomen van het voorstel.")  # fmt: skip


def test_the_page_run_into_an_article_of_a_table_of_contents_is_taken_off(one_law):
    found = [t for t in targets(CONTENTS, one_law) if t[0].startswith("Artikel")]
    # pages never go down: 45 is artikel 4 on page 5, 128 artikel 12 on page 8 (not 1 on 28),
    # 1310 artikel 13 on page 10 (a page 0 would go down); 28a7 is artikel 28a on page 7
    assert [t[3] for t in found] == ["4", "5", "9", "28a", "12", "13"]
    assert [t[0] for t in found] == ["Artikel 4", "Artikel 5", "Artikel 9", "Artikel 28a", "Artikel 12", "Artikel 13"]
    assert {t[1:3] for t in found} == {("law", "Huisvestingswet 2014")}


def test_the_heading_below_the_table_run_into_its_last_entry_is_no_part_of_it():
    text = "ALGEMEEN2 • Inleiding2 • Doel3 • Artikel 34 • Artikel 75 ALGEMEEN Inleiding: De leden …"
    assert [(words, end - start) for words, start, end in contents_blanks(text) if words.startswith("Artikel")] == [("Artikel 34", 1), ("Artikel 75", 1)]


def test_an_article_heading_outside_a_table_of_contents_is_read_as_written(one_law):
    # below prose whose last word carries a footnote mark, and in a short list of two entries
    assert contents_blanks("De leden van de fractie vragen naar de gevolgen voor gemeenten.1\n\nArtikel 12\n\n"
                         "De leden vragen …") == ()  # fmt: skip
    assert contents_blanks("Inleiding2\n• Artikel 45\n\nDe leden …") == ()
    found = targets("Zie hierover de Woningwet.2\n\nArtikel 12\n\nDe leden vragen of dit artikel nodig is.", one_law)
    assert found[0][3] == "12"


# --- the toelichting that is not the bill's memorie --------------------------------------------


def test_an_explanation_asked_without_article_is_not_the_memorie(one_law):
    for sentence in ("Dit punt behoeft nog nadere toelichting.", "Deze leden vragen om verdere toelichting.",
                     "Zij achten dat voldoende toelichting."):  # fmt: skip
        assert targets(sentence, one_law) == [], sentence
    # the memorie named with its article stays the memorie
    assert [t[1] for t in targets("In de toelichting staat het anders; ook de nadere toelichting zwijgt.",
                                  one_law)] == ["mvt", "mvt"]  # fmt: skip


def test_the_heading_artikelgewijze_toelichting_of_a_verslag_is_its_own(one_law):
    text = "INHOUDSOPGAVE\n\nI ALGEMEEN\n\n2\n\nII\n\nARTIKELGEWIJZE TOELICHTING\n\n8\n\nDe leden …"
    assert [t for t in targets(text, one_law) if t[1] == "mvt"] == []


def test_the_nota_van_toelichting_of_a_besluit_is_not_the_memorie_of_a_wet(one_law):
    text = ("Hierbij bied ik u het ontwerpbesluit aan. Voor de inhoud verwijs ik naar de ontwerpnota van "
            "toelichting en naar de nota van toelichting bij het vorige besluit.")  # fmt: skip
    assert targets(text, one_law) == []  # the draft is a wet: its explanation is a memorie
    assert of_besluit("nota van toelichting", "Verzamelwet wonen 2027")
    # where the consulted draft is itself a besluit, its nota is its own explanation
    assert not of_besluit("nota van toelichting", "Besluit huisvesting vergunninghouders")
    assert not of_besluit("nota van toelichting", "Wijzigingsbesluit Besluit uitvoering Huisvestingswet")
    assert not of_besluit("memorie van toelichting", "Verzamelwet wonen 2027")


# --- a record of votes names the bill's own articles --------------------------------------------


def test_an_arabic_number_in_a_record_of_votes_is_the_bills_roman_article(one_law):
    text = ("Artikel 1, aanhef, wordt zonder stemming aangenomen.\n\nOnderdeel A wordt zonder stemming "
            "aangenomen.\n\nDe artikelen 2 en 3 worden zonder stemming aangenomen.\n\nIn stemming komt artikel 4.")  # fmt: skip
    found = targets(text, one_law)
    assert [(t[1], t[3], t[4]) for t in found] == [("bill", "I", ""), ("bill", "I", "A"), ("bill", "II", ""),
                                                   ("bill", "III", ""), ("bill", "IV", "")]  # fmt: skip


def test_outside_a_vote_or_with_its_law_an_arabic_number_is_the_laws(one_law):
    found = targets("Artikel 4 regelt de taakstelling. Artikel 2 van de Woningwet wordt aangenomen zoals het luidt.", one_law)
    assert [(t[1], t[2], t[3]) for t in found] == [("law", "Huisvestingswet 2014", "4"), ("other_law", "Woningwet", "2")]


def test_a_bills_dossier_number_after_a_law_is_no_article(one_law):
    found = targets("De toezegging betreft artikel 5, tweede lid, van de Woningwet (36.123) en artikel 3.1 "
                    "Woningwet (oud 2.4).", one_law)  # fmt: skip
    assert [(t[0], t[3]) for t in found] == [("artikel 5, tweede lid, van de Woningwet", "5"),
                                             ("artikel 3.1 Woningwet", "3.1"), ("2.4", "2.4")]  # fmt: skip


# --- a list of articles each with its own law ---------------------------------------------------


def test_a_list_of_articles_each_with_its_own_law_reads_every_article(one_law):
    found = targets("Het gaat om de artikelen 12 Woningwet, 3 Awb en 8 EVRM, en om artikel 9.8 WVO 2020.", one_law)
    assert [(t[2], t[3]) for t in found] == [
        ("Woningwet", "12"), ("Algemene wet bestuursrecht", "3"),
        ("Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden", "8"),
        ("Wet voortgezet onderwijs 2020", "9.8"),  # the abbreviation with its year, not the WVO
    ]  # fmt: skip
    # a number after the law without a law of its own is no article of the list
    assert [t[3] for t in targets("Artikel 12 Woningwet, 2 en 3 zijn besproken.", one_law)] == ["12"]
    assert [t[3] for t in targets("Artikel 12 Woningwet en 2 Awb-besluiten zijn besproken.", one_law)] == ["12"]
    assert [t[3] for t in targets("Zie artikel 12 van de Woningwet, 2020 was het jaar van de wijziging.", one_law)] == ["12"]


# --- "de aanhef" named alone in an instruction --------------------------------------------------


def test_the_aanhef_named_alone_in_an_instruction_is_the_provision_it_changes(one_law):
    text = ("Artikel I, onderdeel B, wordt als volgt gewijzigd:\n\n1. In de aanhef wordt «eerste» vervangen door "
            "«tweede».\n\n2. Het tweede subonderdeel vervalt.\n\nII\n\nIn artikel 28a van de Huisvestingswet 2014 "
            "wordt de aanhef vervangen door: Burgemeester en wethouders kunnen:")  # fmt: skip
    found = [t for t in targets(text, one_law) if "aanhef" in t[0]]
    assert found == [("de aanhef", "bill", "", "I", "B", ""), ("de aanhef", "law", "Huisvestingswet 2014", "28a", "", "")]
    below = targets("Artikel 28a wordt als volgt gewijzigd:\n\n1. De aanhef komt te luiden:\n\nIn dit artikel wordt "
                    "verstaan onder:", one_law)  # fmt: skip
    assert ("De aanhef", "law", "Huisvestingswet 2014", "28a", "", "") in below


def test_the_aanhef_in_prose_is_not_read(one_law):
    for sentence in ("In de aanhef van het wetsvoorstel ontbreekt de grondslag.",
                     "De aanhef noemt de Huisvestingswet 2014 niet.", "In de aanhef ontbreekt een verwijzing.",
                     "Artikel 28a regelt de taak. In de aanhef wordt verwezen naar de Grondwet."):  # fmt: skip
        assert [t for t in targets(sentence, one_law) if "aanhef" in t[0]] == [], sentence


def test_the_kamers_rules_of_procedure_are_named_by_their_citeertitel(one_law):
    found = targets("Volgens artikel 69 van het Reglement van Orde van de Tweede Kamer en artikel 157 van het "
                    "Reglement van Orde van de Eerste Kamer kan dat.", one_law)  # fmt: skip
    assert [(t[1], t[2], t[3]) for t in found] == [
        ("other_law", "Reglement van Orde van de Tweede Kamer der Staten-Generaal", "69"),
        ("other_law", "Reglement van Orde van de Eerste Kamer der Staten-Generaal", "157")]  # fmt: skip


def test_the_heading_of_a_documents_own_artikelsgewijze_part_is_not_the_memorie(one_law):
    text = "Inhoudsopgave\n\nI. Algemeen\n\n1\n\nII. Artikelsgewijze toelichting\n\n7\n\nI. Algemeen\n\nDe leden …"
    assert [t for t in targets(text, one_law) if t[1] == "mvt"] == []
    # a part of the memorie named in prose stays the memorie's
    assert [t[1] for t in targets("Zie de artikelsgewijze toelichting bij artikel I.", one_law)].count("mvt") == 1


def test_a_dossier_number_after_titel_is_no_division(one_law):
    assert targets("Officiële titel 36123 Tweede nota van wijziging inzake de huisvesting.", one_law) == []


def test_an_article_an_amendment_is_about_keeps_its_law_in_a_record_of_votes(one_law):
    found = targets("Het amendement over artikel 4 wordt met algemene stemmen aangenomen.", one_law)
    assert [(t[1], t[2], t[3]) for t in found] == [("law", "Huisvestingswet 2014", "4")]


def test_a_response_that_hopes_an_article_is_adopted_names_the_laws_article(one_law):
    for sentence in ("Als artikel 2 in deze vorm wordt aangenomen, verliezen gemeenten hun ruimte.",
                     "Het voorgestelde artikel 3 wordt zonder stemming aangenomen."):  # fmt: skip
        assert [(t[1], t[3]) for t in targets(sentence, one_law)][0][0] == "law", sentence


# --- an amendment's toelichting explains the provision its new text proposed ----------------------


def test_the_proposed_provision_below_an_amendments_toelichting_is_the_one_it_inserts(one_law):
    text = ("I\n\nNa artikel 28a van de Huisvestingswet 2014 wordt een artikel ingevoegd, luidende:\n\nArtikel 28aa"
            "\n\nBurgemeester en wethouders kunnen een urgentieregeling vaststellen.\n\nToelichting\n\nMet dit "
            "amendement wordt geregeld dat de voorgestelde bepaling ook in kleine gemeenten geldt.")  # fmt: skip
    found = [t for t in targets(text, one_law) if t[0] == "de voorgestelde bepaling"]
    assert found == [("de voorgestelde bepaling", "law", "Huisvestingswet 2014", "28aa", "", "")]
    # a toelichting below quoted words only (no new provision) has no proposed provision to take
    quoted = ("In artikel 28a, tweede lid, wordt «zes» vervangen door «twaalf».\n\nToelichting\n\n"
              "De voorgestelde bepaling geeft gemeenten meer tijd.")  # fmt: skip
    assert [t for t in targets(quoted, one_law) if t[0] == "De voorgestelde bepaling"] == []
