"""The messages a drafter reads, in English and Dutch, from one catalogue.

Every finding and error a draft can give is a template in `catalogue.yaml`, grouped by its
code (`SCH001`, `AR009`, …) with an English and a Dutch text; hints, the words used inside
messages (terms) and the command line's own lines have sections of their own. The library makes
a `Message`: a `str` holding the English text that also remembers its key and arguments, so
that the CLI can print it in the language the user chose (`localize`), and every place that
treats it as a string keeps working.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"
CATALOGUE_PATH = Path(__file__).with_name("catalogue.yaml")
# The sections of the catalogue that are not codes: their keys are "<section>.<name>".
SECTIONS = ("hint", "term", "cli")
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


class Message(str):
    """A message in English that can be shown in another language: its key and arguments kept."""

    key: str
    args: dict[str, object]

    def __new__(cls, key: str, args: Mapping[str, object]) -> Message:
        text = _fill(template(key, DEFAULT_LANGUAGE), args, DEFAULT_LANGUAGE)
        made = super().__new__(cls, text)
        made.key, made.args = key, dict(args)
        return made

    def __reduce__(self):  # keep key and arguments when pickled (findings cross processes)
        return (Message, (self.key, self.args))

    @property
    def code(self) -> str:
        """Return the code the message belongs to ("SCH001"), or "" for hints and terms."""
        head = self.key.partition(".")[0]
        return "" if head in SECTIONS else head


def t(name: str, /, **args: object) -> Message:
    """Return the message `name` ("SCH001.unknown-key") filled with `args`, in English."""
    return Message(name, args)


def localize(text: object, language: str) -> str:
    """Return `text` in `language`: a Message from the catalogue, anything else unchanged."""
    if not isinstance(text, Message) or language == DEFAULT_LANGUAGE:
        return str(text)
    return _fill(template(text.key, language), text.args, language)


def template(key: str, language: str) -> str:
    """Return the template of a message in a language; raise KeyError for an unknown key."""
    return entries()[key][language]


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    """Return the language the locale asks for: "nl" when LC_ALL, LC_MESSAGES or LANG (the
    first one set) starts with "nl", else "en"."""
    env = os.environ if environ is None else environ
    value = next((env[name] for name in _LOCALE_VARIABLES if env.get(name)), "")
    return "nl" if value.lower().startswith("nl") else DEFAULT_LANGUAGE


@cache
def entries() -> dict[str, dict[str, str]]:
    """Return every message of the catalogue by key, with its text per language."""
    found: dict[str, dict[str, str]] = {}
    for section, messages in catalogue().items():
        for name, texts in messages.items():
            if name != "title":
                found[f"{section}.{name}"] = texts
    return found


@cache
def catalogue() -> dict[str, dict[str, dict[str, str]]]:
    """Return the catalogue as read: section (a code, hint, term or cli) → name → language → text."""
    return yaml.load(CATALOGUE_PATH.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


def codes() -> dict[str, dict[str, str]]:
    """Return each code of the catalogue with its title per language (what the code is about)."""
    return {code: section["title"] for code, section in catalogue().items() if code not in SECTIONS}


def placeholders(text: str) -> set[str]:
    """Return the names of the placeholders in a template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _fill(text: str, args: Mapping[str, object], language: str) -> str:
    return text.format_map({name: localize(value, language) for name, value in args.items()})
