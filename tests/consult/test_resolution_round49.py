"""Round 49: forms of real texts met in the parts fresh175-fresh182 (zzzzzzu-zzzzzzzb), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from wetgen.consult.analyse.explain import explain_references

from .resolving import invented_bill, resolved, veerwet_bill

_STEPS = "De Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n"


def test_an_opschrift_changed_in_a_step_is_the_article_under_change(tmp_path) -> None:  # noqa: ANN001
    """"1. Het opschrift komt te luiden" and "2. In het opschrift wordt …" below "Artikel 5 wordt als volgt gewijzigd:"
    name artikel 5; the bill's own opschrift changed in an item that names no article is no provision."""
    text = _STEPS + "1. Het opschrift komt te luiden:\n\nArtikel 5. Veren\n\n2. In het opschrift wordt «veer» vervangen door «pont»."
    found = [f for f in resolved(text, veerwet_bill(tmp_path), "scope", "law", "artikel", "lid") if "opschrift" in f[0]]
    assert found == [("Het opschrift", "law", "Veerwet", "5", ""), ("het opschrift", "law", "Veerwet", "5", "")]
    nota = "Het voorstel van wet wordt als volgt gewijzigd:\n\nA\n\nHet opschrift komt te luiden: Wijziging van de Veerwet."
    assert not [f for f in resolved(nota, veerwet_bill(tmp_path), "scope") if "opschrift" in f[0]]


def test_a_list_of_articles_names_die_wet_or_de_wet_once_for_all(tmp_path) -> None:  # noqa: ANN001
    """"artikel 17 en artikel 22 van die wet" after the Kaderwet zelfstandige bestuursorganen: both are that law's, as
    "artikel 4 en artikel 6 van de Mediawet 2008" are; in a besluit, "Artikel 5.4, eerste lid, en artikel 5.6 van de wet"
    are both of the wet the aanhef rests on."""
    text = ("In artikel 3 van de Kaderwet zelfstandige bestuursorganen wordt «met uitzondering van artikel 17 en artikel 22 "
            "van die wet» vervangen door «artikel 17».")  # fmt: skip
    found = [f[1:] for f in resolved(text, veerwet_bill(tmp_path), "scope", "law", "artikel") if f[0] != "artikel 17"]
    assert found[1:] == [("other_law", "Kaderwet zelfstandige bestuursorganen", "22")]
    first = [f[1:] for f in resolved(text, veerwet_bill(tmp_path), "scope", "law", "artikel") if f[0] == "artikel 17"]
    assert first[0] == ("other_law", "Kaderwet zelfstandige bestuursorganen", "17")
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Besluit veren, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2.5, tekst: "(niet overgenomen)"}]}
"""
    besluit = invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Besluit veren", "Wijzigingsbesluit veren", body)
    text = ("Gelet op artikel 3 van de Wet veren;\n\nArtikel I\n\nHet Besluit veren wordt als volgt gewijzigd:\n\nA\n\nNa artikel 2.4 "
            "wordt een artikel ingevoegd, luidende:\n\nArtikel 2.5\n\n2. Artikel 5.4, eerste lid, en artikel 5.6 van de wet zijn van "
            "overeenkomstige toepassing.")  # fmt: skip
    found = [f[1:] for f in resolved(text, besluit, "scope", "law", "artikel") if f[3] in ("5.4", "5.6")]
    assert found == [("other_law", "Wet veren", "5.4"), ("other_law", "Wet veren", "5.6")]


def test_a_roman_number_with_an_onderdeel_of_its_own_is_the_next_article(tmp_path) -> None:  # noqa: ANN001
    """"de artikelen II, onderdeel A, III, onderdeel A, of IVa": III is an article (an onderdeel has no onderdeel), not
    an onderdeel III of artikel II."""
    text = "Dit geldt na inwerkingtreding van de artikelen II, onderdeel A, III, onderdeel A, IV, onderdeel A, of IVa van de Veerwet."
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "item")
    assert [f[1:] for f in found] == [("II", "A"), ("III", "A"), ("IV", "A"), ("IVa", "")]


def test_an_inserted_item_of_two_letters_after_a_lid(tmp_path) -> None:  # noqa: ANN001
    """"artikel 49b, tweede lid, onder ea": the item ea inserted after e; "onder b, of onder c" stays a list."""
    text = "Het onderzoek, bedoeld in artikel 49b, tweede lid, onder ea, en in artikel 3.3, vierde lid, onder b, of onder c, van de Mediawet 2008."
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid", "item")
    assert [f[1:] for f in found] == [("49b", "2", "ea"), ("3.3", "4", "b"), ("3.3", "4", "c")]


def test_an_explanation_is_no_memorie_van_toelichting(tmp_path) -> None:  # noqa: ANN001
    """"Door het ontbreken van iedere toelichting", "zonder toelichting": an explanation; "de toelichting op artikel 5"
    is the memorie."""
    text = "Door het ontbreken van iedere toelichting en zonder toelichting geschrapt. Zie de toelichting op artikel 5."
    assert [f[:2] for f in resolved(text, veerwet_bill(tmp_path), "scope")] == [("toelichting", "mvt"), ("artikel 5", "law")]


def test_the_bill_named_by_its_own_dossier_number(tmp_path) -> None:  # noqa: ANN001
    """"artikel XI van het wetsvoorstel 28 863" in a memorie van antwoord on 28 863 is the bill's own ARTIKEL XI; another
    dossier number is another bill."""
    body = """    - {nummer: "X", tekst: "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."}
    - {nummer: "XI", tekst: "Indien het voorstel van wet 24 212 tot wet wordt verheven, vervalt dit artikel."}
"""
    path = tmp_path / "k.yaml"
    invented_bill(path, "Aanpassing van het procesrecht", "Aanpassingswet procesrecht", body)
    path.write_text(path.read_text(encoding="utf-8").replace("  considerans:", '  kamerstuk: {vergaderjaar: 2004-2005, dossier: "28863", kamer: eerste}\n  considerans:'), encoding="utf-8")
    from wetgen.loader import load_bill

    bill = load_bill(path)
    text = "Intrekking brengt mee dat artikel XI van het wetsvoorstel 28 863 zonder effect blijft, en artikel 2 van wetsvoorstel 24 212 ook."
    assert [f[1:] for f in resolved(text, bill, "scope", "artikel")] == [("bill", "XI"), ("other_law", "2")]


def test_de_wet_of_a_regeling_named_after_its_wet(tmp_path) -> None:  # noqa: ANN001
    """A regeling named "Regeling Huisvestingswet 2014 en Woningwet" whose aanhef and definitions the text does not show:
    "artikel 7, tweede lid, van de wet" is the Huisvestingswet 2014, the wet its name begins with."""
    body = """    - {nummer: "1", tekst: "In deze regeling wordt verstaan onder: (niet overgenomen)"}
    - {nummer: "2", tekst: "Het verslag wordt jaarlijks ingediend."}
"""
    bill = invented_bill(tmp_path / "r.yaml", "Regeling Huisvestingswet 2014 en Woningwet", "Regeling Huisvestingswet 2014 en Woningwet", body)
    text = "Artikel 2\n\nHet verslag, bedoeld in artikel 7, tweede lid, van de wet, wordt jaarlijks ingediend."
    assert [f[1:] for f in resolved(text, bill, "scope", "law", "artikel") if "van de wet" in f[0]] == [("other_law", "Huisvestingswet 2014", "7")]


def test_de_wet_of_an_aanhef_over_several_wetten_named_within_the_besluits_name(tmp_path) -> None:  # noqa: ANN001
    """An aanhef on the Wet op de veerpontjes and the Havenwet: in the Besluit eigen bijdrage veerpontjes "de wet" is the
    Wet op de veerpontjes, whose subject its name holds."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Besluit eigen bijdrage veerpontjes, lidwoord: het}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 1, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "b.yaml", "Besluit tot wijziging van het Besluit eigen bijdrage veerpontjes", "Wijzigingsbesluit veerpontjes", body)
    text = ("Gelet op artikel 3 van de Wet op de veerpontjes en artikel 21 van de Havenwet;\n\nArtikel I\n\nHet Besluit eigen bijdrage "
            "veerpontjes wordt als volgt gewijzigd:\n\nA\n\nArtikel 1 komt te luiden: een voorziening als bedoeld in artikel 7, tweede lid, van de wet.")  # fmt: skip
    assert [f[1:] for f in resolved(text, bill, "scope", "law", "artikel") if "van de wet" in f[0]] == [("other_law", "Wet op de veerpontjes", "7")]


def test_an_afdeling_of_a_titel_named_by_ordinals(tmp_path) -> None:  # noqa: ANN001
    """"de negende afdeling van de tweede titel van de Faillissementswet" is afdeling 2.9, as "afdeling 3 van titel 2"."""
    text = "Dit volgt uit de negende afdeling van de tweede titel van de Faillissementswet en uit afdeling 3 van titel 2 van de Wet veren."
    found = resolved(text, veerwet_bill(tmp_path), "law", "division")
    assert [f[1:] for f in found] == [("Faillissementswet", "afdeling 2.9"), ("Wet veren", "afdeling 2.3")]


def test_a_dotted_number_before_a_laws_abbreviation(tmp_path) -> None:  # noqa: ANN001
    """"achter 3.55 Vb 2000", "uit 3.4 Wro": an article written without its word in running text; "4.5 Awb" is no article
    of the Awb (its articles have colons), and a heading "2.1 Wet maatschappelijke ondersteuning 2015" is a section."""
    text = "Het kan achter 3.55 Vb 2000 komen, zoals uit 3.4 Wro volgt, en niet uit 4.5 Awb.\n\n2.1 Wet maatschappelijke ondersteuning 2015\n"
    found = resolved(text, veerwet_bill(tmp_path), "law", "artikel")
    assert [f[1:] for f in found] == [("Vreemdelingenbesluit 2000", "3.55"), ("Wet ruimtelijke ordening", "3.4")]


def test_an_item_of_a_nota_changes_the_articles_its_steps_name(tmp_path) -> None:  # noqa: ANN001
    """"Artikel I, onderdeel A, wordt als volgt gewijzigd: a. In artikel 5 … b. In artikel 6, tweede lid, …": onderdeel A
    changes artikel 6 too, though the draft names only artikel 5 for it."""
    text = ("Het voorstel van wet wordt als volgt gewijzigd:\n\nB\n\nArtikel I, onderdeel A, wordt als volgt gewijzigd:\n\na. In artikel 5, "
            "vierde lid, wordt «door hem» vervangen door «het door hem».\n\nb. In artikel 6, tweede lid, wordt «vrijwilllig» vervangen door: vrijwillig.")  # fmt: skip
    found = [(r.text, r.nodes) for p in explain_references(text, veerwet_bill(tmp_path)) for r in p.references if r.text.startswith("artikel 6")]
    assert found and found[0][1] and all(eid == "art_I__point_A" for eid, _ in found[0][1])


def test_dat_lid_in_new_words_is_the_lid_they_named_last(tmp_path) -> None:  # noqa: ANN001
    """In a new vijfde lid "In afwijking van het eerste lid kan …, indien de in dat lid bedoelde voorwaarden …": the eerste
    lid, not the vijfde under change."""
    text = (_STEPS + "a. Het vijfde lid komt te luiden:\n\n5. In afwijking van het eerste lid kan hij, indien de in dat lid bedoelde "
            "voorwaarden zijn vervuld, worden ontslagen.")  # fmt: skip
    found = [f[1:] for f in resolved(text, veerwet_bill(tmp_path), "artikel", "lid") if f[0] == "dat lid"]
    assert found == [("5", "1")]


def test_a_leidraad_is_named_by_its_title(tmp_path) -> None:  # noqa: ANN001
    """"artikel 1.1.12 van de Leidraad Invordering 2008": a beleidsregel named by its title, not an article of the law
    under change."""
    found = resolved(_STEPS + "1. In het eerste lid wordt verwezen naar artikel 1.1.12 van de Leidraad Invordering 2008.", veerwet_bill(tmp_path), "scope", "law")
    assert ("artikel 1.1.12 van de Leidraad Invordering 2008", "other_law", "Leidraad Invordering 2008") in found


def test_a_list_of_small_letters_goes_on_past_z_with_doubled_letters(tmp_path) -> None:  # noqa: ANN001
    """"De onderdelen j tot en met ff worden geletterd i tot en met ee": j … z, aa … ff (after z a law's list goes on with
    aa, bb …); "de onderdelen i (nieuw) en j (nieuw)" is a list of two."""
    text = "In artikel 1 van de Mediawet 2008 worden de onderdelen j tot en met ff geletterd i tot en met ee. De onderdelen i (nieuw) en j (nieuw) vervallen."
    found = resolved(text, veerwet_bill(tmp_path), "item")
    first = [f[1] for f in found if f[0].startswith("onderdelen j")]
    assert first == [*"jklmnopqrstuvwxyz", "aa", "bb", "cc", "dd", "ee", "ff"]
    assert [f[1] for f in found if "(nieuw)" in f[0]] == ["i", "j"]


def test_die_wet_after_a_wet_whose_name_has_two_words(tmp_path) -> None:  # noqa: ANN001
    """"artikel 26, vierde lid, van de Algemene Ouderdomswet … artikel 27 van die wet": the Algemene Ouderdomswet (its
    name is a wet's, not an instrument's that ends in a wet's name)."""
    text = "Het bedrag, genoemd in artikel 26, vierde lid, van de Algemene Ouderdomswet, wordt gewijzigd indien artikel 27 van die wet dat vraagt."
    assert [f[1] for f in resolved(text, veerwet_bill(tmp_path), "law")] == ["Algemene Ouderdomswet", "Algemene Ouderdomswet"]


def test_renumbered_articles_told_as_done(tmp_path) -> None:  # noqa: ANN001
    """An A-stuk tells what was done: "De artikelen 20 tot en met 22 zijn vernummerd tot 19 tot en met 21": the new
    numbers are articles too."""
    text = "De Veerwet wordt als volgt gewijzigd:\n\nA\n\nDe artikelen 20 tot en met 22 zijn vernummerd tot 19 tot en met 21."
    assert [f[1] for f in resolved(text, veerwet_bill(tmp_path), "artikel") if f[0] == "19 tot en met 21"] == ["19", "20", "21"]
