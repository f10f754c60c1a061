"""The shared input limits and safe parsers: files, archives, XML and text from outside."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from tests.consult.hostile import builders as b
from wetgen.inputs import Limits, RefusedInput
from wetgen.inputs.archives import (
    PartTooLarge,
    member_problem,
    open_archive,
    open_member,
    read_member,
)
from wetgen.inputs.files import Found, Passed, open_regular, read_regular, walk
from wetgen.inputs.text import LineDecoder, decode_text, looks_binary, neutralise, one_line
from wetgen.inputs.xml import iter_xml, parse_xml

# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "clean"), [
    ("rood \x1b[31mrood\x1b[0m", "rood rood"),  # colours
    ("a\x1b[2J\x1b[Hb", "ab"),  # clear the screen, cursor home
    ("x\x1b]0;gekaapt\x07y", "xy"),  # the window title
    ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"),  # a hyperlink, ST-terminated
    ("\x9b31mC1\x9b0m", "C1"),  # the 8-bit CSI
    ("Gemeente \u202eetsleeW\u202c", "Gemeente etsleeW"),  # Trojan Source overrides
    ("a\u2066b\u2069c\u200fd", "abcd"),  # isolates and marks
    ("tab\tnewline\ncr\r nul\x00 bel\x07 del\x7f", "tab\tnewline\ncr nul bel del"),
    ("half \udcff surrogate", "half \ufffd surrogate"),
    ("non\ufffecharacter\ufeff", "noncharacter"),
    ("Jérôme Zoë één — ‘quotes’ €", "Jérôme Zoë één — ‘quotes’ €"),  # ordinary text untouched
])  # fmt: skip
def test_neutralise(raw, clean):
    assert neutralise(raw) == clean


def test_neutralise_visible_shows_what_was_there():
    assert neutralise("r\x1b[31m\u202e\n", visible=True) == "r\\x1b[31m\\u202e\\x0a"
    assert one_line("a\nb\x1b[2J  c" + "x" * 400, width=10) == "a b cxxxx…"


def test_line_decoder_keeps_a_bad_byte_to_its_line():
    decoder = LineDecoder("x.csv", "Zoë\n".encode())
    assert decoder.decode(1, "José\n".encode("utf-8-sig")) == "José\n"
    assert decoder.decode(2, "Renée ".encode() + "crème\n".encode("cp1252")) == "Renée crème\n"
    assert decoder.decode(3, b"n\x00ul\n") == "nul\n"
    assert decoder.warnings() == [
        "x.csv: line 2 not valid UTF-8: the bad bytes were read as Windows-1252",
        "x.csv: NUL bytes removed from line 3",
    ]


def test_a_windows_file_is_said_once():
    sample = "Caf\u00e9\nR\u00e9sum\u00e9\n".encode("cp1252")
    decoder = LineDecoder("x.csv", sample)
    assert [decoder.decode(n, line) for n, line in enumerate(sample.splitlines(True), 1)] == ["Café\n", "Résumé\n"]
    assert decoder.warnings() == ["x.csv: not UTF-8, read as Windows-1252"]


def test_binary_and_text():
    assert looks_binary(bytes(range(256)) * 4)
    assert not looks_binary("Artikel 28a.\x00 Eén NUL".encode())
    assert not looks_binary("utf-16".encode("utf-16"))
    with pytest.raises(RefusedInput, match="binary data"):
        decode_text(b"\x00\x01\x02\x03" * 100, "b.txt")
    assert decode_text("Café".encode("cp1252"), "c.txt") == ("Café", ["c.txt: not UTF-8, read as Windows-1252"])


# --- files -----------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    root, outside = tmp_path / "in", tmp_path / "buiten"
    root.mkdir()
    outside.mkdir()
    (outside / "geheim.txt").write_text("geheim")
    (root / "a.txt").write_text("a")
    (root / ".verborgen.txt").write_text("h")
    (root / "sub").mkdir()
    (root / "sub" / "b.txt").write_text("b")
    (root / "link.txt").symlink_to(outside / "geheim.txt")
    (root / "map").symlink_to(outside)
    os.mkfifo(root / "fifo.txt")
    return root


def test_walk_follows_no_link_and_names_every_special_file(folder):
    entries = list(walk(folder))
    assert [e.rel for e in entries if isinstance(e, Found)] == ["a.txt", "sub/b.txt"]
    passed = {e.rel: e.reason for e in entries if isinstance(e, Passed)}
    assert passed == {
        "fifo.txt": "a FIFO (named pipe): not read",
        "link.txt": "a symbolic link: not followed",
        "map": "a symbolic link: not followed",
    }


def test_open_regular_refuses_links_fifos_and_a_swapped_file(folder):
    with pytest.raises(RefusedInput, match="symbolic link"):
        open_regular(folder / "link.txt")
    with pytest.raises(RefusedInput, match="FIFO"):
        open_regular(folder / "fifo.txt")  # without blocking
    with pytest.raises(RefusedInput, match="folder"):
        open_regular(folder / "sub")
    found = next(e for e in walk(folder) if isinstance(e, Found))
    (folder / "ander.txt").write_text("swapped")
    (folder / "ander.txt").replace(folder / "a.txt")  # a different file under the walked name
    with pytest.raises(RefusedInput, match="replaced"):
        open_regular(found.path, found.identity)
    with pytest.raises(RefusedInput, match="over the"):
        read_regular(folder / "sub" / "b.txt", 0)


# --- archives --------------------------------------------------------------------------------


def _info(name: str, **kw) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    for key, value in kw.items():
        setattr(info, key, value)
    return info


@pytest.mark.parametrize(("info", "problem"), [
    (_info("ok.txt", external_attr=(stat.S_IFREG | 0o644) << 16), None),
    (_info("ok.txt", external_attr=0o600 << 16), None),  # no file type kept: a file
    (_info("../uit.txt"), "leaves the archive"),
    (_info("a/../../uit.txt"), "leaves the archive"),
    (_info("..\\..\\win.txt"), "leaves the archive"),
    (_info("/etc/x.txt"), "absolute path"),
    (_info("C:/x.txt"), "absolute path"),
    (_info("l.txt", external_attr=(stat.S_IFLNK | 0o777) << 16), "symbolic link"),
    (_info("f", external_attr=(stat.S_IFIFO | 0o644) << 16), "special file"),
    (_info("e.txt", flag_bits=0x1), "encrypted"),
    (_info("d.txt", compress_type=9), "Deflate64"),
])  # fmt: skip
def test_member_problems(info, problem):
    found = member_problem(info)
    assert (found is None) if problem is None else (problem in found)


def test_damage_in_a_member_is_a_refusal_not_a_zipfile_error():
    data = b.corrupt_member(b.zip_bytes({"k.txt": b"Dit lid is te vaag " * 40}, zipfile.ZIP_STORED), b"vaag")
    archive = open_archive(data, "k.zip")
    with pytest.raises(RefusedInput, match="damaged .BadZipFile: Bad CRC-32"):
        read_member(archive, "k.txt", "k.zip", 1 << 20)
    with pytest.raises(PartTooLarge):
        read_member(open_archive(b.zip_bytes({"g.txt": b"x" * 5000}), "g.zip"), "g.txt", "g.zip", 100)
    with pytest.raises(RefusedInput, match="zip bomb"):
        open_archive(b.raw_deflate_zip("b.txt", b"0" * 65536, 1024), "b.zip")
    with pytest.raises(RefusedInput, match="encrypted .password-protected. or old-format Office"):
        open_archive(b.CFB_HEADER + bytes(100), "e.docx")
    with pytest.raises(RefusedInput, match="not a readable .xlsx file"):
        open_archive(b"tekst", "t.xlsx", kind=".xlsx file")


# --- XML -------------------------------------------------------------------------------------


def test_xml_is_parsed_incrementally_within_its_size_cap():
    body = b"<r>" + b"<p>tekst</p>" * 100_000 + b"</r>"
    archive = zipfile.ZipFile(io.BytesIO(b.zip_bytes({"d.xml": body})))
    seen = 0
    with pytest.raises(PartTooLarge):
        for _event, element in iter_xml(open_member(archive, "d.xml", "d.zip", 200_000), "d", ("p",), ("end",)):
            seen += 1
            element.clear()
    assert 10_000 < seen < 20_000  # it read as far as the cap allows, element by element


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty file"),
    (b"\x00\x01<r/>", "binary data"),
    (b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', "declares a DTD or entities"),
    (b"<?xml version='1.0'?><!--" + b"x" * 70_000 + b"--><!DOCTYPE r [<!ENTITY a 'b'>]><r>&a;</r>",
     "declares a DTD or entities"),  # hidden behind a long comment
    (b"<r><p></r>", "not well-formed XML"),
])  # fmt: skip
def test_bad_xml_is_refused_in_one_line(data, message):
    for parse in (lambda: parse_xml(data, "x.xml", 1 << 20),
                  lambda: list(iter_xml(io.BytesIO(data), "x.xml"))):  # fmt: skip
        with pytest.raises(RefusedInput) as raised:
            parse()
        assert message in raised.value.reason and "\n" not in raised.value.reason


def test_limits_are_one_value_for_every_reader():
    limits = Limits()
    assert limits.max_file_bytes == 25 * 1024 * 1024 and limits.seconds_per_file == 60
