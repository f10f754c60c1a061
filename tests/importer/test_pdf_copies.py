"""Bills as copies from PDF give them: the heading run into the opening line, changes run into
one paragraph, the law's Staatsblad citation in the opening. Found in the real set (a voorstel
van wet of OCW copied by a study site, zb02; the Wet maximale huursomstijging, d14; an older
Werkloosheidswet bill, d58); the cases here are invented."""

from __future__ import annotations

from wetgen.importer import import_data
from wetgen.importer.structure.runon import split_run_on
from wetgen.model import Action, iter_articles

HEAD = "Wet van 1 januari 2020 tot wijziging van de Wet op de proef\n\n"


def _bill(text: str):  # noqa: ANN202 - (Bill, warnings)
    result = import_data((HEAD + text).encode("utf-8"), "wet.txt")
    return result.bill, [str(w) for w in result.warnings]


def _articles(bill):  # noqa: ANN202 - list[Article]
    return [node for node in bill.body if hasattr(node, "onderdelen")]


def test_a_heading_run_into_the_opening_is_split_and_inserted_articles_stay_inside():
    bill, _ = _bill(
        "Artikel I. Wijziging van de Wet op de proef De Wet op de proef wordt als volgt gewijzigd:\n\n"
        "A\n\nNa paragraaf 3 wordt een paragraaf ingevoegd, luidende:\n\n§ 3a. Proeven\n\n"
        "Artikel 15a. Proefnemingen\n\n1. Een proef wordt gemeld.\n\n2. De melding is schriftelijk.\n\n"
        "B\n\nArtikel 16 vervalt.\n"
    )
    (article,) = _articles(bill)
    assert (article.number, article.opschrift) == ("I", "Wijziging van de Wet op de proef")
    assert article.amends.citeertitel == "Wet op de proef"
    assert [o.number for o in article.onderdelen] == ["A", "B"]
    inserted = article.onderdelen[0].instructions[0]
    assert inserted.action is Action.INSERT
    assert [a.number for a in iter_articles(inserted.payload)] == ["15a"]
    assert article.onderdelen[1].instructions[0].action is Action.DELETE


def test_a_heading_with_a_title_only_is_not_split():
    bill, _ = _bill("Artikel I. De Wet op de proef\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\n"
                    "A\n\nArtikel 16 vervalt.\n\nB\n\nArtikel 17 vervalt.\n")  # fmt: skip
    (article,) = _articles(bill)
    assert article.opschrift == "De Wet op de proef"
    assert [o.number for o in article.onderdelen] == ["A", "B"]


def test_the_staatsblad_citation_after_the_law_is_left_out_of_its_citeertitel_and_said():
    bill, warnings = _bill("ARTIKEL I\n\nDe Wet op de proef (Stb. 1987, 93) wordt als volgt gewijzigd:\n\n"
                           "A\n\nArtikel 16 vervalt.\n\nB\n\nArtikel 17 vervalt.\n")  # fmt: skip
    assert _articles(bill)[0].amends.citeertitel == "Wet op de proef"
    assert any("(Stb. 1987, 93)" in w and "Staatsblad citation" in w for w in warnings)


def test_changes_run_into_one_paragraph_are_read_one_by_one():
    bill, _ = _bill(
        "ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:AIn artikel 4 wordt «oud» vervangen "
        "door «nieuw». BArtikel 5 wordt als volgt gewijzigd:1. Het eerste lid vervalt. 2. Het tweede "
        "lid vervalt.\n"
    )
    (article,) = _articles(bill)
    assert [o.number for o in article.onderdelen] == ["A", "B"]
    replaced = article.onderdelen[0].instructions[0]
    assert (replaced.action, replaced.old, replaced.new) == (Action.REPLACE_WORDS, "oud", "nieuw")
    deleted = article.onderdelen[1].instructions  # "1. Het eerste lid vervalt. 2. …" under artikel 5
    assert [(i.action, i.target.artikel, i.target.lid) for i in deleted] == [(Action.DELETE, "5", "1"), (Action.DELETE, "5", "2")]


def test_a_run_on_split_needs_a_change_after_it_and_never_cuts_inside_quoted_words():
    quoted = "In artikel 4 wordt «de aanvraag. In artikel 5 wordt het besluit vervangen» vervangen door «x»."
    assert split_run_on(quoted) == [quoted]
    prose = "De raad besluit. In artikel 5 staat de regel. B Artikel 6 is duidelijk."
    assert split_run_on(prose) == [prose]
    assert split_run_on("Artikel 5 vervalt. B Artikel 6 vervalt.") == ["Artikel 5 vervalt.", "B", "Artikel 6 vervalt."]


def test_a_run_in_heading_whose_opening_runs_on_into_its_changes_is_read_whole():
    bill, _ = _bill("Artikel I. Wijziging van de Wet op de proef De Wet op de proef (Stb. 1987, 93) wordt als volgt "
                    "gewijzigd:AIn artikel 4 wordt «oud» vervangen door «nieuw». BArtikel 5 vervalt.\n")  # fmt: skip
    (article,) = _articles(bill)
    assert (article.opschrift, article.amends.citeertitel) == ("Wijziging van de Wet op de proef", "Wet op de proef")
    assert [(o.number, o.instructions[0].action) for o in article.onderdelen] == [("A", Action.REPLACE_WORDS), ("B", Action.DELETE)]


# A PDF copied without its layout (plain `pdftotext`) can set a hanging number apart from its lid:
# "5." and "6." both stand before the fifth lid, and the sixth has none.
SEPARATED = (
    "ARTIKEL I\n\nDe Wet op de proef wordt als volgt gewijzigd:\n\nA\n\n"
    "Aan artikel 3 worden drie leden toegevoegd, luidende:\n\n"
    "4.\n\nEen proef wordt gemeld.\n\n5.\n\n6.\n\nDe melding is schriftelijk.\n\n"
    "7.\n\nDe melding vermeldt de plaats van de proef.\n"
)


def test_a_copy_whose_numbers_lost_their_texts_is_refused_with_the_words_of_the_lid(tmp_path):
    import pytest

    from wetgen.importer.draft import write_draft
    from wetgen.importer.errors import ImportRefused

    result = import_data((HEAD + SEPARATED).encode("utf-8"), "wet.txt")
    with pytest.raises(ImportRefused) as refused:
        write_draft(result, "wet.txt", tmp_path / "wet.yaml")
    message = str(refused.value)
    assert message.startswith("wet.txt: its numbers are not in order: lid 6 is skipped")
    assert "De melding vermeldt de plaats" in message and "pdftotext -layout" in message
    assert "please report" not in message and not (tmp_path / "wet.yaml").exists()
    with pytest.raises(ImportRefused) as refused:  # a Word file is not a copy: fix its numbering
        write_draft(result, "wet.docx", tmp_path / "wet.yaml")
    assert str(refused.value).endswith("correct the numbering in the file and import it again")


def test_the_import_command_refuses_such_a_copy_in_one_line(tmp_path, run_cli):
    source = tmp_path / "wet.txt"
    source.write_text(HEAD + SEPARATED, encoding="utf-8")
    code, out, err = run_cli("import", str(source), "-o", str(tmp_path / "wet.yaml"))
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "numbers are not in order" in err


def test_the_refusal_quotes_the_words_of_a_lid_written_as_a_literal_block():
    import yaml

    from wetgen.importer.draft import _text_at

    draft = "leden:\n- nummer: '5'\n  tekst: Een.\n- nummer: '7'\n  tekst: |-\n    Twee regels\n    hier.\n"
    assert _text_at(yaml.compose(draft), 4) == "Twee regels\nhier."
    assert _text_at(yaml.compose(draft), 2) == "Een." and _text_at(yaml.compose(draft), 3) == ""
