"""Figures in the MvT: a picture when the file is a regular file inside the draft's folder,
otherwise only the caption line; nothing outside the folder is ever read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from wetgen.loader import load_bill
from wetgen.render import mvt_docx
from wetgen.render.docx import render_mvt_docx

ROOT = Path(__file__).resolve().parents[2]
DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"


def png() -> bytes:
    """Return a small PNG."""
    out = io.BytesIO()
    Image.new("RGB", (60, 30), (225, 112, 0)).save(out, format="PNG")
    return out.getvalue()


def draft_with(folder: Path, markdown: str):
    """Write a draft whose MvT is `markdown` into `folder` and load it."""
    folder.mkdir(parents=True, exist_ok=True)
    text = DRAFT.read_text(encoding="utf-8").replace(
        "toelichting: 01-consultatieversie.mvt.md", "toelichting: mvt.md"
    )
    (folder / "wet.yaml").write_text(text, encoding="utf-8")
    (folder / "mvt.md").write_text(markdown, encoding="utf-8")
    return load_bill(folder / "wet.yaml")


def media_and_text(data: bytes) -> tuple[list[str], str]:
    """Return the media parts of a .docx and its document XML."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        return media, archive.read("word/document.xml").decode()


def test_a_figure_in_the_draft_folder_becomes_a_picture(tmp_path):
    (tmp_path / "d" / "img").mkdir(parents=True)
    (tmp_path / "d" / "img" / "kaart.png").write_bytes(png())
    bill = draft_with(tmp_path / "d", "Tekst.\n\n![De kaart](img/kaart.png)\n")
    media, document = media_and_text(render_mvt_docx(bill))
    assert media == ["word/media/image1.png"]
    assert 'descr="De kaart"' in document and "Figuur 1. De kaart" in document


@pytest.mark.parametrize(
    "source",
    ["../geheim.png", "https://example.org/kaart.png", "/etc/passwd", "link.png", "groot.png",
     "tekst.png", "ontbreekt.png", "map"],
)  # fmt: skip
def test_other_figures_keep_only_their_caption(tmp_path, source, monkeypatch):
    folder = tmp_path / "d"
    folder.mkdir()
    (tmp_path / "geheim.png").write_bytes(png())
    (folder / "link.png").symlink_to(tmp_path / "geheim.png")
    (folder / "groot.png").write_bytes(png())
    (folder / "tekst.png").write_text("geen plaatje")
    (folder / "map").mkdir()
    if source == "groot.png":
        monkeypatch.setattr(mvt_docx, "MAX_FIGURE_BYTES", len(png()) - 1)
    bill = draft_with(folder, f"Tekst.\n\n![Een figuur]({source})\n")
    media, document = media_and_text(render_mvt_docx(bill))
    assert media == []
    assert "Figuur 1. Een figuur" in document


def test_a_bill_not_read_from_a_file_reads_no_figure(tmp_path, monkeypatch):
    from dataclasses import replace

    bill = draft_with(tmp_path, "![x](x.png)\n")
    (tmp_path / "x.png").write_bytes(png())
    monkeypatch.chdir(tmp_path)
    detached = replace(bill, loc=replace(bill.loc, path="<string>"))
    media, document = media_and_text(render_mvt_docx(detached))
    assert media == [] and "Figuur 1. x" in document
