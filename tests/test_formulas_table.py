"""The table of formulas reads back: every sentence wetgen prints for the real bills and for the
examples of docs/draft-format.md matches the template of its own kind of change, so a reader of
published bills (issue 13) can start from the same table."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "realbills"))

from plain import cases  # noqa: E402

from wetgen.amend.formulas import sentence_patterns  # noqa: E402
from wetgen.amend.wording import word_onderdeel  # noqa: E402
from wetgen.loader import load_draft  # noqa: E402
from wetgen.model import WORD_ACTIONS, Action  # noqa: E402

PATTERNS = sentence_patterns()


def worded_lines():
    for case in cases():
        bill = load_draft(case.draft).bill
        for article in bill.articles():
            for onderdeel in article.onderdelen:
                for line in word_onderdeel(onderdeel, bill.style, article):
                    if line.instruction is not None and line.instruction.action is not Action.FREE:
                        yield pytest.param(line, id=f"{case.name}:{line.sentence[:30]}")


@pytest.mark.parametrize("line", list(worded_lines()))
def test_each_printed_sentence_matches_the_template_of_its_kind(line):
    action = line.instruction.action
    family = "woorden" if action in WORD_ACTIONS else action.value
    matching = [name for name, pattern in PATTERNS.items() if pattern.fullmatch(line.sentence)]
    assert any(name.split("/")[0] == family for name in matching), (line.sentence, matching)


def test_a_match_gives_the_parts_back():
    m = PATTERNS["vervang/in"].fullmatch("In het eerste lid komen de tweede en derde volzin te luiden:")
    assert m and m.group("container") == "het eerste lid" and m.group("sub") == "de tweede en derde volzin"
    m = PATTERNS["wijzigen"].fullmatch("Artikel 8:41 wordt gewijzigd als volgt:")
    assert m and m.group("place") == "Artikel 8:41" and m.group("as_follows") == "gewijzigd als volgt"
