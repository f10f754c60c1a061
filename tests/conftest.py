"""Shared fixtures: paths to the default draft and a CLI runner that never swallows tracebacks."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import settings

from wetgen.cli.main import main

# The suite is deterministic: the same examples on every machine and every run, so CI cannot
# pass or fail by luck. `HYPOTHESIS_PROFILE=explore` searches new examples (and keeps failures).
settings.register_profile("default", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DRAFT_DIR = ROOT / "drafts" / "huisvesting-vergunninghouders"


@pytest.fixture
def run_cli(monkeypatch):
    """Run `wetgen ARGS` in-process from the repository root; return (code, stdout, stderr)."""

    def run(*args: str, cwd: Path = ROOT) -> tuple[int, str, str]:
        monkeypatch.chdir(cwd)
        monkeypatch.setenv("NO_COLOR", "1")
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(list(args))
        return code, out.getvalue(), err.getvalue()

    return run


@pytest.fixture(scope="session")
def versions():
    """The default draft's consultatieversie and the version after consultation, loaded once."""
    from wetgen.loader import load_bill

    return (
        load_bill(DEFAULT_DRAFT_DIR / "01-consultatieversie.yaml"),
        load_bill(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml"),
    )


def default_versions() -> list[Path]:
    """Return every YAML version of the default draft."""
    return sorted(DEFAULT_DRAFT_DIR.glob("*.yaml"))


