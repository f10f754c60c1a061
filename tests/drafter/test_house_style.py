"""Item 3 of issue 17: a ministry's own Word template works through a style map
(`wetgen build --reference their.docx --styles map.yaml`); a template without a style the build
needs is refused with the styles named and what each is used for."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from tests.conftest import DEFAULT_DRAFT_DIR
from wetgen.render.docx import DEFAULT_REFERENCE, REQUIRED_STYLES
from wetgen.render.house_style import STYLE_USES

DRAFT = str(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml")
# The house styles of our reference that a ministry's template names in its own way.
OWN = ["Opschrift", "Aanhef", "Artikeltekst", "Lid", "Onderdeel", "MvT tekst", "MvT opsomming"]


def _their_template(path) -> None:
    """Write our reference with the styles of OWN renamed, name and id, as 'Ministerie …'."""
    source = zipfile.ZipFile(DEFAULT_REFERENCE)
    styles = source.read("word/styles.xml").decode()
    for name in OWN:
        sid = re.search(rf'w:styleId="([^"]+)"><w:name w:val="{name}"/>', styles).group(1)
        styles = styles.replace(f'w:val="{name}"', f'w:val="Ministerie {name}"')
        styles = re.sub(rf'(w:styleId|w:val)="{sid}"', rf'\1="Min{sid}"', styles)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, styles if item.filename == "word/styles.xml" else source.read(item))
    path.write_bytes(out.getvalue())


def test_every_required_style_says_what_it_is_used_for():
    assert set(STYLE_USES) == set(REQUIRED_STYLES)


def test_a_template_without_the_styles_is_refused_naming_them_and_their_use(run_cli, tmp_path):
    their = tmp_path / "ministerie.docx"
    _their_template(their)
    code, _, err = run_cli("build", DRAFT, "-o", str(tmp_path / "out"), "-f", "docx", "--reference", str(their))
    assert code == 1
    flat = " ".join(err.split())
    for name in OWN:
        assert f'"{name}" ({STYLE_USES[name]})' in flat, flat
    assert "--styles" in flat


def test_a_style_map_makes_the_template_work(run_cli, tmp_path):
    their = tmp_path / "ministerie.docx"
    _their_template(their)
    style_map = tmp_path / "map.yaml"
    style_map.write_text("".join(f"{name}: Ministerie {name}\n" for name in OWN), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run_cli("build", DRAFT, "-o", str(out), "-f", "docx", "--reference", str(their),
                           "--styles", str(style_map))  # fmt: skip
    assert code == 0, err
    body = zipfile.ZipFile(next(out.glob("*-wetsvoorstel.docx"))).read("word/document.xml").decode()
    used = set(re.findall(r'<w:pStyle w:val="([^"]+)"', body))
    assert {"MinOpschrift", "MinAanhef", "MinLid"} <= used, used
    mvt = zipfile.ZipFile(next(out.glob("*-memorie-van-toelichting.docx"))).read("word/document.xml").decode()
    assert 'w:val="MinMvTtekst"' in mvt or any(v.startswith("MinMvT") for v in re.findall(r'w:val="([^"]+)"', mvt))


@pytest.mark.parametrize(("text", "says"), [
    ("Opschrif: Titel\n", "no style 'Opschrif'"),
    ("- Opschrift\n", "our style: your style"),
    ("Opschrift: [a, b]\n", "our style: your style"),
])  # fmt: skip
def test_a_bad_style_map_is_a_usage_error(run_cli, tmp_path, text, says):
    style_map = tmp_path / "map.yaml"
    style_map.write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", DRAFT, "-o", str(tmp_path / "out"), "-f", "docx", "--styles", str(style_map))
    assert code == 2 and says in " ".join(err.split()), err


def test_reference_must_be_a_docx(run_cli, tmp_path):
    code, _, err = run_cli("build", DRAFT, "-o", str(tmp_path / "out"), "--reference", str(tmp_path / "x.dotx"))
    assert code == 2 and "--reference" in err
