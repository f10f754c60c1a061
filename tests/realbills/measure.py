"""Print how far wetgen's wording is from the published wording of the real-bill cases.

    python tests/realbills/measure.py            # the wetgen on PYTHONPATH
    python tests/realbills/measure.py --diff     # and every differing run of words
    python tests/realbills/measure.py --raw      # without the documented layout differences

Per case: the words wetgen prints, how many of them differ from the published text (a word-level
diff), how many published words it does not print, and the warnings and errors of `wetgen check`
on the draft. The total line gives the
fraction of generated words that differ over all cases.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plain import cases, difference, findings  # noqa: E402


def main(argv: list[str]) -> int:
    """Print the figures of every case and the total; return 0."""
    show_diff, raw = "--diff" in argv, "--raw" in argv
    total_generated = total_differing = total_published = total_missing = total_findings = 0
    print(f"{'case':48} {'words':>6} {'differ':>6} {'share':>7} {'missing':>7} {'check':>5}")
    for case in cases():
        diff = difference(case, known=not raw)
        found = findings(case)
        total_generated += diff.generated
        total_differing += diff.differing
        total_published += diff.published
        total_missing += diff.missing
        total_findings += len(found)
        print(f"{case.name:48} {diff.generated:6} {diff.differing:6} {diff.fraction:7.1%} "
              f"{diff.missing:7} {len(found):5}")
        if show_diff:
            for op, published, generated in diff.opcodes:
                print(f"    {op:8} published: {published[:90]!r}\n             wetgen:    {generated[:90]!r}")
            for d in found:
                print(f"    check {d.code}: {d.message}")
    share = total_differing / total_generated if total_generated else 0.0
    print(f"{'total':48} {total_generated:6} {total_differing:6} {share:7.1%} {total_missing:7} {total_findings:5}")
    print(f"published words: {total_published}; not printed by wetgen: {total_missing / total_published:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
