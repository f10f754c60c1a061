"""Fuzzing the consultation readers: CSV, XLSX, HTML, EML, TXT, DOCX and ODT files built from
random content and then damaged at random (flipped, cut, inserted and hostile bytes). No
reader may fail with anything but a one-line refusal, and nothing a terminal would obey may
come out.

Marked `fuzz`. The normal suite runs each test on a few derandomized examples; `.ci/run` runs
them again with `WETGEN_FUZZ_EXAMPLES` set, a fixed and larger budget of random examples
(a failure prints the example and a blob to reproduce it).
"""

from __future__ import annotations

import csv
import io
import os
import re
import time
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.consult.hostile import builders as b
from wetgen.consult.read import RawResponse
from wetgen.consult.read.collect import collect
from wetgen.consult.read.eml import parse_eml
from wetgen.consult.read.files import extract_bytes
from wetgen.consult.read.html import Listing, read_page
from wetgen.consult.read.table import read_table
from wetgen.inputs import Deadline, Limits, RefusedInput

pytestmark = pytest.mark.fuzz
EXAMPLES = int(os.environ.get("WETGEN_FUZZ_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=EXAMPLES or 12, derandomize=not EXAMPLES, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
LIMITS = Limits(seconds_per_file=5, seconds_per_table=5, max_text_chars=50_000)
SECONDS = 15  # one example, whatever it holds
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE = [b"\x00", b'"', b"\n", b"\r", b";", b",", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe9", b"\xc3",
           b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;", b"<", b"]]>",
           b"PK\x03\x04", b"%PDF-", b"\x1b[31m", "\u202e".encode(), b"--", b"=?utf-8?b?", b"\t"]  # fmt: skip

words = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
rows = st.lists(st.lists(words, min_size=1, max_size=5), min_size=1, max_size=8)


@st.composite
def damaged(draw, data: bytes) -> bytes:
    """Return `data` with up to four random damages."""
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "hostile", "drop", "repeat"]))
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif kind == "cut":
            data = data[:at]
        elif kind == "insert":
            data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
        elif kind == "hostile":
            data = data[:at] + draw(st.sampled_from(HOSTILE)) + data[at:]
        elif kind == "drop":
            data = data[:at] + data[at + draw(st.integers(1, 64)) :]
        elif kind == "repeat":
            data = data[:at] + data[at : at + 64] * draw(st.integers(2, 50)) + data[at:]
    return data


def survives(read) -> object:
    """Run a reader: it returns, or refuses in one line; in time, and with nothing obeyed."""
    start = time.monotonic()
    try:
        found = read()
    except RefusedInput as exc:
        assert exc.reason and "\n" not in exc.reason
        found = None
    assert time.monotonic() - start < SECONDS
    return found


def _clean(responses: list[RawResponse]) -> None:
    from wetgen.consult.read.collect import clean

    for response in responses:
        clean(response)
        assert not OBEYED.search(response.text + response.name + response.place)


@SETTINGS
@given(table=rows, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
       delimiter=st.sampled_from([",", ";", "\t"]), data=st.data())  # fmt: skip
def test_csv(table, encoding, delimiter, data):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([["naam", "tekst"], *table])
    raw = data.draw(damaged(out.getvalue().encode(encoding, "replace")))
    found = survives(lambda: read_table(raw, ".csv", "f.csv", limits=LIMITS))
    if found:
        responses, warnings = found
        _clean(responses)
        assert all("\n" not in w for w in warnings)


@SETTINGS
@given(table=rows, dimension=st.sampled_from([None, "A1:B2", "A1:XFD1048576"]), data=st.data())
def test_xlsx(table, dimension, data):
    cells = [["naam", "tekst"], *([OBEYED.sub("", c) for c in row] for row in table)]
    sheet = data.draw(damaged(b.xlsx_bytes(cells, dimension)))  # the package, or …
    if data.draw(st.booleans()):  # … the sheet's XML inside a sound package
        inner = data.draw(damaged(b.make_sheet(cells, dimension)))
        sheet = b.xlsx_bytes([], sheet_xml=inner)
    found = survives(lambda: read_table(sheet, ".xlsx", "f.xlsx", limits=LIMITS))
    if found:
        _clean(found[0])


@SETTINGS
@given(name=words, place=words, answers=st.lists(words, max_size=4), data=st.data())
def test_html_page(name, place, answers, data):
    from html import escape

    quotes = "".join(f"<blockquote><p>{escape(a)}</p></blockquote>" for a in answers)
    page = (f"<html><body><table class='table__data-overview'><tr><th>Naam</th><td>{escape(name)}"
            f"</td></tr><tr><th>Plaats</th><td>{escape(place)}</td></tr></table>{quotes}"
            "<a class='icon--download' href='/x/reactie/12/bestand'>b</a></body></html>")  # fmt: skip
    raw = data.draw(damaged(page.encode("utf-8")))
    found = survives(lambda: read_page(raw, "p.html", "p"))
    if found is not None and not isinstance(found, Listing):
        _clean([found])


@SETTINGS
@given(sender=words, subject=words, body=words, parts=st.lists(words, max_size=4), data=st.data())
def test_eml(sender, subject, body, parts, data):
    message = EmailMessage()
    message.set_content(body)
    for i, text in enumerate(parts):
        message.add_attachment(text.encode(), maintype="text", subtype="plain", filename=f"b{i}.txt")
    head = "".join(f"{key}: {' '.join(value.split())}\r\n" for key, value in
                   (("From", f"{sender} <a@example.org>"), ("Subject", subject)))  # fmt: skip
    raw = data.draw(damaged(head.encode("utf-8", "replace") + message.as_bytes()))
    found = survives(lambda: parse_eml(raw, "m.eml", LIMITS, Deadline(5)))
    if found is not None:
        _clean([RawResponse("k", "eml", "m.eml", name=found.name, text=found.text)])


@SETTINGS
@given(paragraphs=st.lists(words, max_size=6), kind=st.sampled_from([".docx", ".odt", ".txt"]),
       inner=st.booleans(), data=st.data())  # fmt: skip
def test_documents(paragraphs, kind, inner, data):
    clean = [OBEYED.sub("", p) for p in paragraphs]
    if kind == ".txt":
        raw = data.draw(damaged("\n".join(paragraphs).encode("utf-8", "replace")))
    else:
        xml = b.docx_document(clean) if kind == ".docx" else b.odt_content(clean)
        xml = data.draw(damaged(xml)) if inner else xml
        raw = b.docx_bytes(xml) if kind == ".docx" else b.odt_bytes(xml)
        raw = raw if inner else data.draw(damaged(raw))
    found = survives(lambda: extract_bytes(raw, kind, f"d{kind}", LIMITS, Deadline(5)))
    if found is not None:
        _clean([RawResponse("k", "file", "d", text=found.text)])


@settings(SETTINGS, max_examples=max(EXAMPLES // 10, 4))
@given(data=st.data())
def test_a_folder_of_damaged_files_keeps_its_good_letter(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "goed.txt").write_text("Artikel 28a is te streng.", encoding="utf-8")
    makers = {
        "r.csv": lambda: b"naam,tekst\nA,Artikel 1\n",
        "r.xlsx": lambda: b.xlsx_bytes([["naam", "tekst"], ["A", "Artikel 2"]]),
        "r.docx": lambda: b.docx_bytes(b.docx_document(["Artikel 3"])),
        "r.odt": lambda: b.odt_bytes(b.odt_content(["Artikel 4"])),
        "r.pdf": lambda: b.pdf_page(b.pdf_text_ops(["Artikel 5"])),
        "r.eml": lambda: b.eml("A <a@example.org>", "x", "Artikel 6"),
        "r.zip": lambda: b.zip_bytes({"in.txt": b"Artikel 7"}),
        "r.html": lambda: b"<html><body><table class='table__data-overview'><tr><th>Naam</th><td>A</td></tr></table><blockquote>x</blockquote></body></html>",
    }  # fmt: skip
    for name in data.draw(st.lists(st.sampled_from(sorted(makers)), min_size=1, max_size=4, unique=True)):
        (folder / name).write_bytes(data.draw(damaged(makers[name]())))
    batch = collect([folder], limits=LIMITS)
    assert any(r.text == "Artikel 28a is te streng." for r in batch.responses.values())
    assert all("\n" not in p.message for p in batch.problems)
    _clean(list(batch.responses.values()))
