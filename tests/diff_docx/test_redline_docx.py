"""The redline .docx: real tracked changes that accept to NEW and reject to OLD, exactly."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from wetgen.diff.compare import diff_bills
from wetgen.diff.redline_docx import render_redline_docx
from wetgen.model import Article, Division, Lid
from wetgen.render.docx import render_bill_docx
from wetgen.word.xml import count_revisions

from .resolve import document_xml, paragraphs, resolve

DRAFTS = Path(__file__).resolve().parents[2] / "drafts" / "huisvesting-vergunninghouders"




@pytest.fixture(scope="module")
def redline(versions):
    return render_redline_docx(*versions)


def assert_round_trip(old, new, redline: bytes) -> None:
    """Accepting every change gives NEW's paragraphs; rejecting every one gives OLD's."""
    assert resolve(redline, "accept") == paragraphs(render_bill_docx(new))
    assert resolve(redline, "reject") == paragraphs(render_bill_docx(old))


def test_accept_all_gives_new_and_reject_all_gives_old(versions, redline):
    assert_round_trip(*versions, redline)


def test_the_other_way_round_too(versions):
    old, new = versions
    assert_round_trip(new, old, render_redline_docx(new, old))


def test_same_version_has_no_revisions(versions):
    old, _ = versions
    xml = document_xml(render_redline_docx(old, old))
    assert sum(count_revisions(xml).values()) == 0
    assert paragraphs(render_redline_docx(old, old)) == paragraphs(render_bill_docx(old))


def test_output_is_byte_identical_twice(versions, redline):
    assert render_redline_docx(*versions) == redline


def test_revisions_carry_author_date_and_unique_ids(versions, redline):
    xml = document_xml(redline).decode()
    revisions = re.findall(r"<w:(?:ins|del|pPrChange|moveFrom|moveTo)\b[^>]*>", xml)
    assert revisions
    for tag in revisions:
        assert 'w:author="wetgen"' in tag
        assert 'w:date="2027-03-15T00:00:00Z"' in tag  # the NEW version's date
    ids = re.findall(r'<w:(?:ins|del|pPrChange|moveFrom|moveTo)\b[^>]*w:id="(\d+)"', xml)
    assert len(ids) == len(set(ids))


def test_zes_maanden_is_a_word_level_change(redline):
    xml = document_xml(redline).decode()
    assert re.search(r"<w:del [^>]*><w:r><w:delText[^>]*>zes</w:delText></w:r></w:del>", xml)
    assert re.search(r"<w:ins [^>]*><w:r><w:t[^>]*>twaalf</w:t></w:r></w:ins>", xml)
    assert "ten minste </w:t>" in xml  # the unchanged words around it stay plain


def test_renumbered_designations_are_small_changes(redline):
    xml = document_xml(redline).decode()
    # the old vierde lid of artikel 28a is now the derde: only "4." → "3." is tracked
    assert re.search(r"<w:delText[^>]*>4\.</w:delText>.*?<w:t[^>]*>3\.</w:t>", xml)
    # onderdeel D becomes E: the letter alone
    assert re.search(r"<w:delText[^>]*>D</w:delText></w:r></w:del><w:ins [^>]*><w:r><w:t", xml)


def test_inserted_and_deleted_paragraphs_mark_their_paragraph_mark(redline):
    xml = document_xml(redline).decode()
    inserted = re.findall(r"<w:p><w:pPr>(?:(?!</w:pPr>).)*<w:rPr><w:ins ", xml)
    deleted = re.findall(r"<w:p><w:pPr>(?:(?!</w:pPr>).)*<w:rPr><w:del ", xml)
    # onderdeel D: its letter, its sentence, the heading of artikel 28c, 4 leden, 3 onderdelen
    assert len(inserted) == 10
    assert len(deleted) == 1  # artikel 28a, derde lid


def test_an_article_moved_within_a_chapter_is_a_move(versions):
    old = _small_bill()
    chapter = old.body[0]
    swapped = (chapter.children[0], chapter.children[2], chapter.children[1])
    new = replace(old, body=(replace(chapter, children=swapped), *old.body[1:]))
    changes = diff_bills(old, new)
    assert changes.of_kind("moved")
    redline = render_redline_docx(old, new, changes)
    counts = count_revisions(document_xml(redline))
    assert counts["moveFrom"] and counts["moveTo"]
    assert counts["ins"] == counts["del"] == 0
    xml = document_xml(redline).decode()
    sources = re.findall(r'<w:moveFromRangeStart [^>]*w:name="([^"]+)"', xml)
    targets = re.findall(r'<w:moveToRangeStart [^>]*w:name="([^"]+)"', xml)
    assert sources and sorted(sources) == sorted(targets)
    assert xml.count("<w:moveFromRangeStart ") == xml.count("<w:moveFromRangeEnd ")
    assert xml.count("<w:moveToRangeStart ") == xml.count("<w:moveToRangeEnd ")
    assert_round_trip(old, new, redline)


def test_an_article_moved_to_another_chapter_is_one_move_with_its_changes():
    old = _small_bill()
    first, second = old.body[0], old.body[1]
    mover = replace(first.children[1], key="verhuizer")
    old = replace(
        old, body=(replace(first, children=(first.children[0], mover, first.children[2])), second)
    )
    changed = replace(
        mover, leden=(replace(mover.leden[0], text="Een geheel nieuwe tekst."), *mover.leden[1:])
    )
    new = replace(
        old,
        body=(
            replace(first, children=(first.children[0], first.children[2])),
            replace(second, children=(*second.children, changed)),
        ),
    )
    changes = diff_bills(old, new)
    assert [c.key for c in changes.of_kind("moved")] == ["verhuizer"]
    redline = render_redline_docx(old, new, changes)
    counts = count_revisions(document_xml(redline))
    assert counts["moveFrom"] and counts["moveTo"]
    assert_round_trip(old, new, redline)
    # the new words of the moved article's first lid are nested revisions inside the move
    xml = document_xml(redline).decode()
    moved_to = re.search(
        r"<w:moveTo [^>]*>((?:(?!</w:moveTo>).)*geheel nieuwe(?:(?!</w:moveTo>).)*)", xml
    )
    assert moved_to and "<w:del " in moved_to.group(1) and "<w:ins " in moved_to.group(1)


def test_changed_style_is_a_paragraph_property_change():
    old = _small_bill()
    article = old.body[0].children[0]
    flat = replace(article, leden=(), text="Een artikel zonder leden.")
    new = replace(
        old, body=(replace(old.body[0], children=(flat, *old.body[0].children[1:])), old.body[1])
    )
    redline = render_redline_docx(old, new)
    assert_round_trip(old, new, redline)


def test_an_added_lid_and_item_round_trip():
    old = _small_bill()
    article = old.body[1].children[0]
    extra = Lid(str(len(article.leden) + 1), "Dit lid is nieuw.")
    grown = replace(article, leden=(*article.leden, extra))
    new = replace(
        old, body=(old.body[0], replace(old.body[1], children=(grown, *old.body[1].children[1:])))
    )
    assert_round_trip(old, new, render_redline_docx(old, new))
    assert_round_trip(new, old, render_redline_docx(new, old))


def _small_bill():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate_bill import generate

    from wetgen.loader import load_text

    bill = load_text(generate(6, 3).encode(), "small.yaml").bill
    # two chapters of three articles, to move within and across
    articles = list(bill.articles())
    first = Division("hoofdstuk", "1", "Eerste", tuple(articles[:3]))
    second = Division("hoofdstuk", "2", "Tweede", tuple(articles[3:]))
    assert all(isinstance(a, Article) for a in articles)
    return replace(bill, body=(first, second))


def test_each_renumbering_is_one_note_in_a_comment(redline):
    with zipfile.ZipFile(io.BytesIO(redline)) as archive:
        comments = archive.read("word/comments.xml").decode()
        types = archive.read("[Content_Types].xml").decode()
    notes = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", comments)
    assert notes == [
        "Vernummering in Artikel 28a (nieuw) — artikel I, onderdeel B: leden 4 → 3, 5 → 4.",
        "Verlettering in Artikel I: onderdeel D → E.",
        "Vernummering in Artikel I, onderdeel E: artikel 28c → 28d.",
    ]
    assert "/word/comments.xml" in types
    xml = document_xml(redline).decode()
    assert xml.count("<w:commentRangeStart ") == xml.count("<w:commentReference ") == 3


def test_python_docx_opens_both_documents(versions, redline):
    import docx as python_docx

    from wetgen.diff.compare_docx import render_compare_docx

    document = python_docx.Document(io.BytesIO(redline))
    assert document.core_properties.title.startswith("Wet uitvoerbare huisvesting")
    assert "wijzigingen" in document.core_properties.title
    compare = python_docx.Document(io.BytesIO(render_compare_docx(*versions)))
    assert len(compare.tables) == 1 and len(compare.tables[0].columns) == 2


@pytest.mark.parametrize("grow", [True, False])
def test_a_signatory_added_or_dropped_at_the_very_end(grow):
    old = _small_bill()
    new = replace(old, signatories=(*old.signatories, "De Minister van Financiën,"))
    old, new = (old, new) if grow else (new, old)
    redline = render_redline_docx(old, new)
    assert_round_trip(old, new, redline)
    body = document_xml(redline).decode().rsplit("<w:p>", 1)[1]
    assert "<w:rPr><w:ins " not in body and "<w:rPr><w:del " not in body


def test_output_does_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys

    script = (
        "import hashlib, sys; from wetgen.loader import load_bill;"
        "from wetgen.diff.redline_docx import render_redline_docx;"
        f"d = {str(DRAFTS)!r};"
        "a = load_bill(d + '/01-consultatieversie.yaml'); b = load_bill(d + '/02-adviesaanvraag.yaml');"
        "print(hashlib.sha256(render_redline_docx(a, b)).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
