"""Bad base-law input gets one clear line (a LawError, or exit 1 from the CLI), never a traceback."""

import pytest

from tests.law.conftest import WOONRUIMTE
from wetgen.errors import UsageError
from wetgen.law import safe_xml
from wetgen.law.errors import LawError
from wetgen.law.read import read_law

GOOD = WOONRUIMTE.read_bytes()
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE toestand [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<toestand bwb-id="BWBR0099901"><wetgeving><wet-besluit><wettekst>
<artikel><kop><nr>1</nr></kop><al>&lol3;</al></artikel></wettekst></wet-besluit></wetgeving></toestand>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE toestand [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<toestand><wetgeving><wet-besluit><wettekst><artikel><al>&x;</al></artikel></wettekst></wet-besluit></wetgeving></toestand>"""
LATE_DOCTYPE = b"<?xml version='1.0'?><!--" + b"x" * 70000 + b"-->" + LAUGHS.split(b"?>", 1)[1]
DEEP = b"<toestand><wetgeving><wet-besluit><wettekst>" + b"<hoofdstuk>" * 300 + b"</hoofdstuk>" * 300 + b"</wettekst></wet-besluit></wetgeving></toestand>"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("tekst.xml", b"Dit is geen XML.\n", "not well-formed XML"),
        ("afgebroken.xml", GOOD[: len(GOOD) // 2], "not well-formed XML"),
        ("leeg.xml", b"", "empty file"),
        ("binair.xml", bytes(range(256)) * 8, "binary data"),
        ("andere-root.xml", b"<?xml version='1.0'?><officiele-publicatie/>", "not a law wetgen reads (root element <officiele-publicatie>"),
        ("laughs.xml", LAUGHS, "declares a DTD or entities"),
        ("xxe.xml", XXE, "declares a DTD or entities"),
        ("late-doctype.xml", LATE_DOCTYPE, "declares a DTD or entities"),
        ("diep.xml", DEEP, "not well-formed XML"),
        ("zonder-tekst.xml", b"<toestand bwb-id='BWBR0099901'><wetgeving><citeertitel>X</citeertitel></wetgeving></toestand>", "has no wettekst or regeling-tekst"),
        ("manifest.xml", b"<work label='BWBR0099901'/>", "not a law wetgen reads"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 40 else "",
)
def test_a_bad_file_gives_one_line(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LawError) as raised:
        read_law(path)
    text = str(raised.value)
    assert message in text and "\n" not in text


def test_a_doctype_hidden_behind_a_long_comment_is_refused_after_parsing(tmp_path):
    body = b"<?xml version='1.0'?><!--" + b"x" * 70000 + b"-->" + XXE.split(b"?>", 1)[1]
    path = tmp_path / "verstopt.xml"
    path.write_bytes(body)
    with pytest.raises(LawError, match="declares a DTD or entities|not well-formed"):
        read_law(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_xml, "MAX_LAW_BYTES", 1000)
    path = tmp_path / "groot.xml"
    path.write_bytes(GOOD)
    with pytest.raises(LawError, match=r"over the 0.0 MB limit for a law"):
        read_law(path)


def test_a_missing_file_or_a_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        read_law(tmp_path / "er-niet.xml")
    with pytest.raises(UsageError, match="is a directory"):
        read_law(tmp_path)


@pytest.mark.parametrize("data", [b"<toestand><wetgeving>", LAUGHS, b"\x00\x01\x02"], ids=["damaged", "entities", "binary"])
def test_the_cli_prints_one_line_and_exits_1(run_cli, tmp_path, data):
    path = tmp_path / "slecht.xml"
    path.write_bytes(data)
    code, out, err = run_cli("law", "show", str(path))
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
