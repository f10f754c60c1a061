"""Item 2 of issue 17: the Kamerstuk furniture (the heading block with vergaderjaar,
dossiernummer, Nr. and the document's kind; the running header citing the stuk) and the
typographic quotes of the Staatsblad in the Word documents."""

from __future__ import annotations

import io
import zipfile

import pytest

from wetgen.loader import load_draft
from wetgen.render.docx import render_bill_docx, render_mvt_docx
from wetgen.typography import typographic

KAMERSTUK = "  kamerstuk: {vergaderjaar: 2026-2027, dossier: \"36900\", nummer: 2}\n  artikelen:"


def _texts(data: bytes, part: str = "word/document.xml") -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(part).decode()


@pytest.fixture
def stuk(variant):
    return load_draft(variant(("\n  artikelen:", "\n" + KAMERSTUK))).bill


def test_the_kamerstuk_key_is_read_and_normalised(stuk):
    assert (stuk.kamerstuk.vergaderjaar, stuk.kamerstuk.dossier) == ("2026–2027", "36 900")
    assert (stuk.kamerstuk.number, stuk.kamerstuk.mvt_number) == ("2", "3")


def test_a_bad_vergaderjaar_or_dossier_is_a_finding_at_it(variant):
    path = variant(("\n  artikelen:", "\n" + KAMERSTUK.replace("2026-2027", "2026-2029").replace("36900", "x")))
    codes = [d.code for d in load_draft(path).diagnostics]
    assert codes.count("SCH004") == 2, codes


def test_the_voorstel_and_the_mvt_carry_the_heading_block_and_the_header(stuk):
    bill = _texts(render_bill_docx(stuk))
    assert "Tweede Kamer der Staten-Generaal" in bill and "Vergaderjaar 2026–2027" in bill
    assert ">36 900</w:t><w:tab/>" in bill and ">Nr. 2</w:t></w:r>" in bill
    mvt = _texts(render_mvt_docx(stuk))
    assert ">Nr. 3</w:t></w:r>" in mvt and '<w:caps w:val="0"/>' in mvt and ">Memorie van toelichting</w:t>" in mvt
    header = _texts(render_mvt_docx(stuk), "word/wetgen-header.xml")
    assert "Tweede Kamer, vergaderjaar 2026–2027, 36 900, nr. 3" in header
    assert "nr. 2" in _texts(render_bill_docx(stuk), "word/wetgen-header.xml")


def test_without_kamerstuk_the_documents_keep_their_title_lines(variant):
    bill = load_draft(variant()).bill
    assert bill.kamerstuk is None
    assert "Vergaderjaar" not in _texts(render_bill_docx(bill))


@pytest.mark.parametrize(("typed", "printed"), [
    ('de grond "vergunninghouder" uitsluit', "de grond “vergunninghouder” uitsluit"),
    ("auto's en 'woning'", "auto’s en ‘woning’"),
    ("'s-Gravenhage", "’s-Gravenhage"),
    ('("x")', "(“x”)"),
    ("geen aanhalingstekens", "geen aanhalingstekens"),
])  # fmt: skip
def test_straight_quotes_print_typographic(typed, printed):
    assert typographic(typed) == printed


def test_a_quote_after_a_run_of_other_formatting_closes():
    assert typographic('"', before="woord") == "”" and typographic('"', before="") == "“"


def test_the_mvt_in_word_has_typographic_quotes(variant):
    bill = load_draft(variant()).bill
    mvt = _texts(render_mvt_docx(bill))
    assert "de grond “vergunninghouder” uitsluit" in mvt
    assert '"vergunninghouder"' not in mvt
