"""No output meant for publication holds a non-public respondent's name, place or wording."""

from __future__ import annotations

import json
import re

import pytest

from wetgen.cli.main import main
from wetgen.consult.analyse.points import sentences
from wetgen.consult.publish.privacy import REDACTED, elfproef, redact
from wetgen.consult.store import open_store
from wetgen.consult.store.views import publishable_campaigns, publishable_points


def _secrets(conn) -> set[str]:
    """Names, places, organisations, e-mails and sentences of non-public responses found in no public one."""
    public_text = " ".join(
        [r[0] for r in conn.execute("SELECT name || ' ' || place || ' ' || organisation || ' ' || text FROM responses WHERE public = 1")]
        + [r[0] for r in conn.execute("SELECT a.text FROM attachments a JOIN responses r ON r.id = a.response_id WHERE r.public = 1")]
    )  # fmt: skip
    public_text = " ".join(public_text.split())
    secrets: set[str] = set()
    for name, place, org, email, text in conn.execute(
        "SELECT name, place, organisation, email, text FROM responses WHERE public = 0"
    ):
        for value in (name, place, org, email):
            if len(value) > 3 and value not in public_text:
                secrets.add(value)
        for sentence in sentences(" ".join(text.split())):
            if len(sentence.split()) >= 6 and sentence not in public_text:
                secrets.add(sentence)
    return secrets


def _cli(args: list[str], capsys) -> str:
    assert main(args) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_publishable_outputs_hide_non_public_respondents(sample_store, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "3000")  # no wrapping: a wrapped name would hide from the search
    conn = open_store(sample_store)
    secrets = _secrets(conn)
    assert len(secrets) > 20  # the sample really has non-public responses with their own wording
    nodes = [r[0] for r in conn.execute("SELECT eid FROM nodes")]
    outputs = {
        "publishable_points": json.dumps(list(publishable_points(conn)), ensure_ascii=False),
        "publishable_campaigns": json.dumps(list(publishable_campaigns(conn)), ensure_ascii=False),
        "show --public": _cli(["consult", "show", "--db", str(sample_store), "--public"], capsys),
    }
    for eid in nodes:
        outputs[f"show --public --article {eid}"] = _cli(
            [
                "consult",
                "show",
                "--db",
                str(sample_store),
                "--public",
                "--article",
                eid,
                "--limit",
                "100000",
            ],
            capsys,
        )
    for where, output in outputs.items():
        flat = " ".join(output.split())
        leaked = [s for s in secrets if " ".join(s.split()) in flat]
        assert not leaked, f"{where} shows non-public data: {leaked[:3]}"
    # ... while the internal view does show them, clearly marked
    internal = " ".join(
        _cli(
            [
                "consult",
                "show",
                "--db",
                str(sample_store),
                "--article",
                "algemeen",
                "--limit",
                "100000",
            ],
            capsys,
        ).split()
    )
    assert "(niet-openbare inzender)" in internal
    assert any(
        " ".join(s.split()) in internal.replace("│", " ") for s in secrets
    )  # the search can find them


def test_non_public_responses_still_count(sample_store):
    conn = open_store(sample_store)
    hidden = conn.execute("SELECT COUNT(*) FROM responses WHERE public = 0").fetchone()[0]
    points = list(publishable_points(conn))
    assert hidden > 0
    assert len({p["response_id"] for p in points if not p["public"]}) == hidden
    assert all(p["text"] == "[tekst niet openbaar]" for p in points if not p["public"])


def test_personal_data_is_redacted_from_published_quotes(sample_store):
    conn = open_store(sample_store)
    text = " ".join(str(p["text"]) for p in publishable_points(conn))
    assert not re.search(r"[\w.+-]+@[\w-]+\.\w+", text)
    assert not re.search(r"\b06-\d{8}\b", text)
    assert "111222333" not in text
    assert not re.search(r"\b\d{4} [A-Z]{2}\b", text)


@pytest.mark.parametrize(
    "text",
    [
        "mail mij op jan.jansen@example.nl",
        "bel 06-12345678",
        "bel +31 6 1234 5678",
        "bel 020-1234567",
        "ik woon op Dorpsstraat 12, 1234 AB Ee",
        "postcode 3511 AB 14",
        "mijn BSN is 111222333.",
        "burgerservicenummer: 123456782",
    ],
)
def test_redact_catches_personal_data(text):
    assert REDACTED in redact(text)


@pytest.mark.parametrize(
    "text", ["artikel 12, tweede lid", "in 2025 kwamen 12.000 mensen", "zie p. 12"]
)
def test_redact_leaves_ordinary_text(text):
    assert redact(text) == text


def test_elfproef():
    assert elfproef("111222333") and elfproef("123456782")
    assert not elfproef("123456789") and not elfproef("000000000")


def test_a_labelled_bsn_next_to_a_phone_number_leaves_nothing_of_either():
    redacted = redact("BSN 123456782. 06-12345678, of bsn: 123.456.782")
    assert redacted == "[verwijderd]. [verwijderd], of [verwijderd]"
