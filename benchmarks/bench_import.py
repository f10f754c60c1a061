"""Time `wetgen import` of a 2,000-article Word bill, side by side with pandoc's docx → Markdown.

Run: python benchmarks/bench_import.py [--articles N] [--leden L] [--repeat R]
Needs the `bench` extra (pypandoc-binary) for the pandoc side.

In one run it:
1. generates the bill (benchmarks/generate_bill.py: N articles × L leden) and renders it to a
   .docx with `wetgen build` (the Word file a drafter would have);
2. times wetgen reading that .docx into the model (open the package, replay the numbering,
   read the blocks, recognise the structure), and the same plus writing the draft YAML;
3. times pandoc converting the same .docx to Markdown;
4. prints both (best and median of R runs), the ratio, the peak memory, the counts found, and
   the wall time of `wetgen import` in a fresh process.

Target (issue 13): the import of a 2,000-article .docx in ≤ 1 s and faster than pandoc. The
machine is shared by several processes, so each step is timed in wall time and in CPU time (the
process's own for wetgen, the child's for pandoc); the target is checked on CPU time, which is
what the wall time is on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate_bill import generate  # noqa: E402
from timing import peak_rss_mb, timed  # noqa: E402

from wetgen.importer import import_data  # noqa: E402
from wetgen.importer.draft import draft_text  # noqa: E402
from wetgen.loader import load_text  # noqa: E402
from wetgen.render.docx import render_bill_docx  # noqa: E402

TARGET_SECONDS = 1.0


def pandoc_to_markdown(docx_path: Path, out: Path) -> None:
    """Convert .docx to Markdown with the pandoc binary shipped in pypandoc-binary."""
    import pypandoc

    pypandoc.convert_file(str(docx_path), "markdown", format="docx", outputfile=str(out))


def cli_wall(docx_path: Path, draft: Path) -> float:
    """Return the wall time of `wetgen import FILE -o DRAFT` in a fresh interpreter."""
    command = [sys.executable, "-m", "wetgen.cli.main", "import", str(docx_path), "-o", str(draft)]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=HERE.parent)
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print the figures; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--leden", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wetgen-bench-import-"))
    try:
        return run(work, args.articles, args.leden, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, articles: int, leden: int, repeat: int) -> int:
    """Do the measurements in folder `work`."""
    bill = load_text(generate(articles, leden).encode()).bill
    assert bill is not None
    data = render_bill_docx(bill)
    docx_path = work / "bill.docx"
    docx_path.write_bytes(data)
    print(f"bill: {articles} articles × {leden} leden, .docx of {len(data) / 1e6:.1f} MB")

    result = import_data(data, "bill.docx")
    import_best, import_median, import_cpu = timed(repeat, lambda: import_data(data, "bill.docx"))
    full_best, full_median, full_cpu = timed(
        repeat, lambda: draft_text(import_data(data, "bill.docx"), "bill.docx")
    )
    peak = peak_rss_mb()
    pandoc_best, pandoc_median, pandoc_cpu = timed(repeat, lambda: pandoc_to_markdown(docx_path, work / "p.md"))
    cold = cli_wall(docx_path, work / "bill.yaml")

    ratio, cpu_ratio = pandoc_best / import_best, pandoc_cpu / import_cpu
    print(f"wetgen import .docx → model          best {import_best:6.3f} s   median {import_median:6.3f} s   CPU {import_cpu:6.3f} s")
    print(f"  the same + draft YAML, loaded back  best {full_best:6.3f} s   median {full_median:6.3f} s   CPU {full_cpu:6.3f} s")
    print(f"pandoc .docx → Markdown              best {pandoc_best:6.3f} s   median {pandoc_median:6.3f} s   CPU {pandoc_cpu:6.3f} s")
    print(f"ratio pandoc / wetgen                {ratio:6.1f}× wall, {cpu_ratio:.1f}× CPU")
    print(f"peak memory (RSS)                    {peak:6.0f} MB")
    print(f"wetgen import in a fresh process     {cold:6.3f} s wall, incl. interpreter start and imports")
    print(f"found: {result.stats.summary()}")
    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, python {sys.version.split()[0]}")

    misses = []
    if import_cpu > TARGET_SECONDS:
        misses.append(f"import {import_cpu:.2f} s CPU > {TARGET_SECONDS} s")
    if cpu_ratio < 1.0:
        misses.append(f"slower than pandoc ({cpu_ratio:.1f}×)")
    if result.stats.articles != articles:
        misses.append(f"found {result.stats.articles} articles of {articles}")
    print("target: " + ("met" if not misses else "MISSED: " + "; ".join(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
