"""Item 5 of issue 17: the messages a drafter reads exist in English and Dutch, with the same
codes; `--lang nl` (or a Dutch locale) prints them in Dutch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wetgen.messages import LANGUAGES, codes, entries, language_from_env, localize, placeholders, t

WETGEN = Path(__file__).resolve().parents[2] / "wetgen"
CALL = re.compile(r"""\b(?:t|say)\(\s*f?["']([A-Za-z0-9.-]+)["']""")


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, texts in entries().items():
        assert set(texts) == set(LANGUAGES), key
        assert placeholders(texts["en"]) == placeholders(texts["nl"]), key


def test_every_message_the_code_asks_for_is_in_the_catalogue():
    known = set(entries())
    asked = {m.group(1) for path in WETGEN.rglob("*.py") for m in CALL.finditer(path.read_text(encoding="utf-8"))}
    literal = {key for key in asked if not key.endswith((".", "-"))}
    assert literal, "no calls found: the pattern is wrong"
    assert literal <= known, sorted(literal - known)


def test_a_message_keeps_its_code_in_both_languages():
    message = t("SCH001.unknown-key", key="tekts", what="artikel", also="")
    assert message.code == "SCH001"
    assert message == "unknown key 'tekts' in artikel"
    assert localize(message, "nl") == "onbekende sleutel 'tekts' in artikel"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "nl_NL.UTF-8"}, "nl"), ({"LANG": "en_GB.UTF-8"}, "en"), ({}, "en"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"), ({"LC_MESSAGES": "nl_BE"}, "nl"),
])  # fmt: skip
def test_the_default_language_follows_the_locale(env, expected):
    assert language_from_env(env) == expected


def test_every_code_has_a_title_in_both_languages():
    for code, title in codes().items():
        assert title.get("en") and title.get("nl"), code


def test_check_speaks_dutch_with_the_same_codes(run_cli, variant):
    path = variant(("bedoeld in het vijfde lid, wordt niet eerder", "bedoeld in lid 5, wordt niet eerder"))
    _, english, _ = run_cli("check", "--lang", "en", str(path))
    code, dutch, err = run_cli("check", "--lang", "nl", str(path))
    assert code == 1
    assert "[AR009]" in english and "[AR009]" in dutch
    assert "avoid" in english and "vermijd" in dutch.lower(), dutch
    assert "waarschuwing[AR009]" in dutch and "gecontroleerd" in err


def test_the_locale_chooses_dutch_without_the_option(run_cli, monkeypatch, tmp_path):
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    code, _, err = run_cli("check", str(tmp_path / "geen.yaml"))
    assert code == 2 and "bestaat niet" in err, err


def test_build_speaks_dutch_when_the_draft_is_invalid(run_cli, variant, tmp_path):
    path = variant(("citeertitel: Wet uitvoerbare huisvesting vergunninghouders",
                    'citeertitel: "Wet uitvoerbare \\a huisvesting vergunninghouders"'))
    code, _, err = run_cli("build", "--lang", "nl", str(path), "-o", str(tmp_path / "out"))
    assert code == 1 and "niet te gebruiken" in err and "stuurteken" in err, err
