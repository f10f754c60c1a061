"""Properties over generated bills: a bill against itself is empty, and OLD→NEW mirrors NEW→OLD."""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import bills, rich_bills  # the bill strategies of tests/test_properties.py

from wetgen import ids
from wetgen.diff.compare import diff_bills
from wetgen.render import akn


def signature(change):
    """Everything a change says, with word steps reduced to the texts they rebuild."""
    return (
        change.kind, change.unit, change.old_eid, change.new_eid, change.old_label,
        change.new_label, change.key, change.old_text(), change.new_text(), change.content,
        tuple(sorted(change.renumbering, key=repr)), tuple(sorted(change.caused_by)),
    )  # fmt: skip


def without_lid(bill, data):
    """Drop one lid of one plain article, if there is one with more than one."""
    candidates = [n for n, a in enumerate(bill.body) if len(getattr(a, "leden", ())) > 1]
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


def akn_eids(bill) -> set[str]:
    """Every eId of the bill's Akoma Ntoso."""
    return {e.get("eId") for e in akn.bill_document(bill).root.iter() if e.get("eId")}


def without_onderdeel(bill, data):
    """Drop one onderdeel of the amending article and letter the rest again, if it has two."""
    article = bill.body[0]
    if len(getattr(article, "onderdelen", ())) < 2:
        return bill
    k = data.draw(st.integers(0, len(article.onderdelen) - 1))
    rest = article.onderdelen[:k] + article.onderdelen[k + 1 :]
    onderdelen = tuple(replace(o, number=ids.onderdeel_letter(n)) for n, o in enumerate(rest, start=1))
    return replace(bill, body=(replace(article, onderdelen=onderdelen), *bill.body[1:]))


def without_article(bill, data):
    """Drop one article of a hoofdstuk and number the rest of it again (k.1, k.2 …)."""
    chapters = [n for n, d in enumerate(bill.body) if getattr(d, "kind", "") == "hoofdstuk" and len(d.children) > 1]
    if not chapters:
        return bill
    n = data.draw(st.sampled_from(chapters))
    chapter = bill.body[n]
    k = data.draw(st.integers(0, len(chapter.children) - 1))
    rest = chapter.children[:k] + chapter.children[k + 1 :]
    articles = tuple(replace(a, number=f"{chapter.number}.{m}") for m, a in enumerate(rest, start=1))
    return replace(bill, body=(*bill.body[:n], replace(chapter, children=articles), *bill.body[n + 1 :]))


@st.composite
def versions(draw):
    """Two versions of a bill: unrelated, or the second made from the first by dropping a unit."""
    old = draw(st.one_of(bills(), rich_bills()))
    how = draw(st.sampled_from(["other", "lid", "onderdeel", "article"]))
    if how == "other":
        return old, draw(st.one_of(bills(), rich_bills()))
    data = draw(st.data())
    drop = {"lid": without_lid, "onderdeel": without_onderdeel, "article": without_article}[how]
    return old, drop(old, data)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(versions())
def test_every_eid_of_a_diff_is_an_element_of_the_akn_of_its_side(pair):
    old, new = pair
    changes = diff_bills(old, new)
    before, after = akn_eids(old), akn_eids(new)
    for change in changes.changes:
        assert change.old_eid in before | {""}, change
        assert change.new_eid in after | {""}, change
        assert set(change.caused_by) <= before | after
        for unit in change.renumbering:
            assert unit.old_eid in before and unit.new_eid in after
    pairs = set(changes.pairs) - {("", "")}
    assert {o for o, _ in pairs} <= before and {n for _, n in pairs} <= after
    # a valid map both ways: each old eId goes to one new eId, and no two to the same
    assert len(pairs) == len({o for o, _ in pairs}) == len({n for _, n in pairs})
