"""Readers: saved pages, spreadsheets with a column mapping, files and e-mails."""

from __future__ import annotations

import pytest

from wetgen.consult.errors import ConsultInputError, RejectedFile
from wetgen.consult.read.collect import collect
from wetgen.consult.read.dates import iso_date
from wetgen.consult.read.html import Listing, read_page
from wetgen.consult.read.table import parse_mapping, read_table

from .conftest import SAMPLE

PAGE = b"""<html><head><link rel="canonical" href="https://www.internetconsultatie.nl/x/reactie/0a1b2c3d-0000-4000-8000-00000000abcd"></head>
<body><table class="table__data-overview"><tr><th>Naam</th><td> Anoniem </td></tr>
<tr><th>Plaats</th><td>Kerkstraat 5, 1234 AB Ee</td></tr><tr><th>Datum</th><td>18 februari 2025 (14:03)</td></tr></table>
<h3>Vraag 1</h3><blockquote><p>Artikel 28a gaat te ver.</p><p>Zie ook de MvT.</p></blockquote>
<a class="icon--download" href="/x/reactie/4711/bestand">download</a></body></html>"""


def test_response_page():
    response = read_page(PAGE, "p.html", "p")
    assert response.key == "guid:0a1b2c3d-0000-4000-8000-00000000abcd"
    assert (response.name, response.place, response.submitted) == (
        "Anoniem",
        "Kerkstraat 5, 1234 AB Ee",
        "2025-02-18",
    )
    assert response.text == "Artikel 28a gaat te ver.\n\nZie ook de MvT."
    assert response.extra["attachment_ids"] == "4711"


def test_listing_page():
    page = (SAMPLE / "paginas" / "reacties-datum-1.html").read_bytes()
    listing = read_page(page, "l.html", "l")
    assert isinstance(listing, Listing) and len(listing.guids) == 20 and listing.announced


def test_scraper_csv_needs_no_mapping():
    data = (SAMPLE / "export-internetconsultatie.csv").read_bytes()
    responses, warnings = read_table(data, ".csv", "export.csv")
    assert len(responses) > 100 and not warnings
    assert all(r.key.startswith("guid:") for r in responses)
    assert not any("###" in r.text for r in responses)


def test_mapping_for_other_column_names():
    data = b"Inzender;Inhoud;Openbaarheid\nJ. Smit;Artikel II is goed.;nee\n"
    with pytest.raises(RejectedFile, match="no text column"):
        read_table(data, ".csv", "x.csv")
    responses, _ = read_table(
        data, ".csv", "x.csv", parse_mapping("name=Inzender,text=Inhoud,public=Openbaarheid")
    )
    assert (
        responses[0].name == "J. Smit"
        and responses[0].text == "Artikel II is goed."
        and not responses[0].public
    )
    with pytest.raises(ConsultInputError, match="not FIELD=COLUMN"):
        parse_mapping("naam")


def test_backoffice_xlsx_marks_non_public():
    data = (SAMPLE / "backoffice-export.xlsx").read_bytes()
    responses, _ = read_table(data, ".xlsx", "b.xlsx")
    assert {r.public for r in responses} == {True, False}
    assert all(r.key.startswith("id:") for r in responses)


def test_sample_folder_reads_every_format():
    batch = collect([SAMPLE])
    origins = {r.origin for r in batch.responses.values()}
    assert origins == {"html", "table", "eml", "file"}
    attachments = [a for r in batch.responses.values() for a in r.attachments]
    kinds = {a.status for a in attachments}
    assert kinds == {"ok"}, [a.message for a in attachments if a.status != "ok"]
    texts = " ".join(a.text for a in attachments)
    assert "Graag reageren wij op de consultatie" in texts  # from PDF and DOCX attachments
    assert not batch.problems
    assert batch.announced == len(batch.listed)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("18 februari 2025 (14:03)", "2025-02-18"), ("2025-02-19", "2025-02-19"), ("3-4-2025", "2025-04-03"),
     ("31 februari 2025", ""), ("gisteren", "")],
)  # fmt: skip
def test_dates(value, expected):
    assert iso_date(value) == expected
