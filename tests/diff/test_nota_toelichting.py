"""The nota van wijziging as a Kamerstuk: the heading block (kamer, vergaderjaar, dossier, Nr.,
"NOTA VAN WIJZIGING") and a toelichting per onderdeel, from NEW's toelichting on the unit it
changes, or a place the drafter fills in; in text, Word and Akoma Ntoso."""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import replace
from types import SimpleNamespace

import pytest
from lxml import etree

from wetgen.diff.compare import diff_bills
from wetgen.diff.nota import nota_items, render_nota
from wetgen.diff.nota_akn import render_nota_akn
from wetgen.diff.nota_docx import render_nota_docx
from wetgen.diff.nota_parts import (
    PLACEHOLDER,
    TECHNICAL,
    kamerstuk_heading,
    nota_explanations,
    vergaderjaar,
)
from wetgen.model import Article

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
KAMERSTUK = SimpleNamespace(vergaderjaar="2026–2027", dossier="36 900", chamber="Tweede Kamer der Staten-Generaal")


@pytest.fixture(scope="module")
def changes(versions):
    return diff_bills(*versions)


def _docx_texts(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    return [html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
            for p in re.findall(r"<w:p\b.*?</w:p>", xml)]  # fmt: skip


@pytest.mark.parametrize(
    ("day", "year"),
    [("2027-03-15", "2026–2027"), ("2026-09-14", "2025–2026"), ("2026-09-15", "2026–2027"),
     ("2025-09-16", "2025–2026"), ("2025-09-15", "2024–2025")],
)  # fmt: skip
def test_the_vergaderjaar_starts_on_prinsjesdag(day, year):
    # Prinsjesdag, the third Tuesday of September: 15 September 2026, 16 September 2025
    assert vergaderjaar(day) == year


def test_the_heading_takes_the_kamerstuk_of_the_draft_and_marks_what_is_unknown(versions):
    _, new = versions
    known = kamerstuk_heading(new, KAMERSTUK, number="7")
    assert known.lines()[:2] == ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2026–2027"]
    assert known.lines()[2].startswith("36 900  Wijziging van de Huisvestingswet 2014")
    assert known.lines()[3] == "Nr. 7  NOTA VAN WIJZIGING"
    unknown = kamerstuk_heading(replace(new, version=replace(new.version, date="2026-10-01")), None)
    if getattr(new, "kamerstuk", None) is None:  # a draft without `kamerstuk:`
        assert unknown.dossier == "" and unknown.lines()[2].startswith("[dossiernummer]  Wijziging")
    assert unknown.vergaderjaar == "2026–2027" and unknown.lines()[3] == "Nr. …  NOTA VAN WIJZIGING"


def test_each_onderdeel_is_explained_by_new_toelichting_on_the_unit_it_changes(versions, changes):
    old, new = versions
    entries = nota_explanations(nota_items(old, new, changes), new, changes)
    by_letter = {letter: e for e in entries for letter in e.letters}
    assert list(by_letter) == ["A", "B", "C", "D", "E"]
    assert by_letter["A"].markdown.startswith("Artikel 12 biedt gemeenten")  # onderdeel A's toelichting
    assert by_letter["B"].markdown.startswith("Het nieuwe artikel 28a legt de kern van het wetsvoorstel vast")
    assert by_letter["C"].markdown.startswith("Het nieuwe artikel 28c is naar aanleiding")
    # D and E follow the verlettering and vernummering: a technical change
    assert by_letter["D"].markdown == TECHNICAL and by_letter["E"].markdown == TECHNICAL
    assert entries[-1].heading == "Onderdelen D en E"


def test_a_change_without_any_toelichting_gets_a_place_to_fill_in(versions):
    old, new = versions
    bare = [replace(a, toelichting="", onderdelen=tuple(replace(o, toelichting="") for o in a.onderdelen))
            if isinstance(a, Article) else a for a in new.body]  # fmt: skip
    bare_new = replace(new, body=tuple(bare))
    changes = diff_bills(old, bare_new)
    entries = nota_explanations(nota_items(old, bare_new, changes), bare_new, changes)
    assert entries[0].markdown == PLACEHOLDER and entries[0].letters == ("A",)


def test_the_text_nota_has_the_heading_and_the_toelichting(versions, changes):
    text = render_nota(*versions, changes)
    lines = text.splitlines()
    assert lines[0] == "Tweede Kamer der Staten-Generaal"
    assert lines[1] == "Vergaderjaar 2026–2027"
    assert lines[3] == "Nr. …  NOTA VAN WIJZIGING"
    toelichting = text[text.index("\nTOELICHTING\n"):]
    assert "\nOnderdeel A\n\nArtikel 12 biedt gemeenten" in toelichting
    assert "\nOnderdelen D en E\n\n" + TECHNICAL in toelichting
    assert text.rstrip().endswith("De Minister van Volkshuisvesting en Ruimtelijke Ordening,")


def test_the_word_nota_has_the_heading_the_toelichting_and_then_the_signature(versions, changes):
    texts = _docx_texts(render_nota_docx(*versions, changes))
    assert texts[:3] == ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2026–2027", "[dossiernummer]"]
    assert texts[3].startswith("Wijziging van de Huisvestingswet 2014")
    assert texts[4:6] == ["Nr. …", "NOTA VAN WIJZIGING"]
    at = texts.index("TOELICHTING")
    assert texts[at + 1] == "Onderdeel A" and texts[at + 2].startswith("Artikel 12 biedt gemeenten")
    assert texts.index("Het voorstel van wet wordt als volgt gewijzigd:") < at
    assert texts[-1] == "De Minister van Volkshuisvesting en Ruimtelijke Ordening,"


def test_the_akn_nota_has_the_heading_in_its_preface_and_the_toelichting_as_justification(versions, changes):
    root = etree.fromstring(render_nota_akn(*versions, changes))  # strictly valid, or it raises
    preface = root.find(f".//{AKN}preface")
    texts = ["".join(p.itertext()) for p in preface.iter(f"{AKN}p")]
    assert "Tweede Kamer der Staten-Generaal" in texts and "Vergaderjaar 2026–2027" in texts
    justification = root.find(f".//{AKN}amendmentJustification")
    blocks = justification.findall(f"{AKN}tblock")
    assert [b.get("eId") for b in blocks][:3] == ["toelichting__onderdeel_A", "toelichting__onderdeel_B", "toelichting__onderdeel_C"]
    assert " ".join("".join(blocks[0].itertext()).split()).startswith("Onderdeel A Artikel 12 biedt gemeenten")
