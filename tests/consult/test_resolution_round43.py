"""Round 43: forms of real texts met in the parts fresh131-fresh138 (zzzzzc-zzzzzj), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import default_bill, invented_bill, resolved

_ENACTING = ("Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden. Zo is het, dat Wij, de Afdeling advisering "
             "van de Raad van State gehoord, en met gemeen overleg der Staten-Generaal, hebben goedgevonden en verstaan, "
             "gelijk Wij goedvinden en verstaan bij deze:\n\n")  # fmt: skip


def _veerwet_bill(tmp_path, numbers: tuple[str, ...] = ("I", "II"), opschrift: str = "Wijziging van de Veerwet"):  # noqa: ANN001, ANN202
    """Return an invented bill whose first article amends the Veerwet (onderdelen A and B, the one changing artikel 16,
    the other artikel 2) and whose other articles are its own."""
    body = f"""    - nummer: "{numbers[0]}"
      wijzigt: {{citeertitel: Veerwet, lidwoord: de}}
      onderdelen:
        - {{nummer: A, wijzigingen: [{{actie: vrije_tekst, doel: artikel 16, tekst: "(niet overgenomen)"}}]}}
        - {{nummer: B, wijzigingen: [{{actie: vervallen, doel: artikel 2}}]}}
"""
    for number in numbers[1:]:
        body += f"""    - nummer: "{number}"
      tekst: Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.
"""
    return invented_bill(tmp_path / "v.yaml", opschrift, "Wet veerdiensten", body)


def test_deze_wet_in_the_articles_of_a_printed_wet_is_that_wet(tmp_path) -> None:  # noqa: ANN001
    """Between a wet's enacting words ("met gemeen overleg der Staten-Generaal … bij deze:") and "Lasten en bevelen",
    "deze wet" in its own articles is that wet, also where the sentence names the law it amends ("de Veerwet zoals die
    luidde voor de inwerkingtreding van deze wet") and where a copy lost the article headings; after "Lasten en
    bevelen" it is read as before (here: after a law named before it, so not the bill)."""
    bill = _veerwet_bill(tmp_path)
    text = (_ENACTING + "1.\n\nBesluiten genomen op grond van de Veerwet zoals die luidde voor de inwerkingtreding van deze "
            "wet, blijven van kracht.\n\n2.\n\nNa de inwerkingtreding van deze wet berust het Veerbesluit mede op de Veerwet."
            "\n\nLasten en bevelen dat deze in het Staatsblad zal worden geplaatst.\n\nDe Veerwet is oud. Met de "
            "inwerkingtreding van deze wet veranderde veel.")  # fmt: skip
    found = [f for f in resolved(text, bill, "scope") if f[0].lower() == "deze wet"]
    assert found == [("deze wet", "bill"), ("deze wet", "bill"), ("deze wet", "unknown")]


def test_deze_wet_in_a_printed_wets_formula_below_a_laws_article_is_that_law(tmp_path) -> None:  # noqa: ANN001
    """In a printed wet, "In deze wet … wordt verstaan onder" below an article of the law it amends that a page break cut
    off from its "komt te luiden:" is still that law's definition formula, not the wet's own words."""
    bill = _veerwet_bill(tmp_path)
    text = (_ENACTING + "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 16 komt te luiden:\n\n"
            "Kamerstuk 12 345, nr. 2 1\n\nArtikel 16\n\n1. In deze wet en de daarop berustende bepalingen wordt verstaan "
            "onder: veer: een vaartuig.")  # fmt: skip
    assert [f for f in resolved(text, bill, "scope", "law") if f[0] == "deze wet"] == [("deze wet", "law", "Veerwet")]


def test_a_division_heading_of_a_wet_in_hoofdstukken_is_the_bills_own(tmp_path) -> None:  # noqa: ANN001
    """A wet in hoofdstukken per ministry ("HOOFDSTUK I MINISTERIE VAN …") whose draft lists no divisions: the heading
    right after the enacting words, or right above the heading of one of the bill's own articles, is the bill's own
    hoofdstuk; one above an article the bill does not have is not."""
    bill = _veerwet_bill(tmp_path, ("1.1", "1.2"))
    first = _ENACTING + "HOOFDSTUK I MINISTERIE VAN INFRASTRUCTUUR EN WATERSTAAT\n\nArtikel 1.1\n\nDe Veerwet wordt als volgt gewijzigd:"
    assert resolved(first, bill, "scope", "division")[0] == ("HOOFDSTUK I", "bill", "hoofdstuk I")
    later = "De Veerwet wordt gewijzigd.\n\nHOOFDSTUK 2 SLOTBEPALINGEN\n\nArtikel 1.2\n\nDeze wet treedt in werking."
    assert resolved(later, bill, "scope", "division")[0] == ("HOOFDSTUK 2", "bill", "hoofdstuk 2")
    other = "De Veerwet wordt gewijzigd.\n\nHOOFDSTUK 2 SLOTBEPALINGEN\n\nArtikel 7.4\n\nDeze wet treedt in werking."
    assert [f for f in resolved(other, bill, "scope", "division") if f[0].startswith("HOOFDSTUK")] == []


def test_a_ministers_besluit_named_wijziging_besluit_speaks_of_itself(tmp_path) -> None:  # noqa: ANN001
    """A minister's besluit headed as the Staatscourant heads it ("Wijziging Besluit uitvoering Veerbesluit") is a
    besluit: "Dit besluit treedt in werking" in its own articles is that besluit."""
    body = """    - nummer: "1"
      wijzigt: {citeertitel: Besluit uitvoering Veerbesluit, lidwoord: het}
      onderdelen:
        - {wijzigingen: [{actie: vervallen, doel: artikel 2}]}
    - nummer: "2"
      tekst: Dit besluit treedt in werking op 1 januari 2031.
"""
    bill = invented_bill(tmp_path / "b.yaml", "Wijziging Besluit uitvoering Veerbesluit", "Wijziging Besluit uitvoering Veerbesluit", body)
    text = "Artikel 1\n\nArtikel 2 van het Besluit uitvoering Veerbesluit vervalt.\n\nArtikel 2\n\nDit besluit treedt in werking op 1 januari 2031."
    assert [f for f in resolved(text, bill, "scope") if f[0] == "Dit besluit"] == [("Dit besluit", "bill")]


def _wed_bill(tmp_path):  # noqa: ANN001, ANN202
    """Return an invented bill whose ARTIKEL I amends the Veerwet and ARTIKEL II the Wet op de economische delicten."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vervallen, doel: artikel 16}]}
    - nummer: II
      wijzigt: {citeertitel: Wet op de economische delicten, lidwoord: de}
      onderdelen:
        - {wijzigingen: [{actie: vrije_tekst, doel: artikel 1, tekst: "(niet overgenomen)"}]}
"""
    return invented_bill(tmp_path / "e.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)


def test_the_articles_in_a_zinsnede_about_a_law_are_that_laws(tmp_path) -> None:  # noqa: ANN001
    """An amendment of a list of laws (the Wet op de economische delicten's) changes "de zinsnede met betrekking tot de
    Veerwet": the articles in its words are the Veerwet's, not those of the law the instruction amends."""
    bill = _wed_bill(tmp_path)
    text = ("ARTIKEL II\n\nIn artikel 1, onder 4°, van de Wet op de economische delicten wordt in de zinsnede met betrekking "
            "tot de Veerwet «de artikelen 16 en 17» vervangen door «de artikelen 16, 17 en 18».")  # fmt: skip
    found = [f for f in resolved(text, bill, "scope", "law", "artikel") if "artikelen" in f[0]]
    assert {f[2] for f in found} == {"Veerwet"} and {f[3] for f in found} == {"16", "17", "18"}


def test_a_law_named_alone_in_a_new_list_heads_the_items_below_it(tmp_path) -> None:  # noqa: ANN001
    """New text that is a list of laws ("… wordt de opsomming vervangen door: 1. Havenwet a. Verplichtingen als bedoeld
    in artikel 2.1 …") names the articles of the law above each item, not of the law the instruction amends; the
    bill's next article ("Artikel 1.2" after "Artikel 1.1") ends the new text, as its heading outside new text would."""
    bill = _veerwet_bill(tmp_path, ("1.1", "1.2"))
    text = ("Artikel 1.1\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nIn de bijlage, bedoeld in artikel 16, wordt de "
            "opsomming vervangen door:\n\n1. Havenwet\n\na. Verplichtingen als bedoeld in artikel 2.1 en in afdeling 3.1.\n\n"
            "2. Wet milieubeheer\n\na. Plannen als bedoeld in artikel 4.20.\n\nArtikel 1.2\n\nDeze wet treedt in werking.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "division")
    assert ("artikel 2.1", "other_law", "Havenwet", "2.1", "") in found
    assert ("afdeling 3.1", "other_law", "Havenwet", "", "afdeling 3.1") in found
    assert ("artikel 4.20", "other_law", "Wet milieubeheer", "4.20", "") in found
    assert ("Artikel 1.2", "bill", "", "1.2", "") in found


def test_a_bare_letter_below_an_article_amending_one_article_keeps_that_article(tmp_path) -> None:  # noqa: ANN001
    """Below "Artikel 16 van de Veerwet wordt als volgt gewijzigd:" (or any amending article whose onderdeel changes one
    article), the bare letter "A" opens that onderdeel with its article under discussion: "het eerste lid" below it is
    that article's lid, "onderdeel g" that lid's onderdeel, not the bill's."""
    bill = _veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nArtikel 16 van de Veerwet wordt als volgt gewijzigd:\n\nA\n\nAan het eerste lid wordt onder "
            "vervanging van de punt in onderdeel g door een puntkomma, een onderdeel toegevoegd, luidende:\n\nh. de schipper.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "lid", "item")
    assert ("het eerste lid", "law", "Veerwet", "16", "1", "") in found
    assert ("onderdeel g", "law", "Veerwet", "16", "1", "g") in found


def test_a_beleidsregel_speaks_of_itself(tmp_path) -> None:  # noqa: ANN001
    """A minister's beleidsregel (or the besluit that amends one) names itself "deze beleidsregel", as a regeling does
    "deze regeling": in its own articles that is the draft."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Beleidsregel boeteoplegging Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vervallen, doel: artikel 2}]}
    - nummer: II
      tekst: Deze beleidsregel treedt in werking met ingang van 1 juli 2031.
"""
    bill = invented_bill(tmp_path / "b.yaml", "Wijziging Beleidsregel boeteoplegging Veerwet",
                         "Wijzigingsbesluit Beleidsregel boeteoplegging Veerwet", body)
    text = "ARTIKEL II\n\nDeze beleidsregel treedt in werking met ingang van 1 juli 2031. De bijlage bij deze beleidsregel vervalt."
    assert [f for f in resolved(text, bill, "scope") if "beleidsregel" in f[0]] == [
        ("Deze beleidsregel", "bill"), ("deze beleidsregel", "bill")]


def test_law_names_by_shape_end_before_a_participle_and_keep_their_head(tmp_path) -> None:  # noqa: ANN001
    """A title the list does not hold ends before the participle of the clause it stands in ("een op grond van de
    Regeling veercontingenten toegekend contingent"); a Spoedwet's title goes on in lower case as an Invoeringswet's
    does ("de Spoedwet aanpak veren"); a typeset apostrophe is an apostrophe ("Wet veiligheidsregio’s")."""
    text = ("Een op grond van artikel 10, eerste lid, van de Regeling veercontingenten toegekend contingent wordt verhoogd. "
            "Zie artikel X van de Spoedwet aanpak veren en artikel 31, vierde lid, van de Wet veiligheidsregio’s.")  # fmt: skip
    found = resolved(text, invented_bill(tmp_path / "d.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", "    - nummer: I\n      tekst: Deze wet treedt in werking.\n"), "law")
    assert [f[1] for f in found] == ["Regeling veercontingenten", "Spoedwet aanpak veren", "Wet veiligheidsregio's"]


def test_a_division_van_de_wet_in_a_besluit_is_the_enabling_wets(tmp_path) -> None:  # noqa: ANN001
    """In a besluit whose aanhef rests on one wet, "hoofdstuk II van de wet" is that wet's chapter, as "artikel 5 van de
    wet" is its article, also in new words of the besluit it amends; "hoofdstuk III, paragrafen 4a en 4b" are two
    paragrafen of that Roman chapter."""
    body = """    - nummer: I
      wijzigt: {citeertitel: Veerbesluit, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 6, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Veerbesluit", "Wijzigingsbesluit Veerbesluit", body)
    text = ("Gelet op de artikelen 2 en 104 van de Veerwet;\n\nHebben goedgevonden en verstaan:\n\nARTIKEL I\n\nHet Veerbesluit "
            "wordt als volgt gewijzigd:\n\nA\n\nArtikel 6 komt te luiden:\n\nArtikel 6\n\nDe bij of krachtens hoofdstuk III, "
            "paragrafen 4a en 4b, van de wet gestelde regels en hoofdstuk II van de wet gelden niet.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "division", "within")
    assert [f for f in found if "van de wet" in f[0]] == [
        ("hoofdstuk III, paragrafen 4a en 4b, van de wet", "other_law", "Veerwet", "paragraaf 4a", "hoofdstuk III"),
        ("hoofdstuk III, paragrafen 4a en 4b, van de wet", "other_law", "Veerwet", "paragraaf 4b", "hoofdstuk III"),
        ("hoofdstuk II van de wet", "other_law", "Veerwet", "hoofdstuk II", ""),
    ]


def test_titles_with_an_adjective_head_or_a_numbered_word_and_no_article_c_with_a_letter() -> None:
    """"het Financieel besluit veren" and "de Tijdelijke regeling veerklok covid-19" are titles by their shape (an
    adjective before besluit or regeling; "covid-19" one word); an abbreviation after a lid ("art. 2.27, tweede lid,
    CW") is not an article "C" with a letter W."""
    text = ("Gelet op artikel 4 van het Financieel besluit veren en artikel 6 van de Tijdelijke regeling veerklok covid-19; "
            "zie art. 2.27, tweede lid, CW.")  # fmt: skip
    found = resolved(text, default_bill(), "scope", "law", "artikel")
    assert [f[2] for f in found[:2]] == ["Financieel besluit veren", "Tijdelijke regeling veerklok covid-19"]
    assert [f[3] for f in found[2:]] == ["2.27"]


# --- round 43's review: where its first rules over-reached, each mended ---


def test_a_toelichtings_own_heading_above_an_article_is_no_division_of_the_bill(tmp_path) -> None:  # noqa: ANN001
    """A heading of a toelichting or a response right above the heading of the bill's article ("§ 4 Artikelsgewijs",
    "Hoofdstuk 2 Artikelsgewijze opmerkingen", "Paragraaf 3 Overgangsrecht" in mixed case) is the text's own, not a
    division of a bill whose draft lists none; a heading in capitals in a printed wet still is."""
    bill = _veerwet_bill(tmp_path)
    for heading in ("§ 4 Artikelsgewijs", "Hoofdstuk 2 Artikelsgewijze opmerkingen", "Paragraaf 3 Overgangsrecht"):
        text = f"TOELICHTING\n\n{heading}\n\nARTIKEL I\n\nOnderdeel A regelt de veren."
        assert [f for f in resolved(text, bill, "scope", "division") if f[2]] == [], heading


def test_new_text_headed_by_the_bills_next_number_stays_new_text(tmp_path) -> None:  # noqa: ANN001
    """In a besluit numbered 1 and 2, "Artikel 2 komt te luiden: Artikel 2 …" is the amended besluit's new article 2
    (its "eerste lid" is that article's, the letter "B" below it the bill's onderdeel): the bill's next article ends new
    text only in a list of laws."""
    body = """    - nummer: "1"
      wijzigt: {citeertitel: Veerbesluit, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vervallen, doel: artikel 5}]}
    - nummer: "2"
      tekst: Dit besluit treedt in werking op 1 januari 2031.
"""
    bill = invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Veerbesluit", "Wijzigingsbesluit Veerbesluit", body)
    text = ("Artikel 1\n\nHet Veerbesluit wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 komt te luiden:\n\nArtikel 2\n\n1. De "
            "veerman meldt zich.\n\n2. In afwijking van het eerste lid meldt de schipper zich.\n\nB\n\nArtikel 5 vervalt.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "onderdeel", "lid")
    assert ("het eerste lid", "law", "Veerbesluit", "2", "", "1") in found
    assert ("B", "bill", "", "1", "B", "") in found


def test_the_article_that_locates_a_zinsnede_is_the_amended_laws(tmp_path) -> None:  # noqa: ANN001
    """"In de zinsnede met betrekking tot de Veerwet in artikel 1, onder 4°, wordt «artikel 16» vervangen …": the
    article that says where the zinsnede stands is the Wet op de economische delicten's, only the quoted words are the
    Veerwet's, also where the sentence names the amended law first."""
    bill = _wed_bill(tmp_path)
    first = ("ARTIKEL II\n\nDe Wet op de economische delicten wordt als volgt gewijzigd: In de zinsnede met betrekking tot de Veerwet in "
             "artikel 1, onder 4°, wordt «artikel 16» vervangen door «artikel 16a».")  # fmt: skip
    later = ("ARTIKEL II\n\nIn de Wet op de economische delicten wordt in artikel 1, onder 4°, in de zinsnede met betrekking tot de "
             "Veerwet «artikel 16» vervangen door «artikel 16a».")  # fmt: skip
    for text in (first, later):
        found = {f[0]: f[1] for f in resolved(text, bill, "law")}
        assert found["artikel 1, onder 4°"] == "Wet op de economische delicten", text
        assert found["artikel 16"] == found["artikel 16a"] == "Veerwet", text


def test_a_list_of_law_names_heads_only_its_lettered_items(tmp_path) -> None:  # noqa: ANN001
    """Law names in new text that stand alone without a number ("Bijlage 1 komt te luiden: Havenwet / Binnenvaartwet /
    De in deze bijlage genoemde wetten gelden naast artikel 16") head nothing, and a numbered name's items end at the
    next paragraph that is no lettered item ("2. … artikel 16"): the articles there are the amended law's."""
    bill = _veerwet_bill(tmp_path)
    bare = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nBijlage 1 komt te luiden:\n\nHavenwet\n\nBinnenvaartwet\n\n"
            "De in deze bijlage genoemde wetten gelden naast artikel 16, tweede lid, en artikel 17.")  # fmt: skip
    numbered = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 16a komt te luiden:\n\n1. Havenwet\n\n"
                "a. de havens als bedoeld in artikel 2.1;\n\n2. De Minister wijst veren aan als bedoeld in artikel 16.")  # fmt: skip
    assert {f[1] for f in resolved(bare, bill, "law") if f[0].startswith("artikel 1")} == {"Veerwet"}
    found = {f[0]: f[1] for f in resolved(numbered, bill, "law")}
    assert found["artikel 2.1"] == "Havenwet" and found["artikel 16"] == "Veerwet"


def test_the_enacting_words_named_in_prose_open_no_printed_wet(tmp_path) -> None:  # noqa: ANN001
    """An advice that names the formula ("met gemeen overleg der Staten-Generaal") in prose, and a memorie that quotes
    the aanhef to its colon, print no wet: "deze wet" after a law named there is not the bill."""
    bill = _veerwet_bill(tmp_path)
    advice = ('Het voorstel opent met de gebruikelijke formule ("met gemeen overleg der Staten-Generaal"). De Afdeling merkt op '
              "dat de Veerwet sinds de inwerkingtreding van deze wet in 1921 nauwelijks is gewijzigd.")  # fmt: skip
    memorie = ("MEMORIE VAN TOELICHTING\n\nIn de aanhef staat: met gemeen overleg der Staten-Generaal, hebben goedgevonden en "
               "verstaan, gelijk Wij goedvinden en verstaan bij deze:\n\nDe Veerwet regelt veren. Met de inwerkingtreding van "
               "deze wet in 1921 veranderde veel.")  # fmt: skip
    for text in (advice, memorie):
        assert [f for f in resolved(text, bill, "scope") if f[0] == "deze wet" and f[1] == "bill"] == [], text


def test_an_abbreviation_with_its_year_after_a_lid_is_no_roman_article() -> None:
    """"art. 25, eerste lid, IW 1990" and "art. 3, tweede lid, VB 2000" name laws by their abbreviations: no article
    "IW" or "VB" (a Roman number with a letter) of the bill."""
    found = resolved("Zie art. 25, eerste lid, IW 1990 en art. 3, tweede lid, VB 2000.", default_bill(), "scope", "artikel")
    assert [f[2] for f in found] == ["25", "3"] and {f[1] for f in found} == {"other_law"}


def test_wet_with_a_listed_abbreviation_is_the_law_it_abbreviates() -> None:
    """"de Wet WIA" (as a besluit names the Wet werk en inkomen naar arbeidsvermogen) is the law whose abbreviation
    follows "Wet" in the shipped list of citeertitels."""
    found = resolved("Gelet op de artikelen 34a, eerste lid, en 35 van de Wet WIA.", default_bill(), "law")
    assert {f[1] for f in found} == {"Wet werk en inkomen naar arbeidsvermogen"}
