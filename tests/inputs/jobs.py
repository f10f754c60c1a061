"""Jobs for the reader process in the sandbox tests (they must be importable by the child)."""

from __future__ import annotations

import os
import signal
import time


def answer(value: int) -> int:
    """Return the value: the process is alive and well."""
    return value * 2


def spin() -> None:
    """Loop in Python for ever (an object that refers to itself)."""
    while True:
        pass


def stuck() -> None:
    """Hold the alarm off and sleep, as C code that never returns to Python would."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)


def hog(megabytes: int) -> int:
    """Allocate `megabytes` and touch them."""
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def crash() -> None:
    """Die by a signal, as a parser with a bug in C would."""
    os.kill(os.getpid(), signal.SIGSEGV)


def fail() -> None:
    """Raise an ordinary error with a multi-line message."""
    raise ValueError("bad value\nsecond line")
