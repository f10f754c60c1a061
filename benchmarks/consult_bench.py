"""Time `wetgen consult` ingest + resolution + campaigns on 10,000 and 100,000 SYNTHETIC responses.

    python benchmarks/consult_bench.py            # both sizes, and the pairwise reference at 10,000
    python benchmarks/consult_bench.py --skip-pairwise

Each size runs in its own process (so the peak memory is that run's alone; ingest analyses the
responses on one worker process per core, whose CPU time and peak memory are reported
beside the main process's). The figures go to
docs/performance.md, section "Consultation". Targets: 100,000 responses in at most 60 s and
2 GB on 2 cores; the 100k time at most 12× the 10k time; campaign detection at least 50×
faster than the pairwise reference method at 10,000.
"""

from __future__ import annotations

import json
import pickle
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out" / "bench-consult"
DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def run_one(n: int) -> dict:
    """Ingest n responses into a fresh store; return wall and CPU times and the peak memory."""
    from wetgen.consult.campaigns import find_clusters
    from wetgen.consult.ingest import campaign_text, ingest
    from wetgen.loader import load_bill

    csv = OUT / f"consult-{n}.csv"
    db = OUT / f"consult-{n}.sqlite"
    for old in OUT.glob(f"consult-{n}.sqlite*"):
        old.unlink()
    bill = load_bill(DRAFT)
    wall, cpu = time.perf_counter(), time.process_time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = ingest([csv], bill, db)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {"n": n, "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
              "worker_cpu": workers.ru_utime + workers.ru_stime - before.ru_utime - before.ru_stime,
              "worker_peak_mb": workers.ru_maxrss / 1024,
              "campaigns": report.campaigns, "in_campaigns": report.in_campaigns, "points": report.points}  # fmt: skip
    import sqlite3

    conn = sqlite3.connect(db)
    texts = [
        campaign_text(t, []) for (t,) in conn.execute("SELECT text FROM responses ORDER BY seq")
    ]
    wall, cpu = time.perf_counter(), time.process_time()
    clusters = find_clusters(texts)
    result.update(campaign_wall=time.perf_counter() - wall, campaign_cpu=time.process_time() - cpu)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (OUT / f"texts-{n}.pkl").write_bytes(pickle.dumps(texts))
    (OUT / f"fast-{n}.pkl").write_bytes(pickle.dumps(clusters))
    return result


def run_pairwise(n: int) -> dict:
    """Run the exact pairwise reference method on the n texts; compare with the fast result."""
    from wetgen.consult.reference_pairwise import pairwise_clusters

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


def main() -> None:
    """Generate the sets, run each size in a child process, and print the table."""
    from consult_generate import generate

    OUT.mkdir(parents=True, exist_ok=True)
    sizes = (10_000, 100_000)
    for n in sizes:
        if not (OUT / f"consult-{n}.csv").exists():
            generate(n, OUT / f"consult-{n}.csv")
    results = {n: _child(["--run", str(n)]) for n in sizes}
    for n, r in results.items():
        print(f"{n:>7,} responses: ingest+resolution+campaigns {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU "
              f"+ {r['worker_cpu']:.1f} s CPU in worker processes; peak {r['peak_mb']:.0f} MB "
              f"(+ {r['worker_peak_mb']:.0f} MB per worker); campaigns alone {r['campaign_wall']:.2f} s wall, "
              f"{r['campaign_cpu']:.2f} s CPU "
              f"({r['campaigns']} campaigns, {r['in_campaigns']} responses); {r['points']} points")  # fmt: skip
    small, large = results[sizes[0]], results[sizes[1]]
    print(
        f"growth 10k → 100k: {large['wall'] / small['wall']:.1f}× wall, {large['cpu'] / small['cpu']:.1f}× CPU"
    )
    if "--skip-pairwise" not in sys.argv:
        pair = _child(["--pairwise", str(sizes[0])])
        speedup = pair["pairwise_cpu"] / small["campaign_cpu"]
        print(f"pairwise reference at 10,000: {pair['pairwise_wall']:.0f} s wall, {pair['pairwise_cpu']:.0f} s CPU; "
              f"fast method {speedup:.0f}× faster (CPU); same clusters: {pair['agree']}")  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--run":
        print(json.dumps(run_one(int(sys.argv[2]))))
    elif len(sys.argv) == 3 and sys.argv[1] == "--pairwise":
        print(json.dumps(run_pairwise(int(sys.argv[2]))))
    else:
        main()
