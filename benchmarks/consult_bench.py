"""Time `wetgen consult` ingest + resolution + campaigns on 10,000 and 100,000 SYNTHETIC responses,
and the report made from that store (themes, key phrases, every format).

    python benchmarks/consult_bench.py            # both sizes, and the pairwise reference at 10,000
    python benchmarks/consult_bench.py --skip-pairwise --repeat 1
    python benchmarks/consult_bench.py --report-only 10000   # the report of a store made before
    nice python benchmarks/consult_bench.py --responses 100000 --responses 1000000  # ingest only

With --responses N (repeatable) only the ingest of those sizes is timed, once each unless
--repeat says otherwise, with the wall, CPU and peak memory of each phase of the ingest (its
progress tasks), and the growth between consecutive sizes is printed: the scale check
(1,000,000 responses within 4 GB for all processes together, time at most linear from 100,000).

Each size runs in its own process. Ingest analyses the responses (and finds the campaigns) on
one worker process per core: the CPU time of the workers is reported beside the main process's,
and the peak memory is that of all the processes together, sampled from /proc. The figures go
to docs/performance.md, section "Consultation". Targets: 100,000 responses in at most 60 s and
2 GB on 2 cores; the 100k time at most 12× the 10k time; campaign detection at least 50× faster
than the pairwise reference method at 10,000. Each size runs three times (--repeat) and the
best and median are reported.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out" / "bench-consult"
DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


class ProcessTree:
    """Samples this process and its descendants (ingest's workers) from /proc while it runs.

    The peak is the largest sum of their resident memory seen (shared library pages count
    once per process, so it errs high); the CPU time is the descendants' own.
    """

    def __init__(self, interval: float = 0.05) -> None:
        self.interval, self.peak_rss_mb, self.descendant_cpu = interval, 0.0, 0.0
        self.phases: list[dict] = []  # per phase begun with `phase`: wall, CPU, peak memory
        self._cpu: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ProcessTree:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.descendant_cpu = sum(self._cpu.values())
        self.phase("")

    def phase(self, label: str) -> None:
        """Close the current phase (its wall and CPU time) and begin one called `label`."""
        now, cpu = time.perf_counter(), time.process_time() + sum(self._cpu.values())
        if self.phases:
            last = self.phases[-1]
            last.update(wall=now - last.pop("start"), cpu=cpu - last.pop("cpu_start"))
        if label:
            self.phases.append({"phase": label, "start": now, "cpu_start": cpu, "peak_mb": 0.0,
                                "load": os.getloadavg()[0]})  # fmt: skip

    # the ingest's progress reports mark the phases
    def start(self, description: str, total: int | None) -> None:
        """Begin a phase at each progress task the ingest starts."""
        self.phase(description)

    def advance(self, steps: int = 1) -> None:
        """Ignore progress within a phase."""

    def _run(self) -> None:
        page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
        while True:
            stats = {}
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    except OSError:
                        continue  # the process ended meanwhile
                    # after the name: state ppid ... utime(12) stime(13) ... rss(22)
                    stats[int(entry.name)] = (
                        int(fields[1]),
                        int(fields[11]) + int(fields[12]),
                        int(fields[21]),
                    )
            tree = {os.getpid()}
            for _ in range(4):  # main → forkserver → workers
                tree |= {pid for pid, (ppid, _, _) in stats.items() if ppid in tree}
            rss = sum(stats[pid][2] for pid in tree if pid in stats) * page / 2**20
            self.peak_rss_mb = max(self.peak_rss_mb, rss)
            if self.phases:
                self.phases[-1]["peak_mb"] = max(self.phases[-1]["peak_mb"], rss)
            for pid in tree - {os.getpid()}:
                if pid in stats:
                    self._cpu[pid] = stats[pid][1] / tick
            if self._done.wait(self.interval):
                return


def run_one(n: int, ingest_only: bool = False) -> dict:
    """Ingest n responses into a fresh store; return wall and CPU times and the peak memory
    (and, unless `ingest_only`, campaign detection alone timed on the stored texts)."""
    from wetgen.consult.analyse.campaign_summary import campaign_text
    from wetgen.consult.analyse.campaigns import find_clusters
    from wetgen.consult.ingest import ingest
    from wetgen.loader import load_bill

    csv = OUT / f"consult-{n}.csv"
    db = OUT / f"consult-{n}.sqlite"
    for old in OUT.glob(f"consult-{n}.sqlite*"):
        old.unlink()
    bill = load_bill(DRAFT)
    wall, cpu = time.perf_counter(), time.process_time()
    with ProcessTree() as tree:
        report = ingest([csv], bill, db, progress=tree)
    result = {"phases": tree.phases, "n": n, "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
              "worker_cpu": tree.descendant_cpu, "peak_mb": tree.peak_rss_mb,
              "campaigns": report.campaigns, "in_campaigns": report.in_campaigns, "points": report.points}  # fmt: skip
    if ingest_only:
        return result
    import sqlite3

    conn = sqlite3.connect(db)
    texts = [
        campaign_text(t, []) for (t,) in conn.execute("SELECT text FROM responses ORDER BY seq")
    ]
    wall, cpu = time.perf_counter(), time.process_time()
    clusters = find_clusters(texts)
    result.update(campaign_wall=time.perf_counter() - wall, campaign_cpu=time.process_time() - cpu)
    (OUT / f"texts-{n}.pkl").write_bytes(pickle.dumps(texts))
    (OUT / f"fast-{n}.pkl").write_bytes(pickle.dumps(clusters))
    return result


def run_report(n: int) -> dict:
    """Build the public report of the n-response store and write every format; return the
    CPU time, wall time and peak memory of this process (the report uses no workers)."""
    import resource

    from wetgen.consult.publish.builder import assemble
    from wetgen.consult.publish.docx import render_docx
    from wetgen.consult.publish.html import render_html
    from wetgen.consult.publish.markdown import render_markdown
    from wetgen.consult.publish.xlsx import render_xlsx
    from wetgen.consult.store import open_store

    wall, cpu = time.perf_counter(), time.process_time()
    with open_store(OUT / f"consult-{n}.sqlite", create=False) as store:
        data = store.report_data()
    report = assemble(data, public=True)
    built = time.process_time() - cpu
    sizes = {
        f.__name__: len(f(report)) for f in (render_html, render_docx, render_markdown, render_xlsx)
    }
    return {"n": n, "report_wall": time.perf_counter() - wall, "report_cpu": time.process_time() - cpu,
            "build_cpu": built, "report_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rows": len(report.rows), "themes": sum(len(s.themes) for s in report.sections), **sizes}  # fmt: skip


def _print_report(r: dict) -> None:
    print(f"{r['n']:>7,} responses: report (build + html, docx, md, xlsx) {r['report_wall']:.1f} s wall, "
          f"{r['report_cpu']:.1f} s CPU (build {r['build_cpu']:.1f} s); peak {r['report_peak_mb']:.0f} MB; "
          f"{r['rows']} reactietabel rows, {r['themes']} themes")  # fmt: skip


def run_pairwise(n: int) -> dict:
    """Run the exact pairwise reference method on the n texts; compare with the fast result."""
    from wetgen.consult.analyse.reference_pairwise import pairwise_clusters

    texts = pickle.loads((OUT / f"texts-{n}.pkl").read_bytes())
    wall, cpu = time.perf_counter(), time.process_time()
    exact = pairwise_clusters(texts)
    result = {
        "pairwise_wall": time.perf_counter() - wall,
        "pairwise_cpu": time.process_time() - cpu,
    }
    fast = pickle.loads((OUT / f"fast-{n}.pkl").read_bytes())
    result["agree"] = fast == exact
    result["exact_clusters"] = len(exact)
    return result


def _child(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _sizes_given() -> list[int]:
    return [int(sys.argv[i + 1]) for i, arg in enumerate(sys.argv) if arg == "--responses"]


def scale(sizes: list[int]) -> None:
    """Time the ingest alone at each size (fresh store, own process); print time, memory and
    the growth from one size to the next."""
    from consult_generate import generate

    OUT.mkdir(parents=True, exist_ok=True)
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    results = {}
    for n in sizes:
        if not (OUT / f"consult-{n}.csv").exists():
            generate(n, OUT / f"consult-{n}.csv")
        load = os.getloadavg()[0]
        runs = sorted(
            (_child(["--ingest", str(n)]) for _ in range(repeat)), key=lambda r: r["wall"]
        )
        results[n] = best = runs[0]
        print(f"{n:>9,} responses (best of {repeat}; load {load:.1f} at the start): {best['wall']:.1f} s wall, "
              f"{best['cpu']:.1f} s CPU + {best['worker_cpu']:.1f} s CPU in workers; peak {best['peak_mb']:.0f} MB "
              f"(all processes); {best['points']:,} points; {best['campaigns']:,} campaigns "
              f"({best['in_campaigns']:,} responses)", flush=True)  # fmt: skip
        for phase in best["phases"]:
            print(f"    {phase['phase']:<24} {phase['wall']:7.1f} s wall, {phase['cpu']:7.1f} s CPU, "
                  f"peak {phase['peak_mb']:5.0f} MB, load {phase['load']:.1f} at its start")  # fmt: skip
    for small, large in zip(sizes, sizes[1:], strict=False):
        a, b = results[small], results[large]
        cpu = (b["cpu"] + b["worker_cpu"]) / (a["cpu"] + a["worker_cpu"])
        print(
            f"growth {small:,} → {large:,} ({large / small:.0f}× the responses): "
            f"{b['wall'] / a['wall']:.1f}× wall, {cpu:.1f}× CPU, {b['peak_mb'] / a['peak_mb']:.1f}× memory"
        )


def main() -> None:
    """Generate the sets, run each size in a child process, and print the table."""
    from consult_generate import generate

    if _sizes_given():
        scale(_sizes_given())
        return

    OUT.mkdir(parents=True, exist_ok=True)
    sizes = (10_000, 100_000)
    for n in sizes:
        if not (OUT / f"consult-{n}.csv").exists():
            generate(n, OUT / f"consult-{n}.csv")
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    results, medians = {}, {}
    for n in sizes:
        runs = sorted((_child(["--run", str(n)]) for _ in range(repeat)), key=lambda r: r["wall"])
        results[n], medians[n] = runs[0], runs[len(runs) // 2]["wall"]
    for n, r in results.items():
        print(f"{n:>7,} responses (best of {repeat}; median {medians[n]:.1f} s): ingest+resolution+campaigns "
              f"{r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU "
              f"+ {r['worker_cpu']:.1f} s CPU in worker processes; peak {r['peak_mb']:.0f} MB "
              f"(all processes); campaigns alone {r['campaign_wall']:.2f} s wall, "
              f"{r['campaign_cpu']:.2f} s CPU "
              f"({r['campaigns']} campaigns, {r['in_campaigns']} responses); {r['points']} points")  # fmt: skip
    small, large = results[sizes[0]], results[sizes[1]]
    cpu = {n: r["cpu"] + r["worker_cpu"] for n, r in results.items()}
    print(
        f"growth 10k → 100k: {large['wall'] / small['wall']:.1f}× wall (best), "
        f"{medians[sizes[1]] / medians[sizes[0]]:.1f}× wall (median), "
        f"{cpu[sizes[1]] / cpu[sizes[0]]:.1f}× CPU (all processes)"
    )
    for n in sizes:
        _print_report(_child(["--report", str(n)]))
    if "--skip-pairwise" not in sys.argv:
        pair = _child(["--pairwise", str(sizes[0])])
        speedup = pair["pairwise_cpu"] / small["campaign_cpu"]
        print(f"pairwise reference at 10,000: {pair['pairwise_wall']:.0f} s wall, {pair['pairwise_cpu']:.0f} s CPU; "
              f"fast method {speedup:.0f}× faster (CPU); same clusters: {pair['agree']}")  # fmt: skip


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
    elif len(sys.argv) == 3 and sys.argv[1] == "--ingest":
        print(json.dumps(run_one(int(sys.argv[2]), ingest_only=True)))
    elif len(sys.argv) == 3 and sys.argv[1] == "--run":
        print(json.dumps(run_one(int(sys.argv[2]))))
    elif len(sys.argv) == 3 and sys.argv[1] == "--pairwise":
        print(json.dumps(run_pairwise(int(sys.argv[2]))))
    elif len(sys.argv) == 3 and sys.argv[1] == "--report":
        print(json.dumps(run_report(int(sys.argv[2]))))
    elif len(sys.argv) == 3 and sys.argv[1] == "--report-only":
        _print_report(_child(["--report", sys.argv[2]]))
    else:
        main()
