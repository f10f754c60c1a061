"""`wetgen consult refs FILE --bill DRAFT [--format json]`: why each point landed where it did."""

from __future__ import annotations

import json
import shutil

from wetgen.cli.main import main

from .conftest import DRAFT

RESPONSE = """Geachte heer, mevrouw,

Artikel I, onderdeel B

In het derde lid wordt te veel bij gemeenten neergelegd; die bepaling moet anders.

Artikel 19 van de Woningwet en artikel 1 van de Grondwet zijn ook van belang (p. 12 van de toelichting).

Wij wonen met vijf mensen in een kleine flat.

Met vriendelijke groet,
Jan
"""


def _run(args, capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_refs_prints_every_point_with_its_references_as_json(tmp_path, capsys):
    response = tmp_path / "reactie.txt"
    response.write_text(RESPONSE, encoding="utf-8")
    code, out, _ = _run(
        ["consult", "refs", str(response), "--bill", str(DRAFT), "--format", "json"], capsys
    )
    assert code == 0
    points = json.loads(out)
    assert [p["point"] for p in points] == [1, 2, 3]
    first = points[0]
    assert first["text"].startswith("Artikel I, onderdeel B: In het derde lid")
    refs = first["references"]
    assert [(r["text"], r["status"]) for r in refs] == [
        ("Artikel I, onderdeel B", "bill"),
        ("het derde lid", "amended"),
        ("die bepaling", "amended"),
    ]
    assert all(first["text"][r["start"] : r["end"]] == r["text"] for r in refs)
    assert refs[1]["target"] == {
        "scope": "law",
        "law": "Huisvestingswet 2014",
        "artikel": "28a",
        "lid": "3",
    }
    assert [n["eid"] for n in refs[1]["nodes"]] == ["art_I__point_B"]
    assert [a["eid"] for a in first["assigned"]] == ["art_I__point_B"]
    other = points[1]["references"]
    assert [(r["target"]["scope"], r["target"].get("law")) for r in other] == [
        ("other_law", "Woningwet"),
        ("other_law", "Grondwet"),
        ("mvt", None),
    ]
    assert points[2]["references"] == [] and points[2]["reason"]


def test_refs_prints_tables_for_staff(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    response = tmp_path / "reactie.txt"
    response.write_text(RESPONSE, encoding="utf-8")
    code, out, _ = _run(["consult", "refs", str(response), "--bill", str(DRAFT)], capsys)
    assert code == 0
    assert "Punt 1" in out and "Huisvestingswet 2014, artikel 28a, derde lid" in out
    assert "→ Artikel I, onderdeel B (reference)" in out
    assert "→ algemeen:" in out  # the point without a reference says why it landed nowhere


def test_refs_reads_a_word_file(tmp_path, capsys):
    import docx

    document = docx.Document()
    document.add_paragraph("Over artikel 28a:")
    document.add_paragraph("Het derde lid is te streng.")
    path = tmp_path / "reactie.docx"
    document.save(path)
    code, out, _ = _run(
        ["consult", "refs", str(path), "--bill", str(DRAFT), "--format", "json"], capsys
    )
    assert code == 0
    per_point = [[a["eid"] for a in p["assigned"]] for p in json.loads(out)]
    assert per_point == [["art_I__point_B"], ["art_I__point_B"]]  # the lid is in artikel 28a


def test_refs_refuses_what_it_cannot_read(tmp_path, capsys):
    code, _, err = _run(["consult", "refs", str(tmp_path / "missing.txt")], capsys)
    assert code == 2 and "no such file" in err
    table = tmp_path / "reacties.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = _run(["consult", "refs", str(table)], capsys)
    assert code == 2 and ".txt, .pdf, .docx, .odt or .eml" in err


def test_a_draft_folder_as_bill_means_its_consultatieversie(tmp_path, capsys):
    response = tmp_path / "reactie.txt"
    response.write_text(RESPONSE, encoding="utf-8")
    folder = shutil.copytree(DRAFT.parent, tmp_path / "wetsvoorstel")
    # the consultatieversie is not the newest version
    assert sorted(folder.glob("*.yaml"))[-1].name != DRAFT.name
    by_file = _run(["consult", "refs", str(response), "--bill", str(DRAFT), "-f", "json"], capsys)
    by_folder = _run(["consult", "refs", str(response), "--bill", str(folder), "-f", "json"], capsys)
    assert by_folder == by_file and by_file[0] == 0


def test_an_empty_folder_as_bill_is_refused_in_one_line(tmp_path, capsys):
    response = tmp_path / "reactie.txt"
    response.write_text(RESPONSE, encoding="utf-8")
    code, out, err = _run(["consult", "refs", str(response), "--bill", str(tmp_path)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no *.yaml drafts in" in err


IMPORTED_BILL = """Wet van 1 januari 2020 tot wijziging van de Wet op de proef

ARTIKEL I

De Wet op de proef wordt als volgt gewijzigd:

A

Artikel 4 vervalt.

B

In artikel 5 wordt «proef» vervangen door: toets.
"""


def test_a_bill_read_in_by_wetgen_import_without_a_citeertitel_serves_as_bill(tmp_path, capsys):
    # the importer leaves the citeertitel empty when the bill does not state one
    (tmp_path / "wet.txt").write_text(IMPORTED_BILL, encoding="utf-8")
    draft = tmp_path / "wet.yaml"
    assert main(["import", str(tmp_path / "wet.txt"), "-o", str(draft), "-q"]) == 0
    assert "citeertitel: ''" in draft.read_text(encoding="utf-8")
    response = tmp_path / "reactie.txt"
    response.write_text("Artikel I, onderdeel B, gaat te ver: artikel 5 moet blijven.\n", encoding="utf-8")
    capsys.readouterr()
    code, out, err = _run(["consult", "refs", str(response), "--bill", str(draft), "-f", "json"], capsys)
    assert code == 0, err
    targets = [r["target"] for p in json.loads(out) for r in p["references"]]
    assert any(t.get("artikel") == "I" and t.get("onderdeel") == "B" for t in targets), targets


def test_a_bill_as_word_or_text_is_imported_and_resolves_as_its_draft(tmp_path, capsys):
    # staff hold the consultatieversie as the Word file that was published, not as a draft
    response = tmp_path / "reactie.txt"
    response.write_text(RESPONSE, encoding="utf-8")
    assert main(["build", str(DRAFT), "-o", str(tmp_path / "out"), "-f", "docx"]) == 0
    word = next((tmp_path / "out").glob("*-wetsvoorstel.docx"))
    capsys.readouterr()
    by_draft = _run(["consult", "refs", str(response), "--bill", str(DRAFT), "-f", "json"], capsys)
    code, out, err = _run(["consult", "refs", str(response), "--bill", str(word), "-f", "json"], capsys)
    assert code == 0 and out == by_draft[1]
    assert err.startswith("note: ") and "read as a bill (docx: 8 articles" in err and err.count("\n") == 1
    (tmp_path / "wet.txt").write_text(IMPORTED_BILL, encoding="utf-8")
    response.write_text("Artikel I, onderdeel B, gaat te ver.\n", encoding="utf-8")
    code, out, _ = _run(["consult", "refs", str(response), "--bill", str(tmp_path / "wet.txt"), "-f", "json"], capsys)
    targets = [r["target"] for p in json.loads(out) for r in p["references"]]
    assert code == 0 and targets[0]["artikel"] == "I" and targets[0]["onderdeel"] == "B", targets


def test_a_document_that_holds_no_bill_is_refused_in_one_line(tmp_path, capsys):
    response = tmp_path / "reactie.txt"
    response.write_text(RESPONSE, encoding="utf-8")
    (tmp_path / "brief.txt").write_text("Geachte heer,\n\nDit is geen wetsvoorstel.\n", encoding="utf-8")
    code, out, err = _run(["consult", "refs", str(response), "--bill", str(tmp_path / "brief.txt")], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no bill found" in err


def test_ingest_takes_the_consulted_bill_as_a_word_file(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "reactie.txt").write_text(RESPONSE, encoding="utf-8")
    assert main(["build", str(DRAFT), "-o", str(tmp_path / "out"), "-f", "docx"]) == 0
    word = next((tmp_path / "out").glob("*-wetsvoorstel.docx"))
    stores = {}
    for name, bill in (("draft", DRAFT), ("word", word)):
        stores[name] = tmp_path / f"{name}.sqlite"
        code = main(["consult", "--db", str(stores[name]), "ingest", str(tmp_path / "in"), "--bill", str(bill), "-q"])
        assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    shown = {}
    for name, store in stores.items():
        assert main(["consult", "--db", str(store), "show", "--article", "artikel I, onderdeel B"]) == 0
        shown[name] = capsys.readouterr().out.replace(str(store), "STORE")
    assert shown["word"] == shown["draft"] and "derde lid" in shown["word"]
