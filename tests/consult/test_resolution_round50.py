"""Round 50: forms of real texts met in the parts fresh187-fresh190 (zzzzzzzg-zzzzzzzj), each stated as a rule of such
texts in general and tested on invented sentences and invented laws."""

from __future__ import annotations

from .resolving import invented_bill, resolved, veerwet_bill


def test_an_onderdeel_letter_with_its_point_on_a_line_of_its_own(tmp_path) -> None:  # noqa: ANN001
    """An older text copied with single line breaks heads its onderdelen "A." and "B.": each is that onderdeel, and
    the articles below are changed by it."""
    text = "De Veerwet wordt als volgt gewijzigd:\nA.\nArtikel 5 wordt als volgt gewijzigd:\n1. Het tweede lid vervalt.\nB.\nArtikel 7 vervalt.\n"
    found = resolved(text, veerwet_bill(tmp_path), "scope", "artikel", "onderdeel")
    assert [f for f in found if f[1] == "bill"] == [("A", "bill", "I", "A"), ("B", "bill", "I", "B")]


def test_the_toelichting_of_an_amendement_on_one_article_speaks_of_its_leden(tmp_path) -> None:  # noqa: ANN001
    """An amendement whose one instruction changes artikel 2 of a bill that enacts a new law: in its "Toelichting" "het
    eerste lid" is still artikel 2's; where it changed two articles, the toelichting's bare lid names none."""
    body = """    - {nummer: "1", tekst: "Deze wet verstaat onder arts: een arts."}
    - {nummer: "2", leden: ["De arts meldt het.", "De melding is schriftelijk."]}
    - {nummer: "3", tekst: "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."}
"""
    bill = invented_bill(tmp_path / "n.yaml", "Regels over meldingen door artsen", "Wet meldingen artsen", body)
    text = ("De ondergetekenden stellen het volgende amendement voor:\n\nArtikel 2, tweede lid, wordt als volgt gewijzigd:\n\nA. De "
            "zinsnede «schriftelijk» vervalt.\n\nToelichting\n\nDe zorgvuldigheidseisen uit het eerste lid blijven gelden.")  # fmt: skip
    assert [f[1:] for f in resolved(text, bill, "scope", "artikel", "lid") if f[0] == "het eerste lid"] == [("bill", "2", "1")]
    two = text.replace("Toelichting", "Artikel 3 vervalt.\n\nToelichting")
    assert all(f[1] != "bill" for f in resolved(two, bill, "scope", "artikel", "lid") if f[0] == "het eerste lid")
