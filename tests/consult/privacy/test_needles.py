"""Every public output, under the default privacy policy, holds none of the planted needles.

A synthetic consultation plants, in public responses, every common Dutch notation of phone
numbers, BSNs and IBANs, e-mail and street addresses, and the names of persons the respondents
write about; beside them a non-public respondent, and a public private person (whom the
default policy never names). Every public output is written (HTML, Word, Markdown, the xlsx
reactietabel, `consult feedback --combined` in three formats, `consult show --public` on the
summary and every node) and searched for every needle: none may be found, while the
organisations and laws beside them stay.
"""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import pytest

from wetgen.cli.main import main
from wetgen.consult.store import open_store

from ..conftest import DRAFT

PHONES = [
    "06-12345678", "06 1234 5678", "06 12 34 56 78", "0612345678", "06.12.34.56.78",
    "06 - 12 34 56 78", "+31 6 12345678", "+31 (0)6 1234 5678", "+31612345678",
    "0031 6 12345678", "0031612345678", "0031-6-12345678", "(06) 12345678", "(020) 123 45 67",
    "020-1234567", "020 123 4567", "010-4123456", "0348-123456", "0348 12 34 56",
    "+31 20 123 4567", "(0031) 20 1234567", "0031 (0)20 123 45 67", "030 - 234 56 78",
    "+32 470 12 34 56",
]  # fmt: skip
BSNS = ["691400507", "781.676.447", "116 263 684", "1687.53.236", "423 48 36 87",
        "145-944-372", "58121821", "204640775"]  # fmt: skip
IBANS = ["NL83ABNA1154131935", "NL29 INGB 3125 5080 84", "nl50rabo8181362402",
         "BE02 3630 0000 0040", "DE89370400440532013000"]  # fmt: skip
EMAILS = ["jan.devries@gmail.com", "HansPeters1961@Yahoo.COM", "info+reactie@familiebos.nl"]
ADDRESSES = ["Dorpsstraat 12", "Kerkweg 5a", "1234 AB", "Oudegracht 112bis",
             "Jan van Galenstraat 45", "Laan van Meerdervoort 1001", "Lange Voorhout 9"]  # fmt: skip
NAMES = ["Marieke de Boer", "Ahmed El Amrani", "Gerrit Hoekstra", "Özlem Çelik"]
PRIVATE_PERSON = "Pieter Plantinga"  # public, a burger: the default policy never names him
NON_PUBLIC = ["Gerda Zwijgzaam", "Stichting Stilteplicht", "gerda@stilteplicht.nl"]
KEPT = ["Vereniging Eigen Huis", "Huisvestingswet 2014", "Woonbond Oost", "12.000 woningzoekenden"]

OPENING = "Artikel 28a gaat te ver voor kleine gemeenten, vinden wij."


def _letters() -> list[tuple[str, str, str, str, str, str]]:
    """Return the rows (name, place, organisation, e-mail, public, text) of the consultation."""
    numbers = [*PHONES, *BSNS]
    rows = []
    for n in range(0, len(numbers), 6):
        chunk = numbers[n : n + 6]
        lines = [f"Bel {p} of noteer {p}." if p in PHONES else f"Mijn BSN is {p}." for p in chunk]
        rows.append(("", "Zwolle", "Woonbond Oost", "", "ja",
                     f"{OPENING} Volgens de Vereniging Eigen Huis en de Huisvestingswet 2014 wachten "
                     f"12.000 woningzoekenden.\n\n" + " ".join(lines)))  # fmt: skip
    rows.append(
        (
            "",
            "Utrecht",
            "Vereniging Eigen Huis",
            "",
            "ja",
            f"{OPENING} Stort op " + ", op ".join(IBANS) + ". Mail " + " of ".join(EMAILS) + ".",
        )
    )
    rows.append(
        (
            PRIVATE_PERSON,
            "Assen",
            "",
            "pieter@plantinga.nl",
            "ja",
            f"{OPENING} Ik woon op " + ", daarna op ".join(ADDRESSES) + " met mijn gezin.",
        )
    )
    rows.append(("", "Deventer", "Huurdersvereniging Deventer", "", "ja",
                 f"{OPENING} Mijn buurvrouw {NAMES[0]} en de heer {NAMES[1]} wachten al jaren; "
                 f"{NAMES[2]} schreef het ook, net als {NAMES[3]}. {NON_PUBLIC[0]} van "
                 f"{NON_PUBLIC[1]} ({NON_PUBLIC[2]}) is het met ons eens."))  # fmt: skip
    rows.append(
        (
            NON_PUBLIC[0],
            "Fluisterdorp",
            NON_PUBLIC[1],
            NON_PUBLIC[2],
            "nee",
            f"{OPENING} Een purperen paraplu van een voorstel.",
        )
    )
    return rows


def _needles() -> dict[str, str]:
    kinds = {"phone": PHONES, "BSN": BSNS, "IBAN": IBANS, "e-mail": EMAILS, "address": ADDRESSES,
             "name": NAMES, "non-public": NON_PUBLIC}  # fmt: skip
    out = {f"{kind} {value}": value for kind, values in kinds.items() for value in values}
    out["public private person"] = PRIVATE_PERSON
    out["its surname"] = PRIVATE_PERSON.split()[-1]
    out["non-public wording"] = "purperen paraplu"
    return out


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    """A store of the planted consultation, ingested through the CLI."""
    folder = tmp_path_factory.mktemp("needles")
    with (folder / "export.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Naam", "Plaats", "Organisatie", "E-mailadres", "Openbaar", "Datum",
                         "Reactienummer", "Reactie"])  # fmt: skip
        for n, row in enumerate(_letters(), start=1):
            writer.writerow([*row[:5], f"{n} maart 2026", str(n), row[5]])
    db = folder / "consult.sqlite"
    assert main(["consult", "ingest", str(folder / "export.csv"), "--bill", str(DRAFT),
                 "--db", str(db)]) == 0  # fmt: skip
    return db


def _texts(folder: Path) -> dict[str, str]:
    files = {}
    for path in sorted(folder.iterdir()):
        if path.suffix in (".docx", ".xlsx"):
            with zipfile.ZipFile(path) as archive:
                files[path.name] = "\n".join(archive.read(n).decode("utf-8", "replace")
                                            for n in archive.namelist())  # fmt: skip
        elif path.suffix in (".html", ".md"):
            files[path.name] = path.read_text(encoding="utf-8")
    return files


def public_outputs(db: Path, tmp_path: Path, capsys) -> dict[str, str]:
    """Write every public output of the store; return each as text, by name."""

    def run(args: list[str]) -> str:
        assert main(args) == 0, args
        return capsys.readouterr().out

    outputs = {"show --public": run(["consult", "show", "--db", str(db), "--public"])}
    with open_store(db) as store:
        eids = [n.eid for n in store.nodes()]
    for eid in eids:
        outputs[f"show --public --article {eid}"] = run(
            ["consult", "show", "--db", str(db), "--public", "--article", eid, "--limit", "1000"]
        )
    run(["consult", "report", "--db", str(db), "--public", "-o", str(tmp_path / "report")])
    run(["consult", "feedback", "--db", str(db), "--combined", "--public", "-f", "md,docx,html",
         "-o", str(tmp_path / "feedback")])  # fmt: skip
    outputs.update(_texts(tmp_path / "report"))
    outputs.update(_texts(tmp_path / "feedback"))
    return outputs


def _flat(text: str) -> str:
    """Return text as a search sees it: tags and XML escapes gone, spaces folded, lower case."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&#x27;", "'")
    return " ".join(text.split()).lower()


def test_no_needle_in_any_public_output(planted, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "4000")  # one table row per line: nothing folded
    outputs = public_outputs(planted, tmp_path, capsys)
    assert {"consultatieverslag-openbaar.html", "consultatieverslag-openbaar.docx",
            "consultatieverslag-openbaar.md", "reactietabel-openbaar.xlsx",
            "terugkoppeling-openbaar.md", "terugkoppeling-openbaar.docx",
            "terugkoppeling-openbaar.html"} <= set(outputs)  # fmt: skip
    needles = _needles()
    assert len(needles) >= 55
    for where, text in outputs.items():
        flat = _flat(text)
        leaked = [kind for kind, needle in needles.items() if needle.lower() in flat]
        assert leaked == [], f"{where} shows {leaked}"
    report = _flat(outputs["consultatieverslag-openbaar.md"])
    for kept in KEPT:  # the organisations and laws beside the needles stay
        assert kept.lower() in report, kept
    # the private person is counted and quoted, under a number
    assert "reageerden (1) (niet bij naam genoemd)" in report
    assert "particulier 1" in _flat(outputs["reactietabel-openbaar.xlsx"])


def test_the_consented_policy_names_public_private_persons_but_not_others(planted, tmp_path,
                                                                         capsys, monkeypatch):  # fmt: skip
    monkeypatch.setenv("COLUMNS", "4000")
    assert main(["consult", "privacy", "consented", "--db", str(planted)]) == 0
    try:
        outputs = public_outputs(planted, tmp_path, capsys)
    finally:
        assert main(["consult", "privacy", "organisations", "--db", str(planted)]) == 0
    report = _flat(outputs["consultatieverslag-openbaar.md"])
    assert PRIVATE_PERSON.lower() in report
    assert PRIVATE_PERSON.lower() in _flat(outputs["show --public --article art_I__point_B"]) or (
        PRIVATE_PERSON.lower() in _flat(outputs["show --public --article algemeen"])
    )
    mvt = report[report.index("concept voor de memorie van toelichting") :]
    assert PRIVATE_PERSON.lower() not in mvt  # never a private person in the MvT paragraph
    for kind, needle in _needles().items():
        if needle not in (PRIVATE_PERSON, PRIVATE_PERSON.split()[-1]):
            assert needle.lower() not in report, kind


def test_an_unknown_policy_is_a_usage_error(planted, capsys):
    assert main(["consult", "privacy", "everyone", "--db", str(planted)]) == 2
    assert "unknown privacy policy 'everyone'" in capsys.readouterr().err
