"""Round 41: forms of real texts left over from earlier parts and met while the blind parts fresh116-fresh118
(zzzzn-zzzzp) were being labelled, each stated as a rule of such texts in general and tested on invented
sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved


def test_an_onderdeel_and_its_numbered_sub_written_with_a_dot() -> None:
    """"onder b.1" is onderdeel b, sub 1 (a Besluit's way of writing "onder b, onder 1°"), and the law named after it
    is the law of the whole reference."""
    text = ("Gelet op artikel 3, eerste lid, onder b.1, van de Wet op het primair onderwijs en artikel 5, onderdeel a.2°, "
            "van de Veerwet. Volgens artikel 8, onder c.3 van de Woningwet.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "law", "artikel", "lid", "item", "sub")
    assert [f[1:] for f in found] == [
        ("other_law", "Wet op het primair onderwijs", "3", "1", "b", "1"),
        ("other_law", "Veerwet", "5", "", "a", "2"),
        ("other_law", "Woningwet", "8", "", "c", "3"),
    ]
    # a letter, a dot and a space is the letter and the sentence's end: no sub
    assert [f[1:] for f in resolved("Zie artikel 8, onder c. 3 leden volgen.", default_bill(), "artikel", "item", "sub")] == [("8", "c", "")]


def test_the_new_numbers_of_articles_renumbered_with_their_law_between() -> None:
    """"De artikelen 3 tot en met 5 van de Woningwet worden vernummerd tot 4 tot en met 6": the new numbers are read,
    and they are the Woningwet's; a law named after the new numbers still counts."""
    text = "De artikelen 3 tot en met 5 van de Woningwet worden vernummerd tot 4 tot en met 6."
    assert [f[1:] for f in resolved(text, default_bill(), "law", "artikel")] == [("Woningwet", n) for n in ("3", "4", "5", "4", "5", "6")]
    listed = "De artikelen 7 en 8 van de Veerwet, worden vernummerd tot 9 en 10."
    assert [f[1:] for f in resolved(listed, default_bill(), "law", "artikel")] == [("Veerwet", n) for n in ("7", "8", "9", "10")]
    after = "De artikelen 7 en 8 worden vernummerd tot 9 en 10 van de Veerwet."
    assert [f[1:] for f in resolved(after, default_bill(), "law", "artikel")][-2:] == [("Veerwet", "9"), ("Veerwet", "10")]


def test_a_paragraaf_of_a_roman_chapter_keeps_its_chapter() -> None:
    """"hoofdstuk III, paragraaf 1 en 2" and "paragraaf 1 van hoofdstuk III": a law with Roman chapters numbers its
    paragrafen within each chapter, so the target is paragraaf 1 within hoofdstuk III (one reference, no separate
    target for the chapter); a chapter numbered with digits still gives its units nested numbers."""
    from wetgen.consult.analyse.explain import explain_references

    text = ("Zie hoofdstuk III, paragraaf 1 en 2, van de Veerwet en paragraaf 4 van hoofdstuk IV van de Veerwet. "
            "Zie ook afdeling 2 van hoofdstuk 3 van de Veerwet.")  # fmt: skip
    found = [(r.text, r.target.within, r.target.division) for p in explain_references(text, default_bill()) for r in p.references]
    assert found == [("hoofdstuk III, paragraaf 1 en 2, van de Veerwet", "hoofdstuk III", "paragraaf 1"),
                     ("hoofdstuk III, paragraaf 1 en 2, van de Veerwet", "hoofdstuk III", "paragraaf 2"),
                     ("paragraaf 4 van hoofdstuk IV van de Veerwet", "hoofdstuk IV", "paragraaf 4"),
                     ("afdeling 2 van hoofdstuk 3 van de Veerwet", "", "afdeling 3.2")]  # fmt: skip
    assert [r.words for p in explain_references("Zie paragraaf 4 van hoofdstuk IV van de Veerwet.", default_bill())
            for r in p.references] == ["Veerwet, hoofdstuk IV, paragraaf 4"]  # fmt: skip


def test_an_instruction_naming_its_law_before_the_article() -> None:
    """"In de Wet op de accijns wordt artikel 27, eerste lid, als volgt gewijzigd": the article is that law's, also in
    the new text of another law and where the bill amends a third; its onderdelen below follow it."""
    text = ("In de Veerwet wordt artikel 27, eerste lid, als volgt gewijzigd:\n\n1. In onderdeel a wordt «€ 5» vervangen door «€ 6».\n\n"
            "In de Havenwet worden na artikel 4 twee artikelen ingevoegd.\n\nIn de toelichting wordt artikel 27 besproken.")  # fmt: skip
    found = resolved(text, default_bill(), "law", "artikel", "item")
    assert [f[1:] for f in found if f[0] != "toelichting"] == [
        ("Veerwet", "27", ""), ("Veerwet", "27", "a"), ("Havenwet", "4", ""), ("Huisvestingswet 2014", "27", "")]


def test_a_laws_onderdelen_each_with_its_word_and_an_amount_between() -> None:
    """"onderdeel a, onderdeel b en onderdeel d" and "onderdeel a, tweede bedrag, onderdeel b, tweede bedrag, en onderdeel
    d" name three onderdelen of one lid (an amount or a volzin between is read, no unit); "artikel 12 en onder a van
    artikel 13" stays two references."""
    for text in ("Zie artikel 27, eerste lid, onderdeel a, onderdeel b en onderdeel d, van de Veerwet.",
                 "Genoemd in artikel 27, eerste lid, onderdeel a, tweede bedrag, onderdeel b, tweede bedrag, en onderdeel d, van de Veerwet.",
                 "Zie artikel 27, eerste lid, onderdeel a, eerste volzin, en onderdeel b, en onderdeel d, van de Veerwet."):  # fmt: skip
        assert [f[1:] for f in resolved(text, default_bill(), "law", "artikel", "lid", "item")] == [
            ("Veerwet", "27", "1", x) for x in "abd"], text
    assert [f[0] for f in resolved("Zie artikel 12 en onder a van artikel 13.", default_bill(), "artikel")] == [
        "artikel 12", "onder a van artikel 13"]
    # a numbered onderdeel with lettered subs is still one provision
    assert [f[1:] for f in resolved("Zie artikel 3, onderdeel 2, onder a, van de Veerwet.", default_bill(), "item", "sub")] == [("2", "a")]


def test_a_volzin_named_alone_in_a_new_lid_is_that_lid() -> None:
    """In new leden added to an article, "De eerste zin" is a sentence of the lid it stands in, also where a copy put a
    bullet before the lid's number; where the instruction named the lid, that lid stays."""
    text = ("Aan artikel 42 van de Huisvestingswet 2014 worden twee leden toegevoegd, luidende:\n\n"
            " • 6. De termijn, bedoeld in het eerste en tweede lid, wordt verlengd. De eerste zin is van overeenkomstige "
            "toepassing op een vergunning.\n\n • 7. Het zesde lid geldt niet.")  # fmt: skip
    found = resolved(text, default_bill(), "artikel", "lid")
    assert ("De eerste zin", "42", "6") in found
    named = ("Artikel 42 van de Huisvestingswet 2014 wordt als volgt gewijzigd:\n\n1. In het eerste lid wordt na de tweede "
             "volzin een volzin ingevoegd, luidende: De in de tweede volzin bedoelde termijn is zes weken.")  # fmt: skip
    assert [f[2] for f in resolved(named, default_bill(), "artikel", "lid") if "volzin" in f[0]] == ["1", "1"]


def test_a_bare_number_with_a_list_of_leden_in_quoted_or_new_words() -> None:
    """«19, vierde en vijfde lid,» in the words an instruction replaces, and "19, derde en vierde lid" after "vervangen
    door:", are article 19 with those leden (as «12, eerste lid» was)."""
    text = "In artikel 5, eerste lid, van de Huisvestingswet 2014 wordt «19, vierde en vijfde lid,» vervangen door: 19, derde en vierde lid,."
    found = resolved(text, default_bill(), "artikel", "lid")
    assert [f[1:] for f in found[1:]] == [("19", "4"), ("19", "5"), ("19", "3"), ("19", "4")]
    # a count before leden in prose is no article: "het kost 19, vierde en vijfde lid niet" is not quoted
    assert [f[0] for f in resolved("Het kost 19, vierde en vijfde lid te lezen.", default_bill(), "artikel")] == []


def test_a_laws_name_in_capitals_after_a_bills_artikel_heading_is_its_caption() -> None:
    """"ARTIKEL I ALGEMENE KINDERBIJSLAGWET": the reference is "ARTIKEL I", the bill's; the capitals are the heading's
    caption (the law the article amends), as "ARTIKEL II (Woningwet)" would write it; "artikel 5 Awb" keeps its law."""
    text = "ARTIKEL I HUISVESTINGSWET 2014\n\nDe Huisvestingswet 2014 wordt als volgt gewijzigd:\n\nZie artikel 5 Awb."
    found = resolved(text, default_bill(), "scope", "artikel")
    assert found == [("ARTIKEL I", "bill", "I"), ("artikel 5 Awb", "other_law", "5")]


def test_an_onderdeel_lettered_a0_is_the_bills(tmp_path) -> None:  # noqa: ANN001
    """"A0" (inserted before A, as a Staatsblad of 2006 letters it) heads an onderdeel of the amending article, as "0A"."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A0, wijzigingen: [{actie: vrije_tekst, doel: artikel 1, tekst: "(niet overgenomen)"}]}
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 39, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)
    text = "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA0\n\nIn artikel 1 wordt een begrip ingevoegd.\n\nA\n\nArtikel 39 vervalt."
    found = resolved(text, bill, "scope", "artikel", "onderdeel")
    assert ("A0", "bill", "I", "A0") in found and ("A", "bill", "I", "A") in found


def test_the_onderdelen_of_an_amendement_a_subamendement_changes_are_not_the_bills() -> None:
    """"In het amendement van het lid X (stuk nr. 23) wordt na onderdeel V een onderdeel ingevoegd": onderdeel V is the
    amendement's item, no onderdeel of the bill; the bill's own "Artikel I, onderdeel S" after it still is."""
    text = ("In het amendement van het lid X (stuk nr. 23) wordt na onderdeel V een onderdeel ingevoegd, luidende:\n\nVa\n\n"
            "Artikel I, onderdeel B, wordt als volgt gewijzigd.\n\nIn de nota van wijziging wordt in onderdeel 2 «a» vervangen door «b».")  # fmt: skip
    assert [f[0] for f in resolved(text, default_bill(), "onderdeel")] == ["Artikel I, onderdeel B"]
    assert [f[0] for f in resolved("In artikel I wordt na onderdeel B een onderdeel ingevoegd.", default_bill(), "onderdeel")] == [
        "artikel I", "onderdeel B"]


# --- after the review of round 41 on invented inputs ------------------------------------------


def test_onderdelen_of_different_leden_and_with_numbered_subs_stay_apart() -> None:
    """"onderdeel a van het eerste lid en onderdeel b van het tweede lid" keeps each in its own lid; "onder a.1° en
    c.2°" and "sub a.1 en sub a.2" keep each sub with its onderdeel; "onder b.1 tot en met b.3" is three subs."""
    cases = {
        "In artikel 12 worden onderdeel a van het eerste lid en onderdeel b van het tweede lid geschrapt.": [("1", "a", ""), ("2", "b", "")],
        "Zie artikel 5, tweede lid, onderdeel a en onderdeel b van het derde lid.": [("2", "a", ""), ("3", "b", "")],
        "Zie artikel 3, onderdeel a.1°, en onderdeel c.2°.": [("", "a", "1"), ("", "c", "2")],
        "Zie artikel 8, sub a.1 en sub a.2.": [("", "a", "1"), ("", "a", "2")],
        "Zie artikel 3, onderdeel a, onder 1°, onderdeel b en onderdeel c.": [("", "a", "1"), ("", "b", ""), ("", "c", "")],
        "Zie artikel 8, onder b.1 tot en met b.3, van de Woningwet.": [("", "b", "1"), ("", "b", "2"), ("", "b", "3")],
    }
    for text, expected in cases.items():
        assert [f[1:] for f in resolved(text, default_bill(), "lid", "item", "sub") if f[0] != "artikel 12"] == expected, text


def test_a_renumbering_of_leden_or_of_the_bills_articles_names_no_article_of_a_law() -> None:
    """"Het tweede lid van artikel 5 van de Woningwet wordt vernummerd tot 3" and "De onderdelen 3 en 4 van artikel 5 …
    worden vernummerd tot 4 en 5" name no articles 3, 4 or 5 of the Woningwet; the law of new numbers is the one named
    in their own clause."""
    for text in ("Het tweede lid van artikel 5 van de Woningwet wordt vernummerd tot 3.",
                 "De onderdelen 3 en 4 van artikel 5 van de Woningwet worden vernummerd tot 4 en 5."):  # fmt: skip
        assert {f[1] for f in resolved(text, default_bill(), "artikel")} == {"5"}, text
    text = "Artikel 12 van de Woningwet wordt gewijzigd en artikel 13 van de Veerwet wordt vernummerd tot 14."
    assert resolved(text, default_bill(), "law", "artikel")[-1][1:] == ("Veerwet", "14")


def test_an_onderdeel_named_with_its_article_after_a_nota_or_amendement_is_still_read() -> None:
    """"In de nota van wijziging wordt onderdeel a van artikel 5 van de Woningwet aangepast" and "In het amendement worden
    de onderdelen B en C van artikel I geschrapt" name provisions; "In amendement nr. 23 wordt na onderdeel V" does not."""
    found = resolved("In de nota van wijziging wordt onderdeel a van artikel 5 van de Woningwet aangepast.", default_bill(), "law", "artikel", "item")
    assert [f[1:] for f in found] == [("Woningwet", "5", "a")]
    found = resolved("In het amendement worden de onderdelen B en C van artikel I geschrapt.", default_bill(), "artikel", "onderdeel")
    assert [f[1:] for f in found] == [("I", "B"), ("I", "C")]
    for text in ("In amendement nr. 23 wordt na onderdeel V een onderdeel ingevoegd.",
                 "In de tweede nota van wijziging (stuk nr. 12) wordt na onderdeel C een onderdeel ingevoegd."):  # fmt: skip
        assert resolved(text, default_bill(), "onderdeel") == [], text


# --- after the first contact of fresh119-fresh121 ---------------------------------------------


def test_a_bare_letter_in_a_copy_cut_above_its_artikel_heading() -> None:
    """A stored page that opens inside an amending article ("… overgelegd. A Artikel 18 vervalt.") names no article
    before its first bare letter: it is the onderdeel of the one amending article with that letter, where an instruction
    follows; a nota's items that change the bill ("A In het opschrift …", "B In artikel I, onderdeel A, …") are not."""
    text = "Het ontwerp wordt aan de Staten-Generaal overgelegd.\n\nA\n\nArtikel 18 vervalt.\n\nB\n\nArtikel 41b vervalt."
    found = resolved(text, default_bill(), "scope", "artikel", "onderdeel")
    assert ("A", "bill", "I", "A") in found and ("B", "bill", "I", "B") in found
    nota = ("In het voorstel van wet worden de volgende wijzigingen aangebracht:\n\nA\n\nIn het opschrift wordt «x» vervangen door «y».\n\n"
            "B\n\nIn artikel I, onderdeel A, wordt «a» vervangen door «b».")  # fmt: skip
    assert [f[0] for f in resolved(nota, default_bill(), "onderdeel")] == ["artikel I, onderdeel A"]
    prose = "Onze reactie.\n\nA\n\nDe termijn is te kort."  # a response's own section: no instruction below it
    assert resolved(prose, default_bill(), "onderdeel") == []


def test_a_cut_free_text_instruction_still_names_the_articles_it_changes(tmp_path) -> None:  # noqa: ANN001
    """An imported instruction kept as free text because its copy is cut ("In de artikelen 7, 12, eerste volzin, 16,
    eerste lid, en 18 wordt […]") names the articles its onderdeel changes: a point on artikel 16 lands on it."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, tekst: "In de artikelen 7, 12, eerste volzin, 16, eerste lid, en 18 wordt […]"}]}
        - {nummer: B, wijzigingen: [{actie: vervallen, doel: artikel 20}]}
"""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)
    from wetgen.consult.analyse.explain import explain_references

    found = [(r.text, r.status, [e for e, _ in r.nodes]) for p in explain_references("Artikel 16 van de Veerwet is te ruim.", bill)
             for r in p.references]  # fmt: skip
    assert found == [("Artikel 16 van de Veerwet", "amended", ["art_I__point_A"])]


def test_articles_an_amendement_inserts_after_a_lettered_roman_article(tmp_path) -> None:  # noqa: ANN001
    """"Na artikel XVIIE worden drie artikelen ingevoegd, luidende: ARTIKEL XVIIEA …": XVIIEA (a Roman number with two
    capitals added) is the bill's new article, not an article of the law XVIIE amends; "IV" stays a numeral of its own."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vervallen, doel: artikel 2}]}
    - nummer: XVIIE
      wijzigt: {citeertitel: Havenwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vervallen, doel: artikel 3}]}
"""
    bill = invented_bill(tmp_path / "v.yaml", "Verzamelwet", "Verzamelwet veren", body)
    text = ("II\n\nNa artikel XVIIE worden drie artikelen ingevoegd, luidende:\n\nARTIKEL XVIIEA WET OP DE LOODSEN\n\n"
            "Artikel 150 van de Loodsenwet vervalt.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel")
    assert ("ARTIKEL XVIIEA", "bill", "", "XVIIEA") in found


def test_a_juncto_lid_in_a_list_of_articles_keeps_the_list_going() -> None:
    """"116, eerste lid, eerste volzin, juncto tweede lid, 118, tweede lid, … van de Wegenverkeerswet 1994": the list
    goes on after the juncto, and its law is every article's."""
    text = ("Gelet op de artikelen 110a, eerste lid, 116, eerste lid, eerste volzin, juncto tweede lid, 118, tweede lid, en 132b, "
            "eerste lid, van de Wegenverkeerswet 1994.")  # fmt: skip
    found = [f[1:] for f in resolved(text, default_bill(), "law", "artikel", "lid")]
    assert found == [("Wegenverkeerswet 1994", a, lid) for a, lid in (("110a", "1"), ("116", "1"), ("116", "2"), ("118", "2"), ("132b", "1"))]


def test_a_besluit_named_by_its_kind_takes_no_verb_into_its_name() -> None:
    """"artikel 9 van het Besluit bedraagt 6%" and "de in artikel 9 van het Besluit bedoelde gezinsleden" name no law
    "Besluit bedraagt"; "het Meetinstrumentenbesluit I" keeps its numeral."""
    for text in ("De bijdrage, bedoeld in artikel 9 van het Besluit bedraagt 6,32%.", "De in artikel 9 van het Besluit bedoelde leden."):
        assert all("bedraagt" not in f[1] and "bedoelde" not in f[1] for f in resolved(text, default_bill(), "law")), text
    assert resolved("Zie artikel 9 van het Meetinstrumentenbesluit I.", default_bill(), "law")[0][1] == "Meetinstrumentenbesluit I"


def test_dit_besluit_in_a_tijdelijk_besluit_is_the_draft(tmp_path) -> None:  # noqa: ANN001
    """A draft whose citeertitel is "Tijdelijk besluit …" is a besluit: "Dit besluit treedt in werking" is the draft."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Reglement veerdiensten, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vervallen, doel: artikel 2}]}
"""
    bill = invented_bill(tmp_path / "b.yaml", "Tijdelijke regels voor een experiment met veren", "Tijdelijk besluit veren", body)
    assert resolved("Artikel VI\n\nDit besluit treedt in werking met ingang van 1 november 2011.", bill, "scope")[-1] == ("Dit besluit", "bill")


def test_a_sentence_that_opens_with_its_renumbering_names_the_article_after_it() -> None:
    """"Onder vernummering van het vierde en vijfde lid tot derde en vierde lid, vervalt in artikel 46 het derde lid":
    the renumbered leden are artikel 46's, and "artikel 46 het derde lid" is two references (the verb's object is no
    qualifier of the number); "artikel 46, het derde lid" with its comma stays one."""
    text = "Onder vernummering van het vierde en vijfde lid tot derde en vierde lid, vervalt in artikel 46 van de Veerwet het derde lid."
    found = resolved(text, default_bill(), "law", "artikel", "lid")
    assert [f[1:] for f in found] == [("Veerwet", "46", lid) for lid in ("4", "5", "3", "4", "", "3")]
    assert found[-2][0] == "artikel 46 van de Veerwet" and found[-1][0] == "het derde lid"
    assert [f[0] for f in resolved("Zie artikel 46, het derde lid.", default_bill(), "lid")] == ["artikel 46, het derde lid"]


def test_after_the_second_review_sections_acronyms_titles_and_free_text_stay_as_they_were(tmp_path) -> None:  # noqa: ANN001
    """A response's own section "A" over prose is no onderdeel; "COA en IND" after an article are no articles; a title
    with "bedragen" keeps it; "juncto onderdeel b" keeps the lid before it; free text names only its leading list."""
    assert resolved("Reactie\n\nA\n\nIn de praktijk blijkt dat gemeenten moeite hebben.", default_bill(), "onderdeel") == []
    assert [f[0] for f in resolved("Zie artikel 28a, COA en IND.", default_bill(), "artikel")] == ["artikel 28a"]
    assert resolved("Zie artikel 2 van het Besluit vaststelling bedragen 2024.", default_bill(), "law")[0][1] == "Besluit vaststelling bedragen 2024"
    found = resolved("Zie artikel 12, eerste lid, juncto onderdeel b.", default_bill(), "lid", "item")
    assert [f[1:] for f in found] == [("1", ""), ("1", "b")]
    from wetgen.consult.analyse.freetext import _named_places

    read = _named_places("In artikel 38, onder verwijzing naar artikel 40, wordt […]")
    assert read is not None and read.target.parts() == (("artikel", "38"),) and read.also == ()


def test_a_roman_titel_of_a_book_of_the_old_codes_keeps_its_code() -> None:
    """"Titel VIIIA van Boek I van het Wetboek van Strafrecht" and "titel XII van het Tweede Boek van het Wetboek van
    Strafrecht": the Roman titel keeps its number and the code after the book is its law (a numbered one of the BW is
    numbered with its book, as before)."""
    text = ("Zie Titel VIIIA van Boek I van het Wetboek van Strafrecht, titel XII van het Tweede Boek van het Wetboek van "
            "Strafrecht en titel 10 van Boek 7 van het Burgerlijk Wetboek.")  # fmt: skip
    assert [f[1:] for f in resolved(text, default_bill(), "law", "division")] == [
        ("Wetboek van Strafrecht", "titel VIIIA"), ("Wetboek van Strafrecht", "titel XII"), ("Burgerlijk Wetboek Boek 7", "titel 10")]
