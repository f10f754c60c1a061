"""The labelled reference set: precision and recall of assignment against the consulted bill."""

from __future__ import annotations

from pathlib import Path

import yaml

from wetgen.consult.analyse.analyser import Analyser

CASES = yaml.safe_load(
    Path(__file__).with_name("reference_phrasings.yaml").read_text(encoding="utf-8")
)["cases"]


def test_the_set_is_large_enough():
    assert len(CASES) >= 150


def test_precision_and_recall(bill, capsys):
    analyser = Analyser(bill)
    true_pos = false_pos = false_neg = 0
    misses = []
    for case in CASES:
        got = {a.node for a in analyser.analyse(case["text"]).assignments}
        want = set(case["expected"])
        true_pos += len(got & want)
        false_pos += len(got - want)
        false_neg += len(want - got)
        if got != want:
            misses.append(f"  {case['text']!r}: expected {sorted(want)}, got {sorted(got)}")
    precision = true_pos / max(true_pos + false_pos, 1)
    recall = true_pos / max(true_pos + false_neg, 1)
    with capsys.disabled():
        print(
            f"\nreference set: {len(CASES)} cases, precision {precision:.3f}, recall {recall:.3f}"
        )
        print("\n".join(misses))
    assert precision >= 0.95
    assert recall >= 0.9
