"""Time `wetgen build` to docx + akn on the 2,000-article bill, side by side with pandoc.

Run: python benchmarks/bench_build.py [--articles N] [--leden L] [--repeat R]
Needs the `bench` extra (pypandoc-binary) for the pandoc side.

In one run it:
1. generates the bill (benchmarks/generate_bill.py: N articles × L leden);
2. times wetgen: reading the YAML into the model, then rendering and writing the two .docx
   and the two .akn.xml files, with the strict schema validation the build always does;
3. renders the same bill to Markdown (`wetgen build --format md`) and times pandoc converting
   that Markdown to .docx;
4. prints both times (best and median of R runs), the ratio, and the peak memory of the
   process during the wetgen runs (resource.getrusage; lxml's C memory included), and
   finally the wall time of the whole CLI in a fresh process (interpreter start and imports).

Target (issue 1, §7): docx + akn for 2,000 articles in ≤ 1.5 s on the 2-core machine, at least
3× faster than pandoc, peak memory ≤ 500 MB.
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

from wetgen.build import build  # noqa: E402
from wetgen.loader import load_bill  # noqa: E402
from wetgen.render.akn import schema  # noqa: E402
from wetgen.render.text import render_markdown  # noqa: E402

TARGET_SECONDS, TARGET_RATIO, TARGET_MB = 1.5, 3.0, 500


def pandoc_convert(markdown_path: Path, out: Path) -> None:
    """Convert Markdown to .docx with the pandoc binary shipped in pypandoc-binary."""
    import pypandoc

    pypandoc.convert_file(str(markdown_path), "docx", format="markdown", outputfile=str(out))


def cli_wall(draft: Path, out_dir: Path) -> float:
    """Return the wall time of `wetgen build DRAFT --format docx,akn` in a fresh interpreter."""
    command = [sys.executable, "-m", "wetgen.cli.main", "build", str(draft), "-o", str(out_dir),
               "--format", "docx,akn"]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=HERE.parent)
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print the figures; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--leden", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="wetgen-bench-"))
    try:
        return run(work, args.articles, args.leden, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, articles: int, leden: int, repeat: int) -> int:
    """Do the measurements in folder `work`."""
    draft = work / "bill.yaml"
    draft.write_text(generate(articles, leden), encoding="utf-8")
    schema()  # loaded once per process, like every build after the first in a session
    bill = load_bill(draft)
    print(f"bill: {articles} articles × {leden} leden, {draft.stat().st_size / 1e6:.1f} MB of YAML")

    load_best, load_median, load_cpu = timed(repeat, lambda: load_bill(draft))
    render_best, render_median, render_cpu = timed(repeat, lambda: build(bill, work / "out", ("docx", "akn")))
    both_best, both_median, both_cpu = timed(
        repeat, lambda: build(load_bill(draft), work / "out", ("docx", "akn"))
    )
    peak = peak_rss_mb()
    sizes = {p.name.rsplit("-", 1)[-1]: p.stat().st_size for p in (work / "out").iterdir()}

    markdown_path = work / "bill.md"
    markdown_path.write_bytes(render_markdown(bill))
    pandoc_best, pandoc_median, pandoc_cpu = timed(
        repeat, lambda: pandoc_convert(markdown_path, work / "pandoc.docx")
    )
    cold = cli_wall(draft, work / "cold")

    ratio, cpu_ratio = pandoc_best / both_best, pandoc_cpu / both_cpu
    print(
        f"wetgen read YAML → model          best {load_best:6.3f} s   median {load_median:6.3f} s   CPU {load_cpu:6.3f} s"
    )
    print(
        f"wetgen render + write docx + akn  best {render_best:6.3f} s   median {render_median:6.3f} s   CPU {render_cpu:6.3f} s"
    )
    print(
        f"wetgen build docx + akn (total)   best {both_best:6.3f} s   median {both_median:6.3f} s   CPU {both_cpu:6.3f} s"
    )
    print(
        f"pandoc Markdown → docx            best {pandoc_best:6.3f} s   median {pandoc_median:6.3f} s   CPU {pandoc_cpu:6.3f} s"
    )
    print(f"ratio pandoc / wetgen             {ratio:6.1f}× wall, {cpu_ratio:.1f}× CPU")
    print(f"peak memory (RSS) of wetgen runs  {peak:6.0f} MB")
    print(
        f"CLI in a fresh process (cold)     {cold:6.3f} s wall, incl. interpreter start and imports"
    )
    print(
        "files: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in sorted(sizes.items()))
    )
    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, python {sys.version.split()[0]}")

    misses = []
    if both_best > TARGET_SECONDS:
        misses.append(f"build {both_best:.2f} s > {TARGET_SECONDS} s")
    if ratio < TARGET_RATIO:
        misses.append(f"ratio {ratio:.1f}× < {TARGET_RATIO}×")
    if peak > TARGET_MB:
        misses.append(f"peak {peak:.0f} MB > {TARGET_MB} MB")
    print("target: " + ("met" if not misses else "MISSED: " + "; ".join(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
