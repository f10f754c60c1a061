"""BillWriter's hooks: every paragraph as data, and every unit entered and left in order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from wetgen.loader import load_bill
from wetgen.render.bill_writer import BillWriter, Para, UnitMark
from wetgen.render.docx import open_reference, render_bill_docx
from wetgen.word import xml

ROOT = Path(__file__).resolve().parents[2]
PLAIN = ROOT / "tests" / "cases" / "good" / "zelfstandige-wet.yaml"
AMENDING = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"


class Recorder(BillWriter):
    """Records the paragraphs and the units instead of writing XML."""

    def __init__(self, styles, amending_law):
        super().__init__(styles, amending_law)
        self.paras: list[Para] = []
        self.events: list[str] = []

    def paragraph(self, para: Para) -> None:
        self.paras.append(para)

    def enter(self, mark: UnitMark) -> None:
        self.events.append(f"+{mark.kind} {mark.number}".rstrip())

    def leave(self, mark: UnitMark) -> None:
        self.events.append(f"-{mark.kind}")


def recorded(path: Path) -> Recorder:
    """Return the recorder after writing the bill at `path`."""
    bill = load_bill(path)
    writer = Recorder(open_reference().styles, bill.is_amending_law)
    writer.bill(bill)
    return writer


def word_paragraphs(path: Path) -> list[str]:
    """Return the text of each body paragraph of the rendered wetsvoorstel."""
    with zipfile.ZipFile(io.BytesIO(render_bill_docx(load_bill(path)))) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    w = f"{{{xml.W_NS}}}"
    return [
        "".join("\t" if el.tag == f"{w}tab" else el.text or "" for el in p.iter(f"{w}t", f"{w}tab"))
        for p in body.iter(f"{w}p")
    ]


def test_the_paragraph_hook_sees_every_paragraph_word_gets():
    for path in (PLAIN, AMENDING):
        assert [p.plain() for p in recorded(path).paras] == word_paragraphs(path)


def test_units_are_entered_and_left_in_document_order():
    events = recorded(PLAIN).events
    assert events[:8] == [
        "+division 1", "+article 1", "+item a", "-item", "+item b", "-item", "-article",
        "+article 2",
    ]  # fmt: skip
    lid_3 = events.index("+lid 3")
    assert events[lid_3 + 1 : lid_3 + 4] == ["+item a", "+item 1", "-item"]  # a subonderdeel
    assert events[-2:] == ["+slot", "-slot"]
    depth = 0
    for event in events:
        depth += 1 if event.startswith("+") else -1
        assert depth >= 0
    assert depth == 0


def test_amending_onderdelen_and_their_instructions_are_units():
    events = recorded(AMENDING).events
    assert "+onderdeel A" in events
    first = events.index("+onderdeel A")
    assert events[first + 1 : first + 3] == ["+instruction 1", "+lid 4"]  # its new lid


def test_a_writer_without_listeners_is_not_called_for_units():
    writer = BillWriter(open_reference().styles, False)
    assert writer.marking is False
    assert Recorder(open_reference().styles, False).marking is True
