"""Every format from one store: files, privacy of public outputs, determinism, Word → PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import click
import pytest

from tests.consult_report.conftest import OUTPUT, SECRETS
from wetgen.cli.common import run_guarded
from wetgen.cli.consult_report import register_report_commands
from wetgen.consult.publish import build_report
from wetgen.consult.publish.docx import render_docx
from wetgen.consult.publish.write import FORMATS, parse_formats, write_report
from wetgen.errors import UsageError


def _readable(path) -> str:
    """Return all text of a file, including every part inside a zip (docx, xlsx)."""
    data = path.read_bytes()
    if data[:2] == b"PK":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return data.decode("utf-8")


def test_every_format_is_written(store, tmp_path):
    written = write_report(store, tmp_path / "out", FORMATS, public=True)
    names = sorted(p.name for p in written)
    assert names == sorted([
        "consultatieverslag-openbaar.html", "consultatieverslag-openbaar.docx",
        "consultatieverslag-openbaar.md", "reactietabel-openbaar.xlsx",
        "grafiek-artikelen.svg", "grafiek-categorieen.svg", "grafiek-tijd.svg",
    ])  # fmt: skip
    assert all(p.stat().st_size > 500 for p in written)


@pytest.mark.parametrize("public", [True, False])
def test_public_outputs_hold_no_secret_and_internal_ones_do(store, tmp_path, public):
    written = write_report(store, tmp_path, FORMATS, public=public)
    for path in written:
        text = _readable(path).lower()
        found = [s for s in SECRETS if s.lower() in text]
        if public:
            assert found == [], (path.name, found)
    if not public:  # the search can fail: the internal outputs do hold them
        html = _readable(tmp_path / "consultatieverslag-intern.html")
        assert "Stichting Geheimhouding Zuid" in html and "purperen kwakzalverij" in html
        assert "INTERN" in _readable(tmp_path / "consultatieverslag-intern.docx")


def test_regeneration_is_byte_identical(store, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = write_report(store, tmp_path / "a", FORMATS)
    second = write_report(store, tmp_path / "b", FORMATS)
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_word_report_uses_house_styles_and_embeds_three_charts(store):
    data = render_docx(build_report(store))
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        names = archive.namelist()
        document = archive.read("word/document.xml").decode()
    assert sum(n.startswith("word/media/") and n.endswith(".png") for n in names) == 3
    assert document.count("<w:drawing>") == 3
    for style in ("Opschrift", "Heading1", "MvTtekst", "MvTcitaat", "MvTopsomming", "TableGrid"):
        assert f'w:val="{style}"' in document, style
    assert "Advies en consultatie" in document and "Gereageerd hebben onder meer" in document
    import docx  # python-docx reads the pictures as inline shapes of the right size

    shapes = docx.Document(__import__("io").BytesIO(data)).inline_shapes
    assert len(shapes) == 3 and all(5_000_000 < s.width < 6_000_000 for s in shapes)
    # private individuals are not named in the MvT paragraph, organisations may be
    mvt = document.rsplit("Advies en consultatie", 1)[1]  # the heading, not its contents line
    assert "Piet Publiek" not in mvt and "Gemeente Zwolle" in mvt


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_word_report_converts_to_pdf_in_libreoffice_with_its_charts(store, tmp_path):
    OUTPUT.mkdir(exist_ok=True)
    (path,) = write_report(store, tmp_path, ("docx",))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = path.with_suffix(".pdf")
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    shutil.copy(pdf, OUTPUT / pdf.name)
    print(f"pdf: {OUTPUT / pdf.name}")
    if shutil.which("pdfimages"):
        listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
        assert len(listing.stdout.strip().splitlines()) - 2 >= 3  # header lines, then images
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Figuur 3. Reacties per dag" in text and "Advies en consultatie" in text
        first = subprocess.run(["pdftotext", "-layout", "-l", "1", str(pdf), "-"],
                               capture_output=True, text=True).stdout  # fmt: skip
        # the contents list on page 1, each heading with the page LibreOffice laid it out on
        pages = dict(re.findall(r"^\s*(\d\. [A-Z][\w ]+?)\s{2,}(\d+)\s*$", first, re.M))
        assert pages["1. Overzicht"] == "2" and int(pages["5. Concept voor de memorie van toelichting"]) > 2


def test_word_report_has_a_contents_list_with_page_references_to_its_headings(store):
    with zipfile.ZipFile(__import__("io").BytesIO(render_docx(build_report(store)))) as archive:
        document = archive.read("word/document.xml").decode()
    marks = re.findall(r'<w:bookmarkStart w:id="(\d+)" w:name="(_Toc\d+)"/>', document)
    references = re.findall(r"PAGEREF (_Toc\d+) \\h", document)
    assert len(marks) >= 8 and [name for _, name in marks] == references
    assert document.index("Inhoudsopgave") < document.index("1. Overzicht")


def test_parse_formats():
    assert parse_formats("xlsx, html") == ("html", "xlsx")
    with pytest.raises(UsageError, match="unknown report format pdf"):
        parse_formats("pdf")


def _group() -> click.Group:
    @click.group()
    def consult() -> None:
        """A stand-in for the consult group."""

    register_report_commands(consult)
    return consult


def test_cli_report_and_import(store_path, tmp_path, capsys):
    out = tmp_path / "out"
    code = run_guarded(_group(), ["report", "--db", str(store_path), "-o", str(out),
                                  "--format", "xlsx,html", "--internal"])  # fmt: skip
    assert code == 0
    assert "INTERNAL" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == [
        "consultatieverslag-intern.html", "reactietabel-intern.xlsx"]  # fmt: skip
    code = run_guarded(_group(), ["import-reactions", str(out / "reactietabel-intern.xlsx"),
                                  "--db", str(store_path)])  # fmt: skip
    assert code == 0 and "imported 0 reaction(s)" in capsys.readouterr().out


def test_cli_errors_are_one_line_with_exit_codes(tmp_path, store_path, capsys):
    assert run_guarded(_group(), ["report", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no consultation store" in capsys.readouterr().err
    assert run_guarded(_group(), ["report", "--db", str(store_path), "-f", "pdf"]) == 2
    bad = tmp_path / "bad.xlsx"
    bad.write_text("x")
    assert run_guarded(_group(), ["import-reactions", str(bad), "--db", str(store_path)]) == 1
    assert "not a readable .xlsx" in capsys.readouterr().err
    missing = str(tmp_path / "missing.xlsx")
    assert run_guarded(_group(), ["import-reactions", missing, "--db", str(store_path)]) == 2


def test_an_empty_store_still_gives_every_format(tmp_path, recwarn):
    from wetgen.consult.store import open_store

    conn = open_store(tmp_path / "empty.sqlite")
    written = write_report(conn, tmp_path / "out", FORMATS)
    conn.close()
    assert len(written) == len(FORMATS) + 3
    html = (tmp_path / "out" / "consultatieverslag-openbaar.html").read_text(encoding="utf-8")
    assert "0 reacties" in html
    assert not [w for w in recwarn if "legend" in str(w.message)]


def test_a_public_respondent_who_typed_an_address_as_name_is_shown_without_it(store):
    with store.transaction():
        store.conn.execute(
            "UPDATE responses SET name = 'Dorpsstraat 12, 1234 AB Ergens' WHERE id = 'R002'"
        )
    labels = {r.id: r.label for r in build_report(store).respondents}
    assert "1234 AB" not in labels["R002"] and "Dorpsstraat 12" not in labels["R002"]


def test_source_date_epoch_sets_the_dates_inside_word_and_excel(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    for path in write_report(store, tmp_path, ("docx", "xlsx")):
        with zipfile.ZipFile(path) as archive:
            core = archive.read("docProps/core.xml").decode()
            assert all(i.date_time[:3] == (2026, 1, 1) for i in archive.infolist())
        assert "2026-01-01T00:00:00Z" in core, path.name
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "gisteren")
    with pytest.raises(Exception, match="SOURCE_DATE_EPOCH"):
        write_report(store, tmp_path, ("xlsx",))


def test_html_ids_outside_the_charts_are_unique(store):
    from lxml import html as lxml_html

    from wetgen.consult.publish.html import render_html

    tree = lxml_html.fromstring(render_html(build_report(store, public=False)))
    ids = [e.get("id") for e in tree.iter() if e.get("id") and not e.xpath("ancestor::svg")]
    assert len(ids) == len(set(ids)) and "s-art_I__point_B" in ids


def test_output_does_not_depend_on_the_hash_seed(store_path, tmp_path):
    import os
    import sys

    from tests.consult_report.conftest import ROOT

    digests = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}"
        code = (
            "import sqlite3, sys; from pathlib import Path;"
            "from wetgen.consult.store import open_store;"
            "from wetgen.consult.publish.write import write_report;"
            f"write_report(open_store({str(store_path)!r}, create=False), Path({str(out)!r}))"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, timeout=300)
        digests.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert digests[0].keys() == digests[1].keys()
    assert [n for n in digests[0] if digests[0][n] != digests[1][n]] == []
