"""Round 46: forms of real texts met in the parts fresh163-fresh166 (zzzzzzi-zzzzzzl), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill


def test_an_own_article_an_amendement_inserts_speaks_of_the_bill(tmp_path) -> None:  # noqa: ANN001
    """"Na artikel I wordt een nieuw artikel ingevoegd, luidende: ARTIKEL IA. EVALUATIEBEPALING … van deze wet": the
    new article is the bill's own, so "deze wet" in it is the bill, though the draft holds no article IA yet."""
    bill = veerwet_bill(tmp_path)
    text = ("Na artikel I wordt een nieuw artikel ingevoegd, luidende:\n\nARTIKEL IA. EVALUATIEBEPALING\n\nOnze Minister zendt "
            "binnen twee jaar na de inwerkingtreding van deze wet een verslag over de effecten van deze wet.")  # fmt: skip
    found = [f for f in resolved(text, bill, "scope") if f[0] == "deze wet"]
    assert found == [("deze wet", "bill"), ("deze wet", "bill")]


def test_the_plan_of_a_toelichting_names_its_own_paragraphs(tmp_path) -> None:  # noqa: ANN001
    """"Deze toelichting is als volgt opgebouwd. Paragraaf 2 beschrijft …": the paragraphs are the memorie's own."""
    bill = veerwet_bill(tmp_path)
    text = ("Met dit wetsvoorstel wordt de Veerwet gewijzigd.\nDeze toelichting is als volgt opgebouwd. Paragraaf 2 beschrijft de "
            "context. In paragraaf 3 wordt de regeling toegelicht.")  # fmt: skip
    found = {f[0]: f[1:] for f in resolved(text, bill, "scope", "detail")}
    assert found["Paragraaf 2"] == ("mvt", "paragraaf 2") and found["paragraaf 3"] == ("mvt", "paragraaf 3")


def test_a_numbered_sub_after_a_lettered_onderdeel_without_its_word(tmp_path) -> None:  # noqa: ANN001
    """"artikel 1, eerste lid, onder d, 2°" and "artikel 5, onderdeel a, 1°, van de Havenwet": the number with its sign
    is the sub of that onderdeel, and the law after it is still read."""
    bill = veerwet_bill(tmp_path)
    text = "In artikel 1, eerste lid, onder d, 2°, wordt «x» vervangen. Zie artikel 5, onderdeel a, 1°, van de Havenwet."
    found = resolved(text, bill, "law", "artikel", "item", "sub")
    assert ("artikel 1, eerste lid, onder d, 2°", "Veerwet", "1", "d", "2") in found
    assert ("artikel 5, onderdeel a, 1°, van de Havenwet", "Havenwet", "5", "a", "1") in found


def test_a_numbered_onderdeel_of_the_bills_onderdeel_in_an_amendement(tmp_path) -> None:  # noqa: ANN001
    """"In artikel I, onderdeel B, wordt voor onderdeel 1 een onderdeel ingevoegd": onderdeel 1 is a point of the bill's
    onderdeel B, as "punt 1" is; "onderdeel 2°" of a law and "artikel 3, onderdeel 2" are not."""
    bill = veerwet_bill(tmp_path)
    text = "In artikel I, onderdeel B, wordt voor onderdeel 1 een onderdeel ingevoegd, luidende: 01. In het eerste lid vervalt «x»."
    found = resolved(text, bill, "scope", "artikel", "onderdeel")
    assert ("onderdeel 1", "bill", "I", "B") in found
    found = resolved("Volgens artikel 3, onderdeel 2, van de Havenwet is dat zo.", bill, "scope", "artikel")
    assert found == [("artikel 3, onderdeel 2, van de Havenwet", "other_law", "3")]


def test_in_deze_leden_takes_up_the_leden_named_just_before(tmp_path) -> None:  # noqa: ANN001
    """"In het tweede, vijfde en zesde lid wordt … verstaan …. In deze leden wordt … gelijkgesteld": those three leden;
    "Deze leden vragen de regering" are members of a party."""
    bill = veerwet_bill(tmp_path)
    text = ("ARTIKEL I\n\nA\n\nArtikel 5 wordt als volgt gewijzigd:\n\n1. Na het twaalfde lid wordt een lid toegevoegd, luidende:\n\n"
            "13. In het tweede, vijfde en zesde lid wordt onder moeder verstaan de vrouw. In deze leden wordt met de vader "
            "gelijkgesteld de moeder.\n\nDe leden van de fractie lazen het voorstel. Deze leden vragen de regering.")  # fmt: skip
    leden = [f[2] for f in resolved(text, bill, "artikel", "lid") if f[0] == "deze leden"]
    assert leden == ["2", "5", "6"]
    assert "Deze leden" not in [f[0] for f in resolved(text, bill, "scope")]


def test_a_decree_that_puts_several_acts_into_force_names_none_as_the_one(tmp_path) -> None:  # noqa: ANN001
    """An inwerkingtredingsbesluit of "de Wet veren, de Invoeringswet Wet veren en enkele andere wetten" does not read
    its Roman articles as the first act's."""
    body = """    - nummer: "1"
      tekst: De wetten treden in werking met ingang van 1 januari 2030.
"""
    bill = invented_bill(tmp_path / "ib.yaml", "Besluit houdende inwerkingtreding van de Wet veren, de Invoeringswet Wet veren "
                         "en enkele andere wetten", "Besluit van 1 december 2029 (inwerkingtreding)", body)  # fmt: skip
    found = resolved("Artikel II, onderdeel B, treedt in werking met ingang van 1 januari 2030.", bill, "scope", "law")
    assert found == [("Artikel II, onderdeel B", "unknown", "")]
