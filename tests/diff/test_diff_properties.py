"""Properties over generated bills: a bill against itself is empty, and OLD→NEW mirrors NEW→OLD."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import bills  # the bill strategy of tests/test_properties.py

from wetgen.diff.compare import diff_bills


def signature(change):
    """Everything a change says, with word steps reduced to the texts they rebuild."""
    return (
        change.kind, change.unit, change.old_eid, change.new_eid, change.old_label,
        change.new_label, change.key, change.old_text(), change.new_text(), change.content,
        tuple(sorted(change.renumbering, key=repr)), tuple(sorted(change.caused_by)),
    )  # fmt: skip


def without_lid(bill, data):
    """Drop one lid of one plain article, if there is one with more than one."""
    candidates = [n for n, a in enumerate(bill.body) if len(a.leden) > 1]
    if not candidates:
        return bill
    n = data.draw(st.sampled_from(candidates))
    article = bill.body[n]
    k = data.draw(st.integers(0, len(article.leden) - 1))
    leden = tuple(
        replace(lid, number=str(m))
        for m, lid in enumerate(article.leden[:k] + article.leden[k + 1 :], start=1)
    )
    return replace(bill, body=(*bill.body[:n], replace(article, leden=leden), *bill.body[n + 1 :]))


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(bills())
def test_a_bill_against_itself_has_no_changes(bill):
    assert diff_bills(bill, bill).changes == ()


@SETTINGS
@given(bills(), bills())
def test_new_to_old_mirrors_old_to_new(a, b):
    forward = sorted(map(signature, diff_bills(a, b).mirrored().changes))
    backward = sorted(map(signature, diff_bills(b, a).changes))
    assert forward == backward


@SETTINGS
@given(bills(), st.data())
def test_a_dropped_lid_is_one_net_deletion_and_at_most_one_renumbering_note(bill, data):
    smaller = without_lid(bill, data)
    changes = diff_bills(bill, smaller)
    if smaller == bill:
        assert not changes
        return
    lid_notes = [c for c in changes.of_kind("renumbered") if c.unit == "lid"]
    assert len(lid_notes) <= 1
    lids = [c.kind for c in changes.changes if c.unit == "lid"]
    assert lids.count("deleted") - lids.count("inserted") == 1
    mirrored = sorted(map(signature, changes.mirrored().changes))
    assert mirrored == sorted(map(signature, diff_bills(smaller, bill).changes))


SCHEMA_FILE = Path(__file__).resolve().parents[2] / "wetgen" / "diff" / "diff.schema.json"


@SETTINGS
@given(bills(), bills())
def test_every_change_set_fits_the_json_schema(a, b):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(diff_bills(a, b).as_dict(), schema, cls=jsonschema.Draft202012Validator)
