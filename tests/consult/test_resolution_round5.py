"""Round 5 of reference resolution (issue 15): general forms for texts the resolver has not
seen, each tested on invented sentences. Descriptions of the article under discussion ("de
voorgestelde bepaling") only where one article was named; the MvT's cross-references to itself
only in the MvT; a code's titel spelled out with its book; and the written forms the
Aanwijzingen voor de regelgeving (ch. 3) and practice use."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.analyse.explain import explain_references
from wetgen.loader import load_bill

from .resolving import resolved

FIXTURES = Path(__file__).with_name("fixtures")
HW = "Huisvestingswet 2014"


@pytest.fixture(scope="module")
def awb():
    """ARTIKEL I amends the Awb, II the Gemeentewet."""
    return load_bill(FIXTURES / "awb-en-gemeentewet.yaml")


def targets(text: str, bill) -> list[tuple]:
    """Return (text, scope, law, artikel, lid, item, sub, division, detail) of every reference."""
    return resolved(text, bill, "scope", "law", "artikel", "lid", "item", "sub", "division", "detail")


def named(text: str, bill) -> dict[str, tuple]:
    """Return {text: (scope, law, artikel, lid)} of the references found."""
    return {t[0]: t[1:5] for t in targets(text, bill)}


# --- descriptions of the article under discussion ---------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("Artikel 28a\n\nDe voorgestelde bepaling is te ruim.", "De voorgestelde bepaling"),
        ("Artikel 28a is te ruim. Het artikel gaat voorbij aan de praktijk.", "Het artikel"),
        ("In artikel 28a, tweede lid, staat een plicht. De bepaling is te streng.", "De bepaling"),
        ("Artikel 28a is te ruim. Het nieuwe artikel zegt niet wie beslist.", "Het nieuwe artikel"),
        ("Over artikel 28a het volgende. Op het artikel, dat nieuw is, is kritiek geuit.", "het artikel"),
    ],
)
def test_a_description_names_the_one_article_discussed(one_law, text, words):
    assert named(text, one_law)[words] == ("law", HW, "28a", "")


def test_a_description_below_an_onderdeel_heading_is_the_article_it_changes(one_law):
    found = named("Artikel I, onderdeel A\n\nDe voorgestelde bepaling is te ruim.", one_law)
    assert found["De voorgestelde bepaling"] == ("law", HW, "12", "")


def test_a_lid_of_a_description_is_that_lid_of_the_article(one_law):
    found = named("Artikel 28a is te ruim. In het tweede lid van het artikel staat iets. Het derde "
                  "lid van de voorgestelde bepaling ook.", one_law)  # fmt: skip
    assert found["het tweede lid van het artikel"] == ("law", HW, "28a", "2")
    assert found["Het derde lid van de voorgestelde bepaling"] == ("law", HW, "28a", "3")


def test_an_article_cited_in_passing_leaves_the_article_discussed_alone(one_law):
    text = ("Artikel 28a, tweede lid, verklaart de in artikel 12, eerste lid, genoemde regels van "
            "toepassing op woonruimte als bedoeld in artikel 28. Het artikel is te ruim.")  # fmt: skip
    assert named(text, one_law)["Het artikel"] == ("law", HW, "28a", "")


@pytest.mark.parametrize(
    "text",
    [
        "Artikel 28a verwijst naar artikel 12. De bepaling is onduidelijk.",  # two articles
        "Artikel 28a\n\nDit is goed.\n\nAlgemeen\n\nDe bepaling is onduidelijk.",  # a new heading
        "Artikel 5.1 van de Omgevingswet is helder. Het voorgestelde artikel is dat niet.",  # not proposed
        "Wij lazen het artikel in NRC. Het artikel van mr. Jansen is goed.",  # no provision
        "Artikel 28a is te ruim. De bepaling over de huur en de bepaling van de huurprijs zijn dat niet.",
        "De bepaling is onduidelijk.",  # nothing named before
    ],
)
def test_a_description_without_one_article_discussed_names_nothing(one_law, text):
    found = [t[0].lower() for t in targets(text, one_law)]
    assert not [words for words in found if words.startswith(("de bepaling", "het artikel", "het voorgestelde"))]
    assert all(words.startswith("artikel") for words in found)


def test_dit_artikel_and_die_bepaling_keep_their_reading(one_law):
    found = targets("Artikel 12, vijfde lid, is te ruim. Dit artikel en die bepaling gaan samen.", one_law)
    assert [t[:5] for t in found[1:]] == [
        ("Dit artikel", "law", HW, "12", ""),
        ("die bepaling", "law", HW, "12", "5"),
    ]


# --- the database's history note ----------------------------------------------------------------


def test_the_history_note_names_the_unit_it_stands_under_not_what_its_text_cites(awb):
    text = ("Artikel 5:21\n\nOnder last onder bestuursdwang wordt verstaan: zie artikel 5:31.\n\n"
            "Dit artikel is met ingang van 1 januari 1998 ingevoerd bij wet van 20 juni 1996 Stb. 333.")
    assert targets(text, awb)[-1][:4] == ("Dit artikel", "law", "Algemene wet bestuursrecht", "5:21")


# --- the memorie van toelichting's cross-references to itself -----------------------------------


def test_the_mvts_own_paragraphs_in_the_mvt(one_law):
    text = ("Nr. 3 MEMORIE VAN TOELICHTING\n\n1. Inleiding\n\nDit voorstel wijzigt artikel 12 (zie "
            "hierna onder par. 2). Zie ook paragraaf 4.2 van deze toelichting en hoofdstuk 3 van het "
            "algemeen deel.")  # fmt: skip
    found = {t[0]: (t[1], t[8]) for t in targets(text, one_law)}
    assert found["par. 2"] == ("mvt", "paragraaf 2")
    assert found["paragraaf 4.2 van deze toelichting"] == ("mvt", "paragraaf 4.2")
    assert found["hoofdstuk 3 van het algemeen deel"] == ("mvt", "hoofdstuk 3")


def test_a_documents_own_paragraphs_elsewhere_are_no_reference(one_law):
    text = ("Advies\n\nHet voorstel wijzigt artikel 12 (zie hierna onder par. 2). Zie ook punt 2 van "
            "het algemeen deel van dit advies.")  # fmt: skip
    assert [t[0] for t in targets(text, one_law)] == ["artikel 12"]
    # where the words say it is the MvT, they are in any text
    text = "Zie hoofdstuk 3 van het algemeen deel van de toelichting."
    assert [(t[1], t[8]) for t in targets(text, one_law)] == [("mvt", "hoofdstuk 3")]


def test_a_cross_reference_to_a_law_s_paragraph_stays_the_laws(one_law):
    text = "Memorie van toelichting\n\nZie paragraaf 3 van de Huisvestingswet 2014."
    assert targets(text, one_law)[-1][1:3] == ("law", HW)
    assert targets(text, one_law)[-1][7] == "paragraaf 3"


# --- a code's titel spelled out with its book -----------------------------------------------------


@pytest.mark.parametrize(
    "text, law, division",
    [
        ("Er komt een nieuwe Titel (Titel 10) in het Vijfde Boek (Internationale samenwerking) van het "
         "Wetboek van Strafvordering.", "Wetboek van Strafvordering", "titel 5.10"),
        ("Titel 10 in het Vijfde Boek van het Wetboek van Strafvordering.", "Wetboek van Strafvordering",
         "titel 5.10"),
        ("Titel 3 van Boek 1 van het Burgerlijk Wetboek regelt de woonplaats.", "Burgerlijk Wetboek Boek 1",
         "titel 3"),
        ("De Tweede Afdeling van Titel 3 van Boek 1 van het Burgerlijk Wetboek.", "Burgerlijk Wetboek Boek 1",
         "afdeling 3.2"),
        ("Afdeling 2 van titel 3 van Boek 7 BW is helder.", "Burgerlijk Wetboek Boek 7", "afdeling 3.2"),
    ],
)  # fmt: skip
def test_a_codes_titel_spelled_out_with_its_book(one_law, text, law, division):
    found = targets(text, one_law)
    assert [(t[2], t[7]) for t in found] == [(law, division)]


def test_ordinal_units_without_their_place_are_no_reference(one_law):
    assert targets("De tweede afdeling van het advies en de eerste titel zijn kort.", one_law) == []


# --- the written forms of Aanwijzingen ch. 3 and practice -----------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Artikel 12, eerste lid, aanhef en onder b, is onduidelijk.", [("12", "1", "b", "")]),
        ("Artikel 12, eerste lid, onderdeel b, onder 2°, is onduidelijk.", [("12", "1", "b", "2")]),
        ("De artikelen 28a en 28b, eerste lid, zijn onduidelijk.", [("28a", "", "", ""), ("28b", "1", "", "")]),
        ("Artikel 12, tweede lid, tweede volzin, is onduidelijk.", [("12", "2", "", "")]),
        ("Het bepaalde in artikel 28a is onduidelijk.", [("28a", "", "", "")]),
        ("Art. 12 lid 2 sub b is onduidelijk.", [("12", "2", "b", "")]),
        ("De artt. 28a-28c zijn onduidelijk.", [("28a", "", "", ""), ("28b", "", "", ""), ("28c", "", "", "")]),
        ("Het nieuwe artikel 28a is onduidelijk.", [("28a", "", "", "")]),
        ("Het te vervallen artikel 12 is onduidelijk.", [("12", "", "", "")]),
        ("Het huidige artikel 12 is onduidelijk.", [("12", "", "", "")]),
        ("Artikel 28a (nieuw) is onduidelijk.", [("28a", "", "", "")]),
        ("Artikel 12, vijfde lid (nieuw), is onduidelijk.", [("12", "5", "", "")]),
        ("Artikel 28a, lid 2, letter d, is onduidelijk.", [("28a", "2", "d", "")]),
        ("Art. 28a lid 2 aanhef en sub d is onduidelijk.", [("28a", "2", "d", "")]),
        ("Onderdeel a van het eerste lid van artikel 28a is onduidelijk.", [("28a", "1", "a", "")]),
        ("Artikel 28, lid 1 tot en met 3, is onduidelijk.", [("28", "1", "", ""), ("28", "2", "", ""),
                                                             ("28", "3", "", "")]),
        ("Artikel 28a, leden 2 en 3, is onduidelijk.", [("28a", "2", "", ""), ("28a", "3", "", "")]),
        ("Artikel 28a, tweede lid, onder d en e, en derde lid is onduidelijk.",
         [("28a", "2", "d", ""), ("28a", "2", "e", ""), ("28a", "3", "", "")]),
        ("In artikel 12 lid 5 jo. artikel 28a lid 1 staat iets.", [("12", "5", "", ""), ("28a", "1", "", "")]),
        ("Artt. 12 en 28a Hw 2014 zijn onduidelijk.", [("12", "", "", ""), ("28a", "", "", "")]),
        ("Het voorgestelde derde lid van artikel 28a is onduidelijk.", [("28a", "3", "", "")]),
    ],
)  # fmt: skip
def test_written_forms_of_an_amended_laws_articles(one_law, text, expected):
    found = targets(text, one_law)
    assert all(t[1:3] == ("law", HW) for t in found)
    assert [(t[3], t[4], t[5], t[6]) for t in found] == expected


def test_written_forms_of_other_laws_and_the_bill(one_law, awb):
    assert targets("Artikel 1:2, eerste lid, van de Awb is onduidelijk.", awb)[0][1:5] == (
        "law", "Algemene wet bestuursrecht", "1:2", "1")
    found = targets("De artikelen 2.1 t/m 2.4 van de Omgevingswet zijn iets anders.", one_law)
    assert [(t[1], t[2], t[3]) for t in found] == [("other_law", "Omgevingswet", f"2.{n}") for n in range(1, 5)]
    assert targets("Art. 7:2 lid 1 BW is iets anders.", one_law)[0][1:5] == (
        "other_law", "Burgerlijk Wetboek Boek 7", "2", "1")
    found = explain_references("Artikel I, onderdelen A en C, zijn onduidelijk.", one_law)[0].references
    assert [(r.target.scope, r.target.artikel, r.target.onderdeel) for r in found] == [
        ("bill", "I", "A"), ("bill", "I", "C")]  # fmt: skip


def test_het_onderhavige_artikel_is_a_description_of_the_article_discussed(one_law):
    found = named("Artikel 28a\n\nHet onderhavige artikel regelt de zorgplicht. De onderhavige bepaling is "
                  "te ruim.", one_law)  # fmt: skip
    assert found["Het onderhavige artikel"] == found["De onderhavige bepaling"] == ("law", HW, "28a", "")


def test_hetzelfde_artikel_is_the_article_named_last(one_law):
    found = named("Artikel 28a, eerste lid, is te ruim. Het tweede lid van hetzelfde artikel ook, en "
                  "datzelfde artikel is lang.", one_law)  # fmt: skip
    assert found["Het tweede lid van hetzelfde artikel"] == ("law", HW, "28a", "2")
    assert found["datzelfde artikel"] == ("law", HW, "28a", "")


def test_a_list_of_articles_goes_on_after_a_caption(one_law):
    found = targets("Wij verwijzen naar de artikelen 12 (voorrang) en 28a (zorgplicht).", one_law)
    assert [t[3] for t in found] == ["12", "28a"]


def test_an_mvt_place_ends_before_the_full_stop(one_law):
    found = targets("Zie de memorie van toelichting, paragraaf 3.2.", one_law)
    assert [(t[1], t[8]) for t in found] == [("mvt", "paragraaf 3.2")]


def test_de_voorgestelde_wijziging_is_the_change_of_the_article_discussed(one_law):
    found = named("Artikel 28a\n\nWij hebben bezwaren.\n\nDe voorgestelde wijziging past niet bij de praktijk.",
                  one_law)  # fmt: skip
    assert found["De voorgestelde wijziging"] == ("law", HW, "28a", "")
    # with several articles named, or restricted to another, it names nothing
    assert [t[0] for t in targets("Artikel 12 en artikel 28a zijn lang. De voorgestelde wijziging is dat ook.",
                                  one_law)] == ["Artikel 12", "artikel 28a"]  # fmt: skip
    assert "De voorgestelde wijziging" not in named("Artikel 28a is lang. De voorgestelde wijziging van de "
                                                    "Woningwet is dat ook.", one_law)  # fmt: skip


def test_an_editors_note_in_brackets_opens_no_new_subject(awb):
    text = ("Artikel 3:4\n\n1. Het bestuursorgaan weegt de belangen af.\n\n[bron: PG Awb I, p. 208-215]\n\n"
            "VO = VvW, behoudens lid 1 dat in het VO anders luidde.")  # fmt: skip
    assert targets(text, awb)[-1][:5] == ("lid 1", "law", "Algemene wet bestuursrecht", "3:4", "1")


def test_a_numbered_heading_is_the_division_named_two_headings_below_with_its_title(awb):
    text = ("3.1 Inleidende bepalingen (art. 3:1)\n\nHoofdstuk 3 Algemene bepalingen over besluiten\n\n"
            "Afdeling 3.1 Inleidende bepalingen\n\nAdvies RvS\n\nHet advies.")  # fmt: skip
    assert ("3.1", "afdeling 3.1") in [(t[0], t[7]) for t in targets(text, awb)]
    # a numbered section of the document itself, with another title below, names nothing
    text = "3.1 Doel van het voorstel\n\nHoofdstuk 3 Besluiten\n\nAfdeling 3.1 Inleidende bepalingen\n\nTekst."
    assert "3.1" not in [t[0] for t in targets(text, awb)]


def test_a_numbered_section_title_run_into_its_text_opens_a_new_topic(one_law):
    text = ("1. Zorgplicht (artikel 28a)\nDe bepaling is te ruim.\n\n2. Afspraken (artikel 28b)\nHet artikel "
            "regelt afspraken.\n\n3. Overig\nHet artikel is onduidelijk.")  # fmt: skip
    found = [t[:4] for t in targets(text, one_law)]
    assert ("De bepaling", "law", HW, "28a") in found
    assert ("Het artikel", "law", HW, "28b") in found
    assert len([t for t in found if t[0] == "Het artikel"]) == 1  # section 3 names no article
    # numbered remarks under an article's heading stay about that article
    found = targets("Artikel 28a\n\n1. De bepaling is te ruim.\n\n2. Het artikel is ook onduidelijk.", one_law)
    assert [t[3] for t in found] == ["28a", "28a", "28a"]


# --- what a real memorie van toelichting showed (the default draft's own MvT) ---------------------


def test_a_bare_paragraaf_takes_no_other_law_named_sentences_before(one_law):
    text = ("Het voorstel is verenigbaar met artikel 1 van de Grondwet. Paragraaf 3.1 gaat hier verder op in.\n\n"
            "Het Europees Hof laat een ruime marge; de in paragraaf 3.1 gegeven rechtvaardiging geldt ook hier.")
    found = targets(text, one_law)
    assert [(t[0], t[1]) for t in found[1:]] == [("Paragraaf 3.1", "unknown"), ("paragraaf 3.1", "unknown")]
    # a law named in its own sentence, or an amended law named before, still gives it its law
    found = targets("De Grondwet kent in paragraaf 3 geen regel.", one_law)
    assert found[0][1:3] == ("other_law", "Grondwet")


def test_a_bare_paragraaf_in_the_mvt_is_the_mvts_own(one_law):
    text = ("Deze memorie van toelichting is als volgt opgebouwd. Paragraaf 2 beschrijft de hoofdlijnen.\n\n"
            "Het voorstel is verenigbaar met artikel 1 van de Grondwet. Paragraaf 3.1 gaat hier verder op in. "
            "De resultaten worden in deze paragraaf verwerkt.")  # fmt: skip
    found = {t[0]: (t[1], t[8]) for t in targets(text, one_law)}
    assert found["Paragraaf 2"] == ("mvt", "paragraaf 2")
    assert found["Paragraaf 3.1"] == ("mvt", "paragraaf 3.1")
    assert found.get("deze paragraaf", ("unknown",))[0] == "unknown"


def test_a_bare_article_after_another_laws_in_its_sentence_is_that_laws(one_law):
    text = ("Artikel 3 van het Internationaal Verdrag inzake de rechten van het kind verplicht daartoe, "
            "en artikel 27 erkent het recht op een levensstandaard. Artikel 27 is elders geregeld.")  # fmt: skip
    found = targets(text, one_law)
    assert found[1][1:4] == ("other_law", "Verdrag inzake de rechten van het kind", "27")
    assert found[2][1:4] == ("law", HW, "27")  # a new sentence: the amended law's again
    # an article the bill changes stays the amended law's, and so does one numbered otherwise
    found = targets("Artikel 19 van de Woningwet en artikel 12 gaan samen.", one_law)
    assert found[1][1:4] == ("law", HW, "12")


def test_articles_of_a_protocol_with_an_ordinal_and_of_a_named_eu_directive_are_not_reported(one_law):
    text = ("Artikel 14 EVRM en artikel 1 van het Twaalfde Protocol bij dat verdrag verbieden discriminatie. "
            "Artikel 32 van de Kwalificatierichtlijn verplicht de lidstaten.")  # fmt: skip
    assert [t[0] for t in targets(text, one_law)] == ["Artikel 14 EVRM"]


# --- lists and ranges written short -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, law, numbers",
    [
        ("De artikelen 8:55b tot en met 8:55e Awb zijn onduidelijk.", "Algemene wet bestuursrecht",
         ["8:55b", "8:55c", "8:55d", "8:55e"]),
        ("De artt. 3:40-45 Awb zijn onduidelijk.", "Algemene wet bestuursrecht",
         ["3:40", "3:41", "3:42", "3:43", "3:44", "3:45"]),
        ("Artikel 4:17 en 18 Awb is onduidelijk.", "Algemene wet bestuursrecht", ["4:17", "4:18"]),
        ("De artikelen 13a en b van de Gemeentewet zijn onduidelijk.", "Gemeentewet", ["13a", "13b"]),
        ("Artikel 13a tot en met c van de Gemeentewet.", "Gemeentewet", ["13a", "13b", "13c"]),
        ("Artikel 13a, b en d van de Gemeentewet.", "Gemeentewet", ["13a", "13b", "13d"]),
    ],
)  # fmt: skip
def test_lists_and_ranges_written_short(awb, text, law, numbers):
    found = targets(text, awb)
    assert {t[2] for t in found} == {law}
    assert [t[3] for t in found] == numbers


def test_an_onderdeel_after_an_article_with_a_letter_is_no_article(awb):
    found = targets("Artikel 13a, onder b, van de Gemeentewet.", awb)
    assert [(t[3], t[5]) for t in found] == [("13a", "b")]


def test_the_law_at_the_end_of_a_chain_is_not_that_of_an_article_numbered_otherwise(awb):
    found = targets("Artikel 4:17, eerste lid, en artikel 18 van de Gemeentewet.", awb)
    assert [(t[2], t[3]) for t in found] == [("Algemene wet bestuursrecht", "4:17"), ("Gemeentewet", "18")]
    found = targets("Artikel 29, derde lid, artikel 75 en artikel 80 van de Gemeentewet.", awb)
    assert {t[2] for t in found} == {"Gemeentewet"}


def test_an_mvt_place_in_brackets_takes_its_closing_bracket(one_law):
    assert [t[0] for t in targets("In de toelichting (p. 12) staat iets.", one_law)] == ["toelichting (p. 12)"]


def test_a_description_is_read_in_its_context_whatever_was_read_before(one_law):
    from wetgen.consult.analyse.analyser import Analyser

    def described(analyser, text):
        return [r.place.artikel for _, res in analyser.analyse_text(text) for r in res.resolutions
                if r.ref.raw == "Het artikel"]  # fmt: skip

    alone, after = "Het artikel is te ruim.", "Artikel 28a is nieuw.\n\nHet artikel is te ruim."
    analyser = Analyser(one_law)
    assert (described(analyser, alone), described(analyser, after)) == ([], ["28a"])
    analyser = Analyser(one_law)
    assert (described(analyser, after), described(analyser, alone)) == (["28a"], [])
    # a numbered section title read before resets the topic when read again
    analyser, titled = Analyser(one_law), "Artikel 28a is nieuw.\n\n2. Overig Wij hebben vragen.\n\nHet artikel is te ruim."
    assert described(analyser, titled) == described(analyser, titled) == []


# --- links to wetten.overheid.nl ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zie https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=12&lid=2 voor de huidige tekst.",
         ("law", HW, "12", "2")),
        ("Zie https://wetten.overheid.nl/jci1.3:c:BWBR0035303&hoofdstuk=4&artikel=12&z=2024-01-01&g=2024-01-01.",
         ("law", HW, "12", "")),
        ("Zie https://wetten.overheid.nl/BWBR0035303/2024-01-01#Hoofdstuk4_Artikel12.", ("law", HW, "12", "")),
        ("Zie https://wetten.overheid.nl/BWBR0035303/2024-01-01/0/Hoofdstuk4/Artikel12.", ("law", HW, "12", "")),
        ("Zie https://wetten.overheid.nl/BWBR0005181/2024-07-01#Hoofdstuk2_Artikel19.", ("other_law", "Woningwet", "19", "")),
        ("Zie wetten.overheid.nl/BWBR0005290/2024-01-01#Boek7_Titeldeel1_Afdeling1_Artikel2_Lid3.",
         ("other_law", "Burgerlijk Wetboek Boek 7", "2", "3")),
        ("Zie https://wetten.overheid.nl/BWBR0005537/2024-01-01#Hoofdstuk4_Titeldeel4.1_Afdeling4.1.3_Artikel4:17.",
         ("other_law", "Algemene wet bestuursrecht", "4:17", "")),
    ],
)  # fmt: skip
def test_a_link_to_a_provision_on_wetten_overheid_nl(one_law, text, expected):
    found = targets(text, one_law)
    assert len(found) == 1 and found[0][0].startswith(("https://wetten", "wetten")) and found[0][1:5] == expected


def test_a_link_to_a_law_as_a_whole_or_an_unknown_bwb_id_names_no_provision(one_law):
    assert targets("Zie https://wetten.overheid.nl/BWBR0035303 en https://wetten.overheid.nl/BWBR9999999/"
                   "2024-01-01#Artikel3.", one_law) == []  # fmt: skip
