"""Wat is er met uw reactie gedaan: per response, through the one privacy gate."""

from __future__ import annotations

from tests.consult_report.conftest import SECRETS, point_id
from wetgen.cli.main import main
from wetgen.consult.publish.write import write_feedback

OTHERS_OF_R003 = ("Hendrika Heimelijk", "Verstopdorp", "Zilverschoon BV", "Piet Publiek",
                  "Gemeente Zwolle", "Anna Actief", "Woonstichting Dak")  # fmt: skip


def _read(paths) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


def test_a_non_public_respondent_sees_their_own_words_and_nobody_else(store, tmp_path):
    text = _read(write_feedback(store, tmp_path, ("md", "html"), responses=("R003",)))
    assert "purperen kwakzalverij" in text  # their own words
    assert "Aan Geertruida Verborgen-Snel" not in text and "Stichting Geheimhouding Zuid" in text
    for other in OTHERS_OF_R003:
        assert other not in text, other
    assert "Reactie:" in text and "nog niet gereageerd" in text


def test_each_point_says_what_happened_and_a_campaign_member_shares_the_answer(store, tmp_path):
    store.set_reaction(point_id("R004", 1), "De voorrang eindigt zodra er alternatieven zijn.", "nee")
    text = _read(write_feedback(store, tmp_path, ("md",), responses=("R005", "R002")))
    assert text.count("De voorrang eindigt zodra er alternatieven zijn.") == 1  # R005's copy
    assert "dezelfde tekst als 3 andere reacties" in text
    assert "De termijn wordt verlengd naar twaalf maanden." in text  # R002's own reaction
    assert "**Wetsvoorstel aangepast:** ja (Artikel II, tweede lid: twaalf maanden)" in text
    assert "Bel me op" in text and "06-12345678" not in text  # personal data still redacted


def test_the_combined_public_overview_holds_no_secret(store, tmp_path):
    paths = write_feedback(store, tmp_path, ("md", "html", "docx"), combined=True)
    assert sorted(p.name for p in paths) == [
        "terugkoppeling-openbaar.docx", "terugkoppeling-openbaar.html", "terugkoppeling-openbaar.md",
    ]  # fmt: skip
    text = _read(p for p in paths if p.suffix != ".docx")
    for secret in SECRETS:
        assert secret not in text, secret
    assert "Niet-openbare respondent 1" in text and "Woonstichting Dak" in text
    # the default privacy policy names organisations, never a private person
    assert "Particulier 1" in text and "Piet Publiek" not in text


def test_the_feedback_command(store_path, tmp_path, capsys):
    out = tmp_path / "fb"
    assert main(["consult", "feedback", "--db", str(store_path), "-o", str(out), "-f", "md,docx"]) == 0
    assert len(list(out.glob("terugkoppeling-R*.md"))) == 9 == len(list(out.glob("*.docx")))
    assert main(["consult", "feedback", "--db", str(store_path), "--response", "R999"]) == 2
    assert "no response with id R999" in capsys.readouterr().err
    assert main(["consult", "feedback", "--db", str(store_path), "-f", "pdf"]) == 2
