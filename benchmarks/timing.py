"""The clocks every benchmark reads: best and median wall time, best CPU time, peak memory."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable


def cpu_now() -> float:
    """Return the CPU time used so far by this process and its finished children: unlike
    wall time, it hardly grows when other work shares the machine."""
    usage = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def timed(repeat: int, work: Callable[[], object]) -> tuple[float, float, float]:
    """Return the best and the median wall time and the best CPU time (own and children's) of
    `repeat` runs of `work`: on a shared machine the CPU time is what an idle one would take."""
    times, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), cpu_now()
        work()
        times.append(time.perf_counter() - start)
        cpus.append(cpu_now() - cpu)
    return min(times), statistics.median(times), min(cpus)


def cpu_of(work: Callable[[], object]) -> float:
    """Return the CPU time (own and children's) of one run of `work`."""
    start = cpu_now()
    work()
    return cpu_now() - start


def peak_rss_mb() -> float:
    """Return this process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)
