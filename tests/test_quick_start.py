"""The README's quick start: two commands that install into their own virtual environment.

A current Debian or Ubuntu Python refuses `pip install` into itself ("externally managed
environment", PEP 668), so every install and every run in the quick start goes through
`.venv/`, and CI runs the README's test command verbatim.
"""

from __future__ import annotations

import re
import shlex

from tests.conftest import ROOT

VENV_STEP = ["python3", "-m", "venv", ".venv"]


def quick_start_commands() -> list[str]:
    """Return the shell commands of the README's quick start, one per ```sh block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def steps(command: str) -> list[list[str]]:
    """Split a one-line command into its `&&`-joined steps, each as shell words."""
    return [shlex.split(step) for step in command.split("&&")]


def test_the_quick_start_is_two_one_line_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)


def test_every_install_and_run_goes_through_the_virtual_environment():
    for command in quick_start_commands():
        first, *rest = steps(command)
        assert first == VENV_STEP, command
        assert rest, command
        for step in rest:
            assert step[0].startswith(".venv/bin/"), f"{shlex.join(step)} runs outside .venv"


def test_the_first_command_installs_and_builds_the_second_installs_and_tests():
    build, test = (steps(c) for c in quick_start_commands())
    assert build[1] == [".venv/bin/pip", "install", "-e", "."]
    assert build[-1] == [".venv/bin/wetgen", "build"]
    assert build[1] != test[1] and test[1][:3] == [".venv/bin/pip", "install", "-e"]
    assert test[1][3] == ".[test]"
    assert test[-1][:3] == [".venv/bin/python", "-m", "pytest"]


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = quick_start_commands()[1]
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in lines


def test_the_virtual_environment_is_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".venv/" in ignored
