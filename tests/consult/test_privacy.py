"""No output meant for publication holds a non-public respondent's name, place or wording."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from wetgen.cli.main import main
from wetgen.consult.analyse.points import sentences
from wetgen.consult.publish import build_report
from wetgen.consult.publish.model import WITHHELD
from wetgen.consult.publish.redact import REDACTED, elfproef, public_link
from wetgen.consult.publish.redact import redact_personal as redact
from wetgen.consult.store import open_store


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
    store = open_store(sample_store)
    conn = store.conn
    secrets = _secrets(conn)
    assert len(secrets) > 20  # the sample really has non-public responses with their own wording
    nodes = [n.eid for n in store.nodes()]
    report = build_report(store, public=True)
    outputs = {
        "public report": json.dumps(_strings(report), ensure_ascii=False),
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
    assert "[niet openbaar]" in internal
    assert any(
        " ".join(s.split()) in internal.replace("│", " ") for s in secrets
    )  # the search can find them


def _strings(value) -> list[str]:
    """Every string anywhere in a report, recursively."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _strings(v)]
    return []


def test_non_public_responses_still_count(sample_store):
    store = open_store(sample_store)
    hidden = sum(1 for r in store.respondents() if not r.public)
    report = build_report(store, public=True)
    assert hidden > 0 and report.total_responses - report.public_responses == hidden
    withheld = [p for p in report.points if not p.respondent.public]
    assert len({p.respondent.id for p in withheld}) == hidden
    assert all(p.text == WITHHELD for p in withheld)


def test_personal_data_is_redacted_from_published_quotes(sample_store):
    text = " ".join(p.text for p in build_report(open_store(sample_store), public=True).points)
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
        "bel (020) 123 45 67",
        "postcode 3511AB",
        "IBAN: NL91 ABNA 0417 1643 00",
        "zie mijn profiel linkedin.com/in/jan-jansen",
        "https://www.internetconsultatie.nl/x/reactie/0a1b2c3d-0000-4000-8000-00000000abcd",
    ],
)
def test_redact_catches_personal_data(text):
    assert REDACTED in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "artikel 12, tweede lid",
        "in 2025 kwamen 12.000 mensen",
        "zie p. 12",
        "Kamerstukken II 2024/25, 36 123, nr. 3",
        "het nummer 123456789 haalt de elfproef niet",
        "zie https://wetten.overheid.nl/BWBR0035303/2024-01-01.",
    ],
)
def test_redact_leaves_ordinary_text(text):
    assert redact(text) == text


def test_only_links_to_public_bodies_are_kept():
    assert public_link("https://zoek.officielebekendmakingen.nl/kst-36123-3.html")
    assert not public_link("https://www.internetconsultatie.nl/wet/reactie/0a1b2c3d")
    assert not public_link("https://www.example.nl/over-mij")
    assert not public_link("https://evil-overheid.nl/x")


def test_elfproef():
    assert elfproef("111222333") and elfproef("123456782")
    assert not elfproef("123456789") and not elfproef("000000000")


def test_a_labelled_bsn_next_to_a_phone_number_leaves_nothing_of_either():
    redacted = redact("BSN 123456782. 06-12345678, of bsn: 123.456.782")
    assert redacted == "BSN [verwijderd]. [verwijderd], of bsn: [verwijderd]"  # the label stays
