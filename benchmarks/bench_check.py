"""Time `wetgen check` on the 2,000-article bill (5 leden each) from the generator.

Run: python benchmarks/bench_check.py [--articles N] [--repeat R]
Target (issue 2): checking the 2,000-article bill takes at most 1 s on the 2-core machine.
Both figures include reading the YAML and building the model; the second adds the strict
Akoma Ntoso validation that `wetgen check` runs on a draft without errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate_bill import generate  # noqa: E402
from timing import timed  # noqa: E402

from wetgen.check import check_file  # noqa: E402
from wetgen.render.akn import validate_bill  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "groot.yaml"
        draft.write_text(generate(args.articles, 5), encoding="utf-8")
        size = draft.stat().st_size / 1e6
        result = check_file(draft, when_clean=[validate_bill])
        errors = [d for d in result.diagnostics if d.severity.value == "error"]
        best, median, cpu = timed(args.repeat, lambda: check_file(draft))
        full_best, full_median, full_cpu = timed(args.repeat, lambda: check_file(draft, when_clean=[validate_bill]))
        tracemalloc.start()
        check_file(draft, when_clean=[validate_bill])
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    print(f"draft: {args.articles} articles x 5 leden, {size:.1f} MB YAML, {len(errors)} errors found")
    print(f"machine load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"load + structure, reference and Aanwijzingen rules: best {best:.3f} s "
          f"(CPU {cpu:.3f} s), median {median:.3f} s")
    print(f"as `wetgen check` runs it, with strict AKN validation: best {full_best:.3f} s "
          f"(CPU {full_cpu:.3f} s), median {full_median:.3f} s, peak {peak:.0f} MB")
    print(f"target <= 1.0 s: {'met' if full_best <= 1.0 else 'NOT met'}")
    return 0 if full_best <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
