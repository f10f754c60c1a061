"""Issue 16 (fuzzing with a fixed budget): mutated drafts never crash the loader, the checks or
the renderers; every problem is a located finding with a code, and nothing a finding prints
holds a control character."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from wetgen.check import check_bill, on_the_words
from wetgen.loader import load_text
from wetgen.render.akn import validate_bill
from wetgen.render.html import render_html
from wetgen.render.text import render_markdown
from wetgen.source import CONTROL_CHARACTERS, visible

SEED = (ROOT / "tests" / "cases" / "good" / "wijzigingswet.yaml").read_text(encoding="utf-8")
# What the mutants are made of: escapes and raw controls, YAML syntax, keys in the wrong place.
PIECES = [
    "\\0", "\\a", "\\e", "\\uFFFE", "\\x85", "\\u202e", "\x00", "\x1b", "\ufffe", "\u202e", "\t", "\r",
    '"', "'", ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "\n", "\n  ", "\n    - ",
    "nummer: 5", "leden: [a, b]", "onbekend: x", "actie: vervang", "doel: artikel 99", "~", "null",
    "lid 3", "sub a", "12a", "ja", "99999999999999999999", "💥", "\u00a0",
]  # fmt: skip


@st.composite
def mutants(draw) -> str:
    """Return the seed draft with up to six insertions, deletions or duplicated lines."""
    text = SEED
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        how = draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if how == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif how == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        else:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            line = text[start : end if end >= 0 else len(text)]
            text = text[:start] + line + "\n" + text[start:]
    return text


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(mutants())
def test_a_mutated_draft_never_crashes_and_every_finding_is_located(text):
    result = load_text(text, "fuzz.yaml")
    findings = list(result.diagnostics)
    if result.bill is not None:
        findings = on_the_words([*findings, *check_bill(result.bill)], result.text, result.path)
        if result.ok:
            findings += validate_bill(result.bill)
            assert render_markdown(result.bill) and render_html(result.bill)
    for finding in findings:
        assert finding.code, finding
        assert finding.location.line >= 0
        assert not CONTROL_CHARACTERS.search(visible(finding.headline()))
