"""The language of what the CLI prints for a drafter: `--lang en|nl`, by default the locale's.

The library makes its findings and errors as catalogue messages (`wetgen.messages`) in
English; the commands print them in the language chosen here. The choice lasts for one run of
`wetgen` (`run_guarded` starts each run from the locale again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

from wetgen.messages import LANGUAGES, language_from_env, localize, t

F = TypeVar("F", bound=Callable[..., object])
_chosen: list[str] = []


def current() -> str:
    """Return the language of this run: the one chosen with --lang, else the locale's."""
    return _chosen[-1] if _chosen else language_from_env()


def reset() -> None:
    """Forget the language chosen in an earlier run (the locale decides again)."""
    _chosen.clear()


def say(name: str, /, **args: object) -> str:
    """Return the CLI line `name` of the catalogue in the current language."""
    return localize(t(name, **args), current())


def text(message: object) -> str:
    """Return a finding's message, a hint or an error text in the current language."""
    return localize(message, current())


def lang_option(command: F) -> F:
    """Add `--lang en|nl` to a command."""

    def choose(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
        if value:
            _chosen.append(value)
        return current()

    return click.option(
        "--lang", type=click.Choice(LANGUAGES), default=None, expose_value=False, callback=choose,
        is_eager=True, help="Language of findings and errors: en or nl (default: from LANG/LC_ALL/LC_MESSAGES).",
    )(command)  # fmt: skip
