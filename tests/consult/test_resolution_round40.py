"""Round 40: forms of real texts met while the blind parts fresh107-fresh109 (zzzze-zzzzg) were being labelled,
and left over from earlier parts, each stated as a rule of such texts in general and tested on invented
sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved
from .test_resolution_round39 import _INVOERINGSWET as INVOERINGSWET

# round 39's invented Invoeringswet with an article 1.10 that amends the Veerwet itself
_INVOERINGSWET = INVOERINGSWET + """        - nummer: "1.10"
          wijzigt: {citeertitel: Veerwet, lidwoord: de}
          onderdelen:
            - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 1.1, tekst: "(niet overgenomen)"}]}
            - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.1, tekst: "(niet overgenomen)"}]}
"""


def _invoeringswet(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    return invented_bill(tmp_path / "i.yaml", "Invoering van de Veerwet", "Invoeringswet Veerwet", _INVOERINGSWET)


def test_a_notas_next_item_repeating_the_last_letter_of_an_article_it_inserts(tmp_path) -> None:  # noqa: ANN001
    """The nota's item A inserts an article with onderdelen A and B; the "B" after them is the nota's item B,
    and what follows it is the bill's article 1.10, not an article of the law the inserted article amends."""
    text = ("NOTA VAN WIJZIGING\n\nA\n\nNa artikel 1.4 wordt een artikel ingevoegd, luidend:\n\nArtikel 1.4a\n\n"
            "De Havenwet wordt gewijzigd als volgt:\n\nA\n\nArtikel 4 vervalt.\n\nB\n\nIn artikel 8 vervalt «ook».\n\n"
            "B\n\nArtikel 1.10 wordt gewijzigd als volgt:\n\na. Onderdeel A komt te luiden:\n\nA\n\nArtikel 1.1 vervalt.")  # fmt: skip
    found = resolved(text, _invoeringswet(tmp_path), "scope", "law", "artikel", "onderdeel")
    assert found[-6:] == [("B", "bill", "", "1.4a", "B"), ("artikel 8", "law", "Havenwet", "8", ""),
                          ("Artikel 1.10", "bill", "", "1.10", ""),
                          ("Onderdeel A", "bill", "", "1.10", "A"), ("A", "bill", "", "1.10", "A"),
                          ("Artikel 1.1", "law", "Veerwet", "1.1", "")]  # fmt: skip
    # an earlier letter is the nota's item too ("A" after the inserted article's B)
    earlier = text.replace("\n\nB\n\nArtikel 1.10", "\n\nA\n\nArtikel 1.10")
    assert ("Artikel 1.10", "bill", "", "1.10", "") in resolved(earlier, _invoeringswet(tmp_path), "scope", "law", "artikel", "onderdeel")



def test_a_renumbering_of_ranges_reads_both_ranges_completely() -> None:
    """"de artikelen A 1 tot en met A 5 tot A 2 tot en met A 6": the bare "tot" after a range is the renumbering's."""
    text = "In de Kieswet wordt, onder vernummering van de artikelen A 1 tot en met A 5 tot A 2 tot en met A 6, een artikel ingevoegd."
    found = resolved(text, default_bill(), "law", "artikel")
    assert [(f[0], f[2]) for f in found] == [("artikelen A 1 tot en met A 5", n) for n in ("A1", "A2", "A3", "A4", "A5")] + [
        ("A 2 tot en met A 6", n) for n in ("A2", "A3", "A4", "A5", "A6")]
    bare = "In de Woningwet worden de artikelen 3 tot en met 5 vernummerd tot 4 tot en met 6."
    assert [f[2] for f in resolved(bare, default_bill(), "law", "artikel")] == ["3", "4", "5", "4", "5", "6"]
    # a range and a bare "tot" in prose stay one range: "de artikelen 12 tot 14"
    assert [f[2] for f in resolved("De artikelen 12 tot 14 van de Woningwet gelden.", default_bill(), "law", "artikel")] == ["12", "13", "14"]


# --- after the first contact of fresh107-fresh109 ---------------------------------------------

_TWO_LAWS = """    - nummer: I
      wijzigt: {citeertitel: Wet op de veerdiensten, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 28, tekst: "(niet overgenomen)"}]}
    - nummer: II
      wijzigt: {citeertitel: Havenwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 3, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 28, tekst: "(niet overgenomen)"}]}
    - nummer: III
      tekst: Artikel I is van toepassing op veren die op het tijdstip van inwerkingtreding bestaan.
"""


def _two_laws(tmp_path):  # noqa: ANN001, ANN202 - Path, Bill
    return invented_bill(tmp_path / "t.yaml", "Wijziging van de Wet op de veerdiensten en de Havenwet", "Wet veren en havens", _TWO_LAWS)


def test_numbered_points_right_below_a_lid_are_its_onderdelen() -> None:
    """"artikel 19, eerste lid, onder 1° tot en met 3°": the level right below the lid (item); below a lettered
    onderdeel they are subonderdelen ("onderdeel b, onder 2°")."""
    found = resolved("Zie artikel 19, eerste lid, onder 1° tot en met 3°, van de Woningwet.", default_bill(), "artikel", "lid", "item", "sub")
    assert [f[1:] for f in found] == [("19", "1", n, "") for n in ("1", "2", "3")]
    below = resolved("Zie artikel 19, eerste lid, onderdeel b, onder 2°, van de Woningwet.", default_bill(), "artikel", "lid", "item", "sub")
    assert [f[1:] for f in below] == [("19", "1", "b", "2")]
    assert [f[1:] for f in resolved("Zie artikel 32, onder 3°, van de Woningwet.", default_bill(), "artikel", "item", "sub")] == [("32", "3", "")]


def test_dat_artikel_in_new_text_is_the_article_named_before_it_there() -> None:
    text = ("ARTIKEL I\n\nB\n\nArtikel 7, tweede lid, komt te luiden:\n\n2. Onverminderd het eerste lid geldt artikel 6, eerste lid, "
            "niet voor besluiten als bedoeld in dat artikel.")  # fmt: skip
    assert resolved(text, default_bill(), "law", "artikel", "lid")[-1] == ("dat artikel", "Huisvestingswet 2014", "6", "")


def test_divisions_renumbered_bare_after_the_verb_take_their_new_numbers() -> None:
    text = "ARTIKEL I\n\nB\n\nDe afdelingen 9.1, 9.2 en 9.3 worden vernummerd tot 9.1.1, 9.1.2 onderscheidenlijk 9.1.3."
    found = resolved(text, default_bill(), "law", "division")
    assert [f[2] for f in found if f[0].startswith("9.1.1")] == ["afdeling 9.1.1", "afdeling 9.1.2", "afdeling 9.1.3"]
    chapters = resolved("ARTIKEL I\n\nB\n\nDe hoofdstukken IV tot en met VI worden vernummerd tot V tot en met VII.", default_bill(), "division")
    assert [f[1] for f in chapters if f[0] == "V tot en met VII"] == ["hoofdstuk V", "hoofdstuk VI", "hoofdstuk VII"]
    # "onder vernummering van hoofdstuk IVA tot IVB": one unit renumbered, the bare new number is not read
    assert [f[0] for f in resolved("Onder vernummering van hoofdstuk IVA tot IVB van de Woningwet wordt een hoofdstuk ingevoegd.",
                                   default_bill(), "division")] == ["hoofdstuk IVA"]  # fmt: skip


def test_the_same_change_to_the_next_law_in_brackets_is_the_bills_and_no_new_subject(tmp_path) -> None:  # noqa: ANN001
    text = "Artikel I, onderdeel B (artikel II, onderdeel B)\n\nDe wijziging van artikel 28 is technisch."
    found = resolved(text, _two_laws(tmp_path), "scope", "law", "artikel", "onderdeel")
    assert found == [("Artikel I, onderdeel B", "bill", "", "I", "B"), ("artikel II, onderdeel B", "bill", "", "II", "B"),
                     ("artikel 28", "law", "Wet op de veerdiensten", "28", "")]  # fmt: skip


_ELECTIONS = """    - nummer: I
      wijzigt: {citeertitel: Waterschapswet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 12, tekst: "(niet overgenomen)"}]}
    - nummer: II
      wijzigt: {citeertitel: Kieswet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel J15, tekst: "(niet overgenomen)"}]}
"""


def test_the_kieswets_numbers_written_together(tmp_path) -> None:  # noqa: ANN001
    """"artikel H7 lid 3": the Kieswet's chapter letter and number without the space, its law by its numbering."""
    bill = invented_bill(tmp_path / "k.yaml", "Wijziging van de Waterschapswet en de Kieswet", "Wet verkiezingen", _ELECTIONS)
    found = resolved("Wij stellen een wijziging van de Kieswet voor (artikel H7 lid 3).", bill, "law", "artikel", "lid")
    assert found == [("artikel H7 lid 3", "Kieswet", "H7", "3")]
    assert resolved("Formulieren (artikel A5.1.8)", default_bill(), "artikel") == [("artikel A5.1.8", "A5.1.8")]


def test_an_amendments_numeral_below_an_article_it_inserts_without_onderdelen(tmp_path) -> None:  # noqa: ANN001
    text = ("I\n\nNa artikel II wordt een artikel ingevoegd, luidende:\n\nARTIKEL IIA\n\nDe Havenwet wordt als volgt gewijzigd:\n\n"
            "In artikel 12 wordt een onderdeel toegevoegd, luidende:\n\nr. de veerpont.\n\nII\n\nAan artikel III wordt een lid toegevoegd, "
            "luidende:\n\n2. Artikel 12 van de Havenwet is van toepassing op grond van deze overgangsbepaling.")  # fmt: skip
    found = resolved(text, _two_laws(tmp_path), "scope", "law", "artikel", "onderdeel")
    assert "II" not in [f[0] for f in found]  # the amendment's part II, no onderdeel of ARTIKEL IIA
    assert found[-1] == ("deze overgangsbepaling", "bill", "", "III", "")


def test_an_acts_closing_words_name_the_act_itself() -> None:
    """"het Staatsblad waarin deze wet wordt geplaatst" after a sentence that names another law is the bill; in new text
    of the amended law the same words are that law's."""
    text = ("ARTIKEL II\n\nArtikel I, onderdeel C, geldt voor besluiten op grond van artikel 7 van de Woningwet. Artikel I treedt in "
            "werking met ingang van de dag na de datum van uitgifte van het Staatsblad waarin deze wet wordt geplaatst.")  # fmt: skip
    assert resolved(text, default_bill(), "scope", "law")[-1] == ("deze wet", "bill", "")
    new_text = "ARTIKEL I\n\nB\n\nArtikel 30 komt te luiden:\n\nArtikel 30\n\nDeze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."
    assert resolved(new_text, default_bill(), "scope", "law")[-1] == ("Deze wet", "law", "Huisvestingswet 2014")


# --- the review of round 40 (invented inputs that the first rules read worse than the code before) ----------


def test_review_a_renumbered_list_keeps_its_old_numbers() -> None:
    text = "ARTIKEL I\n\nB\n\nOnder vernummering van de artikelen 28 en 29 tot 29 en 30 wordt na artikel 27 een artikel ingevoegd."
    found = resolved(text, default_bill(), "artikel")
    assert [f for f in found if f[0] != "B" and f[0] != "ARTIKEL I"] == [
        ("artikelen 28 en 29", "28"), ("artikelen 28 en 29", "29"), ("29 en 30", "29"), ("29 en 30", "30"), ("artikel 27", "27")]


def test_review_a_transitional_provision_in_prose_is_not_the_article_named_last() -> None:
    text = "De overgangsbepaling is te beperkt. Artikel 12 wordt daardoor direct van toepassing. Die overgangsbepaling moet ruimer."
    assert ("Die overgangsbepaling", "12") not in resolved(text, default_bill(), "artikel")


def test_review_a_label_of_capital_and_digits_after_an_article_is_no_article() -> None:
    for text in ("Zulke woningen vallen onder artikel 12, B2 niet.", "Artikel 5, A4-formaat, is vereist."):
        assert len(resolved(text, default_bill(), "artikel")) == 1, text


def test_review_a_letter_a_nota_announces_again_stays_that_onderdeel(tmp_path) -> None:  # noqa: ANN001
    text = ("NOTA VAN WIJZIGING\n\nA\n\nArtikel 1.10 wordt als volgt gewijzigd:\n\n1. Onderdeel A komt te luiden:\n\nA\n\n"
            "Artikel 1.1 vervalt.\n\n2. Onderdeel A wordt vervangen door:\n\nA\n\nArtikel 2.1 vervalt.")  # fmt: skip
    found = resolved(text, _invoeringswet(tmp_path), "scope", "law", "artikel", "onderdeel")
    assert found[-2:] == [("A", "bill", "", "1.10", "A"), ("Artikel 2.1", "law", "Veerwet", "2.1", "")]


def test_review_a_bracketed_unit_in_a_sentence_is_a_new_subject_as_before(tmp_path) -> None:  # noqa: ANN001
    text = ("Artikel II, onderdeel B\n\nIn dit onderdeel wordt artikel 28 gewijzigd, net als in artikel I, onderdeel B "
            "(artikel II, onderdeel A). Artikel 3 blijft ongewijzigd.")  # fmt: skip
    assert resolved(text, _two_laws(tmp_path), "law", "artikel")[-1] == ("Artikel 3", "Havenwet", "3")


def test_review_a_year_after_renumbered_divisions_is_no_division() -> None:
    text = "ARTIKEL I\n\nB\n\nDe paragrafen 3 en 4 worden hernummerd in 2028."
    assert not [f for f in resolved(text, default_bill(), "division") if "2028" in f[1]]


# --- after the first contact of fresh110-fresh112 ---------------------------------------------


def test_an_amendments_article_lettered_after_one_of_the_bill_is_the_bills(tmp_path) -> None:  # noqa: ANN001
    """"Na artikel IIIc worden twee artikelen toegevoegd: ARTIKEL IIId …": the bill's (its skeleton lacks it), not
    an article of the law the article before amends."""
    bill = invented_bill(tmp_path / "c.yaml", "Wijziging van enige wetten", "Wet veren", _TWO_LAWS.replace("nummer: III\n", "nummer: IIIc\n"))
    text = ("II\n\nNa artikel IIIc worden twee artikelen toegevoegd, luidende:\n\nARTIKEL IIId\n\nDe Havenwet wordt als volgt gewijzigd:\n\n"
            "Artikel 6e vervalt.")  # fmt: skip
    assert ("ARTIKEL IIId", "bill", "IIId") in resolved(text, bill, "scope", "artikel")
    titled = text.replace("ARTIKEL IIId", "Artikel IIId")  # in new text below the instruction that names IIIc
    assert ("Artikel IIId", "bill", "IIId") in resolved(titled, bill, "scope", "artikel")


def test_a_commentarys_label_above_the_articles_text_keeps_the_article() -> None:
    text = ("Artikel 89 Grondwet - Algemene maatregel van bestuur\n\nGrondwetsbepaling\n\n 1. Algemene maatregelen van bestuur worden bij "
            "koninklijk besluit vastgesteld.\n 2. De wet regelt de bekendmaking.\n 3. Het tweede lid is van overeenkomstige toepassing.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "lid")
    assert found[-1] == ("Het tweede lid", "Grondwet", "89", "2")


def test_a_chapter_of_a_book_cited_in_quotes_is_no_division() -> None:
    text = "Zie S. Jansen, ‘Hoofdstuk 3 Hiërarchie van regelingen’, in: P. de Vries (red.), Wetgeven, Deventer 2020."
    assert resolved(text, default_bill(), "division") == []


# --- the second review of round 40 ------------------------------------------------------------


def test_review2_closing_words_of_another_law_are_not_the_bill() -> None:
    for text in ("Artikel 1 van de Woningwet verwijst naar de bij deze wet behorende bijlage.",
                 "Artikel 20 van de Woningwet luidt: ‘Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.’",
                 "Artikel 11:1 Awb\n\nTekst van het artikel\n\nDeze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
                 "De Afdeling wijst op de Omgevingswet. Die is complex. Deze wet treedt in werking op 1 januari 2024."):  # fmt: skip
        assert [f for f in resolved(text, default_bill(), "scope") if f[0].lower() == "deze wet"] != [("deze wet", "bill")], text
    in_the_bill = "ARTIKEL I\n\nH\n\nDe in artikel 2 genoemde kaart wordt vervangen door de bij deze wet behorende kaart."
    assert resolved(in_the_bill, default_bill(), "scope")[-1] == ("deze wet", "bill")


def test_review2_the_law_after_a_renumbered_list_is_the_old_numbers_law_too() -> None:
    text = "Onder vernummering van de artikelen 7 en 8 tot 8 en 9 van de Woningwet wordt een nieuw artikel 7 ingevoegd."
    assert {f[1] for f in resolved(text, default_bill(), "law")} == {"Woningwet"}


def test_review2_a_parallel_onderdeel_with_another_letter_in_a_heading(tmp_path) -> None:  # noqa: ANN001
    text = "Artikel I, onderdeel B (artikel II, onderdeel A)\n\nDe wijziging van artikel 28 is technisch."
    assert resolved(text, _two_laws(tmp_path), "law", "artikel")[-1] == ("artikel 28", "Wet op de veerdiensten", "28")


def test_review2_a_list_of_kieswet_numbers_written_together() -> None:
    found = resolved("De artikelen H7, H8 en H9 van de Kieswet", default_bill(), "law", "artikel")
    assert [f[1:] for f in found] == [("Kieswet", "H7"), ("Kieswet", "H8"), ("Kieswet", "H9")]
    ranged = resolved("De artikelen H7 tot en met H9 van de Kieswet", default_bill(), "artikel")
    assert [f[1] for f in ranged] == ["H7", "H8", "H9"]


def test_review2_deze_overgangsbepaling_below_the_bills_article(tmp_path) -> None:  # noqa: ANN001
    found = resolved("Artikel III\n\nDeze overgangsbepaling regelt dat bestaande veren blijven varen.", _two_laws(tmp_path), "scope", "artikel")
    assert found[-1] == ("Deze overgangsbepaling", "bill", "III")


def test_review2_a_text_label_only_as_a_heading() -> None:
    prose = "Artikel 28a van de Huisvestingswet 2014 wijkt af van de wetsbepaling (4:8) van de Awb."
    assert [f[0] for f in resolved(prose, default_bill(), "artikel")] == ["Artikel 28a van de Huisvestingswet 2014"]


def test_review2_a_quoted_division_is_a_book_chapter_only_with_its_title() -> None:
    text = "‘Hoofdstuk 3’ wordt telkens vervangen door ‘hoofdstuk 4’ in: artikel 12, eerste lid, en artikel 13."
    assert "hoofdstuk 4" in [f[0] for f in resolved(text, default_bill(), "division")]


def test_review2_a_roman_numeral_is_no_lettered_sibling(tmp_path) -> None:  # noqa: ANN001
    """"Artikel VIIb" in new text below "Na artikel IV … Artikel IVa" is no article the instruction inserts."""
    text = ("ARTIKEL II\n\nDe Havenwet wordt als volgt gewijzigd:\n\nA\n\nNa artikel IV wordt een artikel ingevoegd, luidende:\n\n"
            "Artikel IVa\n\nArtikel VIIb is van overeenkomstige toepassing.")  # fmt: skip
    assert ("Artikel VIIb", "bill") not in resolved(text, _two_laws(tmp_path), "scope")


# --- after the first contact of fresh113-fresh115 ---------------------------------------------


def test_names_of_laws_the_shipped_list_lacks() -> None:
    """A Beginselenwet's title goes on in lower case; no title holds "zoals" or "gebaseerd"."""
    found = resolved("Zie artikel 2 van de Beginselenwet gevangeniswezen en artikel 9 van de Beginselenwet verpleging ter beschikking "
                     "gestelden.", default_bill(), "law")  # fmt: skip
    assert [f[1] for f in found] == ["Beginselenwet gevangeniswezen", "Beginselenwet verpleging ter beschikking gestelden"]
    assert resolved("Artikel 7 van de Wet inburgering zoals die luidde.", default_bill(), "law")[0][1] == "Wet inburgering"
    based = resolved("Artikel 84 van de Wet op de jeugdhulpverlening gebaseerd Besluit College van advies.", default_bill(), "law")
    assert based[0][1] == "Wet op de jeugdhulpverlening"


def test_a_pages_record_of_the_memorie_is_no_reference_to_it() -> None:
    text = ("Memorie van toelichting - Wijziging van de Woningwet\n\nKerngegevens\n\nOfficiële titel Wijziging van de Woningwet; "
            "Memorie van toelichting\nDocumentdatum 22-07-2000")  # fmt: skip
    assert [f for f in resolved(text, default_bill(), "scope") if f[1] == "mvt"] == []
