"""The real labelled reference set: well-formed labels, loadable skeletons, and today's figures."""

from __future__ import annotations

import pytest

from wetgen.loader import load_bill

from . import evaluate

DOCUMENTS = evaluate.load_documents()


def test_the_set_has_documents_about_several_bills():
    assert len(DOCUMENTS) >= 8
    assert len({doc.bill for doc in DOCUMENTS}) >= 6
    assert sum(len(doc.mentions) for doc in DOCUMENTS) >= 70


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda d: d.id)
def test_every_label_sits_at_its_span(doc):
    assert evaluate.problems(doc) == []
    assert doc.source["url"].startswith("https://")


@pytest.mark.parametrize("path", sorted({d.bill for d in DOCUMENTS}), ids=lambda p: p.stem)
def test_every_skeleton_loads(path):
    bill = load_bill(path)
    assert any(article.is_amending for article in bill.articles())


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


def test_todays_figures(capsys):
    report = evaluate.evaluate(DOCUMENTS)
    figures = report.overall.figures()
    with capsys.disabled():
        print("\nreal reference set (issue 15), today's resolver:")
        print(evaluate.format_report(report))
    assert report.overall.gold_spans == sum(
        1 for d in DOCUMENTS for m in d.mentions if not m.negative
    )
    assert all(v is None or 0.0 <= v <= 1.0 for v in figures.values())
    if evaluate.ENFORCE_THRESHOLDS:
        assert figures["target_precision"] >= evaluate.TARGET_PRECISION_MIN
        assert figures["target_recall"] >= evaluate.TARGET_RECALL_MIN
