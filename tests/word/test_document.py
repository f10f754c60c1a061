"""The public Word API: a document on the reference .docx with every kind of content."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx as python_docx
import pytest
from lxml import etree
from PIL import Image

from wetgen.errors import RenderError
from wetgen.word import Properties, WordDocument, read_package, xml
from wetgen.word.package import ZIP_EPOCH

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "templates" / "reference.docx"
WHEN = datetime(2027, 3, 15)
W = f"{{{xml.W_NS}}}"


def png(width: int = 40, height: int = 20) -> bytes:
    """Return a small PNG picture."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (21, 66, 115)).save(out, format="PNG")
    return out.getvalue()


def sample() -> WordDocument:
    """Return a document holding one of everything the API adds."""
    doc = WordDocument.open(REFERENCE)
    doc.add_heading("Inleiding", 1)
    doc.add_paragraph("Een alinea met een voetnoot", "MvT tekst")
    note = doc.add_footnote([xml.text_run("Kamerstukken II 2025/26, 36 123, nr. 2.")])
    start, end = doc.add_comment(
        [xml.text_run("Nagaan.")], author="wetgen", date="2027-03-15T00:00:00Z"
    )
    doc.add_runs(start + xml.text_run("Tekst") + end + note, "MvT tekst")
    doc.add_table([("Partij", "Wanneer"), ("Gemeenten", "Jaarlijks")], style="Table Grid")
    doc.add_picture(png(), descr="Een blauw vlak", style="Caption")
    doc.add_section(landscape=True)
    doc.add_paragraph("Liggend", "Normal")
    doc.set_header(["Titel", "Versie"])
    doc.set_footer()
    doc.properties = Properties(title="Proef", custom=(("Documentsoort", "Proef"),))
    return doc


def unzip(data: bytes) -> dict[str, bytes]:
    """Return the parts of a .docx."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_document_with_everything_saves_the_same_bytes_twice():
    assert sample().to_bytes(WHEN) == sample().to_bytes(WHEN)


def test_a_document_with_everything_has_its_parts_and_opens_in_python_docx():
    data = sample().to_bytes(WHEN)
    parts = unzip(data)
    assert {"word/footnotes.xml", "word/comments.xml", "word/media/image1.png"} <= set(parts)
    types = parts["[Content_Types].xml"].decode()
    assert 'PartName="/word/comments.xml"' in types and 'PartName="/word/media/image1.png"' in types
    body = etree.fromstring(parts["word/document.xml"]).find(f"{W}body")
    sections = [*body.iter(f"{W}sectPr")]
    assert len(sections) == 2  # one ends the portrait section, the last is the landscape one
    assert sections[0].find(f"{W}pgSz").get(f"{W}orient") is None
    assert sections[1].find(f"{W}pgSz").get(f"{W}orient") == "landscape"
    assert all(s.find(f"{W}headerReference") is not None for s in sections)
    document = python_docx.Document(io.BytesIO(data))
    assert [t.cell(1, 0).text for t in document.tables] == ["Gemeenten"]
    assert document.core_properties.title == "Proef"
    assert len(document.inline_shapes) == 1
    assert b"PAGE" in parts["word/wetgen-footer.xml"]


def test_a_document_with_everything_is_valid_ooxml(tmp_path):
    from openxml_audit import FileFormat, OpenXmlValidator

    path = tmp_path / "sample.docx"
    sample().save(path, WHEN)
    result = OpenXmlValidator(file_format=FileFormat.OFFICE_2019).validate(path)
    assert [str(e) for e in result.errors] == []


def test_the_landscape_text_width_is_the_long_side_less_the_margins():
    doc = WordDocument.open(REFERENCE)
    portrait = doc.text_width()
    doc.add_section(landscape=True)
    assert doc.text_width() > portrait
    assert doc.text_width() - portrait == 16838 - 11906  # A4


def test_dutch_style_names_resolve_both_ways(tmp_path):
    """A reference whose heading style is called "Kop 1" answers to "Heading 1", and back."""
    package = read_package(REFERENCE)
    styles = package.parts["word/styles.xml"]
    package.parts["word/styles.xml"] = styles.replace(b'w:val="heading 1"', b'w:val="Kop 1"')
    package.parts["word/styles.xml"] = package.parts["word/styles.xml"].replace(
        b'w:val="Heading 1"', b'w:val="Kop 1"'
    )
    path = tmp_path / "nl.docx"
    path.write_bytes(package.to_bytes(ZIP_EPOCH))
    doc = WordDocument.open(path)
    assert doc.styles["Heading 1"] == doc.styles["kop 1"] == doc.styles["KOP 1"]
    english = WordDocument.open(REFERENCE)
    assert english.styles["Voetnoottekst"] == english.styles["footnote text"]


def test_a_missing_style_is_named():
    doc = WordDocument.open(REFERENCE)
    with pytest.raises(RenderError, match='lacks these styles: "Bestaat niet"'):
        doc.require_styles(["Normal", "Bestaat niet"])
    with pytest.raises(RenderError, match='lacks the style "Bestaat niet"'):
        doc.add_paragraph("x", "Bestaat niet")


def test_a_picture_must_be_a_png_jpeg_or_gif():
    doc = WordDocument.open(REFERENCE)
    with pytest.raises(RenderError, match="not a PNG, JPEG or GIF"):
        doc.add_picture(b"<svg/>", descr="x")
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, format="BMP")
    with pytest.raises(RenderError, match="not a PNG, JPEG or GIF"):
        doc.add_picture(out.getvalue(), descr="x")


def test_a_picture_is_at_most_the_text_width_and_keeps_its_proportions():
    doc = WordDocument.open(REFERENCE)
    run = doc.picture_run(png(4000, 1000), descr="breed")
    extent = etree.fromstring(f"<w:p {xml.ns.NSDECL}>{run}</w:p>").find(
        f".//{{{xml.ns.WP_NS}}}extent"
    )
    cx, cy = int(extent.get("cx")), int(extent.get("cy"))
    assert cx == doc.text_width() * xml.EMU_PER_TWIP and cy == cx // 4


def test_the_example_in_the_rendering_docs_runs():
    docs = (ROOT / "docs" / "rendering.md").read_text(encoding="utf-8")
    example = docs.split("## The Word API", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(compile(example, "docs/rendering.md", "exec"), namespace)
    document = python_docx.Document(io.BytesIO(namespace["data"]))
    assert document.paragraphs[0].text == "Inleiding"
    assert len(document.sections) == 2 and document.tables[0].cell(1, 0).text == "Gemeenten"


def test_an_empty_table_adds_nothing():
    doc = WordDocument.open(REFERENCE)
    doc.add_table([])
    assert doc.body == []
