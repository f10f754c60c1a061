"""Ingest a hostile corpus the way `wetgen consult ingest` does, in a process of its own, and
write what it cost: `python -m tests.consult.hostile.run_ingest BATCH STORE RESULT.json`.

The ingest runs in this process (so its peak memory is this process's), reads through the
reader process (which reports its own peak), prints through the CLI's printer, and records
the seconds each file took. The test (test_corpus.py) reads RESULT.json.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from wetgen.cli.consult import print_ingest
from wetgen.consult.ingest import Versions, store_batch
from wetgen.consult.read.collect import collect
from wetgen.consult.store import open_store
from wetgen.inputs import Limits
from wetgen.loader import load_bill

ROOT = Path(__file__).resolve().parents[3]
DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"
LIMITS = Limits(seconds_per_file=5.0, seconds_per_table=60.0, max_text_chars=200_000,
                memory_bytes=512 * 1024 * 1024)  # fmt: skip


def main(batch: Path, db: Path, result: Path) -> int:
    """Ingest `batch` into `db`; write the figures to `result`; return the CLI's exit code."""
    bill = load_bill(DRAFT)
    read = collect([batch], limits=LIMITS)
    with open_store(db) as store:
        report = store_batch(store, read, Versions(bill, str(DRAFT)))
    code = print_ingest(report, db)
    result.write_text(json.dumps({
        "code": code,
        "seconds": read.seconds,
        "reader_peak_bytes": read.reader_peak_bytes,
        "peak_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "problems": [[p.source, p.message, p.severity] for p in report.problems],
        "limits": {"seconds_per_file": LIMITS.seconds_per_file,
                   "seconds_per_table": LIMITS.seconds_per_table,
                   "memory_bytes": LIMITS.memory_bytes},
    }, ensure_ascii=True), encoding="utf-8")  # fmt: skip
    return code


if __name__ == "__main__":
    sys.exit(main(*map(Path, sys.argv[1:4])))
