"""The redaction on the labelled sentences: the figures recorded in docs/consultation.md hold.

labelled.txt (192 sentences) was used while the redaction was tuned; heldout.txt (40) was
written after and never used to tune it. Both are measured by tests/consult/privacy/measure.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.publish.names import NameFinder
from wetgen.consult.publish.redact import Redactor, redact_personal

from .measure import load, measure

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    """The public outputs' redaction: the patterns and deduce's persons and addresses."""
    return Redactor(names=NameFinder())


def test_the_labelled_set_is_big_enough():
    sentences = load(HERE / "labelled.txt")
    kinds = {item.kind for s in sentences for item in s.items}
    assert len(sentences) >= 150
    assert kinds == {"naam", "adres", "email", "tel", "iban", "bsn", "link", "keep"}


def test_the_redaction_on_the_labelled_set(redactor):
    figures = measure(redactor, load(HERE / "labelled.txt"))
    assert figures.recall >= 0.98
    assert figures.redacted["naam"] == figures.items["naam"] == 50
    for kind in ("tel", "bsn", "iban", "email"):
        assert figures.redacted[kind] == figures.items[kind], kind
    assert figures.precision >= 0.95
    assert figures.broken_keeps == 0


def test_the_redaction_on_the_held_out_set(redactor):
    figures = measure(redactor, load(HERE / "heldout.txt"))
    assert figures.recall >= 0.95  # measured: 26/27, one name deduce does not know
    assert figures.precision >= 0.85  # measured: 89 %
    assert figures.broken_keeps <= 2  # measured: 2/10, firms named after a person


def test_the_patterns_alone_find_no_names():
    """Why deduce: without it, no name a respondent writes about someone is redacted."""
    figures = measure(redact_personal, load(HERE / "labelled.txt"))
    assert figures.redacted["naam"] == 0 and figures.items["naam"] == 50
