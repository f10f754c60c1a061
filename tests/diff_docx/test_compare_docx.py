"""The wetsvergelijking .docx: OLD on the left, NEW on the right, row by row."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from wetgen.diff.compare_docx import render_compare_docx
from wetgen.render.docx import render_bill_docx

from .resolve import W, _style, _text, document_xml, paragraphs

DRAFTS = Path(__file__).resolve().parents[2] / "drafts" / "huisvesting-vergunninghouders"




@pytest.fixture(scope="module")
def compare(versions):
    return render_compare_docx(*versions)


def columns(docx: bytes) -> tuple[list, list]:
    """Return the styled paragraphs of the left and the right column, header row left out."""
    root = etree.fromstring(document_xml(docx))
    rows = root.findall(f"{W}body/{W}tbl/{W}tr")
    sides: tuple[list, list] = ([], [])
    for row in rows[1:]:
        for side, cell in zip(sides, row.findall(f"{W}tc"), strict=True):
            side.extend((_style(p), _text(p)) for p in cell.iter(f"{W}p") if _style(p))
    return sides


def test_left_column_is_old_and_right_column_is_new(versions, compare):
    old, new = versions
    left, right = columns(compare)
    assert left == paragraphs(render_bill_docx(old))
    assert right == paragraphs(render_bill_docx(new))


def test_header_row_repeats_and_names_both_versions(compare):
    xml = document_xml(compare).decode()
    assert "<w:tblHeader/>" in xml
    assert "Consultatieversie (1 december 2026)" in xml
    assert "Versie na internetconsultatie (15 maart 2027)" in xml


def test_changed_words_are_struck_and_underlined(compare):
    xml = document_xml(compare).decode()
    assert '<w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">zes</w:t>' in xml
    assert '<w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">twaalf</w:t>' in xml


def test_page_is_landscape_and_has_no_tracked_changes(compare):
    xml = document_xml(compare).decode()
    assert 'w:orient="landscape"' in xml
    assert "<w:ins " not in xml and "<w:del " not in xml


def test_output_is_byte_identical_twice(versions, compare):
    assert render_compare_docx(*versions) == compare
