"""Real published bills, re-typed as drafts, render word for word, check without false alarms,
validate against the JSON Schema and the strict Akoma Ntoso schema, and survive dump → load.

The cases and their sources are listed in tests/realbills/README.md; measure.py prints the
share of differing words."""

import json
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plain import CASES, cases, difference, findings  # noqa: E402

from wetgen.dump import dump_bill  # noqa: E402
from wetgen.loader import load_draft, load_text  # noqa: E402
from wetgen.render.akn import render_bill_akn  # noqa: E402

ALL = cases()
SCHEMA = Path(__file__).resolve().parents[2] / "wetgen" / "schema" / "draft.schema.json"


def test_there_are_enough_real_cases():
    assert len(ALL) >= 15
    bills = [c for c in ALL if c.scope in ("bill", "articles") and len(c.published) >= 8]
    assert len(bills) >= 6


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_the_published_wording_comes_out_word_for_word(case):
    diff = difference(case)
    assert diff.opcodes == (), "\n".join(f"{op}: published {p!r}, wetgen {g!r}" for op, p, g in diff.opcodes)


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_check_finds_only_what_the_case_documents(case):
    assert sorted(d.code for d in findings(case)) == sorted(case.expected_findings)


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_the_draft_follows_the_json_schema(case):
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert list(validator.iter_errors(yaml.safe_load(case.draft.read_text(encoding="utf-8")))) == []


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_dump_then_load_gives_the_same_bill(case):
    bill = load_draft(case.draft).bill
    again = load_text(dump_bill(bill).encode())
    assert [d for d in again.diagnostics if d.code.startswith(("SCH", "YAML", "READ"))] == []
    assert again.bill == bill


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_the_akoma_ntoso_is_strictly_valid(case):
    assert render_bill_akn(load_draft(case.draft).bill).startswith(b"<?xml")


def test_the_readme_lists_every_case_with_its_source():
    readme = (CASES.parent / "README.md").read_text(encoding="utf-8")
    for case in ALL:
        assert case.name in readme
        assert case.meta.get("source", "") in readme
