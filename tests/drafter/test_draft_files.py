"""Item 7 of issue 17 (issue 16, item 3): a draft's toelichting and the MvT's figures are read
only when they are regular files inside the draft's folder, within a size cap."""

from __future__ import annotations

import os
import threading

import pytest

from wetgen import draft_files
from wetgen.loader import load_draft


def _toelichting(variant, name):
    return variant(("toelichting: 02-adviesaanvraag.mvt.md", f"toelichting: {name}"))


@pytest.mark.parametrize("name", ["/etc/passwd", "../../../../../../etc/passwd", "/dev/zero"])
def test_a_toelichting_outside_the_folder_is_refused_at_its_line(variant, name):
    path = _toelichting(variant, name)
    result = load_draft(path)
    found = [d for d in result.diagnostics if d.code == "SCH005"]
    assert found, [d.headline() for d in result.diagnostics]
    assert "root:" not in result.bill.toelichting.algemeen
    line = path.read_text().splitlines()[found[0].location.line - 1]
    assert "toelichting:" in line and name in line


def test_a_symlink_out_of_the_folder_is_refused(variant, tmp_path):
    path = _toelichting(variant, "link.md")
    (path.parent / "link.md").symlink_to("/etc/passwd")
    result = load_draft(path)
    assert any(d.code == "SCH005" and "outside" in d.message for d in result.diagnostics)
    assert result.bill.toelichting.algemeen == ""


def test_a_symlink_inside_the_folder_is_followed(variant):
    path = _toelichting(variant, "link.md")
    (path.parent / "link.md").symlink_to(path.parent / "02-adviesaanvraag.mvt.md")
    result = load_draft(path)
    assert not [d for d in result.diagnostics if d.code == "SCH005"]
    assert "Inleiding" in result.bill.toelichting.algemeen


def test_a_fifo_does_not_hang(variant):
    path = _toelichting(variant, "pijp.md")
    os.mkfifo(path.parent / "pijp.md")
    done: list = []
    worker = threading.Thread(target=lambda: done.append(load_draft(path)), daemon=True)
    worker.start()
    worker.join(10)
    assert done, "loading hung on a FIFO"
    assert any(d.code == "SCH005" and "regular file" in d.message for d in done[0].diagnostics)


def test_a_toelichting_over_the_cap_is_refused(variant, monkeypatch):
    from wetgen.loader import bill as loader_bill

    monkeypatch.setattr(loader_bill, "MAX_TOELICHTING_BYTES", 1000)
    path = _toelichting(variant, "02-adviesaanvraag.mvt.md")
    result = load_draft(path)
    assert any(d.code == "SCH005" and "larger" in d.message for d in result.diagnostics)


def test_figures_and_toelichting_share_one_check():
    from wetgen.loader import bill as loader_bill
    from wetgen.render import mvt_docx

    assert loader_bill.read_draft_file is draft_files.read_draft_file
    assert mvt_docx.read_draft_file is draft_files.read_draft_file


def test_a_refused_figure_is_reported_by_check(run_cli, variant):
    path = variant()
    md = path.parent / "02-adviesaanvraag.mvt.md"
    md.write_text(md.read_text() + "\n\n![Geheim](/etc/passwd)\n")
    code, out, err = run_cli("check", str(path))
    assert "[SCH005]" in out and "02-adviesaanvraag.mvt.md:" in out, out
