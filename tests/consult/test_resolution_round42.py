"""Round 42: forms of real texts left over from earlier parts and met while the blind parts fresh122-fresh124
(zzzzt-zzzzv) were being labelled, each stated as a rule of such texts in general and tested on invented
sentences and invented laws."""

from __future__ import annotations

from wetgen.consult.analyse.explain import explain_references

from .resolving import default_bill, resolved

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
