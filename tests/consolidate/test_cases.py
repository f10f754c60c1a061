"""The hand-written cases: each draft in tests/consolidate/cases applied to the fixture law it
names gives exactly the expected law (expected.md) or exactly the expected failures."""

from __future__ import annotations

import pytest

from tests.consolidate.conftest import CASES, base_of
from wetgen.consolidate.select import consolidate_bill
from wetgen.law.markdown import render_markdown
from wetgen.law.read import read_law
from wetgen.loader import load_bill

FOLDERS = sorted(p for p in CASES.iterdir() if (p / "draft.yaml").is_file())


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_a_case_gives_the_law_written_by_hand(folder):
    bill = load_bill(folder / "draft.yaml")
    result = consolidate_bill(bill, base_of(bill))
    failures = [f"{f.source.label()}: {f.why}" for f in result.failures]
    expected_failures = folder / "expected-failures.txt"
    if expected_failures.is_file():
        assert failures == expected_failures.read_text(encoding="utf-8").splitlines()
    else:
        assert failures == []
    expected = folder / "expected.md"
    if expected.is_file():
        assert render_markdown(result.law) == expected.read_text(encoding="utf-8")


def test_the_failures_leave_the_other_instructions_applied():
    bill = load_bill(CASES / "03-fouten" / "draft.yaml")
    result = consolidate_bill(bill, base_of(bill))
    article_7 = next(a for a in result.law.articles() if a.number == "7")
    assert article_7.blocks[0].text.startswith("Deze wet treedt in werking op een bij algemene maatregel van bestuur")
    assert not result.ok and len(result.failures) == 6


def test_the_default_draft_on_the_huisvestingswet(default_bill, huisvestingswet):
    result = consolidate_bill(default_bill, huisvestingswet)
    assert result.ok, result.failures
    expected = (CASES / "04-huisvestingswet" / "expected-artikel-12.md").read_text(encoding="utf-8")
    assert render_markdown(result.law, article="12") == expected
    numbers = [a.number for a in result.law.articles()]
    assert numbers == ["12", "28", "28a", "28b", "28c", "28d"]
    leden = {a.number: len(a.leden) for a in result.law.articles()}
    assert leden == {"12": 9, "28": 2, "28a": 4, "28b": 5, "28c": 4, "28d": 2}
    assert next(result.law.articles()).path == "/Artikel12"  # an unchanged path stays
    paths = [lid.path for a in result.law.articles() if a.number == "28a" for lid in a.leden]
    assert paths == ["/Artikel28a/Lid1", "/Artikel28a/Lid2", "/Artikel28a/Lid3", "/Artikel28a/Lid4"]


def test_the_default_draft_leaves_the_base_law_alone(default_bill):
    from tests.consolidate.conftest import HUISVESTINGSWET

    before = read_law(HUISVESTINGSWET)
    consolidate_bill(default_bill, before)
    assert before == read_law(HUISVESTINGSWET)
