"""The Word round trip with stable keys: a bill built by wetgen, edited in Word (a lid's text
changed, a lid added, an article moved before another and the two renumbered), with and without
tracked changes, and saved again by LibreOffice, imports back with every unit that still exists
keeping its key; the lid typed in Word has none.

The edits are made on the XML the way Word makes them: typed text in the paragraph, a new
paragraph without the bookmark (Word does not copy one along), paragraphs cut and pasted with
their bookmarks, and as tracked changes `w:ins`/`w:del` runs, an inserted paragraph mark and
`w:moveFrom`/`w:moveTo` (the bookmarks travel with the moved text).
"""

from __future__ import annotations

import copy
import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import DEFAULT_DRAFT_DIR
from wetgen.importer import import_data
from wetgen.loader import load_bill
from wetgen.model import AmendingOnderdeel, Article, Bill, Division, Instruction, Item, Lid
from wetgen.render.docx import render_bill_docx
from wetgen.render.pdf import find_soffice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
NEW_LID = "Burgemeester en wethouders doen van de aanpassing mededeling aan Onze Minister."
ADDED = " en in ieder geval"
STAMP = {_W + "id": "900", _W + "author": "Jurist", _W + "date": "2027-03-20T10:00:00Z"}


def units(bill: Bill) -> dict[str, tuple[str, str]]:
    """Return every keyed unit of a bill: key → (kind, its own text)."""
    found: dict[str, tuple[str, str]] = {}

    def walk(unit: object) -> None:
        key = getattr(unit, "key", "")
        if key:
            assert key not in found, f"key {key} on two units"
            found[key] = (type(unit).__name__, getattr(unit, "text", "") or getattr(unit, "opschrift", ""))
        if isinstance(unit, Division):
            children = unit.children
        elif isinstance(unit, Article):
            children = (*unit.items, *unit.leden, *unit.onderdelen)
        elif isinstance(unit, AmendingOnderdeel):
            children = unit.instructions
        elif isinstance(unit, Instruction):
            children = (*unit.payload, *unit.children)
        else:
            assert isinstance(unit, Lid | Item)
            children = unit.items
        for child in children:
            walk(child)

    for node in bill.body:
        walk(node)
    return found


# --- editing the Word file as Word does ---------------------------------------------------------


def edited(data: bytes, edit) -> bytes:  # noqa: ANN001 - a function on the body
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            part = source.read(name)
            if name == "word/document.xml":
                root = etree.fromstring(part)
                edit(root.find(_W + "body"))
                part = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(name, part)
    return out.getvalue()


def marked(body: etree._Element, bookmark: str) -> etree._Element:
    return next(p for p in body.iter(_W + "p") for b in p.iter(_W + "bookmarkStart") if b.get(_W + "name") == bookmark)


def run(text: str, tag: str = "t") -> etree._Element:
    r = etree.Element(_W + "r")
    t = etree.SubElement(r, _W + tag)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def tracked(kind: str, *runs: etree._Element) -> etree._Element:
    wrapper = etree.Element(_W + kind, STAMP)
    wrapper.extend(runs)
    return wrapper


def wrap(r: etree._Element, kind: str) -> None:
    wrapper = tracked(kind)
    r.addprevious(wrapper)
    wrapper.append(r)


def article_paragraphs(body: etree._Element, heading: str) -> list[etree._Element]:
    start = marked(body, heading)
    out = [start]
    for p in start.itersiblings():
        style = p.find(f"{_W}pPr/{_W}pStyle")
        if style is None or style.get(_W + "val") == "Heading1":
            break
        out.append(p)
    return out


def set_heading(p: etree._Element, text: str) -> None:
    p.find(f".//{_W}t").text = text


def edit_plain(body: etree._Element) -> None:
    # a word typed into ARTIKEL III, eerste lid
    lid = marked(body, "wg_evaluatie_verslag")
    lid.findall(f".//{_W}t")[-1].text += ADDED
    # a lid added after ARTIKEL II, vierde lid: Enter at its end, then typed
    last = marked(body, "wg_overgang_verordening")
    new = copy.deepcopy(last)
    for mark in new.findall(_W + "bookmarkStart") + new.findall(_W + "bookmarkEnd"):
        new.remove(mark)
    texts = new.findall(f".//{_W}t")
    texts[0].text, texts[-1].text = "5.", NEW_LID
    last.addnext(new)
    # ARTIKEL III cut and pasted before ARTIKEL II, the two headings renumbered
    moving = article_paragraphs(body, "wg_evaluatie")
    before = marked(body, "wg_overgangsrecht")
    for p in moving:
        before.addprevious(p)
    set_heading(moving[0], "ARTIKEL II. Evaluatie")
    set_heading(before, "ARTIKEL III. Overgangsrecht")


def edit_tracked(body: etree._Element) -> None:
    # ARTIKEL III moved before ARTIKEL II: struck through where it was, inserted where it went
    moving = article_paragraphs(body, "wg_evaluatie")
    before = marked(body, "wg_overgangsrecht")
    for p in moving:
        moved = copy.deepcopy(p)
        for r in moved.findall(_W + "r"):
            wrap(r, "moveTo")
        before.addprevious(moved)
        for mark in p.findall(_W + "bookmarkStart") + p.findall(_W + "bookmarkEnd"):
            p.remove(mark)
        for r in p.findall(_W + "r"):
            wrap(r, "moveFrom")
            for t in r.iter(_W + "t"):
                t.tag = _W + "delText"
        etree.SubElement(p.find(_W + "pPr"), _W + "rPr").append(etree.Element(_W + "moveFrom", STAMP))
    set_heading(marked(body, "wg_evaluatie"), "ARTIKEL II. Evaluatie")  # the moved copy
    set_heading(before, "ARTIKEL III. Overgangsrecht")
    # a word typed into the moved article, eerste lid
    lid = marked(body, "wg_evaluatie_verslag")
    lid.append(tracked("ins", run(ADDED)))
    # a lid added after ARTIKEL II, vierde lid: the paragraph mark Enter made is an insertion
    last = marked(body, "wg_overgang_verordening")
    rpr = etree.SubElement(last.find(_W + "pPr"), _W + "rPr")
    rpr.append(etree.Element(_W + "ins", STAMP))
    new = etree.Element(_W + "p")
    new.append(copy.deepcopy(last.find(_W + "pPr")))
    new.find(_W + "pPr").remove(new.find(f"{_W}pPr/{_W}rPr"))
    new.append(tracked("ins", run("5."), run("", "tab"), run(NEW_LID)))
    new.find(f".//{_W}tab").text = None
    last.addnext(new)


# --- the round trips ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def original() -> Bill:
    return load_bill(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml")


def assert_keys_kept(imported: Bill, original: Bill, *, edits: bool = True) -> None:
    before, after = units(original), units(imported)
    assert set(after) == set(before)  # every unit still there keeps its key; no key is made up
    assert all(after[k][0] == before[k][0] for k in before)  # on a unit of the same kind
    if not edits:
        assert after == before
        return
    articles = {a.key: a for a in imported.articles()}
    assert articles["evaluatie"].number == "II" and articles["overgangsrecht"].number == "III"
    assert after["evaluatie-verslag"][1] == before["evaluatie-verslag"][1] + ADDED
    added = articles["overgangsrecht"].leden[-1]
    assert (added.number, added.text, added.key) == ("5", NEW_LID, "")
    assert {k: v for k, v in after.items() if k != "evaluatie-verslag"} == {
        k: v for k, v in before.items() if k != "evaluatie-verslag"
    }


def test_keys_come_back_unedited(original):
    assert_keys_kept(import_data(render_bill_docx(original), "bill.docx").bill, original, edits=False)


def test_keys_survive_editing(original):
    data = edited(render_bill_docx(original), edit_plain)
    assert_keys_kept(import_data(data, "bill.docx").bill, original)


def test_keys_survive_tracked_changes(original):
    data = edited(render_bill_docx(original), edit_tracked)
    assert_keys_kept(import_data(data, "bill.docx", revisions="accept").bill, original)
    # rejected, the article stays where it was; its bookmarks went with the moved text, which is
    # gone, so it comes back without keys (left: carrying them back along the move's name)
    rejected = units(import_data(data, "bill.docx", revisions="reject").bill)
    moved = {u.key for a in original.articles() if a.key == "evaluatie" for u in (a, *a.leden, *a.leden[1].items)}
    assert rejected == {k: v for k, v in units(original).items() if k not in moved}


def test_a_deleted_lid_gives_its_key_to_no_other(original):
    def delete_lid(body: etree._Element) -> None:
        lid = marked(body, "wg_overgang_aanvragen")
        for r in lid.findall(_W + "r"):
            wrap(r, "del")
            for t in r.iter(_W + "t"):
                t.tag = _W + "delText"
        etree.SubElement(lid.find(_W + "pPr"), _W + "rPr").append(etree.Element(_W + "del", STAMP))

    imported = import_data(edited(render_bill_docx(original), delete_lid), "bill.docx", revisions="accept").bill
    before, after = units(original), units(imported)
    assert set(before) - set(after) == {"overgang-aanvragen"}
    assert {k: v for k, v in before.items() if k != "overgang-aanvragen"} == after


def libreoffice(data: bytes, tmp_path: Path) -> bytes:
    """Return the file as LibreOffice saves it again (it rewrites every part)."""
    src = tmp_path / "in" / "bill.docx"
    src.parent.mkdir()
    src.write_bytes(data)
    out = tmp_path / "out"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [find_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return (out / "bill.docx").read_bytes()


needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")


@needs_soffice
@pytest.mark.parametrize("edit", ["none", "plain", "tracked"])
def test_keys_survive_libreoffice(original, edit, tmp_path):
    data = render_bill_docx(original)
    if edit != "none":
        data = edited(data, edit_plain if edit == "plain" else edit_tracked)
    saved = libreoffice(data, tmp_path)
    assert saved != data
    revisions = "accept" if edit == "tracked" else None
    assert_keys_kept(import_data(saved, "bill.docx", revisions=revisions).bill, original, edits=edit != "none")

