"""Round 42: forms of real texts left over from earlier parts and met while the blind parts fresh122-fresh124
(zzzzt-zzzzv) were being labelled, each stated as a rule of such texts in general and tested on invented
sentences and invented laws."""

from __future__ import annotations

from wetgen.consult.analyse.explain import explain_references

from .resolving import default_bill, invented_bill, resolved

_ADDED = """De ondergetekende stelt het volgende amendement voor:

I

Na artikel I wordt een artikel ingevoegd, luidende:

ARTIKEL IA

De Veerwet wordt als volgt gewijzigd:

A

Artikel 7, vijfde lid, vervalt.

B

In artikel 11 vervalt het derde lid.

II

In artikel I, onderdeel A, wordt in het tweede lid «vijf» vervangen door «zes».
"""


def test_an_article_an_amendment_adds_opens_its_own_onderdelen_and_law() -> None:
    """An amending article the amendment adds to the bill ("Na artikel I wordt een artikel ingevoegd, luidende:
    ARTIKEL IA") is the bill's own: the letters below are its onderdelen (not those of artikel I), the law its first
    sentence names is the law of the bare numbers below, a law the bill amends once the amendment is adopted; the
    points go to the article it will stand after, not to that article's onderdeel of the same letter."""
    found = resolved(_ADDED, default_bill(), "scope", "law", "artikel", "onderdeel", "lid")
    assert [f for f in found if f[0] != "artikel I"] == [
        ("ARTIKEL IA", "bill", "", "IA", "", ""),
        ("A", "bill", "", "IA", "A", ""),
        ("Artikel 7, vijfde lid", "law", "Veerwet", "7", "", "5"),
        ("B", "bill", "", "IA", "B", ""),
        ("artikel 11", "law", "Veerwet", "11", "", ""),
        ("het derde lid", "law", "Veerwet", "11", "", "3"),
        ("artikel I, onderdeel A", "bill", "", "I", "A", ""),  # the amendment's next item: the bill's own again
        ("het tweede lid", "law", "Huisvestingswet 2014", "12", "", "2"),
    ]
    references = [r for p in explain_references(_ADDED, default_bill()) for r in p.references]
    letter = next(r for r in references if r.text == "A")
    assert letter.nodes[0][0] == "art_I"  # the article IA will follow, not artikel I's onderdeel A
    seventh = next(r for r in references if r.text == "Artikel 7, vijfde lid")
    assert "gewijzigd door artikel IA" in seventh.reason


def test_an_added_articles_law_from_its_caption_or_its_first_instruction() -> None:
    """The law an added article amends is named by its heading's caption in capitals ("ARTIKEL IIA WIJZIGING
    VEERWET"), or else by the first article its text changes with its law ("Artikel 3 van de Havenwet wordt als
    volgt gewijzigd:"); a law the text then only cites stays another law."""
    captioned = ("Na artikel II worden twee artikelen ingevoegd, luidende:\n\nARTIKEL IIA WIJZIGING VEERWET\n\n"
                 "Artikel 4 vervalt.\n\nARTIKEL IIB\n\nArtikel 3 van de Havenwet wordt als volgt gewijzigd:\n\n"
                 "1. In onderdeel a wordt «haven» vervangen door «kade».\n\n2. Het tweede lid vervalt, zoals bedoeld "
                 "in artikel 9 van de Veerwet.")  # fmt: skip
    found = resolved(captioned, default_bill(), "scope", "law", "artikel", "lid", "item")
    assert [f for f in found if f[0] != "artikel II"] == [
        ("ARTIKEL IIA", "bill", "", "IIA", "", ""),
        ("Artikel 4", "law", "Veerwet", "4", "", ""),
        ("ARTIKEL IIB", "bill", "", "IIB", "", ""),
        ("Artikel 3 van de Havenwet", "law", "Havenwet", "3", "", ""),
        ("onderdeel a", "law", "Havenwet", "3", "", "a"),
        ("Het tweede lid", "law", "Havenwet", "3", "2", ""),
        ("artikel 9 van de Veerwet", "other_law", "Veerwet", "9", "", ""),
    ]


def _amending(tmp_path, law: str, article: str, opschrift: str, citeertitel: str, lidwoord: str = "de"):  # noqa: ANN001, ANN202
    """Return an invented draft with one amending article that changes one article of `law`."""
    body = f"""    - nummer: I
      wijzigt: {{citeertitel: {law}, lidwoord: {lidwoord}}}
      onderdelen:
        - {{nummer: A, wijzigingen: [{{actie: vrije_tekst, doel: artikel {article}, tekst: "(niet overgenomen)"}}]}}
        - {{nummer: B, wijzigingen: [{{actie: vervallen, doel: artikel 2}}]}}
"""
    return invented_bill(tmp_path / "r.yaml", opschrift, citeertitel, body)


def test_de_wet_and_het_besluit_in_a_regeling_are_those_its_aanhef_rests_on(tmp_path) -> None:  # noqa: ANN001
    """In a ministeriële regeling "de wet" is the one wet its aanhef names and "het besluit" the besluit it names first
    ("Gelet op artikel 22 van de Veerwet in samenhang met artikel 30 van het Veerbesluit"), also in the new words of
    the regeling it amends, which is never "de wet" (a compound "Veerregeling" no less than a "Regeling …")."""
    bill = _amending(tmp_path, "Veerregeling", "16", "Wijziging van de Veerregeling", "Wijzigingsregeling veren")
    text = ("De Minister van Infrastructuur en Waterstaat, Gelet op artikel 22 van de Veerwet in samenhang met artikel 30 van het "
            "Veerbesluit en artikel 59 van het Havenbesluit;\n\nBESLUIT:\n\nArtikel I\n\nDe Veerregeling wordt als volgt gewijzigd:\n\n"
            "A\n\nArtikel 16 komt als volgt te luiden:\n\nArtikel 16\n\n1. De eisen, bedoeld in artikel 30, eerste lid, van het "
            "besluit, gelden.\n\n2. Het verbod, bedoeld in artikel 22, tweede lid, van de wet, geldt niet.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "lid")
    assert ("artikel 30, eerste lid, van het besluit", "other_law", "Veerbesluit", "30", "1") in found
    assert ("artikel 22, tweede lid, van de wet", "other_law", "Veerwet", "22", "2") in found


def test_het_besluit_and_de_regeling_where_no_aanhef_names_them(tmp_path) -> None:  # noqa: ANN001
    """Where no aanhef names it, "artikel 6 van de regeling" in the toelichting of a regeling that amends one regeling
    is that one, and "hoofdstuk 6 van het besluit" in the nota van toelichting of a besluit is its own chapter; with
    nothing to tell which, the besluit is unknown."""
    scheme = _amending(tmp_path, "Regeling veersubsidies", "2", "Wijziging van de Regeling veersubsidies", "Wijzigingsregeling veersubsidies")
    text = "TOELICHTING\n\nHet plafond staat al in artikel 6, eerste lid, van de regeling, zodat dit artikel niet hoeft te wijzigen."
    assert resolved(text, scheme, "scope", "law", "artikel", "lid")[:2] == [
        ("artikel 6, eerste lid, van de regeling", "law", "Regeling veersubsidies", "6", "1"),
        ("dit artikel", "law", "Regeling veersubsidies", "6", ""),
    ]
    body = """    - nummer: "1.1"
      tekst: In dit besluit wordt verstaan onder veer een vaartuig.
    - nummer: "6.1"
      tekst: Een veer heeft een loopplank.
"""
    own = invented_bill(tmp_path / "b.yaml", "Besluit houdende regels over veren", "Veerbesluit 2030", body)
    assert resolved("De regels over installaties staan in hoofdstuk 6 van het besluit.", own, "scope", "division") == [
        ("hoofdstuk 6 van het besluit", "bill", "hoofdstuk 6")]
    assert resolved("Zie artikel 3 van het besluit.", default_bill(), "scope") == [("artikel 3 van het besluit", "unknown")]


def test_a_kaderbesluit_keeps_its_title_and_a_verb_ends_a_title() -> None:
    """"het Kaderbesluit nationale EZ-subsidies" is one name (Kaderbesluit and Kaderregeling head titles as Kaderwet
    does), and "de Wet individuele veersubsidie vervangt Onze Minister" ends the name before its verb."""
    text = ("Gelet op artikel 16 van het Kaderbesluit nationale EZ-subsidies. In afwijking van artikel 25, aanhef en onder c, "
            "van de Wet individuele veersubsidie vervangt Onze Minister het bedrag.")  # fmt: skip
    assert [f[1] for f in resolved(text, default_bill(), "law")] == ["Kaderbesluit nationale EZ-subsidies", "Wet individuele veersubsidie"]


def test_a_transcription_that_ran_an_amending_besluit_into_one_paragraph(tmp_path) -> None:  # noqa: ANN001
    """A copy that lost its paragraph breaks ("verstaan: Artikel I A Het Veerbesluit wordt als volgt gewijzigd: …"):
    the title-case "Artikel I" heads the amending article, the letters run in are its onderdelen, and "dit besluit" in
    the words a second instruction inserts ("b. Na het derde lid wordt een lid toegevoegd, luidende: 4. …") is the
    amended besluit."""
    bill = _amending(tmp_path, "Veerbesluit", "1", "Wijziging van het Veerbesluit", "Wijzigingsbesluit veren", "het")
    text = ("Hebben goedgevonden en verstaan: Artikel I A Het Veerbesluit wordt als volgt gewijzigd: Artikel 1 wordt als volgt "
            "gewijzigd: a. In het eerste lid worden na onderdeel n twee onderdelen toegevoegd, luidende: o. fase: de periode; "
            "b. Na het derde lid wordt een lid toegevoegd, luidende: 4. Voor de toepassing van dit besluit geldt een kwh als "
            "eenheid; B Artikel 2 vervalt.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "onderdeel")
    assert ("A", "bill", "", "I", "A") in found and ("B", "bill", "", "I", "B") in found
    assert ("dit besluit", "law", "Veerbesluit", "", "") in found
    plain = "Artikel I De Veerbesluit wordt als volgt gewijzigd: A Artikel 1 vervalt."
    assert ("A", "bill", "", "I", "A") in resolved(plain.replace("De Veerbesluit", "Het Veerbesluit"), bill, "scope", "law", "artikel", "onderdeel")


def test_division_numbers_with_a_capital_or_a_caption_run_on() -> None:
    """"afdeling 3.4A" (as "AFDELING 3.4A" heads it) keeps its capital, and "§ 2.12.1Nieuwbouw" (a heading whose caption a copy ran on to its number)
    is paragraaf 2.12.1."""
    found = resolved("Zie afdeling 3.4A van de Veerwet en § 2.12.1Nieuwbouw van de Veerwet.", default_bill(), "law", "division")
    assert [f[1:] for f in found] == [("Veerwet", "afdeling 3.4A"), ("Veerwet", "paragraaf 2.12.1")]


def test_an_article_heading_run_into_the_sentence_that_names_its_law() -> None:
    """"ARTIKEL I Boek 1 van het Burgerlijk Wetboek wordt als volgt gewijzigd:": the heading is "ARTIKEL I", the book
    the subject of the sentence after it, not a law the heading's article is of."""
    text = "gelijk Wij goedvinden en verstaan bij deze: ARTIKEL I Boek 1 van het Burgerlijk Wetboek wordt als volgt gewijzigd: A Artikel 252 vervalt."
    assert resolved(text, default_bill(), "scope", "artikel")[0] == ("ARTIKEL I", "bill", "I")


def test_parallel_articles_changed_alike(tmp_path) -> None:  # noqa: ANN001
    """"In de artikelen 157, eerste lid, en 267, eerste lid, wordt … Aan deze leden wordt een volzin toegevoegd, luidende:
    … dit lid …": "deze leden" and "dit lid" are both leden; so is "dit artikel" in the words that "De artikelen 158 en 268
    worden gelezen:" (an old act's way of "komen te luiden"). "Deze leden vragen …" stays members of a party."""
    bill = _amending(tmp_path, "Veerwet", "157", "Wijziging van de Veerwet", "Wet veren")
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nIn de artikelen 157, eerste lid, en 267, eerste lid, "
            "wordt «veer» vervangen door «pont».\n\nAan deze leden wordt een volzin toegevoegd, luidende: De in dit lid bedoelde "
            "regeling vervalt.\n\nB\n\nDe artikelen 158, dertiende lid, en 268, dertiende lid, worden gelezen:\n\nHet besluit als "
            "bedoeld in dit artikel wordt gemeld.\n\nDeze leden vragen de regering om uitleg.")  # fmt: skip
    found = resolved(text, bill, "artikel", "lid")
    assert [f for f in found if f[0] in ("deze leden", "dit lid", "dit artikel")] == [
        ("deze leden", "157", "1"), ("deze leden", "267", "1"), ("dit lid", "157", "1"), ("dit lid", "267", "1"),
        ("dit artikel", "158", ""), ("dit artikel", "268", "")]  # fmt: skip
    assert not [f for f in found if f[0] == "Deze leden"]


def test_a_lid_added_to_an_article_named_after_it() -> None:
    """"een zevende lid aan genoemd artikel toe te voegen", "een derde lid aan artikel 5 van de Veerwet toe te voegen": the
    lid is that article's, one target."""
    text = "Artikel 1.2 van de Veerwet wordt gewijzigd. Voorgesteld wordt een zevende lid aan genoemd artikel toe te voegen."
    assert resolved(text, default_bill(), "artikel", "lid")[-1] == ("zevende lid aan genoemd artikel", "1.2", "7")
    assert resolved("Wij stellen voor een derde lid aan artikel 5 van de Veerwet toe te voegen.", default_bill(), "artikel", "lid") == [
        ("derde lid aan artikel 5 van de Veerwet", "5", "3")]


def test_an_article_cited_in_passing_does_not_change_the_article_under_discussion() -> None:
    """Below the heading "Artikel 2.32", "een trap die een hoogteverschil als bedoeld in artikel 2.27 overbrugt" cites 2.27
    in passing: "het tweede lid" in the next sentence is still 2.32's."""
    text = ("Artikel 2.32 Veerwet\n\nDe eis van het eerste lid, een trap die een hoogteverschil als bedoeld in artikel 2.27 van de "
            "Veerwet overbrugt, is ongewijzigd. De tabel van het tweede lid wijst voorschriften aan.")  # fmt: skip
    assert [f[1:] for f in resolved(text, default_bill(), "artikel", "lid") if f[0].startswith("het")] == [("2.32", "1"), ("2.32", "2")]


def test_a_dated_law_keeps_its_title_where_no_staatsblad_closes_it() -> None:
    """"de wet van 2 november 2006 tot wijziging van de Veerwet op een aantal punten1 voorziet …" (a footnote's number run
    on), "…, en artikel 28c van …" and "… […]": the title ends there, and it is the law's name."""
    text = ("Artikel I, onderdeel D, van de wet van 2 november 2006 tot wijziging van de Veerwet op een aantal punten1 voorziet "
            "daarin. Gelet op artikel XV van de Wet van 28 november 2002 tot wijziging van de Veerwet en de Havenwet, en artikel "
            "28c van de Havenwet;")  # fmt: skip
    laws = [f[1] for f in resolved(text, default_bill(), "law")]
    assert laws[:2] == ["Wet van 2 november 2006 tot wijziging van de Veerwet op een aantal punten",
                        "Wet van 28 november 2002 tot wijziging van de Veerwet en de Havenwet"]  # fmt: skip


def test_a_book_of_the_burgerlijk_wetboek_by_its_ordinal() -> None:
    """"het tweede boek van het Burgerlijk Wetboek" is Boek 2, in prose and as the law an imported bill's article amends
    (a scan's footnote "2" after the name left out)."""
    from wetgen.importer import import_data
    from wetgen.importer.draft import draft_text
    from wetgen.loader import load_text

    assert resolved("Artikel 157 van het tweede boek van het Burgerlijk Wetboek.", default_bill(), "law") == [
        ("Artikel 157 van het tweede boek van het Burgerlijk Wetboek", "Burgerlijk Wetboek Boek 2")]
    text = ("Wet van 1 mei 1979 tot wijziging van het Burgerlijk Wetboek\n\nARTIKEL I\n\nHet tweede boek van het Burgerlijk "
            "Wetboek 2 wordt gewijzigd als volgt:\n\nA\n\nArtikel 157 vervalt.\n")  # fmt: skip
    result = import_data(text.encode("utf-8"), "scan.txt")
    bill = load_text(draft_text(result, "scan.txt").encode("utf-8"), "<scan>").bill
    assert [a.amends.citeertitel for a in bill.articles()] == ["Boek 2 van het Burgerlijk Wetboek"]


def test_a_bare_aanwijzing_after_the_aanwijzingen_were_named_in_its_paragraph() -> None:
    """"… als bedoeld in aanwijzing 174, tweede lid, van de Aanwijzingen voor de regelgeving. Wel wordt afgeweken volgens
    aanwijzing 174 wegens spoed": the second is the regeling's too (its number before 2018 has no dot); a bare
    "aanwijzing 3" in a paragraph that did not name the regeling stays a minister's instruction."""
    text = ("Dit is een vast verandermoment als bedoeld in aanwijzing 174, tweede lid, van de Aanwijzingen voor de regelgeving. "
            "Wel wordt afgeweken volgens aanwijzing 174 wegens spoed.\n\nZie aanwijzing 3 van de minister.")  # fmt: skip
    assert [f[1:] for f in resolved(text, default_bill(), "law", "artikel")] == [
        ("Aanwijzingen voor de regelgeving", "174"), ("Aanwijzingen voor de regelgeving", "174")]


def test_where_round_42s_rules_stop(tmp_path) -> None:  # noqa: ANN001
    """What the review of round 42 found the first rules overreaching in, each now held back: prose that ends in
    "gelezen:" opens no new words; an added article's text ends at a heading that is not its letter; an article cited in
    passing becomes the subject where no heading named one; "Deze leden" of a party is no reference even near "wordt
    gewijzigd"; "het zesde lid aan artikel 28a toe te voegen" moves the lid of the article under discussion; a Roman
    article "van het besluit" is the draft's own; "het besluit omgevingsrecht" is a title; "Onze Minister" inside a
    title; a dated law's title ends at the verb; words added to one article after a list are that article's; "het
    besluit" as the text defined it."""
    bill = default_bill()
    read = "De artikelen 12 en 28a moeten in samenhang worden gelezen:\n\nIn artikel 3 van dit wetsvoorstel staat het. Het eerste lid daarvan is kort."
    assert resolved(read, bill, "scope", "artikel", "lid")[-2:] == [("artikel 3 van dit wetsvoorstel", "bill", "III", ""),
                                                                     ("Het eerste lid", "bill", "III", "1")]  # fmt: skip
    added = ("Na artikel I wordt een artikel ingevoegd, luidende:\n\nARTIKEL IA\n\nDe Woningwet wordt als volgt gewijzigd:\n\nA\n\n"
             "Artikel 5 vervalt.\n\nToelichting\n\nOok artikel 28a, tweede lid, moet wijken.")  # fmt: skip
    assert resolved(added, bill, "law", "artikel")[-2:] == [("Artikel 5", "Woningwet", "5"), ("artikel 28a, tweede lid", "Huisvestingswet 2014", "28a")]
    passing = "Artikel 12 is helder.\n\nDe huisvesting als bedoeld in artikel 28a is onvoldoende omschreven. Het tweede lid daarvan is vaag."
    assert resolved(passing, bill, "artikel", "lid")[-1] == ("Het tweede lid", "28a", "2")
    party = "De leden van de VVD-fractie lezen artikel 12, vijfde lid. Deze leden vragen waarom het zesde lid niet wordt gewijzigd."
    assert "Deze leden" not in [f[0] for f in resolved(party, bill, "artikel")]
    moved = "Artikel 12 is te lang. Wij stellen voor het zesde lid aan artikel 28a toe te voegen."
    assert resolved(moved, bill, "artikel", "lid")[1] == ("het zesde lid", "12", "6")
    decree = _amending(tmp_path, "Veerbesluit", "2", "Wijziging van het Veerbesluit", "Wijzigingsbesluit veren", "het")
    assert resolved("Artikel I van het besluit is kort. Zie artikel 4 van het besluit omgevingsrecht.", decree, "scope", "law", "artikel") == [
        ("Artikel I van het besluit", "bill", "", "I"), ("artikel 4 van het besluit omgevingsrecht", "other_law", "Besluit omgevingsrecht", "4")]
    minister = "Artikel 3 van het Besluit delegatie bevoegdheden Onze Minister van Defensie is niet relevant."
    assert resolved(minister, bill, "law")[0][1] == "Besluit delegatie bevoegdheden Onze Minister van Defensie"
    dated = "Artikel II van de wet van 2 juli 2020 tot wijziging van de Huisvestingswet 2014 is nooit in werking getreden."
    assert resolved(dated, bill, "law")[0][1] == "Wet van 2 juli 2020 tot wijziging van de Huisvestingswet 2014"
    single = ("ARTIKEL I\n\nDe artikelen 12 en 28b zijn onduidelijk. Aan artikel 28b wordt een lid toegevoegd, luidende:\n\n"
              "3. Dit artikel is niet van toepassing op Bonaire.")  # fmt: skip
    assert [f[1] for f in resolved(single, bill, "artikel") if f[0] == "Dit artikel"] == ["28b"]
    defined = "Het Veerbesluit 2030 (hierna: het besluit) wordt gewijzigd.\n\nArtikel 3 van het besluit is onduidelijk."
    assert resolved(defined, bill, "law", "artikel")[-1] == ("Artikel 3 van het besluit", "Veerbesluit 2030", "3")


def test_from_the_second_batch_of_round_42() -> None:
    """Read from zzzzw-zzzzy: "op de dag waarop deze wet in werking treedt" is the act's own clause; "van de vroegere
    Algemene Wet Bijzondere Ziektekosten" names that law. (Roman articles before an article numbered in digits keep the
    law named at the end, as additionele artikelen of the Grondwet do: "Additioneel artikel I en artikel 137 van de
    Grondwet".)"""
    assert resolved("Additioneel artikel I en artikel 137 van de Grondwet.", default_bill(), "law")[0][1] == "Grondwet"
    act = "ARTIKEL III\n\nVoor degene wiens uitkering op de dag waarop deze wet in werking treedt is vastgesteld, geldt het oude recht."
    assert resolved(act, default_bill(), "scope")[-1] == ("deze wet", "bill")
    former = "Zie artikel 6, eerste lid, van de vroegere Algemene Wet Bijzondere Ziektekosten."
    assert resolved(former, default_bill(), "law", "artikel") == [
        ("artikel 6, eerste lid, van de vroegere Algemene Wet Bijzondere Ziektekosten", "Algemene Wet Bijzondere Ziektekosten", "6")]


def test_from_the_third_batch_of_round_42(tmp_path) -> None:  # noqa: ANN001
    """Read from zzzzz-zzzzzb: an amendement's Roman items after "Artikel III, onderdeel J, vervalt." are no onderdelen
    the article lacks, nor is its first "I" over "In het in artikel I, onderdeel D, opgenomen …" (a Roman article in
    quoted words or with its law after it does not count); "leden 5, onderdeel a, en 6" (not "leden 5, onder b, en
    28a"); "het besluit van 24 maart 1999, houdende … (Stb. 151)" and "het Koninklijk Besluit van 15 maart
    1971" by their dates; "ARTIKEL I (WIJZIGING VAN DE VEERWET)" is the heading; "de Aanvullingswet geluid
    Omgevingswet"; "van de wet" in an amended Koninklijk besluit is not that besluit."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: I, wijzigingen: [{actie: vrije_tekst, tekst: "(niet overgenomen)"}]}
        - {nummer: J, wijzigingen: [{actie: vrije_tekst, tekst: "(niet overgenomen)"}]}
        - {nummer: K, wijzigingen: [{actie: vrije_tekst, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "j.yaml", "Wijziging van de Veerwet", "Wet veren", body)
    items = ("De ondergetekenden stellen het volgende amendement voor:\n\nI\n\nIn het in artikel I, onderdeel J, opgenomen "
             "artikel 12 vervalt het tweede lid.\n\nII\n\nArtikel I, onderdeel K, vervalt.\n\nIII\n\nArtikel I, onderdeel J, vervalt.")  # fmt: skip
    assert [f for f in resolved(items, bill, "artikel", "onderdeel") if f[0] in ("I", "II", "III")] == []
    # "het tweede onderdeel" is not read as a qualifier ("artikel 12, vijfde lid, en het derde onderdeel van de memorie")
    prose = "Zie artikel 12, vijfde lid, en het derde onderdeel van de memorie van toelichting."
    assert resolved(prose, default_bill(), "artikel", "lid", "sub")[0] == ("artikel 12, vijfde lid", "12", "5", "")
    leden = "In artikel 12, zevende lid, wordt «leden 5, onderdeel a, en 6» vervangen door «leden 4 en 5»."
    assert [f[1:] for f in resolved(leden, default_bill(), "lid", "item")][1:3] == [("5", "a"), ("6", "")]
    articles = "De artikelen 12, leden 5, onder b, en 28a van de Huisvestingswet 2014 hangen samen."
    assert [f[1] for f in resolved(articles, default_bill(), "artikel")] == ["12", "28a"]
    cut = ('… overgelegd.\n\nC\n\nIn artikel 28b wordt "artikel II van de Wet van 3 mei 2020" vervangen door "artikel 28a".'
           "\n\nD\n\nArtikel 28c vervalt.")  # fmt: skip
    assert [f[1:] for f in resolved(cut, default_bill(), "artikel", "onderdeel") if f[0] in ("C", "D")] == [("I", "C"), ("I", "D")]
    dated = ("Artikel VII van het besluit van 24 maart 1999, houdende wijziging van een aantal besluiten in verband met het "
             "opheffen van het ziekenhuisonderwijs (Stb. 151) treedt in werking. Artikel III van het Koninklijk Besluit van "
             "15 maart 1971 vervalt. Artikel 2 van het besluit van 3 juni 2020 is onjuist.")  # fmt: skip
    assert [f[1] for f in resolved(dated, default_bill(), "law")] == [
        "Besluit van 24 maart 1999, houdende wijziging van een aantal besluiten in verband met het opheffen van het "
        "ziekenhuisonderwijs", "Koninklijk Besluit van 15 maart 1971"]
    assert resolved("ARTIKEL I (WIJZIGING VAN DE VEERWET)\n\nDe Veerwet wordt als volgt gewijzigd:", default_bill(), "scope")[0] == (
        "ARTIKEL I", "bill")
    assert resolved("Zie artikel 3.7 van de Aanvullingswet geluid Omgevingswet.", default_bill(), "law")[0][1] == "Aanvullingswet geluid Omgevingswet"
    kb = _amending(tmp_path, "Koninklijk besluit van 1 oktober 1929", "2", "Wijziging van het Koninklijk besluit van 1 oktober 1929",
                   "Wijzigingsbesluit veren", "het")
    text = "ARTIKEL I\n\nHet Koninklijk besluit van 1 oktober 1929 wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 luidt: Artikel 3 van de wet geldt."
    assert [f for f in resolved(text, kb, "scope", "law") if f[0] == "Artikel 3 van de wet"] == [("Artikel 3 van de wet", "unknown", "")]
