"""The reader process: a failure, a loop, a hang, a memory hog or a crash in one file is a one-line
refusal of that file, within its budget, and the next file is read as usual."""

from __future__ import annotations

import time

import pytest

from tests.inputs import jobs
from wetgen.inputs import RefusedInput
from wetgen.inputs.sandbox import Sandbox

MB = 1024 * 1024


@pytest.fixture
def sandbox():
    with Sandbox(256 * MB, grace=0.5) as box:
        box.start()  # so that the timings below do not hold a process start
        yield box


def _refused(sandbox: Sandbox, seconds: float, func, *args) -> tuple[str, float]:
    start = time.monotonic()
    with pytest.raises(RefusedInput) as raised:
        sandbox.run("f.pdf", seconds, func, *args)
    assert raised.value.path == "f.pdf" and "\n" not in raised.value.reason
    return raised.value.reason, time.monotonic() - start


def test_a_result_comes_back(sandbox):
    assert sandbox.run("f", 5, jobs.answer, 21) == 42
    assert sandbox.peak_bytes > 0


def test_a_python_loop_is_stopped_by_the_alarm_and_the_process_goes_on(sandbox):
    sandbox.run("f", 5, jobs.answer, 1)
    reason, took = _refused(sandbox, 1, jobs.spin)
    assert reason == "took longer than 1 s: refused" and took < 3
    assert sandbox.run("f", 5, jobs.answer, 2) == 4 and sandbox.started == 1  # not restarted


def test_code_that_holds_the_alarm_off_is_killed(sandbox):
    reason, took = _refused(sandbox, 1, jobs.stuck)
    assert reason == "took longer than 1 s: refused" and took < 5
    assert sandbox.run("f", 5, jobs.answer, 3) == 6 and sandbox.started == 2  # a new process


def test_memory_past_the_budget_is_refused(sandbox):
    reason, _ = _refused(sandbox, 10, jobs.hog, 1024)
    assert reason == "needs more than 256 MB of memory: refused"
    assert sandbox.run("f", 5, jobs.hog, 64) == 64 * MB  # within the budget


def test_a_crash_is_a_refusal(sandbox):
    reason, _ = _refused(sandbox, 5, jobs.crash)
    assert reason == "the reader was stopped (signal 11): refused"
    assert sandbox.run("f", 5, jobs.answer, 4) == 8


def test_an_error_is_one_line(sandbox):
    reason, _ = _refused(sandbox, 5, jobs.fail)
    assert reason == "unreadable (ValueError: bad value)"
