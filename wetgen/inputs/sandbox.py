"""A reader process: untrusted files are parsed one at a time in a separate process that has a
memory cap (RLIMIT_AS), an alarm at each file's time budget, and is killed when the alarm
cannot stop it.

Why a process and not cooperative checks alone: the parsers that do the work (pdfminer,
lxml, zlib, the email package) run loops we cannot reach — an object that refers to itself, one
`zlib.decompress` of a gigabyte, a recursive parser — so only a process can be stopped at any
point and have its memory capped without touching the ingest. Why not threads: a thread cannot
be stopped and would leak on the 2-core machine. The readers still check a `Deadline` in their
own loops (pages, rows, attachments), so a long but honest file stops early with what it has;
the alarm (SIGALRM in the reader, which runs only its main thread) stops a runaway Python loop
and keeps the process for the next file; the kill is the backstop for C code. Nothing runs in
the background: the ingest waits on the pipe with a timeout, and the one reader process ends
with the Sandbox.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from typing import Any

from wetgen.inputs.limits import RefusedInput, describe, megabytes

_GRACE = 5.0  # seconds the process gets beyond a file's budget before it is killed


class Sandbox:
    """Run reader functions in one worker process, each call within a time and memory budget."""

    def __init__(self, memory_bytes: int, preload: tuple[str, ...] = (), grace: float = _GRACE) -> None:
        self.memory_bytes = memory_bytes
        self.preload = preload
        self.grace = grace
        self.peak_bytes = 0  # the largest resident size the reader process reached
        self.started = 0  # how many reader processes were started (one, unless some were killed)
        self._process: Any = None
        self._conn: Any = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, where: str, seconds: float, func: Callable[..., Any], *args: Any) -> Any:
        """Return func(*args) computed in the reader process, or raise RefusedInput when it
        fails, needs more memory than allowed or takes longer than `seconds`."""
        self.start()
        job = (where, seconds, func, args)
        try:
            self._conn.send(job)
        except (OSError, ValueError):  # the process died between two files: start a new one
            self._stop()
            self.start()
            self._conn.send(job)
        if not self._conn.poll(seconds + self.grace):
            self._stop()
            raise RefusedInput(where, f"took longer than {seconds:.0f} s: refused")
        try:
            status, value, peak = self._conn.recv()
        except (EOFError, OSError):
            code = self._stop()
            if code is not None and code < 0:
                raise RefusedInput(where, f"the reader was stopped (signal {-code}): refused") from None
            raise RefusedInput(where, "the reader stopped: refused") from None
        self.peak_bytes = max(self.peak_bytes, peak)
        if status == "ok":
            return value
        if status == "memory":
            self._stop()  # start afresh: a heap that hit its cap may stay fragmented
            raise RefusedInput(where, f"needs more than {megabytes(self.memory_bytes)} of memory: refused")
        if status == "refused":
            raise value
        raise RefusedInput(where, f"unreadable ({value})")

    def close(self) -> None:
        """End the reader process."""
        if self._process is not None:
            try:
                self._conn.send(None)
            except (OSError, ValueError):
                pass
            self._process.join(timeout=2)
            self._stop()

    def start(self) -> None:
        """Start the reader process now, if it is not running (run() starts it when needed)."""
        if self._process is not None and self._process.is_alive():
            return
        self._stop()
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        parent, child = context.Pipe()
        self._process = context.Process(
            target=serve, args=(child, self.memory_bytes, self.preload), daemon=True,
            name="wetgen-reader",
        )  # fmt: skip
        self._process.start()
        self.started += 1
        child.close()
        self._conn = parent

    def _stop(self) -> int | None:
        """Kill the reader process if it still runs; return its exit code."""
        process, self._process = self._process, None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if process is None:
            return None
        if process.is_alive():
            process.kill()
        process.join()
        return process.exitcode


class OutOfTime(BaseException):
    """A file's time is up (raised by the alarm; a BaseException, so that a parser's
    `except Exception` cannot swallow it)."""


def _alarm(signum: int, frame: object) -> None:
    raise OutOfTime


def serve(conn: Any, memory_bytes: int, preload: tuple[str, ...]) -> None:
    """The reader process: import the readers, cap memory, then answer calls until told to stop.

    Each call runs under an alarm at its time budget, which stops any Python loop (an object
    that refers to itself, a parser going round) with a clean refusal and keeps the process for
    the next file; the kill in Sandbox.run is for code that holds the alarm off (C code)."""
    for name in preload:
        importlib.import_module(name)
    cap_memory(memory_bytes)
    signal.signal(signal.SIGALRM, _alarm)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        where, seconds, func, args = job
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            answer: tuple[str, Any] = ("ok", func(*args))
        except RefusedInput as exc:
            answer = ("refused", exc)
        except MemoryError:
            answer = ("memory", None)
        except OutOfTime:
            answer = ("refused", RefusedInput(where, f"took longer than {seconds:.0f} s: refused"))
        except Exception as exc:  # any failure inside one file is that file's problem
            answer = ("failed", describe(exc))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        try:
            conn.send((*answer, peak))
        except MemoryError:
            conn.send(("memory", None, peak))


def cap_memory(budget: int) -> None:
    """Cap this process's address space at what it uses now plus `budget` (Linux; elsewhere the
    time budget alone applies)."""
    try:
        with open("/proc/self/statm") as handle:
            used = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (used + budget, used + budget))
    except (OSError, ValueError, AttributeError):
        pass
