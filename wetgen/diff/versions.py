"""Reading the two sides of a diff: a draft file, or `path@gitrev` for a draft in git history."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from wetgen.errors import UsageError
from wetgen.loader import load_draft, load_text, require_bill
from wetgen.model import Bill

GIT_TIMEOUT = 30  # seconds


def parse_spec(spec: str) -> tuple[str, str]:
    """Split "path@rev" into (path, rev); a plain or existing path gives (path, "")."""
    if not spec:
        raise UsageError("empty draft name")
    if Path(spec).exists() or "@" not in spec:
        return spec, ""
    path, rev = spec.rsplit("@", 1)
    if not path or not rev:
        raise UsageError(f"{spec}: expected PATH@REVISION, such as drafts/x.yaml@HEAD~1")
    if rev.startswith("-"):
        raise UsageError(f"{spec}: a git revision cannot start with '-'")
    return path, rev


def load_version(spec: str) -> Bill:
    """Load the bill a spec names, from the working tree or from git; raise on any error."""
    path, rev = parse_spec(spec)
    result = load_draft(path) if not rev else load_text(git_show(path, rev), f"{path}@{rev}")
    return require_bill(result)


def git_show(path: str, rev: str) -> bytes:
    """Return the bytes of `path` at git revision `rev`, relative to the current directory."""
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    try:
        done = subprocess.run(
            ["git", "show", f"{rev}:./{relative}"],
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError as exc:
        raise UsageError("git is not installed; cannot read a draft at a revision") from exc
    except subprocess.TimeoutExpired as exc:
        raise UsageError(f"git show {rev}:{relative} took longer than {GIT_TIMEOUT} s") from exc
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = lines[0].removeprefix("fatal: ") if lines else f"git exited {done.returncode}"
        raise UsageError(f"{path}@{rev}: {reason}")
    return done.stdout

