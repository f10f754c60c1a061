"""`consult show --public` and the public report redact exactly the same things.

A small consultation with personal data planted in public responses (and a non-public
respondent whose identity public respondents mention) is ingested; then `consult show
--public` (the summary and every node) and `consult report --public` (every format) run on
the same store. Every point must read the same in both, and no planted needle may appear in
any public output, while the ordinary text next to the needles stays.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from wetgen.cli.main import main
from wetgen.consult.publish.model import WITHHELD
from wetgen.consult.store import open_store

from .conftest import DRAFT

NEEDLES = {
    "e-mail": "pieter.plant@voorbeeld.nl",
    "mobile number": "06-12345678",
    "landline number": "(030) 234 56 78",
    "international number": "+31 6 8765 4321",
    "postcode": "3511 AB",
    "postcode and house number": "3512 CD 14",
    "street and house number": "Kastanjelaan 7",
    "profile link": "linkedin.com/in/pieter-plant",
    "link to a response": "internetconsultatie.nl/huisvesting/reactie/0a1b2c3d",
    "BSN (elfproef)": "111222333",
    "named BSN": "123456782",
    "IBAN": "NL91 ABNA 0417 1643 00",
    "non-public name": "Gerda Zwijgzaam",
    "non-public organisation": "Stichting Stilteplicht",
    "non-public place": "Fluisterdorp",
    "non-public e-mail": "gerda@stilteplicht.nl",
    "non-public wording": "purperen paraplu",
}
CONTROLS = ("https://wetten.overheid.nl/BWBR0035303", "12.000 woningzoekenden", "123456789")

LETTER = (
    "Wij maken ons zorgen over artikel 28a: voorrang voor vergunninghouders gaat ten koste van "
    "woningzoekenden die al jaren wachten op een sociale huurwoning. Schrap de voorrang en "
    "bouw betaalbare woningen voor iedereen."
)
ROWS = [  # name, place, organisation, e-mail, public, text
    ("Pieter Plant", "Utrecht", "", "pieter.plant@voorbeeld.nl", "ja",
     "Artikel 28a vraagt te veel van kleine gemeenten; 12.000 woningzoekenden wachten al. "
     "Mail pieter.plant@voorbeeld.nl of bel 06-12345678, (030) 234 56 78 of +31 6 8765 4321.\n\n"
     "Artikel 28a: mijn adres is Kastanjelaan 7 in 3511 AB, post naar 3512 CD 14. Zie ook "
     "linkedin.com/in/pieter-plant en https://www.internetconsultatie.nl/huisvesting/reactie/"
     "0a1b2c3d-0000-4000-8000-00000000abcd en https://wetten.overheid.nl/BWBR0035303.\n\n"
     "Over artikel 12: mijn BSN 111222333 en BSN: 123456782, rekening NL91 ABNA 0417 1643 00. "
     "Het nummer 123456789 is geen BSN."),
    ("", "Zwolle", "Woonbond Oost", "", "ja",
     "Artikel 28a: Gerda Zwijgzaam van Stichting Stilteplicht uit Fluisterdorp "
     "(gerda@stilteplicht.nl) sprak ons aan; wij zijn het met haar eens."),
    ("Gerda Zwijgzaam", "Fluisterdorp", "Stichting Stilteplicht", "gerda@stilteplicht.nl", "nee",
     "Artikel 28a is een purperen paraplu zonder inhoud, schrijft Stichting Stilteplicht."),
    ("Henk Heimelijk", "Fluisterdorp", "", "", "nee", LETTER),
    ("Henk Heimelijk", "Fluisterdorp", "", "", "nee", LETTER),
    ("Carla Copie", "Deventer", "", "", "ja",
     LETTER + " Bel mij op 06-12345678."),
]  # fmt: skip


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    """A store of the planted consultation, ingested through the CLI."""
    folder = tmp_path_factory.mktemp("planted")
    with (folder / "export.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Naam", "Plaats", "Organisatie", "E-mailadres", "Openbaar", "Datum",
                         "Reactienummer", "Reactie"])  # fmt: skip
        for n, row in enumerate(ROWS, start=1):
            writer.writerow([*row[:5], f"{n} maart 2026", str(n), row[5]])
    db = folder / "consult.sqlite"
    assert main(["consult", "ingest", str(folder / "export.csv"), "--bill", str(DRAFT),
                 "--db", str(db)]) == 0  # fmt: skip
    return db


def _run(args: list[str], capsys) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


def _show_rows(output: str) -> list[tuple[str, str, str, str]]:
    """Return the (point, respondent, method, text) rows of a `show --article` table."""
    rows = []
    for line in output.splitlines():
        cells = [c.strip() for c in line.split("│")]
        if len(cells) == 6 and cells[1] not in ("", "punt"):
            rows.append(tuple(cells[1:5]))
    return rows


def _public_outputs(planted: Path, tmp_path: Path, capsys) -> tuple[dict, dict[str, str]]:
    """Run show --public on every node and the public report; return both, as texts."""
    shows = {"summary": _run(["consult", "show", "--db", str(planted), "--public"], capsys)}
    with open_store(planted) as store:
        labels = {n.eid: n.label for n in store.nodes()}
    for eid in labels:
        shows[eid] = _run(["consult", "show", "--db", str(planted), "--public", "--article", eid,
                           "--limit", "1000"], capsys)  # fmt: skip
    out = tmp_path / "report"
    _run(["consult", "report", "--db", str(planted), "--public", "-o", str(out)], capsys)
    files = {}
    for path in sorted(out.iterdir()):
        if path.suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(path) as archive:
                files[path.name] = "\n".join(archive.read(n).decode("utf-8", "replace")
                                            for n in archive.namelist())  # fmt: skip
        else:
            files[path.name] = path.read_text(encoding="utf-8")
    return {"shows": shows, "labels": labels, "table": out / "reactietabel-openbaar.xlsx"}, files


def _table_rows(path: Path) -> list[dict[str, str]]:
    sheet = load_workbook(path, read_only=True)["Reactietabel"]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    return [{h: str(v or "") for h, v in zip(header, row, strict=True)} for row in rows]


def test_show_public_and_the_public_report_redact_exactly_the_same(planted, tmp_path, capsys,
                                                                    monkeypatch):  # fmt: skip
    monkeypatch.setenv("COLUMNS", "4000")  # one table row per line, nothing folded
    found, files = _public_outputs(planted, tmp_path, capsys)
    table = _table_rows(found["table"])
    compared = 0
    for eid, label in found["labels"].items():
        shown = [(r[1], r[3]) for r in _show_rows(found["shows"][eid])]
        rows = [r for r in table if label in r["Artikel / onderdeel"].split("; ")]
        single = [(r["Respondent"], r["Passage"]) for r in rows if r["Aantal"] == "1"]
        copies = [r for r in rows if r["Aantal"] != "1"]  # a campaign point: one row, its count
        assert [s for s in shown if s in single] == single, eid
        assert all(r["Passage"] in {p for _, p in shown} for r in copies), eid
        assert len(single) + sum(int(r["Aantal"]) for r in copies) == len(shown), eid
        compared += len(shown)
    assert compared >= sum(int(r["Aantal"]) for r in table) >= 8
    passages = " ".join(r["Passage"] for r in table)
    assert passages.count("[verwijderd]") >= 15 and WITHHELD in passages
    for control in CONTROLS:  # the ordinary text beside the needles is left alone, in both
        assert control in passages and control in found["shows"]["art_I__point_B"] + found[
            "shows"]["algemeen"] + found["shows"]["art_I__point_A"], control  # fmt: skip
    campaign = re.search(r"Campagne C\w+: 3 reacties \(2 niet-openbaar.*?“(.*)…”",
                         found["shows"]["summary"])  # fmt: skip
    assert campaign and "[verwijderd]" not in campaign.group(1)
    assert campaign.group(1)[:60] in " ".join(files["consultatieverslag-openbaar.md"].split())


def test_no_planted_needle_is_in_any_public_output(planted, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "4000")
    found, files = _public_outputs(planted, tmp_path, capsys)
    outputs = {**{f"show --public {k}": v for k, v in found["shows"].items()}, **files}
    assert len(files) == 7  # html, docx, md, xlsx and three charts
    for where, text in outputs.items():
        flat = " ".join(text.split()).lower()
        leaked = [kind for kind, needle in NEEDLES.items() if needle.lower() in flat]
        assert leaked == [], f"{where} shows {leaked}"
    # the internal report does show the non-public respondent, so the search can find it
    out = tmp_path / "intern"
    _run(["consult", "report", "--db", str(planted), "--internal", "-o", str(out), "-f", "html"],
         capsys)  # fmt: skip
    internal = (out / "consultatieverslag-intern.html").read_text(encoding="utf-8")
    assert NEEDLES["non-public organisation"] in internal
