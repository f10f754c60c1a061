"""Round 53: forms of real texts met in the parts fresh199-fresh202 (zzzzzzzs-zzzzzzzv), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, landed, resolved, veerwet_bill


def test_letters_joined_by_dan_wel(tmp_path) -> None:  # noqa: ANN001
    """"artikel 6.5, eerste lid, onder a dan wel c" names two onderdelen, as "onder a of c" does."""
    text = "ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nIn artikel 5 wordt ingevoegd: de instelling, bedoeld in artikel 6.5, eerste lid, onder a dan wel c, van de Wet op het hoger onderwijs en wetenschappelijk onderzoek."
    found = resolved(text, veerwet_bill(tmp_path), "artikel", "lid", "item")
    assert [f[1:] for f in found if f[0].startswith("artikel 6.5")] == [("6.5", "1", "a"), ("6.5", "1", "c")]


def test_named_grounds_and_short_names_of_laws(tmp_path) -> None:  # noqa: ANN001
    """"de b-grond" in a text on artikel 174a Gemeentewet is onderdeel b of its eerste lid; the old citeertitel
    "Arbeidsomstandighedenwet 1998", "Financiële verhoudingswet" without its hyphen and "Vb" are the laws of the list."""
    bill = veerwet_bill(tmp_path)
    text = "Het eerste lid van artikel 174a Gemeentewet noemt drie gronden. Wat betekent de b-grond?"
    assert ("de b-grond", "Gemeentewet", "174a", "1", "b") in resolved(text, bill, "law", "artikel", "lid", "item")
    text = "Gelet op artikel 16 van de Arbeidsomstandighedenwet 1998, artikel 17a van de Financiële verhoudingswet en artikel 3.56 Vb."
    assert [f[1] for f in resolved(text, bill, "law")] == ["Arbeidsomstandighedenwet", "Financiële-verhoudingswet", "Vreemdelingenbesluit 2000"]


def test_divisions_named_through_two_containers(tmp_path) -> None:  # noqa: ANN001
    """"hoofdstuk 4, afdeling 1, paragraaf 3" and "paragraaf 3 van afdeling 2 van hoofdstuk 3" are one paragraaf each,
    numbered as a regeling that numbers within its chapters writes it (4.1.3, 3.2.3)."""
    text = "Zie hoofdstuk 4, afdeling 1, paragraaf 3, van de Veerwet en paragraaf 3 van afdeling 2 van hoofdstuk 3 van de Veerwet."
    assert [f[1] for f in resolved(text, veerwet_bill(tmp_path), "division")] == ["paragraaf 4.1.3", "paragraaf 3.2.3"]


def test_the_heading_of_an_article_rewritten_with_others_in_a_list(tmp_path) -> None:  # noqa: ANN001
    """"De artikelen 29a, 30, 31 en 32 komen te luiden:" below onderdeel B, whose draft names artikel 29a only: the
    heading "Artikel 30" of the new text is changed by onderdeel B too."""
    body = """    - nummer: "I"
      wijzigt: {citeertitel: Veerwet, lidwoord: de}
      onderdelen:
        - {nummer: A, wijzigingen: [{actie: vrije_tekst, doel: artikel 2, tekst: "(niet overgenomen)"}]}
        - {nummer: B, wijzigingen: [{actie: vrije_tekst, doel: artikel 29a, tekst: "(niet overgenomen)"}]}
"""
    bill = invented_bill(tmp_path / "v.yaml", "Wijziging van de Veerwet", "Wet veerdiensten", body)
    text = ("ARTIKEL I\n\nDe Veerwet wordt als volgt gewijzigd:\n\nA\n\nArtikel 2 vervalt.\n\nB\n\nDe artikelen 29a, 30, 31 en 32 komen te "
            "luiden:\n\nArtikel 29a\n\n1. De veerman vaart.\n\nArtikel 30\n\n1. De veerman rust.")  # fmt: skip
    assert ("Artikel 30", "Veerwet, artikel 30", ("art_I__point_B",)) in landed(text, bill)
