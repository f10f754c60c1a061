"""The real labelled reference set: well-formed labels, loadable skeletons, and today's figures."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest

from wetgen.loader import load_bill

from . import evaluate

DOCUMENTS = evaluate.load_documents()


def test_the_set_has_documents_about_several_bills():
    assert len(DOCUMENTS) >= 30
    assert len({doc.bill for doc in DOCUMENTS}) >= 20
    assert sum(1 for d in DOCUMENTS for m in d.mentions if not m.negative) >= 400


def test_every_error_class_is_represented():
    counts = Counter(m.cls for d in DOCUMENTS for m in d.mentions)
    for cls in evaluate.CLASSES:
        floor = 30 if cls == "negative" else 25
        assert counts[cls] >= floor, f"{cls}: {counts[cls]} labels, fewer than {floor}"


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda d: d.id)
def test_every_label_sits_at_its_span(doc):
    assert evaluate.problems(doc) == []
    assert doc.source["url"].startswith(("https://", "http://"))


@pytest.mark.parametrize("path", sorted({d.bill for d in DOCUMENTS}), ids=lambda p: p.stem)
def test_every_skeleton_loads(path):
    bill = load_bill(path)
    assert list(bill.articles())


def test_most_skeletons_amend_laws():
    # A few bills enact a new law (their articles are their own) and some texts are about no bill
    # (a conclusie, a legal information page: a placeholder that amends nothing, parts r, u, v);
    # three in four amend one or more laws.
    bills = [load_bill(path) for path in sorted({d.bill for d in DOCUMENTS})]
    amending = [b for b in bills if any(a.is_amending for a in b.articles())]
    assert len(amending) >= 0.75 * len(bills)
    assert any(len({a.amends.citeertitel for a in b.articles() if a.is_amending}) >= 3
               for b in amending)  # fmt: skip


def test_a_label_that_moved_is_caught(tmp_path):
    doc = DOCUMENTS[0]
    moved = evaluate.Mention(doc.mentions[0].start + 1, doc.mentions[0].end + 1,
                             doc.mentions[0].text, "explicit", [{"scope": "bill"}])  # fmt: skip
    broken = evaluate.Document(doc.path, doc.id, doc.source, doc.bill, doc.excerpt, [moved])
    assert any("the excerpt has" in p for p in evaluate.problems(broken))


def test_the_harness_maps_resolutions_to_structural_targets():
    doc = next(d for d in DOCUMENTS if d.id.startswith("d03"))
    found = evaluate.run_resolver(doc.excerpt, load_bill(doc.bill))
    first = found[0]
    assert doc.excerpt[first.start : first.end] == first.text == "artikel I, onderdeel D"
    assert first.targets == [{"scope": "bill", "artikel": "I", "onderdeel": "D"}]


def test_bill_eids_map_back_to_full_numbers():
    # bill_nodes map back through the address module; lower-case onderdelen such as aA are onderdelen.
    from wetgen.consult.analyse.context import Target

    bill = load_bill(evaluate.BILLS / "invoeringswet-omgevingswet.yaml")
    numbers = evaluate.BillNumbers.of(bill)
    place = Target("law", "Omgevingswet", "1.1")
    resolution = SimpleNamespace(ref=None, status="amended", nodes=("art_1.1__point_B",), place=place)
    assert evaluate.structural(resolution, numbers) == {
        "scope": "law",
        "law": "Omgevingswet",
        "artikel": "1.1",
        "bill_nodes": [{"artikel": "1.1", "onderdeel": "B"}],
    }
    wft = evaluate.BillNumbers.of(
        load_bill(evaluate.BILLS / "wijzigingswet-financiele-markten-2013.yaml")
    )
    place = Target("law", "Wet op het financieel toezicht", "1:3a", lid="1")
    resolution = SimpleNamespace(ref=None, status="amended", nodes=("art_I__point_aA",), place=place)
    assert evaluate.structural(resolution, wft)["bill_nodes"] == [{"artikel": "I", "onderdeel": "aA"}]


def test_the_harness_scores_each_part_of_the_set():
    parts = {part: [d for d in DOCUMENTS if evaluate.in_part(d.id, part)] for part in evaluate.PARTS}
    split = sum(len(parts[p]) for p in evaluate.SPLIT)
    assert split == len(parts["all"]) == len(DOCUMENTS)
    assert len(parts["read"]) + len(parts["unseen"]) == len(DOCUMENTS)
    assert parts["held-out"] and all(d.id >= evaluate.HELD_OUT_FROM for d in parts["held-out"])
    assert len(parts["fresh"]) >= 15 and all(d.id >= evaluate.FRESH_FROM for d in parts["fresh"])


def test_a_reference_without_a_known_target_counts_for_spans_only():
    doc = next(d for d in DOCUMENTS if d.id.startswith("d18"))
    untargeted = [m for m in doc.mentions if m.untargeted]
    assert untargeted and all(m.scored_targets == [] for m in untargeted)
    report = evaluate.Report()
    found = [evaluate.Found(m.start, m.end, m.text, [{"scope": "bill", "artikel": "1.1"}])
             for m in untargeted]  # fmt: skip
    evaluate.score(doc, found, report)
    assert report.overall.span_hits == len(untargeted)
    assert report.overall.found_targets == 0 and report.overall.gold_targets == sum(
        len(m.targets) for m in doc.mentions if not m.negative and not m.untargeted
    )


def test_a_division_named_by_its_chapter_is_the_dotted_one():
    """The set labels nested divisions two ways: {hoofdstuk, afdeling, paragraaf} and the dotted number; one unit."""
    keyed = {"scope": "law", "law": "Besluit X", "hoofdstuk": "4", "afdeling": "1", "paragraaf": "3"}
    assert evaluate.matches(keyed, {"scope": "law", "law": "Besluit X", "paragraaf": "4.1.3"})
    assert not evaluate.matches(keyed, {"scope": "law", "law": "Besluit X", "paragraaf": "3"})
    roman = {"scope": "law", "law": "Gemeentewet", "hoofdstuk": "V", "paragraaf": "1"}
    assert not evaluate.matches(roman, {"scope": "law", "law": "Gemeentewet", "paragraaf": "V.1"})


def test_todays_figures(capsys):
    """Print the figures of every part; enforce the thresholds on the parts already read."""
    unseen = [d for d in DOCUMENTS if evaluate.in_part(d.id, "unseen")]
    if unseen:
        with capsys.disabled():
            print("\nunseen part of the real reference set (reported, not enforced):")
            print(evaluate.format_report(evaluate.evaluate(unseen)))
    read = [d for d in DOCUMENTS if evaluate.in_part(d.id, "read")]
    report = evaluate.evaluate(read)
    figures = report.overall.figures()
    with capsys.disabled():
        print("\nreal reference set (issue 15), today's resolver:")
        print(evaluate.format_report(report))
    assert report.overall.gold_spans == sum(
        1 for d in read for m in d.mentions if not m.negative
    )
    assert all(v is None or 0.0 <= v <= 1.0 for v in figures.values())
    if evaluate.ENFORCE_THRESHOLDS:
        assert figures["target_precision"] >= evaluate.TARGET_PRECISION_MIN
        assert figures["target_recall"] >= evaluate.TARGET_RECALL_MIN
