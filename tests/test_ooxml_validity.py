"""Every .docx and .xlsx wetgen writes is valid OOXML: zero openxml-audit findings.

The default draft's two versions give the wetsvoorstel, the MvT, the redline, the
wetsvergelijking, the nota van wijziging and the MvT's redline; the sample consultation gives the
consultatieverslag and the reactietabel, public and internal. One more MvT carries what the
default draft lacks: a nested list, a quote and a figure placed as a picture.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders"
SAMPLE = ROOT / "consultations" / "huisvesting-vergunninghouders"
KINDS = (
    "wetsvoorstel-1", "mvt-1", "wetsvoorstel-2", "mvt-2", "redline", "wetsvergelijking",
    "nota", "mvt-redline", "mvt-figuur", "verslag-openbaar.docx", "verslag-intern.docx",
    "reactietabel-openbaar.xlsx", "reactietabel-intern.xlsx", "terugkoppeling-respondent.docx",
    "terugkoppeling-openbaar.docx",
)  # fmt: skip
EXTRA_MVT = """

## 9. Proef

- eerste punt
    - genest punt
        - dieper genest
- tweede punt

> Een citaat.

![Verdeling van de taakstelling](figuur.png)
"""


def _bill_with_figure(folder: Path):
    from wetgen.loader import load_bill

    shutil.copytree(DRAFT, folder)
    mvt = folder / "01-consultatieversie.mvt.md"
    mvt.write_text(mvt.read_text(encoding="utf-8") + EXTRA_MVT, encoding="utf-8")
    picture = io.BytesIO()
    Image.new("RGB", (300, 120), (57, 135, 12)).save(picture, format="PNG")
    (folder / "figuur.png").write_bytes(picture.getvalue())
    return load_bill(folder / "01-consultatieversie.yaml")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, versions) -> dict[str, Path]:
    """Write every kind of Word and Excel output once; return their paths by kind."""
    from wetgen.cli.main import main
    from wetgen.consult.publish.write import write_feedback, write_report
    from wetgen.consult.store import open_store
    from wetgen.diff.compare import diff_bills
    from wetgen.diff.compare_docx import render_compare_docx
    from wetgen.diff.mvt_redline import render_mvt_redline_docx
    from wetgen.diff.nota_docx import render_nota_docx
    from wetgen.diff.redline_docx import render_redline_docx
    from wetgen.render.docx import render_bill_docx, render_mvt_docx

    out = tmp_path_factory.mktemp("ooxml")
    old, new = versions
    changes = diff_bills(old, new)
    made = {
        "wetsvoorstel-1": render_bill_docx(old), "mvt-1": render_mvt_docx(old),
        "wetsvoorstel-2": render_bill_docx(new), "mvt-2": render_mvt_docx(new),
        "redline": render_redline_docx(old, new, changes),
        "wetsvergelijking": render_compare_docx(old, new, changes),
        "nota": render_nota_docx(old, new, changes),
        "mvt-redline": render_mvt_redline_docx(old, new, changes),
        "mvt-figuur": render_mvt_docx(_bill_with_figure(out / "draft")),
    }  # fmt: skip
    paths = {}
    for kind, data in made.items():
        paths[kind] = out / f"{kind}.docx"
        paths[kind].write_bytes(data)
    db = out / "consult.sqlite"
    bill = str(DRAFT / "01-consultatieversie.yaml")
    assert main(["consult", "--db", str(db), "ingest", str(SAMPLE), "--bill", bill]) == 0
    store = open_store(db)
    for public, mode in ((True, "openbaar"), (False, "intern")):
        for path in write_report(store, out / mode, ("docx", "xlsx"), public=public):
            kind = "verslag" if path.suffix == ".docx" else "reactietabel"
            paths[f"{kind}-{mode}{path.suffix}"] = path
    first = store.respondents()[0].id
    (one,) = write_feedback(store, out / "terugkoppeling", ("docx",), responses=(first,))
    (combined,) = write_feedback(store, out / "terugkoppeling", ("docx",), combined=True)
    paths["terugkoppeling-respondent.docx"], paths["terugkoppeling-openbaar.docx"] = one, combined
    store.close()
    return paths


@pytest.mark.parametrize("kind", KINDS)
def test_every_output_has_no_openxml_audit_findings(outputs, kind):
    from openxml_audit import FileFormat, OpenXmlValidator

    result = OpenXmlValidator(file_format=FileFormat.OFFICE_2019).validate(outputs[kind])
    assert [f"{e.part_uri}: {e.description}" for e in result.errors] == []


def test_the_figure_is_placed_as_a_picture_and_the_nested_list_indented(outputs):
    import docx as python_docx

    document = python_docx.Document(outputs["mvt-figuur"])
    assert len(document.inline_shapes) == 1
    texts = [p.text for p in document.paragraphs]
    assert "Figuur 1. Verdeling van de taakstelling" in texts
    items = {
        p.text.split("\t")[-1]: p for p in document.paragraphs if p.style.name == "MvT opsomming"
    }
    depth = [items[t].paragraph_format.left_indent for t in ("genest punt", "dieper genest")]
    assert None not in depth and depth[0] < depth[1]
    assert items["eerste punt"].paragraph_format.left_indent is None  # the style's own indent
