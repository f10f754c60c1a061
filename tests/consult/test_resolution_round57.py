"""Round 57: forms of real texts met in the parts fresh215-fresh217 (zzzzzzzzi-zzzzzzzzk), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill

_OWN_ARTICLE_WITH_LEDEN = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 5, tekst: "(niet overgenomen)"}]}
        - {nummer: F, wijzigingen: [{actie: vrije_tekst, doel: artikel 15, tekst: "(niet overgenomen)"}]}
    - nummer: "VI"
      leden:
        - "Onze Minister kan een vergunning intrekken."
        - "De houder doet binnen vier weken een aanvraag."
        - "Er is geen vergoeding verschuldigd."
"""


def test_a_database_page_of_one_article_reads_its_leden_as_that_articles(tmp_path) -> None:  # noqa: ANN001
    """A legal database's page of a bill's transitional article: the act's name on a line with no stop, "Artikel VI" alone
    on the next, then the database's facts ("Geldend vanaf …"), then the leden. Citing the amended law's article or the
    act's own "Artikel I, onderdeel F, van deze wet" in passing leaves ARTIKEL VI under discussion: "het eerste lid" in its
    tweede lid is its own, and "deze wet" is the act."""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", _OWN_ARTICLE_WITH_LEDEN)
    text = ("Wijzigingswet Veerwet ten behoeve van nadere regels over veerdiensten\nArtikel VI\nGeldend\nGeldend vanaf 01-07-1999\n"
            "- Inwerkingtreding\n01-07-1999\n1.\nOnze Minister kan een vergunning, verleend op grond van artikel 15, tweede lid, van de "
            "Veerwet, zoals dat gold op het tijdstip van plaatsing van deze wet in het Staatsblad, intrekken, indien zij niet was "
            "verleend na inwerkingtreding van Artikel I, onderdeel F, van deze wet.\n2.\n"
            "De houder wiens vergunning met toepassing van het eerste lid is ingetrokken, doet een aanvraag als bedoeld in "
            "artikel 15, tweede lid, van de Veerwet.\n3.\nIndien de houder, bedoeld in het tweede lid, een vergoeding heeft "
            "betaald, is geen vergoeding verschuldigd.")  # fmt: skip
    found = resolved(text, bill, "scope", "artikel", "lid")
    assert ("deze wet", "bill", "", "") in found
    assert ("het eerste lid", "bill", "VI", "1") in found
    assert ("het tweede lid", "bill", "VI", "2") in found


_AMENDS_A_BILL = """    - nummer: "I"
      wijzigt: {citeertitel: "Wetsvoorstel 40 123 (veren en kaden)", lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel I, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel I, tekst: "(niet overgenomen)"}]}
        - {nummer: C, wijzigingen: [{actie: vrije_tekst, doel: artikel II, tekst: "(niet overgenomen)"}]}
"""


def test_an_act_amending_a_bill_names_that_bills_articles_and_the_laws_it_amends(tmp_path) -> None:  # noqa: ANN001
    """"Indien het … voorstel van wet tot wijziging van de Veerwet en de Kadewet (40 123) tot wet wordt verheven, wordt die
    wet als volgt gewijzigd:": "Artikel I, onderdeel E, vervalt." names that bill's article, capital or not; an article
    named after "Artikel I, onderdeel J," is one of the Veerwet, which its ARTIKEL I amends, and after "Artikel II,
    onderdeel B," one of the Kadewet; this act amends neither law but through the bill."""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de wet veren en kaden", "Wet wijziging veren en kaden", _AMENDS_A_BILL)
    text = ("ARTIKEL I\n\nIndien het bij koninklijke boodschap van 3 maart 2030 ingediende voorstel van wet tot wijziging van de "
            "Veerwet en de Kadewet ter verbetering van de veerdiensten (40 123) tot wet wordt verheven, wordt die wet als volgt "
            "gewijzigd:\n\nA\n\nArtikel I, onderdeel E, vervalt.\n\nB\n\nArtikel I, onderdeel J, artikel 26ab, wordt gewijzigd als "
            "volgt:\n\n1. In het derde lid wordt «eerste lid» vervangen door: tweede lid.\n\nC\n\nArtikel II, onderdeel B, "
            "artikel 5, vervalt.")  # fmt: skip
    found = resolved(text, bill, "scope", "law", "artikel", "lid")
    assert ("Artikel I, onderdeel E", "law", "Wetsvoorstel 40 123 (veren en kaden)", "I", "") in found
    assert ("artikel 26ab", "other_law", "Veerwet", "26ab", "") in found
    assert ("het derde lid", "other_law", "Veerwet", "26ab", "3") in found
    assert ("artikel 5", "other_law", "Kadewet", "5", "") in found


def test_inserted_onderdelen_run_into_their_lines_follow_each_other(tmp_path) -> None:  # noqa: ANN001
    """An amendement inserting "zeven onderdelen" after onderdeel A, each letter run into its instruction ("Aa In artikel 19
    …", "Ab In artikel 20 …"): each letter is the next new onderdeel of artikel I, not only the first."""
    text = ("De ondergetekende stelt het volgende amendement voor:\n\nIn artikel I worden na onderdeel A drie onderdelen ingevoegd, "
            "luidende:\n\nAa In artikel 19 wordt «veer» vervangen door: pont.\n\nAb In artikel 20 wordt «veer» vervangen door: pont."
            "\n\nAc In artikel 21 wordt «veer» vervangen door: pont.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "onderdeel")
    assert [f for f in found if f[0] in ("Aa", "Ab", "Ac")] == [("Aa", "I", "Aa"), ("Ab", "I", "Ab"), ("Ac", "I", "Ac")]


def test_a_definition_quoted_with_straight_quotes_is_named_by_its_term(tmp_path) -> None:  # noqa: ANN001
    """A copy that quotes with "…" instead of «…»: "Na de definitie van "klimlijn" wordt een definitie ingevoegd" names the
    definition, in the lid of the definitions article the step changes."""
    text = ('A\n\nArtikel 5, eerste lid, wordt als volgt gewijzigd:\n\n1. Na de definitie van "klimlijn" wordt een definitie '
            "ingevoegd, luidende: koelsysteem: een systeem dat koelt;.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "scope", "artikel", "lid")
    assert ('de definitie van "klimlijn"', "law", "5", "1") in found


def test_de_vorige_volzin_in_new_words_is_the_lid_they_stand_in(tmp_path) -> None:  # noqa: ANN001
    """"… worden aan het derde lid twee volzinnen toegevoegd, luidende: De burgemeester kan in afwijking van de vorige
    volzin …": the volzin before lies in that lid; "de vorige volzinnen" alike."""
    text = ("In artikel I, onderdeel A, artikel 5, worden aan het derde lid twee volzinnen toegevoegd, luidende: De schipper kan "
            "in afwijking van de vorige volzin varen.\n\nIn artikel I, onderdeel A, artikel 5, wordt de laatste volzin van het "
            "tweede lid vervangen door: Het bepaalde in de vorige volzinnen geldt ook op zondag.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel", "lid")
    assert ("de vorige volzin", "Veerwet", "5", "3") in found
    assert ("de vorige volzinnen", "Veerwet", "5", "2") in found


def test_an_onderdeel_named_before_its_lid_in_the_formula_that_adds_one(tmp_path) -> None:  # noqa: ANN001
    """"Onder vervanging van de punt aan het einde van onderdeel e door een puntkomma wordt aan het eerste lid een onderdeel
    toegevoegd": onderdeel e is one of the eerste lid that the sentence names after it."""
    text = ("A\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. Onder vervanging van de punt aan het einde van onderdeel e door een "
            "puntkomma wordt aan het eerste lid een onderdeel toegevoegd, luidende:\n\nf. een veer op zondag.")  # fmt: skip
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid", "item")
    assert ("onderdeel e", "5", "1", "e") in found


def test_an_amendements_items_are_counted_from_the_sentence_that_proposes_it(tmp_path) -> None:  # noqa: ANN001
    """The amendement's items "I", "II", … "V" on lines of their own, on a bill whose one amending article has onderdelen I
    and V: "I" right below "De ondergetekende stelt het volgende amendement voor:" is its first item and each numeral after
    the one read last the next item, not the article's onderdeel."""
    letters = ", ".join(f"{{nummer: {c}, wijzigingen: [{{actie: vrije_tekst, doel: artikel {n}, tekst: x}}]}}" for n, c in enumerate("ABCDEFGHIJKLMNOPQRSTUV", 1))
    body = f"""    - nummer: "I"
      wijzigt: {{citeertitel: Veerwet, lidwoord: de}}
      onderdelen: [{letters}]
"""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)
    text = ("De ondergetekende stelt het volgende amendement voor:\n\nI\n\nIn de beweegreden wordt na «wenselijk is» ingevoegd: "
            "het veer te behouden.\n\nII\n\nArtikel I, onderdeel C, vervalt.\n\nIII\n\nNa artikel I wordt een artikel ingevoegd, "
            "luidende:\n\nARTIKEL Ia\n\nDe Kadewet wordt ingetrokken.\n\nIV\n\nArtikel I, onderdeel D, vervalt.\n\nV\n\n"
            "Artikel I, onderdeel E, vervalt.")  # fmt: skip
    found = [f[0] for f in resolved(text, bill, "artikel")]
    assert "I" not in found and "V" not in found
    assert "Artikel I, onderdeel E" in found


def test_only_a_databases_facts_are_editorial_not_a_section_titled_so() -> None:
    """The facts a legal database prints between an article's heading and its leden open no subject; a memorie's section
    titled "Inwerkingtreding" alone, or "Vervallen artikelen", does."""
    from wetgen.consult.analyse.editorial import editorial

    facts = ["Geldend", "Geldend Geldend vanaf 01-07-1999", "- Inwerkingtreding 01-07-1999", "- Vakgebied(en) Energierecht (V)"]
    assert all(editorial(h) for h in facts)
    assert not any(editorial(h) for h in ["Inwerkingtreding", "Vervallen artikelen", "Inwerkingtreding en evaluatie"])
