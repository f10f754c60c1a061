"""For any two generated bills, the redline accepts to NEW and rejects to OLD."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import bills  # the bill strategy of tests/test_properties.py

from wetgen.diff.compare_docx import render_compare_docx
from wetgen.diff.redline_docx import render_redline_docx
from wetgen.render.docx import render_bill_docx

from .resolve import paragraphs, resolve
from .test_compare_docx import columns

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(bills(), bills())
def test_accept_gives_new_and_reject_gives_old_for_any_two_bills(old, new):
    redline = render_redline_docx(old, new)
    assert resolve(redline, "accept") == paragraphs(render_bill_docx(new))
    assert resolve(redline, "reject") == paragraphs(render_bill_docx(old))


@SETTINGS
@given(bills(), st.data())
def test_the_compare_columns_are_the_two_bills(old, data):
    new = data.draw(bills())
    left, right = columns(render_compare_docx(old, new))
    assert left == paragraphs(render_bill_docx(old))
    assert right == paragraphs(render_bill_docx(new))
