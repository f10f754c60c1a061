"""The campaign kernel compiles once per installation, visibly, and never stops an ingest.

numba compiles `lsh_kernel` on first use (about 10 s) and caches the machine code; the first
ingest shows that step on the progress bar, later processes load the cached code, and a
machine where no cache folder is writable compiles in memory instead of failing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from wetgen.consult.analyse import kernel_warmup
from wetgen.consult.ingest import ingest

from .conftest import DRAFT, ROOT, SAMPLE

RUN = """
import json
from wetgen.consult.analyse import lsh_kernel
from wetgen.consult.analyse.campaign_summary import summarise_campaigns
from wetgen.consult.analyse.kernel_warmup import prepare_campaign_search

class Recorder:
    def __init__(self):
        self.tasks = []
    def start(self, description, total):
        self.tasks.append(description)
    def advance(self, steps=1):
        pass

def signatures():
    return {k.__name__: len(k.signatures) for k in lsh_kernel.KERNELS}

cached_before = lsh_kernel.is_cached()
progress = Recorder()
prepare_campaign_search(progress)
prepared = signatures()
base = "wij vragen de regering de voorrang voor vergunninghouders te heroverwegen want"
texts = [f"{base} de wachtlijsten in gemeente {i % 3} zijn lang en de woningnood is groot"
         for i in range(12)] + ["een korte eigen reactie over artikel 28a van deze wet"]
found = summarise_campaigns(texts, [1] * len(texts), list(range(len(texts))), progress)
print(json.dumps({
    "cached_before": cached_before,
    "tasks": progress.tasks,
    "compiled_by_the_run": {k: n for k, n in signatures().items() if n != prepared[k]},
    "misses": sum(sum(k.stats.cache_misses.values()) for k in lsh_kernel.KERNELS),
    "hits": sum(sum(k.stats.cache_hits.values()) for k in lsh_kernel.KERNELS),
    "campaigns": len(found),
    "cached_after": lsh_kernel.is_cached(),
}))
"""


def run(code: str, **env: str) -> dict:
    """Run `code` in a fresh Python process with extra environment; return its JSON output."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    for name in ("NUMBA_CACHE_DIR", "NUMBA_CACHE_LOCATOR_CLASSES"):
        if name not in env:
            environment.pop(name, None)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environment, timeout=600, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_first_process_compiles_visibly_and_the_next_loads_from_the_cache(tmp_path):
    cache = str(tmp_path / "numba-cache")
    first = run(RUN, NUMBA_CACHE_DIR=cache)
    assert first["cached_before"] is False
    assert first["tasks"] == [kernel_warmup.PREPARE, "Campagnes zoeken", "Campagnes samenvatten"]
    assert first["compiled_by_the_run"] == {}  # the warm-up compiled what ingest uses
    assert first["misses"] > 0 and first["campaigns"] == 1
    assert first["cached_after"] is True
    second = run(RUN, NUMBA_CACHE_DIR=cache)
    assert second["cached_before"] is True
    assert second["tasks"] == ["Campagnes zoeken", "Campagnes samenvatten"]
    assert second["misses"] == 0 and second["hits"] >= 4
    assert second["campaigns"] == 1


def test_without_a_writable_cache_folder_the_kernel_compiles_in_memory(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    code = """
import json
import numpy as np
from wetgen.consult.analyse import lsh_kernel
from wetgen.consult.analyse.campaigns import jaccard
a, b = np.array([1, 2, 3], dtype=np.uint64), np.array([2, 3, 4], dtype=np.uint64)
print(json.dumps({"cache": str(lsh_kernel.cache_folder()), "cached": lsh_kernel.is_cached(),
                  "jaccard": jaccard(a, b)}))
"""
    # only the NUMBA_CACHE_DIR locator, pointed below a file: no folder can be made
    result = run(code, NUMBA_CACHE_DIR=str(blocked / "cache"),
                 NUMBA_CACHE_LOCATOR_CLASSES="UserProvidedCacheLocator")  # fmt: skip
    assert result == {"cache": "None", "cached": False, "jaccard": 0.5}


class Recorder:
    """A progress sink that remembers the task names."""

    def __init__(self) -> None:
        self.tasks: list[str] = []

    def start(self, description: str, total: int | None) -> None:
        self.tasks.append(description)

    def advance(self, steps: int = 1) -> None:
        pass


def test_ingest_shows_the_preparation_only_when_the_kernel_is_not_cached(bill, tmp_path,
                                                                        monkeypatch):  # fmt: skip
    source = SAMPLE / "export-internetconsultatie.csv"
    monkeypatch.setattr(kernel_warmup, "is_cached", lambda: False)
    cold = Recorder()
    ingest([source], bill, tmp_path / "a.sqlite", bill_path=str(DRAFT), progress=cold)
    assert kernel_warmup.PREPARE in cold.tasks
    assert cold.tasks.index(kernel_warmup.PREPARE) < cold.tasks.index("Reacties analyseren")
    monkeypatch.setattr(kernel_warmup, "is_cached", lambda: True)
    warm = Recorder()
    ingest([source], bill, tmp_path / "b.sqlite", bill_path=str(DRAFT), progress=warm)
    assert kernel_warmup.PREPARE not in warm.tasks and "Campagnes zoeken" in warm.tasks


def test_the_cache_check_reads_numba_index_files_newer_than_the_source(tmp_path, monkeypatch):
    from wetgen.consult.analyse import lsh_kernel

    assert lsh_kernel.index_is_fresh(tmp_path, "minhash") is False
    index = tmp_path / "lsh_kernel.minhash-52.py311.nbi"
    index.write_bytes(b"")
    assert lsh_kernel.index_is_fresh(tmp_path, "minhash") is True
    old = Path(lsh_kernel.__file__).stat().st_mtime - 60
    os.utime(index, (old, old))  # the source changed after the index was written
    assert lsh_kernel.index_is_fresh(tmp_path, "minhash") is False
