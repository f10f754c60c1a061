"""The shipped JSON Schema is current, accepts every good draft and rejects a misspelt key."""

import json

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT, default_versions
from wetgen.draft_schema import schema_json

SHIPPED = ROOT / "wetgen" / "schema" / "draft.schema.json"


def test_shipped_schema_is_generated_from_the_loader():
    assert SHIPPED.read_text(encoding="utf-8") == schema_json(), "run: python -m wetgen.draft_schema > wetgen/schema/draft.schema.json"


@pytest.mark.parametrize("draft", default_versions() + sorted((ROOT / "tests/cases/good").glob("*.yaml")), ids=lambda p: p.stem)
def test_good_drafts_validate(draft):
    validator = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text()))
    assert list(validator.iter_errors(yaml.safe_load(draft.read_text(encoding="utf-8")))) == []


def test_a_misspelt_key_is_rejected():
    validator = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text()))
    draft = yaml.safe_load((ROOT / "tests/cases/bad/typo-in-key/draft.yaml").read_text())
    messages = [e.message for e in validator.iter_errors(draft)]
    assert any("'opschrif' was unexpected" in m for m in messages)
