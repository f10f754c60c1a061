"""The MvT redline .docx: the memorie van toelichting with real tracked changes that accept to
NEW's MvT and reject to OLD's, exactly, as the bill's redline does."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wetgen.diff.mvt_redline import layout_paragraphs, render_mvt_redline_docx
from wetgen.diff.mvt_sections import mvt_layout
from wetgen.model import Toelichting
from wetgen.render.docx import open_reference, render_mvt_docx
from wetgen.word.xml import count_revisions

from .resolve import document_xml, paragraphs, resolve


@pytest.fixture(scope="module")
def redline(versions):
    return render_mvt_redline_docx(*versions)


def plain(bill) -> list[tuple[str, str]]:
    """The (style id, text) of every paragraph of a bill's MvT as the redline prints it."""
    styles = open_reference().styles
    return [(styles[p.style], p.plain()) for p in layout_paragraphs(mvt_layout(bill, styles))]


def assert_round_trip(old, new, docx: bytes) -> None:
    assert resolve(docx, "accept") == plain(new)
    assert resolve(docx, "reject") == plain(old)


def test_accept_all_gives_new_and_reject_all_gives_old(versions, redline):
    assert_round_trip(*versions, redline)


def test_the_other_way_round_too(versions):
    old, new = versions
    assert_round_trip(new, old, render_mvt_redline_docx(new, old))


def test_an_unchanged_mvt_has_no_revisions_and_is_the_mvt_text(versions):
    old, _ = versions
    docx = render_mvt_redline_docx(old, old)
    assert sum(count_revisions(document_xml(docx)).values()) == 0
    assert paragraphs(docx) == plain(old)


def test_the_text_is_that_of_the_word_mvt(versions):
    """Every heading, text, list and quote paragraph of the MvT as `wetgen build` writes it is
    in the redline's text (footnotes aside, which the redline writes out where they are)."""
    _, new = versions
    ours = {re.sub(r"\[voetnoot: [^\]]*\]", "", text) for _, text in plain(new)}
    mvt = paragraphs(render_mvt_docx(new))
    start = next(n for n, (_, text) in enumerate(mvt) if text == "I. ALGEMEEN DEEL")
    theirs = [text for style, text in mvt[start:] if style != "Normal" and text]
    missing = [text for text in theirs if text not in ours]
    assert theirs and missing == []


def test_a_changed_word_in_a_toelichting_is_a_word_level_revision(redline):
    xml = document_xml(redline).decode()
    # the consultatieversie's "zes maanden" became "twaalf maanden" in section 2.2
    assert re.search(r"<w:delText[^>]*>zes</w:delText></w:r></w:del><w:ins [^>]*><w:r><w:t[^>]*>twaalf</w:t>", xml)


def test_the_toelichting_on_the_new_onderdeel_is_inserted_whole(redline):
    accepted = [text for _, text in resolve(redline, "accept")]
    rejected = [text for _, text in resolve(redline, "reject")]
    heading = "Artikel I, onderdeel D (artikel 28c)"
    assert heading in accepted
    assert "Artikel I, onderdeel D (artikel 28c)" in rejected  # the old D explained 28c then
    assert any(t.startswith("Het nieuwe artikel 28c is naar aanleiding") for t in accepted)
    assert not any(t.startswith("Het nieuwe artikel 28c is naar aanleiding") for t in rejected)


def test_sections_inserted_deleted_and_reordered_round_trip(versions):
    old, _ = versions
    a = replace(old, toelichting=Toelichting("# 1. Een\n\nA.\n\n# 2. Twee\n\nB b b.\n\n# 3. Drie\n\n- x\n- y\n"))
    b = replace(old, toelichting=Toelichting("# 1. Drie\n\n- x\n- y\n- z\n\n# 2. Een\n\nA.\n\n# 3. Vier\n\n> C.\n"))
    assert_round_trip(a, b, render_mvt_redline_docx(a, b))
    assert_round_trip(b, a, render_mvt_redline_docx(b, a))


def test_author_and_date_are_on_every_revision_and_the_output_is_deterministic(versions, redline):
    from datetime import UTC, datetime

    xml = document_xml(redline).decode()
    tags = re.findall(r"<w:(?:ins|del|pPrChange)\b[^>]*>", xml)
    assert tags and all('w:author="wetgen"' in t and 'w:date="2027-03-15T00:00:00Z"' in t for t in tags)
    assert render_mvt_redline_docx(*versions) == redline
    other = render_mvt_redline_docx(*versions, author="J. de Vries", when=datetime(2027, 4, 1, tzinfo=UTC))
    tags = re.findall(r"<w:(?:ins|del)\b[^>]*>", document_xml(other).decode())
    assert all('w:author="J. de Vries"' in t and 'w:date="2027-04-01T00:00:00Z"' in t for t in tags)


WORDS = ("gemeenten", "huisvesting", "de", "minister", "artikel 28a", "tijdelijke", "zes", "twaalf")
_sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(lambda w: " ".join(w).capitalize() + ".")
_block = st.one_of(
    _sentence,
    st.sampled_from(["# 1. Inleiding", "# 2. Gevolgen", "## 2.1 Burgers", "# 3. Advies"]),
    st.lists(_sentence, min_size=1, max_size=3).map(lambda items: "\n".join(f"- {i}" for i in items)),
    _sentence.map(lambda s: f"> {s}"),
)
_markdown = st.lists(_block, max_size=8).map("\n\n".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_markdown, _markdown, _markdown, _markdown)
def test_any_two_mvts_round_trip(versions, general_a, general_b, article_a, article_b):
    old, _ = versions
    first = old.body[0]
    a = replace(old, toelichting=Toelichting(general_a), body=(replace(first, toelichting=article_a), *old.body[1:]))
    b = replace(old, toelichting=Toelichting(general_b), body=(replace(first, toelichting=article_b), *old.body[1:]))
    assert_round_trip(a, b, render_mvt_redline_docx(a, b))
