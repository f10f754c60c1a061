"""One bad file is one problem: isolation, budgets and decoding in the consultation readers."""

from __future__ import annotations

import time
import zipfile
import zlib

import pytest
from pdfminer import pdftypes

from tests.consult.hostile import builders as b
from tests.consult.hostile.corpus import colliding_ids
from wetgen.consult import ingest as ingest_module
from wetgen.consult import ingest_stream as stream_module
from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.ingest import Versions, ingest, store_batch
from wetgen.consult.read import RawResponse
from wetgen.consult.read import collect as collect_module
from wetgen.consult.read.collect import Batch, collect
from wetgen.consult.read.eml import parse_eml
from wetgen.consult.read.pdf import pdf_text
from wetgen.consult.read.table import read_table
from wetgen.consult.store import identity as identity_module
from wetgen.consult.store import open_store
from wetgen.inputs import Deadline, Limits, RefusedInput

from .conftest import DRAFT, write_export


def test_pdfminer_still_decodes_streams_through_the_names_we_cap():
    # if pdfminer renames them, every PDF is refused (fail closed) and this says why
    assert all(hasattr(pdftypes, name) for name in ("zlib", "lzwdecode", "rldecode"))


def test_a_pdf_stream_is_capped_before_it_inflates_and_pdfminer_is_left_as_it_was():
    bomb = b.pdf_page(b.deflate_run(b" " * 1048576, 256), b"/FlateDecode")  # 256 KB → 256 MB
    start = time.monotonic()
    with pytest.raises(RefusedInput, match="inflates past 32 MB"):
        pdf_text(bomb, "bom.pdf", Limits(), Deadline(None))
    assert time.monotonic() - start < 5
    assert pdftypes.zlib is zlib


def test_a_damaged_flate_stream_keeps_the_text_before_the_damage():
    content = b.pdf_text_ops(["Artikel 28a is te streng."])
    broken = zlib.compress(content)[:-4] + b"\0\0\0\0"  # a wrong checksum, as some writers make
    found = pdf_text(b.pdf_page(broken, b"/FlateDecode"), "p.pdf", Limits(), Deadline(None))
    assert "Artikel 28a is te streng." in found.text


def test_a_declared_sheet_dimension_costs_nothing():
    data = b.xlsx_bytes([["naam", "tekst"], ["Dim", "Artikel 28a."]], dimension="A1:XFD1048576")
    start = time.monotonic()
    responses, warnings = read_table(data, ".xlsx", "d.xlsx")
    assert time.monotonic() - start < 2
    assert [r.text for r in responses] == ["Artikel 28a."] and not warnings


def test_rows_stop_at_the_row_limit_with_a_message():
    rows = [["naam", "tekst"]] + [[f"n{i}", f"tekst {i}"] for i in range(30)]
    responses, warnings = read_table(
        b.xlsx_bytes(rows), ".xlsx", "r.xlsx", limits=Limits(max_rows=11)
    )
    assert len(responses) == 10 and warnings == ["r.xlsx: only the first 11 rows were read"]


def test_one_bad_byte_garbles_one_line_of_a_csv_not_the_file():
    data = ("id,naam,tekst\n1,José,één\n".encode() + b"2,Ren\xe9e,cr\xe8me\n"
            + "3,Zoë,Artikel 28a.\n".encode())  # fmt: skip
    responses, warnings = read_table(data, ".csv", "m.csv")
    assert [r.name for r in responses] == ["José", "Renée", "Zoë"]
    assert warnings == ["m.csv: line 3 not valid UTF-8: the bad bytes were read as Windows-1252"]


def test_an_e_mail_is_read_within_its_nesting_and_attachment_limits():
    mail = parse_eml(b.many_attachments(30), "m.eml", Limits(max_attachments=5))
    assert len(mail.attachments) == 5 and not mail.complete
    assert mail.warnings == ["m.eml: only 5 of 30 attachments were read (the limit is 5)"]
    with pytest.raises(RefusedInput, match="nested too deeply"):
        parse_eml(b.nested_multipart(3000), "n.eml", Limits())


def test_a_sender_the_email_package_cannot_parse_is_kept_as_written():
    # found by fuzzing: "From: . <a@b>" makes the stdlib header parser raise AttributeError
    mail = parse_eml(
        b"From: . <a@example.org>\r\nSubject: x\r\n\r\nArtikel 28a.\r\n", "m.eml", Limits()
    )
    assert (mail.address, mail.text) == ("a@example.org", "Artikel 28a.")


def test_any_failure_inside_one_file_stays_with_that_file(tmp_path, monkeypatch):
    (tmp_path / "goed.txt").write_text("Artikel 28a is te streng.")
    (tmp_path / "pagina.html").write_text("<html></html>")

    def broken(*args):
        raise KeyError("a bug in a reader")

    monkeypatch.setattr(collect_module, "read_page", broken)
    batch = collect([tmp_path])
    assert [r.text for r in batch.responses.values()] == ["Artikel 28a is te streng."]
    assert [(p.source, p.message, p.severity) for p in batch.problems] == [
        (f"{tmp_path}/pagina.html", "unreadable (KeyError: 'a bug in a reader')", "error")
    ]


def test_two_responses_with_one_id_are_a_problem_not_a_crash(tmp_path, bill, monkeypatch):
    wide = identity_module.response_id  # ids narrowed to 16 bits, so that a collision is found
    monkeypatch.setattr(identity_module, "response_id", lambda key: wide(key)[:5])
    monkeypatch.setattr(ingest_module, "response_id", lambda key: wide(key)[:5])
    first, second = colliding_ids()
    batch = Batch()
    for value, source in ((first, "a.csv:2"), (second, "a.csv:3")):
        batch.add(
            RawResponse(key=f"id:{value}", origin="table", source=source, text="Artikel 28a.")
        )
    with open_store(tmp_path / "c.sqlite") as store:
        report = store_batch(store, batch, Versions(bill, str(DRAFT)))
        # both are stored: the second gets another id, and the collision is reported
        assert report.added == 2 and len(store.response_digests()) == 2
    assert [(p.source, p.severity) for p in report.problems] == [("a.csv:3", "warning")]
    assert f"is already that of 'id:{first}'" in report.problems[0].message


def test_responses_are_neutralised_before_they_are_stored(tmp_path):
    (tmp_path / "brief.txt").write_text("Artikel 28a \x1b[31mrood\x1b[0m \u202egnipoor\u202c.")
    (response,) = collect([tmp_path]).responses.values()
    assert response.text == "Artikel 28a rood gnipoor."


def test_a_page_of_scattered_letters_is_read_in_position_order_not_grouped_for_minutes():
    # 1,500 letters, each its own text block: pdfminer's column grouping took over 30 s
    slow = b.scattered_letters_pdf(1, 1500)
    start = time.monotonic()
    found = pdf_text(slow, "traag.pdf", Limits(), Deadline(None))
    assert time.monotonic() - start < 5
    assert found.complete and len("".join(found.text.split())) == 1500
    assert found.warnings == ["traag.pdf: page 1 has more than 200 text blocks: read top to bottom, "
                              "without finding columns"]  # fmt: skip


def test_a_slow_pdf_stops_at_its_deadline_and_keeps_the_pages_read():
    slow = b.scattered_letters_pdf(300, 1500)  # about 0.3 s a page, 55 KB
    start = time.monotonic()
    found = pdf_text(slow, "traag.pdf", Limits(), Deadline(2.0))
    assert time.monotonic() - start < 4
    assert not found.complete and found.text.strip()
    assert "pages were read (the time limit is 2 s)" in found.warnings[0]


def test_a_normal_letter_is_still_grouped_into_columns():
    two_columns = b.pdf_page(
        b"BT /F1 10 Tf 1 0 0 1 50 700 Tm (links een) Tj 1 0 0 1 50 688 Tm (links twee) Tj "
        b"1 0 0 1 320 700 Tm (rechts een) Tj 1 0 0 1 320 688 Tm (rechts twee) Tj ET"
    )
    found = pdf_text(two_columns, "brief.pdf", Limits(), Deadline(None))
    assert found.complete and not found.warnings
    assert found.text.split() == [
        "links",
        "een",
        "links",
        "twee",
        "rechts",
        "een",
        "rechts",
        "twee",
    ]


def test_a_spreadsheet_with_one_huge_tag_stops_at_its_time_budget():
    # expat (before 2.6) parses a token spanning many reads again from its start on each read:
    # this stored 20 MB tag takes about 30 s unbounded; the deadline holds inside the row
    rows = [["naam", "tekst"]] + [[f"n{i}", f"Reactie {i} op artikel 28a."] for i in range(3000)]
    sheet = b.make_sheet(rows, "A1:B3001")
    at = sheet.index(b"<c ", len(sheet) // 2) + 3
    huge = b.xlsx_bytes(
        [], sheet_xml=sheet[:at] + b" " * (20 << 20) + sheet[at:], method=zipfile.ZIP_STORED
    )
    start = time.monotonic()
    responses, warnings = read_table(
        huge, ".xlsx", "lang.xlsx", limits=Limits(seconds_per_table=2.0)
    )
    assert time.monotonic() - start < 4
    assert 0 < len(responses) < 3000
    assert warnings == [
        f"lang.xlsx: only the first {len(responses) + 1:,} rows were read (the time limit is 2 s)"
    ]


def _failing_on(word: str, monkeypatch) -> None:
    """Make the analysis of any text that holds `word` fail, as a bug in a rule would."""
    real = Analyser.analyse_text

    def analyse_text(self, text):
        if word in text:
            raise RecursionError("a rule that never ends")
        return real(self, text)

    monkeypatch.setattr(Analyser, "analyse_text", analyse_text)


@pytest.mark.parametrize("streamed", [False, True], ids=["batch", "stream"])
def test_a_response_whose_analysis_fails_is_stored_whole_and_reported(tmp_path, bill, monkeypatch, streamed):
    if streamed:
        monkeypatch.setattr(ingest_module, "STREAM_FROM", 0)
        monkeypatch.setattr(stream_module, "PARALLEL_FROM", 1)  # derived here, where the failure is
    _failing_on("BOOM", monkeypatch)
    source = write_export(tmp_path / "export.csv", [
        ("Inzender 1", "Utrecht", "1 december 2026", "Artikel 28a is te streng."),
        ("Inzender 2", "Zwolle", "2 december 2026", "BOOM: artikel 28a.\n\nEen tweede alinea."),
        ("Inzender 3", "Ede", "3 december 2026", "De memorie van toelichting klopt niet."),
    ])  # fmt: skip
    report = ingest([source], bill, tmp_path / "c.sqlite")
    assert report.added == 3
    assert [(p.source.rsplit("/", 1)[-1], p.severity) for p in report.problems] == [("export.csv:3", "warning")]
    assert "RecursionError" in report.problems[0].message
    with open_store(tmp_path / "c.sqlite") as store:
        points = {p.text: p for p in store.report_data().points}
        assert "BOOM: artikel 28a.\n\nEen tweede alinea." in points  # every word, as one point
        assert points["BOOM: artikel 28a.\n\nEen tweede alinea."].nodes == ()
        assert points["Artikel 28a is te streng."].nodes  # the others analysed as ever
        assert [r[0].rsplit("/", 1)[-1] for r in store.dump()["problems"]] == ["export.csv:3"]


def test_a_number_of_thousands_of_digits_is_no_reference_and_no_crash(tmp_path, bill):
    # Python refuses int() of more than 4,300 digits: such a "number" stopped a whole ingest
    text = "Artikel " + "1" * 5000 + " en artikel 28a, " + "9" * 4500 + "e lid."
    source = write_export(tmp_path / "export.csv", [("Inzender 1", "Utrecht", "1 december 2026", text)])
    report = ingest([source], bill, tmp_path / "c.sqlite")
    assert report.added == 1 and report.problems == []
    with open_store(tmp_path / "c.sqlite") as store:
        points = store.report_data().points
        assert "".join(p.text for p in points).replace(" ", "") == text.replace(" ", "")
        assert any(p.nodes for p in points if "28a" in p.text)


def test_a_sentence_longer_than_a_point_is_cut_at_spaces_with_every_word_kept():
    # a table or a page of a PDF without full stops: it was cut off at 4,800 characters
    from wetgen.consult.analyse.points import MAX_POINT_CHARS, points_of

    text = " ".join(f"woord{i}" for i in range(3000))
    points = [p.text for p in points_of(text)]
    assert len(points) > 1 and all(len(p) <= MAX_POINT_CHARS * 4 for p in points)
    assert " ".join(points) == text
